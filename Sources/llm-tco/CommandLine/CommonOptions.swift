import TCOData
import TCOModel
import TCOReport

/// Output formats of the commands.
enum OutputFormat: String, CaseIterable, Sendable {
  case table, json, markdown
}

/// `--format` for a command that writes these formats (table first, the default).
func formatOption(_ allowed: [OutputFormat]) -> Defaulted<OutputFormat> {
  Option<OutputFormat>.choice(
    "format", placeholder: "<format>", "Output format: \(wordList(allowed.map(\.rawValue))) (default: table).",
    cases: allowed, default: nil
  ).defaulting(to: .table)
}

/// `--format` of the commands that write a table or JSON.
let tableOrJSON = formatOption([.table, .json])
/// `--format` of the commands that also write Markdown.
let tableJSONOrMarkdown = formatOption([.table, .json, .markdown])

/// "a or b", "a, b or c".
func wordList(_ words: [String]) -> String {
  words.count <= 2 ? words.joined(separator: " or ") : words.dropLast().joined(separator: ", ") + " or " + words.last!
}

let helpOption = Option<Bool>.flag("help", short: "h", "Show help information.")

let versionOption = Option<Bool>.flag("version", "Show the version.")

let outputOption = Option<String>.text(
  "output", short: "o", placeholder: "<file>",
  "Write the report to this file instead of standard output, atomically (a failed run leaves an earlier file intact).",
  kind: .outputFile)

let explainOption = Option<Bool>.flag(
  "explain", "Show the derivation: each formula with its values substituted and its result.")
