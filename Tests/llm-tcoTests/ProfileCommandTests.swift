import Foundation
import TCOData
import TCOModel
import TCOReport
import Testing

@testable import llm_tco

/// Usage fixtures, relative to Fixtures/profiles (where the test context reads files).
private func usage(_ name: String) -> String { "../usage/" + name }

/// A noisy OpenAI week on one daily-bucket page: input tokens 1e9·e^c with c = 0, 0.2, 0, 0.2, 0, 0.2, 0
/// on 2025-04-07…13, no output.
private let noisyWeek: String = {
  let day0 = 1_743_984_000  // 2025-04-07T00:00:00Z
  let buckets = [0, 0.2, 0, 0.2, 0, 0.2, 0].enumerated().map { d, c in
    let start = day0 + 86_400 * d
    return #"{"object":"bucket","start_time":\#(start),"end_time":\#(start + 86_400),"results":[{"#
      + #""object":"organization.usage.completions.result","input_tokens":\#(Int((1e9 * exp(c)).rounded())),"#
      + #""output_tokens":0,"num_model_requests":1}]}"#
  }
  return #"{"object":"page","data":["# + buckets.joined(separator: ",") + "]}"
}()

/// Seven OpenAI daily buckets grouped by model, all of `model`, with input tokens `1e6·factor^d` on day d.
private func dailyPage(model: String, factor: Double) -> String {
  let day0 = 1_743_984_000  // 2025-04-07T00:00:00Z
  let buckets = (0..<7).map { d in
    let start = day0 + 86_400 * d
    let tokens = Int((1e6 * pow(factor, Double(d))).rounded())
    return #"{"object":"bucket","start_time":\#(start),"end_time":\#(start + 86_400),"results":[{"#
      + #""object":"organization.usage.completions.result","input_tokens":\#(tokens),"output_tokens":1000,"#
      + #""input_cached_tokens":0,"num_model_requests":10,"model":"\#(model)"}]}"#
  }
  return #"{"object":"page","data":["# + buckets.joined(separator: ",") + "]}"
}

@Suite("llm-tco profile --from-usage")
struct ProfileCommandTests {
  @Test("Golden: help, an OpenAI export in two pages, an Anthropic export")
  func goldens() throws {
    try expectGolden("help-profile", ["profile", "--help"])
    try expectGolden(
      "profile-openai-hourly",
      ["profile", "--from-usage", usage("openai-hourly-page1.json"), usage("openai-hourly-page2.json")])
    try expectGolden("profile-anthropic-hourly", ["profile", "--from-usage", usage("anthropic-hourly.json")])
  }

  /// Hand computation from Fixtures/usage/make-fixtures.py (as in UsageReaderTests): 14 whole days,
  /// mean growth factor (1.01^14 − 1)/0.01/14 = 1.0676730; input/day 2000 · 4.4e6 · 1.0676730 = 9.39552e9,
  /// output/day 2.34888e9; cached 0.25; batch 0.1; hours 8–17 UTC 3/44 = 0.0681818, others 1/44 = 0.0227273;
  /// growth 1.01^(365/12) − 1 = 0.35345; gpt-4.1-mini 90 % (a catalog id), gpt-4.1 10 %.
  @Test("The OpenAI profile holds the hand-computed workload")
  func openAIFigures() throws {
    let output = runCLI(
      ["profile", "--from-usage", usage("openai-hourly-page1.json"), usage("openai-hourly-page2.json")])
    #expect(output.exitCode == 0)
    let profile = try parsedJSON(output.stdout)
    let meanFactor = (pow(1.01, 14) - 1) / 0.01 / 14
    #expect(near(numberAt(profile, "workload", "inputTokensPerDay"), 2000 * 4.4e6 * meanFactor, relative: 1e-4))
    #expect(near(numberAt(profile, "workload", "outputTokensPerDay"), 500 * 4.4e6 * meanFactor, relative: 1e-4))
    #expect(numberAt(profile, "workload", "cachedInputShare") == 0.25)
    #expect(near(numberAt(profile, "workload", "batchShare"), 0.1, relative: 1e-4))
    #expect(near(numberAt(profile, "workload", "monthlyGrowth"), pow(1.01, 365.0 / 12) - 1, relative: 1e-4))
    for h in 0..<24 {
      #expect(
        near(
          numberAt(profile, "workload", "hourlyShape", "\(h)"), (8...17).contains(h) ? 3.0 / 44 : 1.0 / 44,
          relative: 1e-4))
    }
    #expect(member(profile, "api", "model") == .string("gpt-4.1-mini"))
    #expect(
      member(profile, "name")
        == .string(
          "OpenAI usage 2025-03-03 to 2025-03-16 (14 whole days) from openai-hourly-page1.json, openai-hourly-page2.json"
        ))
    #expect(output.stderr.contains("Dropped 2 day(s): 2025-03-02 (only 12 of 24 hourly buckets (a partial day));"))
    #expect(output.stderr.contains("others: gpt-4.1\n  10%."))
  }

  @Test("compare accepts the produced profiles")
  func compareAccepts() throws {
    let dir = try temporaryDirectory()
    for (name, pages, extra) in [
      ("anthropic", [usage("anthropic-hourly.json")], [String]()),
      // 35 %/month over the default 36 months would need more than 1M GPUs: a one-year horizon.
      ("openai", [usage("openai-hourly-page1.json"), usage("openai-hourly-page2.json")], ["--horizon-months", "12"]),
      ("daily", [usage("openai-daily.json")], ["--api", "gpt-4o"]),
    ] {
      let path = dir.appendingPathComponent("\(name).json").path
      let made = runCLI(["profile", "--from-usage"] + pages + ["--output", path])
      #expect(made.exitCode == 0 && made.stdout.isEmpty && made.stderr.hasPrefix("Read "))
      let compared = runCLI(["compare", path, "--model", "llama-3.1-70b", "--gpu", "h100-sxm"] + extra)
      #expect(compared.exitCode == 0, "\(name): \(compared.stderr)")
    }
  }

  /// By hand (UsageReaderTests.noisyGrowth): slope 0, se(b) = √(0.0685714/5/28) = 0.0221313, so
  /// ±2·se·365/12 = ±1.34632: triangular(e^−1.34632 − 1, 0, e^1.34632 − 1) = (−0.73980, 0, 2.84327).
  @Test("Noisy growth becomes a triangular distribution that compare and simulate accept")
  func noisyGrowth() throws {
    let output = runCLI(["profile", "--from-usage", "-"], stdin: noisyWeek)
    #expect(output.exitCode == 0)
    let profile = try parsedJSON(output.stdout)
    #expect(abs((numberAt(profile, "workload", "monthlyGrowth", "triangular", "0") ?? 0) - -0.73980) < 1e-5)
    #expect(numberAt(profile, "workload", "monthlyGrowth", "triangular", "1") == 0)
    #expect(abs((numberAt(profile, "workload", "monthlyGrowth", "triangular", "2") ?? 0) - 2.84327) < 1e-5)
    #expect(output.stderr.contains("triangular distribution from -74.0% to +284.3%"))
    // Median growth ≈ +59 %/month: a one-year horizon keeps the demand within 1M GPUs.
    let flags = ["-", "--model", "llama-3.1-8b", "--gpu", "h100-sxm", "--api", "gpt-4o-mini", "--horizon-months", "12"]
    let compared = runCLI(["compare"] + flags, stdin: output.stdout)
    #expect(compared.exitCode == 0, "\(compared.stderr)")
    #expect(runCLI(["simulate"] + flags + ["--samples", "200"], stdin: output.stdout).exitCode == 0)
  }

  @Test("A dated snapshot names its catalog model; an unknown model is left out and said so")
  func models() throws {
    let dated = runCLI(["profile", "--from-usage", "-"], stdin: dailyPage(model: "gpt-4.1-mini-2025-04-14", factor: 1))
    #expect(dated.exitCode == 0)
    #expect(member(try parsedJSON(dated.stdout), "api", "model") == .string("gpt-4.1-mini"))
    #expect(dated.stderr.contains("Model: gpt-4.1-mini-2025-04-14, 100% of tokens (api.model gpt-4.1-mini)."))
    let unknown = runCLI(["profile", "--from-usage", "-"], stdin: dailyPage(model: "ft:my-model", factor: 1))
    #expect(member(try parsedJSON(unknown.stdout), "api") == nil)
    #expect(unknown.stderr.contains("Note: the catalog does not know ft:my-model: give --api or the API's prices."))
  }

  /// Input doubling every day: growth 2^(365/12) − 1 ≈ 1.4e9 %/month, above the profile's +1000 %.
  @Test("Growth beyond what a profile allows is capped and said so")
  func cappedGrowth() throws {
    let output = runCLI(["profile", "--from-usage", "-"], stdin: dailyPage(model: "gpt-4o", factor: 2))
    #expect(output.exitCode == 0)
    #expect(numberAt(try parsedJSON(output.stdout), "workload", "monthlyGrowth") == 10)
    #expect(output.stderr.contains("the profile has 1000 %"))
    let compared = runCLI(
      ["compare", "-", "--model", "llama-3.1-8b", "--gpu", "h100-sxm", "--horizon-months", "3"], stdin: output.stdout)
    #expect(compared.exitCode == 0, "\(compared.stderr)")
  }

  @Test("Errors: usage (64), not a usage page and other bad pages (65), missing files (66)")
  func errors() throws {
    let noMode = runCLI(["profile", usage("openai-daily.json")])
    #expect(noMode.exitCode == 64 && noMode.stderr.hasPrefix("Error: say where the profile comes from: --from-usage"))
    let noFiles = runCLI(["profile", "--from-usage"])
    #expect(noFiles.exitCode == 64 && noFiles.stderr.hasPrefix("Error: --from-usage: give at least one usage page."))
    let notUsage = runCLI(["profile", "--from-usage", usage("bad-not-usage.json")])
    #expect(notUsage.exitCode == 65 && notUsage.stdout.isEmpty)
    #expect(notUsage.stderr.hasPrefix("Error: ../usage/bad-not-usage.json: object "))
    #expect(notUsage.stderr.contains("/v1/organization/usage/completions"))
    let benchmark = runCLI([
      "profile", "--from-usage", "../benchmarks/genai-perf/genai-perf-nim-llama3-8b-isl200-osl50-c1.json",
    ])
    #expect(benchmark.exitCode == 65)
    let zero = runCLI(["profile", "--from-usage", usage("bad-zero-traffic.json")])
    #expect(
      zero.stderr
        == "Error: ../usage/bad-zero-traffic.json: reports zero tokens over 3 whole day(s): there is no traffic to measure.\n"
    )
    let widths = runCLI(["profile", "--from-usage", usage("bad-mixed-widths.json")])
    #expect(widths.exitCode == 65 && widths.stderr.contains("data[1]"))
    let missing = runCLI(["profile", "--from-usage", "nope.json"])
    #expect(missing.exitCode == 66 && missing.stderr == "Error: cannot read 'nope.json': No such file or directory\n")
  }
}
