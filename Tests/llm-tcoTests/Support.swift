import Foundation
import TCOData
import TCOModel
import TCOReport
import Testing

@testable import llm_tco

/// The repository's Fixtures folder, found from this file's path.
let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Fixtures")

/// Reads files relative to Fixtures/profiles (absolute paths as given), stdin from `stdin`.
func fixtureContext(stdin: String = "") -> Context {
  Context(
    environment: [:],
    readFile: { path in
      if path == "-" { return .bytes(Array(stdin.utf8)) }
      let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : fixtures.appendingPathComponent("profiles/" + path)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
        return .failure("No such file or directory")
      }
      if isDirectory.boolValue { return .failure("is a directory") }
      guard let data = FileManager.default.contents(atPath: url.path) else { return .failure("Permission denied") }
      return .bytes(Array(data))
    })
}

/// Runs the CLI in-process with fixture files.
func runCLI(_ arguments: [String], stdin: String = "") -> CommandOutput {
  run(arguments, context: fixtureContext(stdin: stdin))
}

/// The transcript of a run, as stored in a golden file.
func transcript(_ output: CommandOutput) -> String {
  "exit: \(output.exitCode)\n--- stdout\n\(output.stdout)--- stderr\n\(output.stderr)"
}

/// Compares a run with Fixtures/golden/NAME.txt; `LLM_TCO_RECORD=1 swift test` rewrites the files.
func expectGolden(_ name: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
  let actual = transcript(runCLI(arguments))
  let url = fixtures.appendingPathComponent("golden/\(name).txt")
  if ProcessInfo.processInfo.environment["LLM_TCO_RECORD"] == "1" {
    try actual.write(to: url, atomically: true, encoding: .utf8)
    return
  }
  let expected = try String(contentsOf: url, encoding: .utf8)
  if actual != expected {
    Issue.record(
      """
      golden \(name) differs from Fixtures/golden/\(name).txt \
      (re-record with LLM_TCO_RECORD=1 only if the change is intended):
      \(unifiedDiff(expected: expected, actual: actual))
      """,
      sourceLocation: sourceLocation)
  }
}

extension JSONValue {
  /// The elements of an array, or `nil` for any other value: `try #require(document["checks"]?.arrayItems)`.
  var arrayItems: [JSONValue]? { if case .array(let items) = self { items } else { nil } }

  /// The members of an object, or `nil` for any other value.
  var objectMembers: [(key: String, value: JSONValue)]? { if case .object(let members) = self { members } else { nil } }

  /// The number, or `nil` for any other value.
  var numberValue: Double? { if case .number(let x) = self { x } else { nil } }

  /// The string, or `nil` for any other value.
  var stringValue: String? { if case .string(let s) = self { s } else { nil } }
}
