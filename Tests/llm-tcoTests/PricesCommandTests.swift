import Foundation
import TCOData
import TCOModel
import TCOReport
import Testing

@testable import llm_tco

/// `--prices`, long-context tiers, per-kind batch prices, dated prices and deprecation, through
/// the command line. Expected figures are computed by hand from the price files' own numbers.
@Suite("Price files through the command line")
struct PricesCommandTests {
  static let pricesDirectory = fixtures.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/reference/prices")
  static let litellm = pricesDirectory.appendingPathComponent("litellm-1.109.1-model_prices_and_context_window.json")
  static let genai = pricesDirectory.appendingPathComponent("genai-prices-v2-data.json")
  static let days = 365.0 / 12

  /// A compare run with a self-hosted route of stated serving rates (these tests are about the API
  /// side; a 300k-token prompt is beyond the self-hosted model's context), in JSON.
  func compare(_ flags: [String]) throws -> (JSONValue, CommandOutput) {
    let output = runCLI(
      [
        "compare", "--gpu", "h100-sxm", "--prefill-tokens-per-second", "20000", "--decode-tokens-per-second", "3000",
        "--gpus-per-replica", "2", "--format", "json",
      ] + flags)
    #expect(output.exitCode == 0, "\(output.stderr)")
    return (try JSONParser.parse(output.stdout), output)
  }

  func number(_ v: JSONValue?) -> Double {
    if case .number(let x)? = v { return x }
    return .nan
  }

  func warnings(_ doc: JSONValue) -> [String] {
    (doc["warnings"]?.arrayItems ?? []).compactMap { if case .string(let s) = $0 { s } else { nil } }
  }

  func near(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool { abs(a - b) <= tolerance * max(1, abs(b)) }
  /// Money in the JSON result is rounded to cents.
  func cents(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 0.0051 }

  @Test("Each real file imports through the CLI; 20 models of each list the file's own prices")
  func importRealFiles() throws {
    guard FileManager.default.fileExists(atPath: Self.litellm.path) else {
      Issue.record("price files missing at \(Self.pricesDirectory.path)")
      return
    }
    // LiteLLM: USD per token.
    let liteOutput = runCLI(["catalog", "api", "--format", "json", "--prices", Self.litellm.path])
    #expect(liteOutput.exitCode == 0, "\(liteOutput.stderr)")
    let lite = try JSONParser.parse(liteOutput.stdout)
    let liteFile = try JSONParser.parse(bytes: Array(try Data(contentsOf: Self.litellm)))
    let summary = try #require(lite["importedPriceFiles"]?.arrayItems?.first)
    // Every key of the file is either loaded or skipped (SOURCES.md: 4,553 keys).
    #expect(number(summary["loaded"]) + number(summary["skipped"]) == 4553)
    let models = try #require(lite["apiModels"]?.arrayItems)
    func entry(_ id: String) -> JSONValue? { models.last { $0["id"] == .string(id) } }
    let liteKeys = [
      "gpt-4o", "gpt-5.4", "o3", "claude-sonnet-4-5", "claude-fable-5", "gemini/gemini-2.5-pro",
      "vertex_ai/gemini-4-argon", "gemini-3.8-flash", "deepseek/deepseek-chat", "mistral/mistral-large-latest",
      "perplexity/sonar", "together_ai/Qwen/Qwen2.5-72B-Instruct",
      "fireworks_ai/accounts/fireworks/models/qwen2p5-72b-instruct",
      "deepinfra/meta-llama/Llama-3.3-70B-Instruct", "nebius/Qwen/Qwen2.5-72B-Instruct", "cerebras/gpt-oss-120b",
      "mistral/mistral-small-latest", "azure/gpt-4o", "claude-haiku-4-5", "gpt-6-rosalind",
    ]
    var checked = 0
    for key in liteKeys {
      guard let fileEntry = liteFile[key], case .number(let input)? = fileEntry["input_cost_per_token"],
        case .number(let output)? = fileEntry["output_cost_per_token"]
      else { continue }
      let m = try #require(entry(key), "\(key) not imported")
      #expect(near(number(m["inputPerMTok"]), input * 1e6), "\(key) input")
      #expect(near(number(m["outputPerMTok"]), output * 1e6), "\(key) output")
      if case .number(let cached)? = fileEntry["cache_read_input_token_cost"] {
        #expect(near(number(m["cachedInputPerMTok"]), cached * 1e6), "\(key) cached")
      }
      if case .number(let batch)? = fileEntry["input_cost_per_token_batches"] {
        #expect(near(number(m["batch"]?["inputPerMTok"]), batch * 1e6), "\(key) batch input")
      }
      checked += 1
    }
    #expect(checked == 20, "only \(checked) of the chosen LiteLLM keys priced")
    // gpt-5.4's tier above 272k input tokens, from the file's own *_above_272k_tokens keys.
    let tier = try #require(entry("gpt-5.4")?["longContextTiers"]?.arrayItems?.first)
    #expect(number(tier["aboveInputTokens"]) == 272_000)
    #expect(near(number(tier["inputPerMTok"]), 5))
    #expect(near(number(tier["outputPerMTok"]), 22.5))

    // genai-prices: USD per million.
    let genOutput = runCLI(["catalog", "api", "--format", "json", "--prices", Self.genai.path])
    #expect(genOutput.exitCode == 0, "\(genOutput.stderr)")
    let gen = try JSONParser.parse(genOutput.stdout)
    let genModels = try #require(gen["apiModels"]?.arrayItems)
    let genFile = try JSONParser.parse(bytes: Array(try Data(contentsOf: Self.genai)))
    var fileModels = 0
    var picked: [(provider: String, id: String, prices: JSONValue)] = []
    let wanted: Set<String> = [
      "openai/gpt-4o", "openai/gpt-5.3", "openai/o3-mini", "anthropic/claude-haiku-4-5", "anthropic/claude-opus-4-5",
      "google/gemini-2.5-flash", "google/gemini-3.5-flash", "groq/llama-3.3-70b-versatile",
      "mistral/mistral-large-latest",
      "deepseek/deepseek-chat", "cerebras/llama-3.3-70b", "cohere/command-r-plus",
      "together/meta-llama/Llama-3.3-70B-Instruct-Turbo",
      "mistral/mistral-large", "x-ai/grok-3", "novita/qwen/qwen-2.5-72b-instruct", "groq/llama-3.1-8b-instant",
      "perplexity/sonar", "moonshotai/kimi-k2-0711-preview", "cohere/command-r", "deepseek/deepseek-v3.2",
      "openai/gpt-4.1-mini", "anthropic/claude-3-5-haiku-latest", "google/gemini-2.5-flash-lite",
    ]
    for provider in genFile.arrayItems ?? [] {
      guard case .string(let p)? = provider["id"] else { continue }
      for model in provider["models"]?.arrayItems ?? [] {
        fileModels += 1
        guard case .string(let id)? = model["id"], wanted.contains(p + "/" + id), let prices = model["prices"],
          case .number = prices["input_mtok"], case .number = prices["output_mtok"]
        else { continue }
        picked.append((p, id, prices))
      }
    }
    let genSummary = try #require(gen["importedPriceFiles"]?.arrayItems?.first)
    #expect(number(genSummary["loaded"]) + number(genSummary["skipped"]) == Double(fileModels))
    #expect(picked.count >= 20, "only \(picked.count) flat-priced models of the chosen ones")
    for (p, id, prices) in picked {
      let m = try #require(
        genModels.last { $0["id"] == .string(id) && $0["provider"] == .string(p) }
          ?? genModels.last { $0["id"] == .string(p + "/" + id) }, "\(p)/\(id) not imported")
      #expect(near(number(m["inputPerMTok"]), number(prices["input_mtok"])), "\(p)/\(id) input")
      #expect(near(number(m["outputPerMTok"]), number(prices["output_mtok"])), "\(p)/\(id) output")
      if case .number(let cached)? = prices["cache_read_mtok"] {
        #expect(near(number(m["cachedInputPerMTok"]), cached), "\(p)/\(id) cached")
      }
    }
  }

  @Test("A 300k-token prompt pays gpt-5.4's long-context tier on all its tokens")
  func longContextTier() throws {
    // LiteLLM gpt-5.4 above 272k: input 5e-06, output 2.25e-05 per token.
    let (doc, _) = try compare([
      "--api", "gpt-5.4", "--input-tokens-per-day", "300M", "--output-tokens-per-day", "1M",
      "--input-tokens-per-request", "300000", "--output-tokens-per-request", "1000",
    ])
    let expected = (300e6 * 5 + 1e6 * 22.5) / 1e6 * Self.days
    #expect(cents(number(doc["monthly"]?["api"]?["total"]), expected))
    // At 200k tokens per request the base prices apply (2.5 and 15).
    let (below, _) = try compare([
      "--api", "gpt-5.4", "--input-tokens-per-day", "300M", "--output-tokens-per-day", "1M",
      "--input-tokens-per-request", "200000", "--output-tokens-per-request", "1000",
    ])
    #expect(cents(number(below["monthly"]?["api"]?["total"]), (300e6 * 2.5 + 1e6 * 15) / 1e6 * Self.days))
    // Without a request shape: base prices, and a warning that says what was assumed.
    let (unknown, _) = try compare([
      "--api", "gpt-5.4", "--input-tokens-per-day", "300M", "--output-tokens-per-day", "1M",
    ])
    #expect(warnings(unknown).contains { $0.contains("272k") && $0.contains("assumed") })
    // A quarter of input tokens in long requests: 0.75 of the base and 0.25 of the tier.
    let (share, _) = try compare([
      "--api", "gpt-5.4", "--input-tokens-per-day", "300M", "--output-tokens-per-day", "1M", "--long-context-share",
      "0.25",
    ])
    let mixed = (300e6 * (0.75 * 2.5 + 0.25 * 5) + 1e6 * (0.75 * 15 + 0.25 * 22.5)) / 1e6 * Self.days
    #expect(cents(number(share["monthly"]?["api"]?["total"]), mixed))
  }

  @Test("Batch share with cached input: o3's cached input keeps its price, the rest takes its batch price")
  func batchWithCachedInput() throws {
    // LiteLLM o3: input 2e-06 (batch 1e-06), cached 5e-07 (no batch price), output 8e-06 (batch 4e-06).
    let (doc, _) = try compare([
      "--api", "o3", "--input-tokens-per-day", "100M", "--output-tokens-per-day", "10M", "--cached-input-share", "0.5",
      "--batch-share", "0.4",
    ])
    let input = 50e6 * (0.6 * 2 + 0.4 * 1)
    let cached = 50e6 * 0.5
    let output = 10e6 * (0.6 * 8 + 0.4 * 4)
    let api = try #require(doc["monthly"]?["api"])
    #expect(cents(number(api["components"]?["cachedInput"]), cached / 1e6 * Self.days))
    #expect(cents(number(api["total"]), (input + cached + output) / 1e6 * Self.days))
    // o3 is deprecated on 2026-12-11, 20 days after the catalog date 2026-11-21.
    #expect(warnings(doc).contains { $0.contains("o3 is deprecated on 2026-12-11, 20 days") })
  }

  @Test("Deprecated before the catalog date: a warning")
  func pastDeprecation() throws {
    let (doc, _) = try compare(["--api", "gpt-4.1-nano", "--tokens-per-day", "10M", "--input-share", "0.8"])
    #expect(warnings(doc).contains { $0.contains("gpt-4.1-nano was deprecated on 2026-10-23") })
    let (fresh, _) = try compare(["--api", "gpt-5.2", "--tokens-per-day", "10M", "--input-share", "0.8"])
    #expect(!warnings(fresh).contains { $0.contains("deprecated") })
  }

  @Test("A dated price over 36 months: gemini-3.7-flash doubles on 2027-01-01 (genai-prices)")
  func datedPrice() throws {
    // genai-prices google/gemini-3.7-flash: 0.75/3.75 per 1M, from 2027-01-01 1.5/7.5.
    let monthly = (80e6 * 0.75 + 20e6 * 3.75) / 1e6 * Self.days
    for source in [[], ["--prices", Self.genai.path]] {
      let (doc, _) = try compare(
        source + [
          "--api", "gemini-3.7-flash", "--tokens-per-day", "100M", "--input-share", "0.8", "--horizon-months", "36",
        ])
      // Start 2026-11 (the catalog's month): two months at the old price, 34 at twice it.
      #expect(cents(number(doc["horizon"]?["api"]?["total"]), 2 * monthly + 34 * 2 * monthly))
      #expect(cents(number(doc["monthly"]?["api"]?["total"]), monthly))
      #expect(warnings(doc).contains { $0.contains("2027-01-01 (month 2 of the horizon)") })
      // Starting in 2027-03, every month pays the new price.
      let (later, _) = try compare(
        source + [
          "--api", "gemini-3.7-flash", "--tokens-per-day", "100M", "--input-share", "0.8", "--start-month", "2027-03",
        ])
      #expect(cents(number(later["horizon"]?["api"]?["total"]), 36 * 2 * monthly))
    }
    // With a yearly trend on top: month m pays the dated price times (1 + a)^(m/12).
    let (trend, _) = try compare([
      "--api", "gemini-3.7-flash", "--tokens-per-day", "100M", "--input-share", "0.8", "--api-price-change", "-0.1",
    ])
    var total = 0.0
    for m in 0..<36 { total += (m < 2 ? monthly : 2 * monthly) * pow(0.9, Double(m) / 12) }
    #expect(cents(number(trend["horizon"]?["api"]?["total"]), total))
  }

  @Test("An imported model records its file and date in the result's sources")
  func sources() throws {
    let (doc, _) = try compare([
      "--prices", Self.litellm.path + "@2026-11-21", "--api", "deepseek/deepseek-chat", "--tokens-per-day", "10M",
      "--input-share", "0.8",
    ])
    let api = try #require(doc["sources"]?["api"])
    guard case .string(let source)? = api["source"] else { throw Failure("no source") }
    #expect(source.contains("litellm-1.109.1-model_prices_and_context_window.json"))
    #expect(api["asOf"] == .string("2026-11-21"))
    // Built-in ids still work beside the file's names.
    let (builtIn, _) = try compare([
      "--prices", Self.litellm.path, "--api", "together/llama-3.1-70b-instruct-turbo", "--tokens-per-day", "10M",
      "--input-share", "0.8",
    ])
    #expect(builtIn["sources"]?["api"]?["id"] == .string("together/llama-3.1-70b-instruct-turbo"))
  }

  @Test("--prices errors: neither format is exit 65 naming both; an unreadable price is a warning, the rest loads")
  func errors() throws {
    let neither = runCLI(["catalog", "--prices", "owned-h100-fleet.json"])
    #expect(neither.exitCode == 65)
    #expect(neither.stderr.contains("LiteLLM") && neither.stderr.contains("genai-prices"))
    let missing = runCLI(["catalog", "--prices", "no-such-file.json"])
    #expect(missing.exitCode == 66)
    let notJSON = runCLI(["catalog", "--prices", "-"], stdin: "not json")
    #expect(notJSON.exitCode == 65)
    let file = """
      {"bad-model": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1e-6,
        "output_cost_per_token": 2e-6, "cache_read_input_token_cost": "cheap"},
       "good-model": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1e-6,
        "output_cost_per_token": 4e-6}}
      """
    let output = runCLI(
      [
        "compare", "--prices", "-", "--api", "good-model", "--tokens-per-day", "10M", "--input-share", "0.5",
        "--model", "llama-3.1-70b", "--gpu", "h100-sxm", "--format", "json",
      ], stdin: file)
    #expect(output.exitCode == 0, "\(output.stderr)")
    #expect(output.stderr.contains("bad-model") && output.stderr.contains("cache_read_input_token_cost"))
    let doc = try JSONParser.parse(output.stdout)
    #expect(cents(number(doc["monthly"]?["api"]?["total"]), (5e6 * 1 + 5e6 * 4) / 1e6 * Self.days))
  }

  @Test("--prices is listed in every command's help")
  func help() {
    for command in commands {
      #expect(command.help.text.contains("--prices"), "\(command.name)")
    }
  }
}

struct Failure: Error, CustomStringConvertible {
  var description: String
  init(_ d: String) { description = d }
}
