import Foundation
import TCOData
import TCOModel
import Testing

@Suite("Price import: real files")
struct PriceImportRealFileTests {
  // Expected counts come from an independent Python count of each file (json module):
  // LiteLLM: entries whose mode is chat, completion or responses with numeric
  // input_cost_per_token and output_cost_per_token (or a tiered_pricing range from 0);
  // genai-prices: models whose undated price object has input_mtok and output_mtok.
  @Test("LiteLLM 1.109.1: every chat model with token prices loads, the rest is skipped with a reason")
  func litellmCounts() throws {
    let loaded = try #require(PriceFixtures.litellm)
    let p = loaded.prices
    #expect(p.format == .litellm)
    #expect(p.source == PriceFixtures.litellmName)
    #expect(p.models.count == 3377)
    #expect(p.skipped.count + p.models.count == 4553)
    let notAModel = p.skipped.filter { if case .notAModel = $0.reason { return true } else { return false } }
    #expect(notAModel.map(\.id).sorted() == ["fallback_generalizations", "sample_spec"])
    let notChat = p.skipped.filter { if case .notAChatModel = $0.reason { return true } else { return false } }
    #expect(notChat.count == 1051)
    #expect(notChat.filter { $0.reason == .notAChatModel(mode: "embedding") }.count == 153)
    #expect(notChat.filter { $0.reason == .notAChatModel(mode: nil) }.count == 10)
    let noPrice = p.skipped.filter { $0.reason == .noTokenPrice(key: "input_cost_per_token") }
    #expect(noPrice.count == 123)
    #expect(noPrice.contains { $0.id == "azure/container" })
    #expect(p.issues.isEmpty, "\(p.issues.prefix(3))")
    print(
      "LiteLLM: \(p.models.count) loaded, \(p.skipped.count) skipped; parse \(loaded.parseSeconds) s, "
        + "import \(loaded.importSeconds) s")
  }

  @Test("genai-prices v2: every model with token prices loads, names are unique")
  func genaiCounts() throws {
    let loaded = try #require(PriceFixtures.genai)
    let p = loaded.prices
    #expect(p.format == .genaiPrices)
    #expect(p.models.count == 1270)
    #expect(p.skipped.filter { $0.reason == .noTokenPrice(key: "input_mtok") }.count == 157)
    #expect(p.skipped.filter { $0.reason == .noTokenPrice(key: "output_mtok") }.count == 39)
    #expect(p.skipped.count == 196)
    #expect(Set(p.models.map(\.id)).count == p.models.count)
    #expect(p.issues.isEmpty, "\(p.issues.prefix(3))")
    print(
      "genai-prices: \(p.models.count) loaded, \(p.skipped.count) skipped; parse \(loaded.parseSeconds) s, "
        + "import \(loaded.importSeconds) s")
  }

  @Test("Importing from bytes detects each format")
  func bytesDetect() throws {
    let g = try PriceImporter.importPrices(bytes: PriceFixtures.bytes(PriceFixtures.genaiName), source: "g.json")
    #expect(g.format == .genaiPrices && g.models.count == 1270)
  }

  static let litellmModels = [
    "gpt-4o", "gpt-5.4", "gpt-5.5-pro", "claude-sonnet-4-5", "claude-fable-5", "gemini-3.8-flash",
    "gemini/gemini-2.5-pro", "vertex_ai/gemini-4-argon", "gpt-6-rosalind", "anthropic.claude-mythos-preview",
    "deepseek/deepseek-chat", "mistral/mistral-large-latest", "azure/gpt-4o", "cerebras/llama3.1-8b",
    "databricks/databricks-claude-fable-5", "kyma/qwen3.7-flash", "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo",
    "fireworks_ai/accounts/fireworks/models/deepseek-r1", "claude-haiku-5-5", "gpt-3.5-turbo",
  ]

  @Test("LiteLLM: 20 models across providers carry the file's own prices", arguments: litellmModels)
  func litellmModel(_ id: String) throws {
    let loaded = try #require(PriceFixtures.litellm)
    let entry = try #require(loaded.json[id])
    let model = try #require(loaded.prices.model(id))
    func perMTok(_ key: String) -> Double? {
      if case .number(let x)? = entry[key] { return x * 1e6 }
      return nil
    }
    #expect(entry["litellm_provider"] == .string(model.provider))
    let list = model.schedule.initial
    let base = list.base
    #expect(close(base.standard.inputPerMTok, perMTok("input_cost_per_token")))
    #expect(close(base.standard.outputPerMTok, perMTok("output_cost_per_token")))
    #expect(
      close(
        base.standard.cachedInputPerMTok,
        perMTok("cache_read_input_token_cost") ?? perMTok("input_cost_per_token_cache_hit")))
    #expect(close(base.standard.cacheWritePerMTok, perMTok("cache_creation_input_token_cost")))
    #expect(close(base.batch?.inputPerMTok, perMTok("input_cost_per_token_batches")))
    #expect(close(base.batch?.outputPerMTok, perMTok("output_cost_per_token_batches")))
    #expect(close(base.batch?.cachedInputPerMTok, perMTok("cache_read_input_token_cost_batches")))
    #expect(close(base.priority?.inputPerMTok, perMTok("input_cost_per_token_priority")))
    #expect(close(base.flex?.outputPerMTok, perMTok("output_cost_per_token_flex")))
    // Long-context tiers: every `input_cost_per_token_above_<N>k_tokens` key is a tier above N·1000.
    let members = try #require(entry.objectMembers, "\(id) is not an object")
    var thresholds: [Double] = []
    for (key, value) in members where key.hasPrefix("input_cost_per_token_above_") && key.hasSuffix("k_tokens") {
      let n = try #require(Double(key.dropFirst("input_cost_per_token_above_".count).dropLast("k_tokens".count)))
      let x = try #require(value.numberValue, "\(id).\(key)")
      thresholds.append(n * 1000)
      let tier = try #require(list.longContextTiers.first { $0.aboveInputTokens == n * 1000 })
      #expect(close(tier.prices.standard.inputPerMTok, x * 1e6))
      let outputKey = "output_cost_per_token_above_\(Int(n))k_tokens"
      #expect(close(tier.prices.standard.outputPerMTok, perMTok(outputKey) ?? base.standard.outputPerMTok))
      #expect(close(tier.prices.batch?.inputPerMTok, perMTok(key + "_batches")))
    }
    #expect(list.longContextTiers.map(\.aboveInputTokens) == thresholds.sorted())
    if case .string(let date)? = entry["deprecation_date"] {
      #expect(model.schedule.deprecationDate?.description == date)
    } else {
      #expect(model.schedule.deprecationDate == nil)
    }
    if case .number(let n)? = entry["max_input_tokens"] { #expect(model.contextWindowTokens == Int(n)) }
    #expect(model.origin.path == "[\"\(id)\"]")
  }

  @Test("LiteLLM tiered_pricing ranges become a base and tiers above each range's start")
  func litellmTieredPricing() throws {
    let loaded = try #require(PriceFixtures.litellm)
    let model = try #require(loaded.prices.model("dashscope/qwen-flash"))
    // File: [{range [0, 256000], 5e-08, 4e-07}, {range [256000, 1000000], 2.5e-07, 2e-06}] USD/token.
    #expect(close(model.schedule.initial.base.standard.inputPerMTok, 0.05))
    #expect(close(model.schedule.initial.base.standard.outputPerMTok, 0.4))
    let tier = try #require(model.schedule.initial.longContextTiers.first)
    #expect(tier.aboveInputTokens == 256_000)
    #expect(close(tier.prices.standard.inputPerMTok, 0.25))
    #expect(close(tier.prices.standard.outputPerMTok, 2))
  }

  static let genaiModels: [(provider: String, id: String, name: String)] = [
    ("anthropic", "claude-fable-5", "anthropic/claude-fable-5"),
    ("anthropic", "claude-opus-4-6", "anthropic/claude-opus-4-6"),
    ("openai", "gpt-5.4", "gpt-5.4"), ("openai", "gpt-5.6-luna", "gpt-5.6-luna"), ("openai", "o3", "o3"),
    ("google", "gemini-2.5-pro", "gemini-2.5-pro"), ("google", "gemini-3.7-flash", "gemini-3.7-flash"),
    ("mistral", "codestral-2508", "codestral-2508"), ("groq", "gemma2-9b-it", "gemma2-9b-it"),
    ("together", "Gryphe/MythoMax-L2-13b", "Gryphe/MythoMax-L2-13b"), ("x-ai", "grok-3", "x-ai/grok-3"),
    ("aws", "global.anthropic.claude-sonnet-5-v1:0", "global.anthropic.claude-sonnet-5-v1:0"),
    ("openrouter", "anthropic/claude-2", "openrouter/anthropic/claude-2"),
    ("anthropic", "claude-2", "anthropic/claude-2"), ("cohere", "command-r", "cohere/command-r"),
    ("fireworks", "deepseek-v3p2", "deepseek-v3p2"), ("cerebras", "llama3.1-8b", "llama3.1-8b"),
    ("minimax", "minimax-m3", "minimax/minimax-m3"), ("azure", "o4-mini", "azure/o4-mini"),
    ("moonshotai", "kimi-k2-0905-preview", "kimi-k2-0905-preview"),
  ]

  @Test(
    "genai-prices: 20 models across providers carry the file's own prices",
    arguments: genaiModels.map { "\($0.provider)|\($0.id)|\($0.name)" })
  func genaiModel(_ spec: String) throws {
    let parts = spec.split(separator: "|").map(String.init)
    let (providerID, modelID, name) = (parts[0], parts[1], parts[2])
    let loaded = try #require(PriceFixtures.genai)
    guard case .array(let providers) = loaded.json else { throw Failure("not an array") }
    let provider = try #require(providers.first { $0["id"] == .string(providerID) })
    guard case .array(let models)? = provider["models"] else { throw Failure("no models") }
    let entry = try #require(models.first { $0["id"] == .string(modelID) })
    let model = try #require(loaded.prices.model(name))
    #expect(model.provider == providerID)

    // The undated prices: the object itself, or the list's entry without a constraint.
    var undated = try #require(entry["prices"])
    var dated: [(String, JSONValue)] = []
    if case .array(let items) = undated {
      undated = try #require(items.first { $0["constraint"] == nil }?["prices"])
      for item in items {
        if case .string(let d)? = item["constraint"]?["start_date"], let p = item["prices"] { dated.append((d, p)) }
      }
    }
    func base(_ prices: JSONValue, _ key: String) -> Double? {
      switch prices[key] {
      case .number(let x)?: return x
      case .object?:
        if case .number(let x)? = prices[key]?["base"] { return x }
        return nil
      default: return nil
      }
    }
    func check(_ list: PriceList, _ prices: JSONValue) throws {
      #expect(close(list.base.standard.inputPerMTok, base(prices, "input_mtok")))
      #expect(close(list.base.standard.outputPerMTok, base(prices, "output_mtok")))
      #expect(close(list.base.standard.cachedInputPerMTok, base(prices, "cache_read_mtok")))
      #expect(close(list.base.standard.cacheWritePerMTok, base(prices, "cache_write_mtok")))
      #expect(list.base.batch == nil)
      if case .array(let tiers)? = prices["input_mtok"]?["tiers"] {
        for t in tiers {
          let start = try #require(t["start"]?.numberValue, "tier start in \(t)")
          let price = try #require(t["price"]?.numberValue, "tier price in \(t)")
          let tier = try #require(list.longContextTiers.first { $0.aboveInputTokens == start })
          #expect(close(tier.prices.standard.inputPerMTok, price))
        }
        #expect(list.longContextTiers.count == tiers.count)
      } else {
        #expect(list.longContextTiers.isEmpty)
      }
    }
    try check(model.schedule.initial, undated)
    #expect(model.schedule.changes.count == dated.count)
    for (date, prices) in dated {
      let change = try #require(model.schedule.changes.first { $0.start.description == date })
      try check(change.prices, prices)
    }
    if case .number(let w)? = entry["context_window"] { #expect(model.contextWindowTokens == Int(w)) }
  }

  @Test("genai-prices: a daily time window is not a dated price; the all-day-most list is kept and noted")
  func timeWindow() throws {
    let loaded = try #require(PriceFixtures.genai)
    let model = try #require(loaded.prices.model("deepseek-chat"))
    // File: unconstrained {0.135, 0.035, 0.55}; window 00:30–16:30 UTC (16 h) {0.27, 0.07, 1.1}.
    #expect(model.schedule.changes.isEmpty)
    #expect(close(model.schedule.initial.base.standard.inputPerMTok, 0.27))
    #expect(close(model.schedule.initial.base.standard.outputPerMTok, 1.1))
    #expect(model.notes.contains { $0.contains("00:30:00Z–16:30:00Z") && $0.contains("8 hours") })
  }

  @Test("genai-prices: kinds with tiers share the union of thresholds; deprecated flag is kept")
  func genaiFlags() throws {
    let loaded = try #require(PriceFixtures.genai)
    let m = try #require(loaded.prices.model("google/gemini-2.5-flash-preview"))
    #expect(m.schedule.deprecatedWithoutDate)
    let opus = try #require(loaded.prices.model("anthropic/claude-opus-4-6"))
    // Before 2026-03-13: {base 5, tiers [{200000, 10}]}; output {25, 37.5}; from 2026-03-13 flat 5/25.
    let before = opus.schedule.prices(on: try #require(CalendarDate(year: 2026, month: 3, day: 12)))
    let tier = try #require(before.longContextTiers.first)
    #expect(tier.aboveInputTokens == 200_000 && close(tier.prices.standard.outputPerMTok, 37.5))
    let after = opus.schedule.prices(on: try #require(CalendarDate(year: 2026, month: 3, day: 13)))
    #expect(after.longContextTiers.isEmpty && close(after.base.standard.inputPerMTok, 5))
  }
}

struct Failure: Error, CustomStringConvertible {
  var description: String
  init(_ d: String) { description = d }
}

@Suite("Price import: bad files")
struct PriceImportBadFileTests {
  @Test("A JSON file of neither format is refused, naming both formats")
  func neitherFormat() {
    for text in [#"{"workload": {"tokensPerDay": 1}}"#, "[1, 2]", #"[{"name": "x"}]"#, "42"] {
      #expect {
        try PriceImporter.importPrices(bytes: Array(text.utf8), source: "profile.json")
      } throws: { error in
        let message = String(describing: error)
        return error as? PriceImportError == .unknownFormat(source: "profile.json")
          && message.contains("LiteLLM") && message.contains("genai-prices") && message.contains("profile.json")
      }
    }
  }

  @Test("Bytes that are not JSON are refused with the line and column")
  func notJSON() {
    #expect {
      try PriceImporter.importPrices(bytes: Array("{\"a\": }".utf8), source: "x.json")
    } throws: { error in
      guard case .notJSON(let source, let e)? = error as? PriceImportError else { return false }
      return source == "x.json" && e.line == 1
    }
  }

  @Test("LiteLLM: a price that cannot be read is reported with model, key and path; the rest loads")
  func litellmUnreadable() throws {
    let text = """
      {"sample_spec": {"mode": "chat"},
       "good": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1e-06,
                "output_cost_per_token": 2e-06},
       "bad": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": "abc",
               "output_cost_per_token": 2e-06},
       "bad-batch": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1e-06,
               "output_cost_per_token": 2e-06, "input_cost_per_token_batches": "abc", "deprecation_date": "2026-02-30"},
       "free": {"litellm_provider": "x", "mode": "chat", "input_cost_per_token": 0, "output_cost_per_token": 0},
       "unknown": {"litellm_provider": "x", "mode": "chat"}}
      """
    let p = try PriceImporter.importPrices(bytes: Array(text.utf8), source: "l.json", version: "test")
    #expect(p.models.map(\.id) == ["good", "bad-batch", "free"])
    #expect(p.skipped.first { $0.id == "bad" }?.reason == .unreadablePrice(key: "input_cost_per_token"))
    #expect(p.skipped.first { $0.id == "unknown" }?.reason == .noTokenPrice(key: "input_cost_per_token"))
    let issue = try #require(p.issues.first { $0.modelID == "bad" })
    #expect(issue.key == "input_cost_per_token")
    #expect(issue.path == #"["bad"].input_cost_per_token"#)
    #expect(issue.message.contains("a string"))
    #expect(p.issues.contains { $0.modelID == "bad-batch" && $0.key == "input_cost_per_token_batches" })
    #expect(p.issues.contains { $0.modelID == "bad-batch" && $0.key == "deprecation_date" })
    #expect(p.model("bad-batch")?.schedule.initial.base.batch == nil)
    #expect(p.model("free")?.schedule.initial.base.standard.outputPerMTok == 0)
    #expect(p.model("good")?.origin.version == "test")
  }

  @Test("genai-prices: a price that cannot be read is reported with model, key and path; the rest loads")
  func genaiUnreadable() throws {
    let text = """
      [{"id": "p", "models": [
         {"id": "good", "match": {"equals": "good"}, "prices": {"input_mtok": 1, "output_mtok": 2}},
         {"id": "bad", "match": {"equals": "bad"}, "prices": {"input_mtok": "abc", "output_mtok": 2}},
         {"id": "badtier", "match": {"equals": "b"}, "prices": {"input_mtok": {"base": 1, "tiers": [{"start": "x"}]},
            "output_mtok": 2}},
         {"id": "odd", "match": {"equals": "o"}, "prices": [{"prices": {"input_mtok": 1, "output_mtok": 2}},
            {"constraint": {"start_date": "soon"}, "prices": {"input_mtok": 2, "output_mtok": 4}}]}]},
       {"id": "q", "models": [{"id": "good", "match": {"equals": "good"}, "prices": {"input_mtok": 3, "output_mtok": 4}}]}]
      """
    let p = try PriceImporter.importPrices(bytes: Array(text.utf8), source: "g.json")
    #expect(p.models.map(\.id) == ["p/good", "odd", "q/good"])
    #expect(p.skipped.map(\.id) == ["bad", "badtier"])
    let issue = try #require(p.issues.first { $0.modelID == "bad" })
    #expect(issue.key == "input_mtok" && issue.path == "[0].models[1].prices.input_mtok")
    #expect(p.issues.contains { $0.modelID == "odd" && $0.path == "[0].models[3].prices[1].constraint.start_date" })
    #expect(p.model("odd")?.schedule.changes.isEmpty == true)
  }
}
