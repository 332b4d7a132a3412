import TCOData
import TCOModel
import TCOReport
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
      (
        "compare-flags",
        [
          "compare", "--tokens-per-day", "400M", "--input-share", "70%", "--api", "claude-sonnet-4-5",
          "--gpu-hourly-rate", "$2.69", "--utilization", "0.5", "--staff-fte", "1",
        ]
      ),
      ("catalog", ["catalog"]),
      ("help-hybrid", ["hybrid", "--help"]),
      ("help-check", ["check", "--help"]),
      ("help-simulate", ["simulate", "--help"]),
      ("help-sensitivity", ["sensitivity", "--help"]),
      ("help-sweep", ["sweep", "--help"]),
      ("sensitivity-uncertain", ["sensitivity", "uncertain-support.json", "--default-range", "25%"]),
      ("sensitivity-uncertain-json", ["sensitivity", "uncertain-support.json", "--format", "json"]),
      (
        "sensitivity-owned-markdown",
        ["sensitivity", "owned-h100-fleet.json", "--default-range", "20%", "--format", "markdown"]
      ),
      ("sweep-volume", ["sweep", "--vary", "tokens-per-day=1M..1B", "--steps", "7", "--log"]),
      (
        "sweep-grid-csv",
        [
          "sweep", "--vary", "utilization=0.2..1", "--vary", "gpu-hourly-rate=2..6", "--steps", "3", "--tokens-per-day",
          "300M", "--format", "csv",
        ]
      ),
      (
        "sweep-json",
        ["sweep", "owned-h100-fleet.json", "--vary", "electricity-price=0.05..0.3", "--steps", "3", "--format", "json"]
      ),
      ("simulate-uncertain", ["simulate", "uncertain-support.json", "--samples", "20k", "--threads", "2"]),
      (
        "simulate-uncertain-json",
        ["simulate", "uncertain-support.json", "--samples", "5000", "--seed", "7", "--format", "json"]
      ),
      (
        "simulate-flags-markdown",
        [
          "simulate", "--utilization", "0.3..0.8", "--staff-fte", "~0.25..1", "--samples", "2000", "--format",
          "markdown",
        ]
      ),
      ("help-diff", ["help", "diff"]),
      ("help-schema", ["schema", "--help"]),
      ("schema-profile", ["schema", "profile"]),
      ("schema-result", ["schema", "result"]),
      ("compare-owned-fleet-markdown", ["compare", "owned-h100-fleet.json", "--format", "markdown"]),
      (
        "check-owned-fleet",
        [
          "check", "owned-h100-fleet.json", "--max-monthly-cost", "40k", "--max-monthly-cost", "api:100k",
          "--min-monthly-savings", "60k", "--max-break-even-tokens-per-day", "500M", "--max-payback-months", "6",
          "--min-utilization", "50%", "--expect-recommendation", "self-hosted", "--max-horizon-cost", "1.5M",
        ]
      ),
      (
        "check-owned-fleet-json",
        [
          "check", "owned-h100-fleet.json", "--max-monthly-cost", "40k", "--expect-recommendation", "api", "--format",
          "json",
        ]
      ),
      (
        "check-owned-fleet-markdown",
        [
          "check", "owned-h100-fleet.json", "--max-monthly-cost", "40k", "--max-payback-months", "12", "--format",
          "markdown",
        ]
      ),
      ("help-breakeven", ["help", "breakeven"]),
      ("compare-explain", ["compare", "--explain"]),
      ("compare-owned-fleet-explain-json", ["compare", "owned-h100-fleet.json", "--explain", "--format", "json"]),
      ("breakeven-builtin", ["breakeven"]),
      (
        "breakeven-utilization-json",
        ["breakeven", "--solve", "utilization", "--tokens-per-day", "300M", "--format", "json"]
      ),
      (
        "breakeven-purchase-horizon",
        ["breakeven", "owned-h100-fleet.json", "--solve", "gpu-purchase-price", "--basis", "horizon"]
      ),
      (
        "breakeven-growth", ["breakeven", "--solve", "monthly-growth", "--basis", "horizon", "--tokens-per-day", "50M"]
      ),
      ("breakeven-requests", ["breakeven", "chatbot-requests.json", "--solve", "requests-per-month"]),
      ("breakeven-explain", ["breakeven", "--solve", "staff-fte", "--tokens-per-day", "300M", "--explain"]),
      ("hybrid-80-20", ["hybrid", "routing-80-20.json"]),
      ("hybrid-80-20-json", ["hybrid", "routing-80-20.json", "--format", "json"]),
      ("hybrid-80-20-markdown", ["hybrid", "routing-80-20.json", "--format", "markdown"]),
      (
        "hybrid-overflow",
        ["hybrid", "routing-80-20.json", "--frontier-share", "0", "--tokens-per-day", "2B", "--max-load", "0.8"]
      ),
      ("hybrid-fixed-share", ["hybrid", "--tokens-per-day", "1B", "--share", "90%"]),
      ("hybrid-owned-growth", ["hybrid", "owned-h100-fleet.json"]),
      ("catalog-gpus-json", ["catalog", "gpus", "--format", "json"]),
    ])
  func golden(name: String, arguments: [String]) throws {
    try expectGolden(name, arguments)
  }

  @Test(
    "Usage errors: the whole transcript (exit 64, the error, the usage line, the pointer to help)",
    arguments: [
      ("usage-unknown-option", ["compare", "--tokens-per-dya", "5M"]),
      ("usage-unknown-subcommand", ["comapre"]),
      ("usage-bad-choice", ["breakeven", "--basis", "horizn"]),
      ("usage-bad-number", ["compare", "--utilization", "abc"]),
      ("usage-bare-share", ["diff", "a", "b", "--fail-if-increase", "10"]),
      ("usage-unknown-gpu", ["compare", "--gpu", "h100sxm"]),
      (
        "usage-simulate-work",
        ["simulate", "--utilization", "0.3..0.8", "--provisioning", "autoscaled", "--samples", "4M"]
      ),
    ])
  func usageError(name: String, arguments: [String]) throws {
    try expectGolden(name, arguments)
  }

  @Test("An unknown GPU id that is a prefix of several ids suggests all of them, and no other GPU")
  func gpuPrefixSuggestions() {
    let output = runCLI(["compare", "--gpu", "h100"])
    #expect(output.exitCode == 64)
    // A name that starts with what was typed ranks above one a few edits away ('b200').
    #expect(
      output.stderr.hasPrefix(
        "Error: --gpu: unknown GPU 'h100'. Did you mean 'h100-sxm', 'h100-nvl' or 'h100-pcie'?\n"))
    let words = runCLI(["compare", "--gpu-hourly-price", "3"])
    #expect(words.stderr.hasPrefix("Error: Unknown option '--gpu-hourly-price'. Did you mean '--gpu-hourly-rate'?"))
  }

  @Test("Every line of help and table output fits 80 columns")
  func width() {
    let runs = [
      ["--help"], ["help", "compare"], ["compare"], ["compare", "owned-h100-fleet.json"],
      ["compare", "chatbot-requests.json"], ["compare", "regulated-frontier.json"], ["catalog"],
      ["hybrid", "routing-80-20.json"], ["hybrid", "--help"], ["hybrid", "owned-h100-fleet.json"],
      ["compare", "routing-80-20.json"], ["compare", "--explain"], ["breakeven", "--help"],
      ["breakeven", "owned-h100-fleet.json", "--solve", "utilization", "--explain"],
      ["check", "--help"], ["diff", "--help"], ["simulate", "uncertain-support.json", "--samples", "1000"],
      ["sensitivity", "uncertain-support.json", "--default-range", "25%"],
      ["sweep", "--vary", "tokens-per-day=1M..1B", "--vary", "utilization=0.3..0.9", "--steps", "3"],
      ["check", "owned-h100-fleet.json", "--max-monthly-cost", "1", "--max-horizon-cost", "self-hosted:1"],
    ]
    for arguments in runs {
      let output = runCLI(arguments)
      for line in (output.stdout + output.stderr).split(separator: "\n") {
        #expect(line.count <= 80, "\(arguments.joined(separator: " ")): \(line)")
      }
    }
  }

  @Test("Output is deterministic: two runs give the same bytes")
  func deterministic() {
    #expect(
      runCLI(["compare", "owned-h100-fleet.json", "--format", "json"])
        == runCLI(["compare", "owned-h100-fleet.json", "--format", "json"]))
  }
}
