import TCOModel

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
enum LiteLLMImporter {
  /// Which price list a key belongs to.
  enum Variant: Hashable { case standard, batch, priority, flex }

  /// What a member of an entry is, from its key's bytes.
  enum Field: Equatable {
    case mode, provider, tieredPricing, deprecationDate, maxInputTokens, maxOutputTokens, offPeakPricing
    /// `input_cost_per_token_cache_hit`: cached input when `cache_read_input_token_cost` is absent.
    case cacheHit
    /// A text-token price: above `threshold` input tokens (0 = base), for a variant and a kind.
    case price(threshold: Double, variant: Variant, kind: TokenKind)
    /// Anything else (audio, image, 1-hour cache writes…): ignored.
    case other
  }

  /// A price member of the entry being read, in member order.
  struct PriceMember {
    /// The member's position in the entry.
    var index: Int
    /// What it prices; `nil` for `input_cost_per_token_cache_hit`.
    var price: (threshold: Double, variant: Variant, kind: TokenKind)?
  }

  /// The members of one entry the importer reads, found in one pass over its keys.
  struct EntryFields {
    var mode: JSONValue? = nil
    var provider: JSONValue? = nil
    var tieredPricing: JSONValue? = nil
    var deprecationDate: JSONValue? = nil
    var maxInputTokens: JSONValue? = nil
    var maxOutputTokens: JSONValue? = nil
    var offPeakPricing: JSONValue? = nil
    /// Price members, in member order (the order their issues are reported in).
    var prices: [PriceMember] = []
  }

  /// USD per 1M tokens of the four kinds in one variant; `nil` where the entry lists none.
  typealias KindPrices = PerTokenKind<Double>

  /// Prices gathered for one threshold: per variant, per kind.
  struct Gathered {
    var standard = KindPrices()
    var batch = KindPrices()
    var priority = KindPrices()
    var flex = KindPrices()

    subscript(variant: Variant) -> KindPrices {
      get {
        switch variant {
        case .standard: return standard
        case .batch: return batch
        case .priority: return priority
        case .flex: return flex
        }
      }
      set {
        switch variant {
        case .standard: standard = newValue
        case .batch: batch = newValue
        case .priority: priority = newValue
        case .flex: flex = newValue
        }
      }
    }
  }

  /// Gathered prices by threshold: the base (threshold 0) and the tiers, in the order first seen.
  struct GatheredByThreshold {
    var base = Gathered()
    var tiers: [(threshold: Double, prices: Gathered)] = []

    mutating func set(_ price: Double, threshold: Double, variant: Variant, kind: TokenKind) {
      if threshold == 0 {
        base[variant][kind] = price
      } else if let i = tiers.firstIndex(where: { $0.threshold == threshold }) {
        tiers[i].prices[variant][kind] = price
      } else {
        var prices = Gathered()
        prices[variant][kind] = price
        tiers.append((threshold, prices))
      }
    }
  }

  static func read(_ json: JSONValue, source: String, version: String?) -> ImportedPrices {
    var result = ImportedPrices(
      source: source, format: .litellm, version: version, models: [], skipped: [], issues: [])
    guard case .object(let members) = json else { return result }
    var seen = Set<String>()
    seen.reserveCapacity(members.count)
    result.models.reserveCapacity(members.count)
    var fields = EntryFields()
    fields.prices.reserveCapacity(64)
    for (id, entry) in members {
      let path = PriceImporter.quoted(id)
      func skip(_ reason: SkipReason) { result.skipped.append(SkippedPriceEntry(id: id, path: path, reason: reason)) }
      if id == "sample_spec" {
        skip(.notAModel("sample_spec documents the file's keys"))
        continue
      }
      if id == "fallback_generalizations" {
        skip(.notAModel("fallback_generalizations holds provider routing rules"))
        continue
      }
      guard case .object(let entryMembers) = entry else {
        result.issues.append(
          PriceImportIssue(
            modelID: id, key: "", path: path, message: "an entry must be an object, not \(entry.typeDescription)"))
        skip(.notAModel("not an object"))
        continue
      }
      gather(entryMembers, into: &fields)
      var mode: String? = nil
      if case .string(let m)? = fields.mode { mode = m }
      guard let m = mode, isKeptMode(m) else {
        skip(.notAChatModel(mode: mode))
        continue
      }
      switch model(
        id: id, members: entryMembers, fields: fields, path: path, source: source, version: version,
        issues: &result.issues)
      {
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

  /// Chat, completion and responses models are kept.
  static func isKeptMode(_ mode: String) -> Bool { mode == "chat" || mode == "completion" || mode == "responses" }

  /// Finds the members the importer reads, in one pass over the keys' bytes.
  static func gather(_ members: [(key: String, value: JSONValue)], into fields: inout EntryFields) {
    fields.mode = nil
    fields.provider = nil
    fields.tieredPricing = nil
    fields.deprecationDate = nil
    fields.maxInputTokens = nil
    fields.maxOutputTokens = nil
    fields.offPeakPricing = nil
    fields.prices.removeAll(keepingCapacity: true)
    for i in members.indices {
      switch field(members[i].key) {
      case .mode: if fields.mode == nil { fields.mode = members[i].value }
      case .provider: fields.provider = members[i].value
      case .tieredPricing: fields.tieredPricing = members[i].value
      case .deprecationDate: fields.deprecationDate = members[i].value
      case .maxInputTokens: fields.maxInputTokens = members[i].value
      case .maxOutputTokens: fields.maxOutputTokens = members[i].value
      case .offPeakPricing: fields.offPeakPricing = members[i].value
      case .cacheHit: fields.prices.append(PriceMember(index: i, price: nil))
      case .price(let threshold, let variant, let kind):
        fields.prices.append(PriceMember(index: i, price: (threshold, variant, kind)))
      case .other: break
      }
    }
  }

  /// What a key names. Keys the importer reads are ASCII, and an ASCII string equals another
  /// string only when their bytes match, so the test is byte-wise; a key with non-ASCII bytes is
  /// compared as a string (canonical equivalence), as before.
  static func field(_ key: String) -> Field {
    if let found = key.utf8.withContiguousStorageIfAvailable({ field(bytes: $0) }) { return found }
    return Array(key.utf8).withUnsafeBufferPointer { field(bytes: $0) }
  }

  static func field(bytes: UnsafeBufferPointer<UInt8>) -> Field {
    guard let first = bytes.first else { return .other }
    func equals(_ text: StaticString) -> Bool {
      text.utf8CodeUnitCount == bytes.count
        && memcmpEqual(text.utf8Start, bytes.baseAddress, bytes.count)
    }
    switch first {
    case UInt8(ascii: "m"):
      if equals("mode") { return .mode }
      if equals("max_input_tokens") { return .maxInputTokens }
      if equals("max_output_tokens") { return .maxOutputTokens }
    case UInt8(ascii: "l"): if equals("litellm_provider") { return .provider }
    case UInt8(ascii: "t"): if equals("tiered_pricing") { return .tieredPricing }
    case UInt8(ascii: "d"): if equals("deprecation_date") { return .deprecationDate }
    case UInt8(ascii: "o"): if equals("off_peak_pricing") { return .offPeakPricing }
    case UInt8(ascii: "i"): if equals("input_cost_per_token_cache_hit") { return .cacheHit }
    default: break
    }
    if let (threshold, variant, kind) = parseKeyBytes(bytes) {
      return .price(threshold: threshold, variant: variant, kind: kind)
    }
    if bytes.contains(where: { $0 >= 0x80 }) { return fieldByStrings(String(decoding: bytes, as: UTF8.self)) }
    return .other
  }

  /// `count` bytes at `a` and `b` are equal.
  @inline(__always)
  static func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
    guard let b else { return count == 0 }
    for k in 0..<count where a[k] != b[k] { return false }
    return true
  }

  /// The names compared as strings: a non-ASCII key canonically equivalent to one of them.
  static func fieldByStrings(_ key: String) -> Field {
    switch key {
    case "mode": return .mode
    case "max_input_tokens": return .maxInputTokens
    case "max_output_tokens": return .maxOutputTokens
    case "litellm_provider": return .provider
    case "tiered_pricing": return .tieredPricing
    case "deprecation_date": return .deprecationDate
    case "off_peak_pricing": return .offPeakPricing
    case "input_cost_per_token_cache_hit": return .cacheHit
    default: return .other
    }
  }

  /// A price in USD per 1M tokens from a value in USD per token; `nil` for `null`, and for a value
  /// that cannot be read (with an issue, and `unreadable` set).
  static func price(
    _ value: JSONValue, key: String, id: String, path: String, issues: inout [PriceImportIssue],
    unreadable: inout Bool
  ) -> Double? {
    switch value {
    case .null: return nil
    case .number(let x):
      if let problem = PriceImporter.perMTokProblem(x * 1e6) {
        issues.append(PriceImportIssue(modelID: id, key: key, path: path + "." + key, message: problem))
      } else {
        return x * 1e6
      }
    default:
      issues.append(
        PriceImportIssue(
          modelID: id, key: key, path: path + "." + key,
          message: "expected a price in USD per token (a number ≥ 0), not \(value.typeDescription)"))
    }
    unreadable = true
    return nil
  }

  static func model(
    id: String, members: [(key: String, value: JSONValue)], fields: EntryFields, path: String, source: String,
    version: String?, issues: inout [PriceImportIssue]
  ) -> Result<ImportedAPIModel, SkipReason> {
    var gathered = GatheredByThreshold()
    var inputUnreadable = false
    var outputUnreadable = false
    var cacheHit: Double? = nil
    var notes: [String] = []

    for member in fields.prices {
      let (key, value) = members[member.index]
      guard let (threshold, variant, kind) = member.price else {
        var ignored = false
        cacheHit = price(value, key: key, id: id, path: path, issues: &issues, unreadable: &ignored)
        continue
      }
      var unreadable = false
      if let p = price(value, key: key, id: id, path: path, issues: &issues, unreadable: &unreadable) {
        gathered.set(p, threshold: threshold, variant: variant, kind: kind)
      } else if unreadable && threshold == 0 && variant == .standard {
        // Only the exact keys `input_cost_per_token` and `output_cost_per_token` parse to these.
        if kind == .input { inputUnreadable = true }
        if kind == .output { outputUnreadable = true }
      }
    }
    if let p = cacheHit, gathered.base.standard.cachedInput == nil {
      gathered.base.standard.cachedInput = p
    }
    if let tiered = fields.tieredPricing {
      readTieredPricing(tiered, id: id, path: path + ".tiered_pricing", into: &gathered, issues: &issues)
    }

    let base = gathered.base.standard
    if base.input == nil {
      let key = "input_cost_per_token"
      return .failure(inputUnreadable ? .unreadablePrice(key: key) : .noTokenPrice(key: key))
    }
    if base.output == nil {
      let key = "output_cost_per_token"
      return .failure(outputUnreadable ? .unreadablePrice(key: key) : .noTokenPrice(key: key))
    }
    guard let baseBand = band(gathered.base, over: nil) else {
      return .failure(.noTokenPrice(key: "input_cost_per_token"))
    }
    var tiers: [LongContextTier] = []
    if !gathered.tiers.isEmpty {
      for (threshold, prices) in gathered.tiers.sorted(by: { $0.threshold < $1.threshold }) {
        if let b = band(prices, over: baseBand.standard) {
          tiers.append(LongContextTier(aboveInputTokens: threshold, prices: b))
        }
      }
    }

    var provider = "unknown"
    if case .string(let p)? = fields.provider {
      provider = p
    } else {
      issues.append(
        PriceImportIssue(
          modelID: id, key: "litellm_provider", path: path + ".litellm_provider",
          message: "expected the provider's name (a string); the provider is recorded as 'unknown'"))
    }
    var deprecation: CalendarDate? = nil
    if let value = fields.deprecationDate {
      if case .string(let text) = value, let date = CalendarDate(parsing: text) {
        deprecation = date
      } else {
        issues.append(
          PriceImportIssue(
            modelID: id, key: "deprecation_date", path: path + ".deprecation_date",
            message: "expected a date YYYY-MM-DD, not \(value.typeDescription)"))
      }
    }
    if fields.offPeakPricing != nil {
      notes.append("off_peak_pricing (lower prices in daily time windows) is not applied: list prices are used")
    }
    let model = ImportedAPIModel(
      id: id, provider: provider,
      schedule: APIPriceSchedule(
        initial: PriceList(base: baseBand, longContextTiers: tiers), deprecationDate: deprecation),
      contextWindowTokens: PriceImporter.tokenCount(fields.maxInputTokens),
      maxOutputTokens: PriceImporter.tokenCount(fields.maxOutputTokens),
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
    // The base key is known from the first byte; then an optional variant suffix, and between
    // them nothing (a base price) or `_above_<N>k_tokens` / `_above_<N>m_tokens` (a tier).
    guard let start = bytes.baseAddress, bytes.count >= 20 else { return nil }
    let count = bytes.count
    func has(_ text: StaticString, at offset: Int) -> Bool {
      offset >= 0 && offset + text.utf8CodeUnitCount <= count
        && memcmpEqual(text.utf8Start, start + offset, text.utf8CodeUnitCount)
    }
    let kind: TokenKind
    let baseLength: Int
    switch start[0] {
    case UInt8(ascii: "i") where has("input_cost_per_token", at: 0): (kind, baseLength) = (.input, 20)
    case UInt8(ascii: "o") where has("output_cost_per_token", at: 0): (kind, baseLength) = (.output, 21)
    case UInt8(ascii: "c") where has("cache_read_input_token_cost", at: 0): (kind, baseLength) = (.cachedInput, 27)
    case UInt8(ascii: "c") where has("cache_creation_input_token_cost", at: 0): (kind, baseLength) = (.cacheWrite, 31)
    default: return nil
    }
    var end = count
    var variant = Variant.standard
    if has("_batches", at: count - 8) {
      (end, variant) = (count - 8, .batch)
    } else if has("_priority", at: count - 9) {
      (end, variant) = (count - 9, .priority)
    } else if has("_flex", at: count - 5) {
      (end, variant) = (count - 5, .flex)
    }
    if end == baseLength { return (0, variant, kind) }
    // `_above_` + amount + `_tokens`, the amount one to six digits and `k` or `m`.
    let amountStart = baseLength + 7
    let amountEnd = end - 7
    guard amountEnd - amountStart >= 2, has("_above_", at: baseLength), has("_tokens", at: amountEnd) else {
      return nil
    }
    let unit = start[amountEnd - 1]
    guard unit == UInt8(ascii: "k") || unit == UInt8(ascii: "m"), amountEnd - 1 - amountStart <= 6 else { return nil }
    var n = 0
    for i in amountStart..<(amountEnd - 1) {
      let d = start[i] &- UInt8(ascii: "0")
      guard d <= 9 else { return nil }
      n = n * 10 + Int(d)
    }
    return (Double(n) * (unit == UInt8(ascii: "k") ? 1000 : 1_000_000), variant, kind)
  }

  /// A band from gathered prices; `over` gives the kinds a tier does not list (the base
  /// standard prices). `nil` when the base lacks input or output.
  static func band(_ prices: Gathered, over base: TokenPrices?) -> PriceBand? {
    let s = prices.standard
    let standard: TokenPrices
    if let base {
      standard = base.overridden(by: s.partial)
    } else {
      guard let i = s.input, let o = s.output else { return nil }
      standard = TokenPrices(
        inputPerMTok: i, cachedInputPerMTok: s.cachedInput, cacheWritePerMTok: s.cacheWrite, outputPerMTok: o)
    }
    func optional(_ p: KindPrices) -> PartialTokenPrices? { p.isEmpty ? nil : p.partial }
    return PriceBand(
      standard: standard, batch: optional(prices.batch), priority: optional(prices.priority),
      flex: optional(prices.flex))
  }

  /// `tiered_pricing: [{range: [start, end], input_cost_per_token, …}]`: the range starting at 0
  /// gives base prices, each other range a tier above its start (LiteLLM picks the range that
  /// holds the request's input tokens and prices all tokens there).
  static func readTieredPricing(
    _ value: JSONValue, id: String, path: String, into gathered: inout GatheredByThreshold,
    issues: inout [PriceImportIssue]
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
          gathered.set(x * 1e6, threshold: start, variant: variant, kind: kind)
        default:
          issues.append(
            PriceImportIssue(
              modelID: id, key: key, path: itemPath + "." + key,
              message: "expected a price in USD per token (a number ≥ 0), not \(v.typeDescription)"))
        }
      }
    }
  }
}
