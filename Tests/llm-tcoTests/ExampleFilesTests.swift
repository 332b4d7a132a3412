import Foundation
import Testing

@testable import llm_tco

/// The example report and charts the README links to are what the tool writes now: a change of
/// the model or the renderers shows here, and `scripts/generate-examples.sh` writes them again.
@Suite("Example files and what they show")
struct ExampleFilesTests {
  @Test(
    "Each example file equals the command's output, byte for byte",
    arguments: [
      ("owned-h100-fleet-report.html", ["report"]),
      ("owned-h100-fleet-breakeven.svg", ["chart", "--kind", "breakeven", "--format", "svg"]),
      ("owned-h100-fleet-horizon.svg", ["chart", "--kind", "horizon", "--format", "svg"]),
      ("owned-h100-fleet-fleet.svg", ["chart", "--kind", "fleet", "--format", "svg"]),
      ("owned-h100-fleet-hybrid.svg", ["chart", "--kind", "hybrid", "--format", "svg"]),
      ("owned-h100-fleet-tornado.svg", ["chart", "--kind", "tornado", "--default-range", "20%", "--format", "svg"]),
      (
        "owned-h100-fleet-distribution.svg",
        [
          "chart", "--kind", "distribution", "--utilization", "0.4..0.7", "--electricity-price", "0.06..0.12",
          "--staff-fte", "1..3", "--format", "svg",
        ]
      ),
    ])
  func example(file: String, command: [String]) throws {
    let arguments = [command[0], "owned-h100-fleet.json"] + command.dropFirst() + ["--output", "-"]
    let output = runCLI(arguments)
    #expect(output.exitCode == 0, "\(output.stderr)")
    let path = fixtures.appendingPathComponent("examples/" + file).path
    let expected = try #require(FileManager.default.contents(atPath: path))
    #expect(
      Array(output.stdout.utf8) == Array(expected),
      "\(file) is stale: run scripts/generate-examples.sh")
  }

  @Test("The profile shown in the README is the fixture it names")
  func readmeProfile() throws {
    let root = fixtures.deletingLastPathComponent()
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "```json\n{\n  \"name\": \"Document pipeline on owned H100s\""))
    let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
    let shown = String(readme[readme.index(start.lowerBound, offsetBy: 8)..<end.lowerBound])
    let fixture = try #require(
      FileManager.default.contents(atPath: fixtures.appendingPathComponent("profiles/owned-h100-fleet.json").path))
    let a = try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? NSDictionary
    let b = try JSONSerialization.jsonObject(with: fixture) as? NSDictionary
    #expect(a != nil && a == b)
  }

  @Test("A payback that self-hosting does not keep to the end of the horizon says so, everywhere it is shown")
  func paybackNotKept() {
    // The owned fleet against an API whose price falls 70 % a year: self-hosting's cumulative cash
    // falls to the API's in month 6, then the API pulls ahead; the horizon total row says -$312,897.
    let args = ["owned-h100-fleet.json", "--api-price-change", "-0.7"]
    let table = runCLI(["compare"] + args).stdout
    #expect(table.contains("-$312,897"))
    #expect(
      table.replacingOccurrences(of: "\n  ", with: " ").contains(
        "Payback: month 6 (the 7th month), when self-hosting's cumulative cash falls to the API's; it rises above "
          + "the API's again and ends $312,897 higher over 36 months."))
    #expect(runCLI(["compare"] + args + ["--format", "markdown"]).stdout.contains("not kept to the end"))
    #expect(runCLI(["chart"] + args + ["--kind", "horizon"]).stdout.contains("ends $312,897 higher"))
    // Kept to the end: the sentence stays as it was.
    let kept = runCLI(["compare", "owned-h100-fleet.json"]).stdout
    #expect(kept.contains("Payback: month 4 (the 5th month)") && !kept.contains("rises above"))
  }
}
