import TCOModel
import Testing

@testable import TCOData

/// The faster importers give exactly what the previous ones gave (kept in the test target as
/// oracles): the same models, field by field, the same skipped entries and the same issues, in the
/// same order.
@Suite("Importers against their previous versions")
struct ImporterOracleTests {
  /// Entries that exercise every rule of the LiteLLM reader, including keys that only equal a
  /// name the importer reads by canonical equivalence, and values it must refuse.
  static let litellmCases: [String] = [
    #"{"a": {"mode": "chat", "litellm_provider": "p", "input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06}}"#,
    // Variants, tiers above thresholds (0k goes to the base), cache reads and the cache_hit fallback.
    #"""
    {"m": {"mode": "responses", "litellm_provider": "p", "input_cost_per_token": 1e-06, "output_cost_per_token": 3e-06,
      "input_cost_per_token_cache_hit": 1e-07, "input_cost_per_token_batches": 5e-07, "output_cost_per_token_flex": 1e-06,
      "cache_read_input_token_cost_priority": 2e-07, "cache_creation_input_token_cost": 4e-06,
      "input_cost_per_token_above_200k_tokens": 2e-06, "output_cost_per_token_above_200k_tokens_batches": 3e-06,
      "input_cost_per_token_above_1m_tokens": 4e-06, "cache_read_input_token_cost_above_128k_tokens": 9e-08,
      "input_cost_per_token_above_0k_tokens": 7e-07, "input_cost_per_token_above_1hr": 1, "output_cost_per_token_above_k_tokens": 1,
      "input_cost_per_token_above_1234567k_tokens": 1, "cache_creation_input_token_cost_above_1hr": 1e-05,
      "max_input_tokens": 1000000, "max_output_tokens": 1e300, "deprecation_date": "2027-02-28", "off_peak_pricing": null},
     "hit": {"mode": "completion", "litellm_provider": "p", "input_cost_per_token": 1e-06, "output_cost_per_token": 3e-06,
      "cache_read_input_token_cost": 3e-07, "input_cost_per_token_cache_hit": 1e-07}}
    """#,
    // Unreadable and missing prices, nulls, a bad provider and date, entries that are not models.
    #"""
    {"sample_spec": {"mode": "chat"}, "fallback_generalizations": [], "x": 3, "emb": {"mode": "embedding"}, "nomode": {},
     "n": {"mode": "chat", "litellm_provider": 4, "input_cost_per_token": null, "output_cost_per_token": 1e-06},
     "u": {"mode": "chat", "input_cost_per_token": "1", "output_cost_per_token": 1e-06},
     "o": {"mode": "chat", "input_cost_per_token": 1e-06, "output_cost_per_token": -1e-06},
     "big": {"mode": "chat", "input_cost_per_token": 1e300, "output_cost_per_token": 1e-06},
     "d": {"mode": "chat", "litellm_provider": "p", "input_cost_per_token": 1e-06, "output_cost_per_token": 1e-06,
       "deprecation_date": "2026-13-01", "input_cost_per_token_batches": true, "input_cost_per_token_cache_hit": "x",
       "max_input_tokens": 1.5},
     "late": {"mode": "chat", "litellm_provider": "p", "output_cost_per_token": 1e-06, "input_cost_per_token": 1e-06,
       "mode ": "x", "deprecation_date": null}}
    """#,
    // tiered_pricing: a base range, tiers, bad ranges, bad prices, and keys above thresholds inside it.
    #"""
    {"t": {"mode": "chat", "litellm_provider": "p", "tiered_pricing": [
        {"range": [0, 256000], "input_cost_per_token": 5e-08, "output_cost_per_token": 4e-07},
        {"range": [256000, 1000000], "input_cost_per_token": 2.5e-07, "output_cost_per_token": 2e-06,
         "input_cost_per_token_batches": 1e-07, "input_cost_per_token_above_1k_tokens": 1e-06},
        {"range": [-0.0, 5], "cache_read_input_token_cost": 1e-08},
        {"range": [-1, 5], "input_cost_per_token": 1e-06}, {"range": [5]}, 7,
        {"range": [9000, 10000], "output_cost_per_token": "a"}]},
     "t2": {"mode": "chat", "litellm_provider": "p", "input_cost_per_token": 1e-06, "output_cost_per_token": 1e-06,
       "tiered_pricing": {"range": [0, 1]}}}
    """#,
    // Non-ASCII keys: a model key with a precomposed and a decomposed é (one name as strings), a
    // quote and a backslash in a key, a Kelvin sign that equals "K" as a string.
    #"""
    {"caf\u00e9": {"mode": "chat", "litellm_provider": "p", "input_cost_per_token": 1e-06, "output_cost_per_token": 1e-06},
     "cafe\u0301": {"mode": "chat", "litellm_provider": "p", "input_cost_per_token": 2e-06, "output_cost_per_token": 1e-06},
     "q\"b\\s": {"mode": "chat", "litellm_provider": "p", "input_cost_per_token": 1e-06, "output_cost_per_token": 1e-06},
     "q\"\u0301": {"mode": "chat", "litellm_provider": "p", "input_cost_per_token": 1e-06, "output_cost_per_token": 1e-06},
     "\u212a": {"mode": "chat", "litellm_provider": "p", "input_cost_per_token": 1e-06, "output_cost_per_token": 1e-06},
     "K": {"mode": "chat", "litellm_provider": "p", "input_cost_per_token": 1e-06, "output_cost_per_token": 1e-06},
     "w": {"mode": "cha\u0301t", "litellm_provider": "p", "input_cost_per_token": 1e-06, "output_cost_per_token": 1e-06,
       "input_cost_per_token_above_2\u0301k_tokens": 1e-06, "mod\u00e9": "chat"}}
    """#,
  ]

  static func litellmEqual(_ json: JSONValue, _ note: String) {
    let new = LiteLLMImporter.read(json, source: "s.json", version: "v")
    let old = ReferenceLiteLLMImporter.read(json, source: "s.json", version: "v")
    #expect(new.models.map(\.id) == old.models.map(\.id), "\(note)")
    for (a, b) in zip(new.models, old.models) where a != b {
      Issue.record("\(note) \(a.id): \(a) is not \(b)")
    }
    #expect(new.skipped == old.skipped, "\(note)")
    #expect(new.issues == old.issues, "\(note)")
    #expect(new == old, "\(note)")
  }

  @Test("LiteLLM: every rule gives what it gave before", arguments: litellmCases.indices)
  func litellmCasesMatch(_ n: Int) throws {
    let json = try JSONParser.parse(Self.litellmCases[n])
    Self.litellmEqual(json, "case \(n)")
  }

  @Test("LiteLLM: the real file gives what it gave before")
  func litellmFileMatches() throws {
    let loaded = try #require(PriceFixtures.litellm)
    #expect(loaded.prices.models.count > 1000)
    Self.litellmEqual(loaded.json, "litellm 1.109.1")
  }

  /// Keys near the price keys: every base, variant and threshold spelling, and near misses.
  static var keys: [String] {
    var out: [String] = []
    let bases = [
      "input_cost_per_token", "output_cost_per_token", "cache_read_input_token_cost", "cache_creation_input_token_cost",
      "input_cost_per_toke", "cache_", "i", "",
    ]
    let middles = [
      "", "_above_200k_tokens", "_above_1m_tokens", "_above_0k_tokens", "_above_1234567k_tokens",
      "_above_123456k_tokens", "_above_k_tokens", "_above__tokens", "_above_tokens", "_above_1hr",
      "_above_1hr_above_200k_tokens", "_above_2\u{301}k_tokens",
      "_above_20x_tokens", "_above_-1k_tokens", "_above_ 1k_tokens", "_cache_hit", "_decisions", "_tokens",
    ]
    let suffixes = ["", "_batches", "_priority", "_flex", "_ultrafast", "_batches_flex", "_flex_batches"]
    for b in bases { for m in middles { for s in suffixes { out.append(b + m + s) } } }
    return out + ["_batches", "_flex", "_priority", "input_cost_per_token_flexx", "mode", "caf\u{e9}"]
  }

  @Test("LiteLLM: price keys parse as before")
  func keysParseAsBefore() throws {
    var all = Self.keys
    let loaded = try #require(PriceFixtures.litellm)
    if case .object(let entries) = loaded.json {
      for (_, entry) in entries { if case .object(let fields) = entry { all += fields.map(\.key) } }
    }
    #expect(all.count > 1000)
    for key in all {
      let new = LiteLLMImporter.parseKey(key)
      let old = ReferenceLiteLLMImporter.parseKey(key)
      #expect(new?.0 == old?.0 && new?.1 == old.map { v in LiteLLMImporter.Variant(v.1) } && new?.2 == old?.2, "\(key)")
    }
  }

  static let genaiCases: [String] = [
    #"""
    [{"id": "p", "models": [
       {"id": "good", "match": {"equals": "good"}, "prices": {"input_mtok": 1, "output_mtok": 2, "requests_kcount": 1}},
       {"id": "bad", "prices": {"input_mtok": "abc", "output_mtok": 2}},
       {"id": "badtier", "prices": {"input_mtok": {"base": 1, "tiers": [{"start": "x"}]}, "output_mtok": 2}},
       {"id": "tiers", "context_window": 200000, "deprecated": true, "prices": {
          "input_mtok": {"base": 3, "tiers": [{"start": 200000, "price": 6}, {"start": 100000, "price": 4}]},
          "cache_write_5m_mtok": 3.75, "cache_write_mtok": {"base": 3.5, "tiers": [{"start": 50000, "price": 7}]},
          "cache_read_mtok": null, "output_mtok": {"base": 15, "tiers": [{"start": 200000, "price": 22.5}]}}},
       {"id": "odd", "deprecated": "yes", "prices": [{"prices": {"input_mtok": 1, "output_mtok": 2}},
          {"constraint": {"start_date": "soon"}, "prices": {"input_mtok": 2, "output_mtok": 4}},
          {"constraint": {"start_date": "2027-01-01"}, "prices": {"input_mtok": 2, "output_mtok": 4, "requests_kcount": 2}},
          {"constraint": {"start_date": "2026-06-01"}, "prices": {"input_mtok": 3, "output_mtok": 5}},
          {"constraint": {"start_date": "2027-01-01"}, "prices": {"input_mtok": 9, "output_mtok": 9}},
          {"constraint": {"weekday": 1}, "prices": {"input_mtok": 2, "output_mtok": 4}},
          {"constraint": null, "prices": {"input_mtok": 1.5, "output_mtok": 2.5}},
          {"noprices": 1}, {"prices": 3}, {"constraint": {"start_date": "2028-01-01"}, "prices": {"input_mtok": -1}}]},
       {"id": "night", "prices": [{"prices": {"input_mtok": 1, "output_mtok": 2}},
          {"constraint": {"start_time": "16:30:00Z", "end_time": "00:30:00Z"}, "prices": {"input_mtok": 0.5, "output_mtok": 1}}]},
       {"id": "day", "prices": [{"prices": {"input_mtok": 1, "output_mtok": 2}},
          {"constraint": {"start_time": "02:00", "end_time": "20:00"}, "prices": {"input_mtok": 0.5, "output_mtok": 1}},
          {"constraint": {"start_time": "25:00", "end_time": "20:00"}, "prices": {"input_mtok": 0.5, "output_mtok": 1}}]},
       {"id": "nobase", "prices": [{"constraint": {"start_date": "2026-01-01"}, "prices": {"input_mtok": 1, "output_mtok": 2}}]},
       {"id": "failing", "prices": [{"prices": {"input_mtok": 1}}]},
       {"id": "none"}, {"id": 5}, {"name": "x"}, {"id": "p/q", "prices": {"input_mtok": 1, "output_mtok": 1e300}},
       {"id": "good", "prices": {"input_mtok": 5, "output_mtok": 6}}]},
     {"id": "q", "models": [{"id": "good", "prices": {"input_mtok": 3, "output_mtok": 4}},
       {"id": "q", "prices": {"input_mtok": 3, "output_mtok": 4}}]},
     {"id": "p", "models": [{"id": "q", "prices": {"input_mtok": 3, "output_mtok": 4}}]},
     {"models": []}, 4]
    """#
  ]

  static func genaiEqual(_ json: JSONValue, _ note: String) {
    let new = GenAIPricesImporter.read(json, source: "g.json", version: nil)
    let old = ReferenceGenAIPricesImporter.read(json, source: "g.json", version: nil)
    #expect(new.models.map(\.id) == old.models.map(\.id), "\(note)")
    for (a, b) in zip(new.models, old.models) where a != b {
      Issue.record("\(note) \(a.id): \(a) is not \(b)")
    }
    #expect(new.skipped == old.skipped, "\(note)")
    #expect(new.issues == old.issues, "\(note)")
    #expect(new == old, "\(note)")
  }

  @Test("genai-prices: every rule gives what it gave before", arguments: genaiCases.indices)
  func genaiCasesMatch(_ n: Int) throws {
    let json = try JSONParser.parse(Self.genaiCases[n])
    let imported = GenAIPricesImporter.read(json, source: "g.json", version: nil)
    #expect(imported.issues.count > 5 && imported.skipped.count > 3 && imported.models.count > 5)
    Self.genaiEqual(json, "case \(n)")
  }

  @Test("genai-prices: the real file gives what it gave before")
  func genaiFileMatches() throws {
    let loaded = try #require(PriceFixtures.genai)
    #expect(loaded.prices.models.count > 1000)
    Self.genaiEqual(loaded.json, "genai-prices v2")
  }

  @Test(
    "Entry paths quote keys as before",
    arguments: ["gpt-4o", "", "a\"b", "a\\b", "q\"\u{301}", "caf\u{e9}", "\u{1F600}x"])
  func pathsQuoteAsBefore(_ key: String) {
    #expect(PriceImporter.quoted(key) == ReferenceLiteLLMImporter.quoted(key))
    #expect(PriceImporter.quoted(key).utf8.elementsEqual(ReferenceLiteLLMImporter.quoted(key).utf8))
  }
}

extension LiteLLMImporter.Variant {
  init(_ v: ReferenceLiteLLMImporter.Variant) {
    switch v {
    case .standard: self = .standard
    case .batch: self = .batch
    case .priority: self = .priority
    case .flex: self = .flex
    }
  }
}
