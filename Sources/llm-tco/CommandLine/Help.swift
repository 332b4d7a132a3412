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
      for e in examples { lines += wrap(e, first: "  ", rest: "      ") }
    }
    if let footer {
      lines.append("")
      lines += wrap(footer, first: "  ", rest: "  ")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
