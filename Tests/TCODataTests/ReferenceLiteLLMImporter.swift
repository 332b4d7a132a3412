import TCOModel

@testable import TCOData

// The LiteLLM importer as it was before the byte-wise rewrite (commit e255dc3), kept as an oracle:
// the importer must give exactly the same models, skips and issues on every input.

/// Reads LiteLLM's `model_prices_and_context_window.json` (USD per token).
///
/// Keys read, per entry: `mode` (chat, completion and responses are kept), `litellm_provider`,
/// `input_cost_per_token`, `output_cost_per_token`, `cache_read_input_token_cost` (else
/// `input_cost_per_token_cache_hit`), `cache_creation_input_token_cost` (the default 5-minute
/// cache write), each optionally followed by `_above_<N>k_tokens` (a long-context tier above
/// N·1000 input tokens) and by `_batches`, `_priority` or `_flex`; `tiered_pricing` (ranges of
/// input tokens per request, read as tiers above each range's start); `max_input_tokens`,
/// `max_output_tokens`, `deprecation_date` (YYYY-MM-DD) and `off_peak_pricing` (noted, not
/// applied). Other keys (audio, image, 1-hour cache writes, ultrafast…) are not token prices
/// of text traffic and are ignored.
enum ReferenceLiteLLMImporter {
  /// Which price list a key belongs to.
  enum Variant: Hashable { case standard, batch, priority, flex }

  static let baseKeys: [(String, TokenKind)] = [
    ("input_cost_per_token", .input), ("output_cost_per_token", .output),
    ("cache_read_input_token_cost", .cachedInput), ("cache_creation_input_token_cost", .cacheWrite),
  ]
  static let variantSuffixes: [(String, Variant)] = [("_batches", .batch), ("_priority", .priority), ("_flex", .flex)]
  static let keptModes: Set<String> = ["chat", "completion", "responses"]

  /// Prices gathered for one threshold (0 = base): per variant, per kind, USD per 1M tokens.
  typealias Gathered = [Double: [Variant: [TokenKind: Double]]]

  static func read(_ json: JSONValue, source: String, version: String?) -> ImportedPrices {
    var result = ImportedPrices(
      source: source, format: .litellm, version: version, models: [], skipped: [], issues: [])
    guard case .object(let members) = json else { return result }
    var seen = Set<String>()
    for (id, entry) in members {
      let path = quoted(id)
      func skip(_ reason: SkipReason) { result.skipped.append(SkippedPriceEntry(id: id, path: path, reason: reason)) }
      if id == "sample_spec" {
        skip(.notAModel("sample_spec documents the file's keys"))
        continue
      }
      if id == "fallback_generalizations" {
        skip(.notAModel("fallback_generalizations holds provider routing rules"))
        continue
      }
      guard case .object(let fields) = entry else {
        result.issues.append(
          PriceImportIssue(
            modelID: id, key: "", path: path, message: "an entry must be an object, not \(entry.typeDescription)"))
        skip(.notAModel("not an object"))
        continue
      }
      var mode: String? = nil
      if case .string(let m)? = entry["mode"] { mode = m }
      guard let m = mode, keptModes.contains(m) else {
        skip(.notAChatModel(mode: mode))
        continue
      }
      switch model(id: id, fields: fields, path: path, source: source, version: version, issues: &result.issues) {
      case .success(let imported):
        if !seen.insert(imported.id).inserted {
          skip(.duplicateName)
        } else {
          result.models.append(imported)
        }
      case .failure(let reason): skip(reason)
      }
    }
    return result
  }

  static func model(
    id: String, fields: [(key: String, value: JSONValue)], path: String, source: String, version: String?,
    issues: inout [PriceImportIssue]
  ) -> Result<ImportedAPIModel, SkipReason> {
    var gathered: Gathered = [:]
    var unreadable = Set<String>()
    var cacheHit: Double? = nil
    var notes: [String] = []

    func price(_ key: String, _ value: JSONValue) -> Double? {
      switch value {
      case .null: return nil
      case .number(let x) where PriceImporter.perMTokProblem(x * 1e6) == nil: return x * 1e6
      case .number(let x):
        issues.append(
          PriceImportIssue(
            modelID: id, key: key, path: path + "." + key, message: PriceImporter.perMTokProblem(x * 1e6) ?? ""))
      default:
        issues.append(
          PriceImportIssue(
            modelID: id, key: key, path: path + "." + key,
            message: "expected a price in USD per token (a number ≥ 0), not \(value.typeDescription)"))
      }
      unreadable.insert(key)
      return nil
    }

    var other: [String: JSONValue] = [:]
    for (key, value) in fields {
      switch key {
      case "tiered_pricing", "litellm_provider", "deprecation_date", "max_input_tokens", "max_output_tokens",
        "off_peak_pricing":
        other[key] = value
        continue
      default: break
      }
      if key == "input_cost_per_token_cache_hit" {
        cacheHit = price(key, value)
        continue
      }
      guard let (threshold, variant, kind) = parseKey(key) else { continue }
      if let p = price(key, value) { gathered[threshold, default: [:]][variant, default: [:]][kind] = p }
    }
    if let p = cacheHit, gathered[0]?[.standard]?[.cachedInput] == nil {
      gathered[0, default: [:]][.standard, default: [:]][.cachedInput] = p
    }
    if let tiered = other["tiered_pricing"] {
      readTieredPricing(tiered, id: id, path: path + ".tiered_pricing", into: &gathered, issues: &issues)
    }

    let base = gathered[0]?[.standard] ?? [:]
    for key in ["input_cost_per_token", "output_cost_per_token"] {
      let kind: TokenKind = key.hasPrefix("input") ? .input : .output
      if base[kind] == nil {
        return .failure(unreadable.contains(key) ? .unreadablePrice(key: key) : .noTokenPrice(key: key))
      }
    }
    guard let baseBand = band(gathered[0] ?? [:], over: nil) else {
      return .failure(.noTokenPrice(key: "input_cost_per_token"))
    }
    var tiers: [LongContextTier] = []
    for threshold in gathered.keys.sorted() where threshold > 0 {
      if let b = band(gathered[threshold] ?? [:], over: baseBand.standard) {
        tiers.append(LongContextTier(aboveInputTokens: threshold, prices: b))
      }
    }

    var provider = "unknown"
    if case .string(let p)? = other["litellm_provider"] {
      provider = p
    } else {
      issues.append(
        PriceImportIssue(
          modelID: id, key: "litellm_provider", path: path + ".litellm_provider",
          message: "expected the provider's name (a string); the provider is recorded as 'unknown'"))
    }
    var deprecation: CalendarDate? = nil
    if let value = other["deprecation_date"] {
      if case .string(let text) = value, let date = CalendarDate(parsing: text) {
        deprecation = date
      } else {
        issues.append(
          PriceImportIssue(
            modelID: id, key: "deprecation_date", path: path + ".deprecation_date",
            message: "expected a date YYYY-MM-DD, not \(value.typeDescription)"))
      }
    }
    if other["off_peak_pricing"] != nil {
      notes.append("off_peak_pricing (lower prices in daily time windows) is not applied: list prices are used")
    }
    let model = ImportedAPIModel(
      id: id, provider: provider,
      schedule: APIPriceSchedule(
        initial: PriceList(base: baseBand, longContextTiers: tiers), deprecationDate: deprecation),
      contextWindowTokens: PriceImporter.tokenCount(other["max_input_tokens"]),
      maxOutputTokens: PriceImporter.tokenCount(other["max_output_tokens"]),
      origin: PriceOrigin(source: source, format: .litellm, version: version, path: path), notes: notes)
    return .success(model)
  }

  /// Splits `input_cost_per_token_above_200k_tokens_batches` into (200000, batch, input);
  /// `nil` for a key that is not a text-token price.
  static func parseKey(_ key: String) -> (Double, Variant, TokenKind)? {
    // Byte-wise: a file has ~100,000 keys and character-wise suffix tests cost more than the rest
    // of the import together. Most keys are not text-token prices: reject them on their first byte.
    if let parsed = key.utf8.withContiguousStorageIfAvailable({ parseKeyBytes($0) }) { return parsed }
    return Array(key.utf8).withUnsafeBufferPointer { parseKeyBytes($0) }
  }

  static func parseKeyBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> (Double, Variant, TokenKind)? {
    guard let first = bytes.first,
      first == UInt8(ascii: "i") || first == UInt8(ascii: "o") || first == UInt8(ascii: "c"),
      baseKeyBytes.contains(where: { bytes.starts(with: $0.0) })
    else { return nil }
    var end = bytes.count
    var variant = Variant.standard
    for (suffix, v) in variantSuffixBytes
    where end >= suffix.count && bytes[(end - suffix.count)..<end].elementsEqual(suffix) {
      end -= suffix.count
      variant = v
      break
    }
    let rest = bytes[0..<end]
    if let exact = baseKeyBytes.first(where: { rest.elementsEqual($0.0) }) {
      return (0, variant, exact.1)
    }
    let tokens = Array("_tokens".utf8)
    guard end >= tokens.count, rest[(end - tokens.count)..<end].elementsEqual(tokens),
      let base = aboveKeyBytes.first(where: { rest.starts(with: $0.prefix) }),
      base.prefix.count <= end - tokens.count
    else { return nil }
    let amount = String(decoding: rest[base.prefix.count..<(end - tokens.count)], as: UTF8.self)
    guard let threshold = thresholdTokens(Substring(amount)) else { return nil }
    return (threshold, variant, base.kind)
  }

  static let baseKeyBytes: [([UInt8], TokenKind)] = baseKeys.map { (Array($0.0.utf8), $0.1) }
  static let variantSuffixBytes: [([UInt8], Variant)] = variantSuffixes.map { (Array($0.0.utf8), $0.1) }
  static let aboveKeyBytes: [(prefix: [UInt8], kind: TokenKind)] = aboveKeys.map { (Array($0.prefix.utf8), $0.kind) }

  /// `input_cost_per_token_above_` and the like, with the kind they price.
  static let aboveKeys: [(prefix: String, kind: TokenKind)] = baseKeys.map { ($0.0 + "_above_", $0.1) }

  /// `200k` → 200000, `1m` → 1000000; `nil` for anything else (`1hr`).
  static func thresholdTokens(_ text: Substring) -> Double? {
    guard let unit = text.last, unit == "k" || unit == "m" else { return nil }
    let digits = text.dropLast()
    guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
      let n = Int(digits)
    else { return nil }
    return Double(n) * (unit == "k" ? 1000 : 1_000_000)
  }

  /// A band from gathered prices; `over` gives the kinds a tier does not list (the base
  /// standard prices). `nil` when the base lacks input or output.
  static func band(_ prices: [Variant: [TokenKind: Double]], over base: TokenPrices?) -> PriceBand? {
    let s = prices[.standard] ?? [:]
    let standard: TokenPrices
    if let base {
      standard = base.overridden(by: partial(s))
    } else {
      guard let i = s[.input], let o = s[.output] else { return nil }
      standard = TokenPrices(
        inputPerMTok: i, cachedInputPerMTok: s[.cachedInput], cacheWritePerMTok: s[.cacheWrite], outputPerMTok: o)
    }
    func optional(_ v: Variant) -> PartialTokenPrices? {
      guard let p = prices[v], !p.isEmpty else { return nil }
      return partial(p)
    }
    return PriceBand(standard: standard, batch: optional(.batch), priority: optional(.priority), flex: optional(.flex))
  }

  static func partial(_ p: [TokenKind: Double]) -> PartialTokenPrices {
    PartialTokenPrices(
      inputPerMTok: p[.input], cachedInputPerMTok: p[.cachedInput], cacheWritePerMTok: p[.cacheWrite],
      outputPerMTok: p[.output])
  }

  /// `tiered_pricing: [{range: [start, end], input_cost_per_token, …}]`: the range starting at 0
  /// gives base prices, each other range a tier above its start (LiteLLM picks the range that
  /// holds the request's input tokens and prices all tokens there).
  static func readTieredPricing(
    _ value: JSONValue, id: String, path: String, into gathered: inout Gathered, issues: inout [PriceImportIssue]
  ) {
    guard case .array(let items) = value else {
      issues.append(
        PriceImportIssue(
          modelID: id, key: "tiered_pricing", path: path,
          message: "expected an array of {range, prices}, not \(value.typeDescription)"))
      return
    }
    for (n, item) in items.enumerated() {
      let itemPath = path + "[\(n)]"
      guard case .array(let range)? = item["range"], range.count == 2, case .number(let start) = range[0],
        start.isFinite, start >= 0
      else {
        issues.append(
          PriceImportIssue(
            modelID: id, key: "tiered_pricing", path: itemPath + ".range",
            message: "expected a range [start, end] of input tokens"))
        continue
      }
      guard case .object(let fields) = item else { continue }
      for (key, v) in fields where key != "range" {
        guard let (t, variant, kind) = parseKey(key), t == 0 else { continue }
        switch v {
        case .number(let x) where PriceImporter.perMTokProblem(x * 1e6) == nil:
          gathered[start, default: [:]][variant, default: [:]][kind] = x * 1e6
        default:
          issues.append(
            PriceImportIssue(
              modelID: id, key: key, path: itemPath + "." + key,
              message: "expected a price in USD per token (a number ≥ 0), not \(v.typeDescription)"))
        }
      }
    }
  }

  /// `["key"]` with the key's quotes and backslashes escaped (as PriceImporter.quoted was).
  static func quoted(_ key: String) -> String {
    var out = "[\""
    for c in key {
      if c == "\"" || c == "\\" { out.append("\\") }
      out.append(c)
    }
    return out + "\"]"
  }
}
