import Testing

@testable import llm_tco

/// Whole outputs compared with files in Fixtures/golden.
@Suite("Golden outputs")
struct GoldenTests {
  @Test(
    "Help, tables and JSON match their golden files",
    arguments: [
      ("help", ["--help"]),
      ("help-compare", ["help", "compare"]),
      ("help-catalog", ["catalog", "--help"]),
      ("compare-builtin", ["compare"]),
      ("compare-builtin-json", ["compare", "--format", "json"]),
      ("compare-owned-fleet", ["compare", "owned-h100-fleet.json"]),
      ("compare-owned-fleet-json", ["compare", "owned-h100-fleet.json", "--format=json"]),
      ("compare-chatbot", ["compare", "chatbot-requests.json"]),
      ("compare-chatbot-json", ["compare", "chatbot-requests.json", "--format", "json"]),
      ("compare-conflict", ["compare", "regulated-frontier.json"]),
      ("compare-flags", ["compare", "--tokens-per-day", "400M", "--input-share", "70%", "--api", "claude-sonnet-4-5", "--gpu-hourly-rate", "$2.69", "--utilization", "0.5", "--staff-fte", "1"]),
      ("catalog", ["catalog"]),
      ("catalog-gpus-json", ["catalog", "gpus", "--format", "json"]),
    ])
  func golden(name: String, arguments: [String]) throws {
    try expectGolden(name, arguments)
  }

  @Test("Every line of help and table output fits 80 columns")
  func width() {
    let runs = [["--help"], ["help", "compare"], ["compare"], ["compare", "owned-h100-fleet.json"],
                ["compare", "chatbot-requests.json"], ["compare", "regulated-frontier.json"], ["catalog"]]
    for arguments in runs {
      let output = runCLI(arguments)
      for line in (output.stdout + output.stderr).split(separator: "\n") {
        #expect(line.count <= 80, "\(arguments.joined(separator: " ")): \(line)")
      }
    }
  }

  @Test("Output is deterministic: two runs give the same bytes")
  func deterministic() {
    #expect(runCLI(["compare", "owned-h100-fleet.json", "--format", "json"]) == runCLI(["compare", "owned-h100-fleet.json", "--format", "json"]))
  }
}
