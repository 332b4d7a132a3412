import Foundation
import TCOData
import Testing

@testable import llm_tco

/// Every `$ swift run llm-tco …` example in the README and MODEL.md is the tool's output: a block
/// without "..." byte for byte (standard error first, as a terminal shows it), a shortened one
/// line by line in order. `LLM_TCO_RECORD=1 swift test --filter ReadmeExampleTests` rewrites the
/// full blocks from the tool.
@Suite("README examples")
struct ReadmeExampleTests {
  static let root = fixtures.deletingLastPathComponent()

  /// Reads paths relative to the repository root, as the README's commands are run from there.
  static let context: Context = {
    var context = fixtureContext()
    // A UTF-8 terminal, as the README's charts are drawn (braille and block characters).
    context.environment = ["LANG": "C.UTF-8"]
    context.readFile = { path in
      let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
      guard let data = FileManager.default.contents(atPath: url.path) else { return .failure("No such file or directory") }
      return .bytes(Array(data))
    }
    return context
  }()

  struct Example {
    var command: Range<Int>
    var output: Range<Int>
    var arguments: [String]
    var shortened: Bool
  }

  /// Splits a command line as a shell would for these examples: spaces, single and double quotes.
  static func words(_ line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quote: Character?
    var inWord = false
    for ch in line {
      if let q = quote {
        if ch == q { quote = nil } else { current.append(ch) }
      } else if ch == "'" || ch == "\"" {
        quote = ch
        inWord = true
      } else if ch == " " {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(ch)
        inWord = true
      }
    }
    if inWord { words.append(current) }
    return words
  }

  static func examples(_ lines: [String]) -> [Example] {
    var out: [Example] = []
    var i = 0
    let prompt = "    $ swift run llm-tco "
    while i < lines.count {
      guard lines[i].hasPrefix(prompt) else {
        i += 1
        continue
      }
      let start = i
      var text = String(lines[i].dropFirst(prompt.count))
      while text.hasSuffix("\\"), i + 1 < lines.count {
        text = String(text.dropLast()) + " " + lines[i + 1].trimmingCharacters(in: .whitespaces)
        i += 1
      }
      let outputStart = i + 1
      var end = outputStart
      while end < lines.count, lines[end].isEmpty || lines[end].hasPrefix("    ") {
        if lines[end].hasPrefix(prompt) { break }
        end += 1
      }
      while end > outputStart, lines[end - 1].isEmpty { end -= 1 }
      let shortened = lines[outputStart..<end].contains { $0.trimmingCharacters(in: .whitespaces) == "..." }
      out.append(
        Example(command: start..<outputStart, output: outputStart..<end, arguments: words(text), shortened: shortened))
      i = end
    }
    return out
  }

  static func transcript(_ arguments: [String]) -> [String] {
    let output = run(arguments, context: context)
    let text = output.stderr + (output.stderr.isEmpty || output.stdout.isEmpty ? "" : "\n") + output.stdout
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
    while lines.last == "" { lines.removeLast() }
    return lines
  }

  @Test("The examples in README.md and MODEL.md are the tool's output", arguments: ["README.md", "MODEL.md"])
  func examples(file: String) throws {
    let url = Self.root.appendingPathComponent(file)
    var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    let record = ProcessInfo.processInfo.environment["LLM_TCO_RECORD"] == "1"
    var changed = false
    for example in Self.examples(lines).reversed() {
      let actual = Self.transcript(example.arguments)
      let shown = Array(lines[example.output])
      if example.shortened {
        // Every line shown must appear in the output, in order.
        var next = 0
        for line in shown where line.trimmingCharacters(in: .whitespaces) != "..." && !line.isEmpty {
          guard let found = actual[next...].firstIndex(of: line) else {
            Issue.record("\(file): '\(example.arguments.joined(separator: " "))' does not print: \(line)")
            break
          }
          next = found + 1
        }
      } else if shown != actual {
        if record {
          lines.replaceSubrange(example.output, with: actual)
          changed = true
        } else {
          let diff = unifiedDiff(expected: shown.joined(separator: "\n"), actual: actual.joined(separator: "\n"))
          let command = example.arguments.joined(separator: " ")
          Issue.record(Comment(rawValue: "\(file): '\(command)' differs:\n\(diff)"))
        }
      }
    }
    if changed { try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8) }
  }
}
