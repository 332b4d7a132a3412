import TCOData
import TCOModel
import TCOReport

/// Help text in the layout of swift-argument-parser: OVERVIEW, USAGE, ARGUMENTS, OPTIONS,
/// SUBCOMMANDS; labels indented 2, abstracts at column 26, wrapped at 80.
struct HelpPage {
  var overview: String
  var usage: String
  var arguments: [(label: String, summary: String)] = []
  var options: [OptionSpec] = []
  var subcommands: [(name: String, summary: String)] = []
  var examples: [String] = []
  var footer: String?

  static let abstractColumn = 26

  func entry(_ label: String, _ summary: String) -> [String] {
    let indent = String(repeating: " ", count: Self.abstractColumn)
    let head = "  " + label
    if head.count <= Self.abstractColumn - 2 {
      return wrap(summary, first: padRight(head, Self.abstractColumn), rest: indent)
    }
    return [head] + wrap(summary, first: indent, rest: indent)
  }

  var text: String {
    var lines = wrap(overview, first: "OVERVIEW: ", rest: "")
    lines.append("")
    lines += wrap(usage, first: "USAGE: ", rest: "       ")
    if !arguments.isEmpty {
      lines += ["", "ARGUMENTS:"]
      for a in arguments { lines += entry(a.label, a.summary) }
    }
    var groups: [String] = []
    for o in options where !groups.contains(o.group) { groups.append(o.group) }
    for group in groups {
      lines += ["", group + ":"]
      for o in options where o.group == group {
        var label = o.short.map { "-\($0), --\(o.name)" } ?? "--\(o.name)"
        if let v = o.valueName { label += " " + v }
        lines += entry(label, o.summary)
      }
    }
    if !subcommands.isEmpty {
      lines += ["", "SUBCOMMANDS:"]
      for s in subcommands { lines += entry(s.name, s.summary) }
    }
    if !examples.isEmpty {
      lines += ["", "EXAMPLES:"]
      for e in examples { lines += exampleLines(e) }
    }
    if let footer {
      lines.append("")
      lines += wrap(footer, first: "  ", rest: "  ")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// A command line for the EXAMPLES section: on one line when it fits 80 columns, else broken
/// before an option (an option keeps its value) with a ` \` continuation on every line but the
/// last, and the next lines indented, so it can be pasted into a shell as it is.
func exampleLines(_ command: String, width: Int = 80) -> [String] {
  let first = "  "
  let rest = "      "
  if first.count + command.count <= width { return [first + command] }
  // Words that start a piece: an option, or a pipe; a value stays with the option before it.
  var pieces: [String] = []
  for word in command.split(separator: " ", omittingEmptySubsequences: true) {
    let startsOption = word.hasPrefix("--") || (word.hasPrefix("-") && word.dropFirst().first?.isLetter == true)
    if pieces.isEmpty || startsOption || word == "|" {
      pieces.append(String(word))
    } else {
      pieces[pieces.count - 1] += " " + word
    }
  }
  var lines: [String] = []
  var line = first
  for (j, piece) in pieces.enumerated() {
    let candidate = line == first ? line + piece : line + " " + piece
    // A line that continues must leave room for " \".
    let limit = j == pieces.count - 1 ? width : width - 2
    if line != first && line != rest && candidate.count > limit {
      lines.append(line + " \\")
      line = rest + piece
    } else {
      line = candidate
    }
  }
  lines.append(line)
  return lines
}
