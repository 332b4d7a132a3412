import Foundation
import TCOModel
import TCOData
import TCOReport
import Testing

@testable import llm_tco

@Suite("Command line")
struct CommandLineTests {
  @Test(
    "Flag numbers accept suffixes, percent and dollars, and nothing else",
    arguments: [
      ("5M", InputDescriptor.Unit.quantity, 5e6 as Double?), ("2.5k", .quantity, 2500), ("1.2B", .quantity, 1.2e9),
      ("250k", .quantity, 250_000), ("1e6", .quantity, 1e6), ("30%", .share, 0.3), ("$3.99", .money, 3.99),
      ("$5k", .money, 5000), ("-0.25", .share, -0.25), (".5", .quantity, 0.5), ("12abc", .quantity, nil),
      ("30%", .quantity, nil), ("$3", .share, nil), ("", .quantity, nil), ("1e", .quantity, nil), ("k", .quantity, nil),
      ("1,00", .quantity, nil), ("0x10", .quantity, nil), ("inf", .quantity, nil), ("5mm", .quantity, nil),
    ])
  func numbers(text: String, unit: InputDescriptor.Unit, expected: Double?) {
    #expect(parseFlagNumber(text, unit: unit) == expected)
  }

  @Test("--opt value, --opt=value, and the last repeat wins")
  func optionForms() {
    let a = runCLI(["compare", "--tokens-per-day", "1M", "--format", "json"])
    let b = runCLI(["compare", "--tokens-per-day=2M", "--tokens-per-day=1M", "--format=json"])
    #expect(a.exitCode == 0)
    #expect(a == b)
  }

  @Test("-- ends options")
  func doubleDash() {
    let output = runCLI(["compare", "--", "--format"])
    #expect(output.exitCode == 66)
    #expect(output.stderr.contains("cannot read '--format'"))
  }

  @Test("--version and help forms")
  func versionAndHelp() {
    #expect(runCLI(["--version"]) == CommandOutput(exitCode: 0, stdout: toolVersion + "\n", stderr: ""))
    #expect(runCLI(["compare", "-h"]).stdout == runCLI(["help", "compare"]).stdout)
    #expect(runCLI(["compare", "--help"]).exitCode == 0)
    #expect(runCLI([]).stdout == runCLI(["--help"]).stdout)
  }

  @Test("Flags override the profile; a volume flag of another form replaces the profile's volume")
  func overrides() throws {
    let base = runCLI(["compare", "support-assistant.json", "--format", "json"])
    let changed = runCLI([
      "compare", "support-assistant.json", "--requests-per-month", "1M", "--input-tokens-per-request", "1k",
      "--output-tokens-per-request", "200", "--format", "json",
    ])
    #expect(base.exitCode == 0 && changed.exitCode == 0, "\(changed.stderr)")
    #expect(changed.stdout.contains("\"requestsPerMonth\": 1000000"))
    #expect(!changed.stdout.contains("\"tokensPerDay\": 5000000"))
  }

  @Test("The built-in example is announced on standard error, not standard output")
  func builtInNote() {
    let output = runCLI(["compare", "--format", "json"])
    #expect(output.stderr.hasPrefix("Note: no profile given"))
    #expect(!output.stdout.contains("Note"))
  }

  @Test("The JSON result's inputs block is a profile that reproduces the result")
  func inputsRoundTrip() throws {
    for profile in ["owned-h100-fleet.json", "chatbot-requests.json", "regulated-frontier.json"] {
      let first = runCLI(["compare", profile, "--format", "json"])
      let document = try JSONParser.parse(first.stdout)
      let inputs = try #require(document["inputs"])
      let second = runCLI(["compare", "-", "--format", "json"], stdin: JSONWriter.write(inputs))
      #expect(second.exitCode == 0, "\(second.stderr)")
      #expect(second.stdout == first.stdout, "\(profile)")
    }
  }

  @Test("Distributions on flags: the median is used, said, and kept in inputs; the round trip holds")
  func distributions() throws {
    let output = runCLI(["compare", "--utilization", "0.4..0.8", "--staff-fte", "~0.25..1", "--format", "json"])
    #expect(output.exitCode == 0, "\(output.stderr)")
    let document = try JSONParser.parse(output.stdout)
    #expect(
      document["inputs"]?["selfHosted"]?["utilization"] == .object([("uniform", .array([.number(0.4), .number(0.8)]))]))
    let first = try #require(document["warnings"]?.arrayItems?.first?.stringValue)
    #expect(first.hasPrefix("2 inputs are distributions; this uses the medians (selfHosted.utilization = 0.6"))
    let again = runCLI(["compare", "-", "--format", "json"], stdin: JSONWriter.write(try #require(document["inputs"])))
    #expect(again.stdout == output.stdout)
    #expect(runCLI(["compare", "--utilization", "0.4..1.2"]).exitCode == 64)
    #expect(runCLI(["compare", "--utilization", "0.4..x"]).exitCode == 64)
    #expect(runCLI(["compare", "--min-replicas", "1..3"]).exitCode == 64)
  }

  @Test("JSON money is rounded to cents and other numbers to 6 significant digits")
  func rounding() throws {
    let document = try JSONParser.parse(runCLI(["compare", "--format", "json"]).stdout)
    let total = try #require(document["monthly"]?["api"]?["total"]?.numberValue)
    #expect(total == (total * 100).rounded() / 100)
    let utilization = try #require(document["monthly"]?["selfHosted"]?["utilization"]?.numberValue)
    #expect(Format.roundSignificant(utilization, 6) == utilization)
  }
}

@Suite("End to end")
struct EndToEndTests {
  /// The built binary, next to the test bundle in the products directory.
  var binary: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("llm-tco")
  }

  func execute(_ arguments: [String], stdin: String? = nil) throws -> (Int32, String, String) {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
  }

  @Test("The built binary runs compare, reads a file and stdin, and exits with the documented codes")
  func binaryRuns() throws {
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
      Issue.record("llm-tco binary not found at \(binary.path)")
      return
    }
    let (code, out, err) = try execute(["compare"])
    #expect(code == 0)
    #expect(out.contains("VERDICT: use the API"))
    #expect(err.hasPrefix("Note:"))
    let file = fixtures.appendingPathComponent("profiles/owned-h100-fleet.json").path
    let (code2, out2, _) = try execute(["compare", file, "--format", "json"])
    #expect(code2 == 0)
    #expect(out2 == runCLI(["compare", "owned-h100-fleet.json", "--format", "json"]).stdout)
    let (code3, _, err3) = try execute(["compare", "-"], stdin: "{")
    #expect(code3 == 65)
    #expect(err3.hasPrefix("Error: <stdin>:1:2:"))
    let (code4, _, _) = try execute(["compare", "/nonexistent/profile.json"])
    #expect(code4 == 66)
    let (code5, _, _) = try execute(["compare", "--bogus"])
    #expect(code5 == 64)
    let (code6, _, err6) = try execute(["compare", fixtures.path])
    #expect(code6 == 66)
    #expect(err6.contains("is a directory"))
  }
}
