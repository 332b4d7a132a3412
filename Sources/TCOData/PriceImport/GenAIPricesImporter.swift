import TCOModel

/// Reads pydantic genai-prices' v2 `data.json` (USD per million tokens).
///
/// Keys read, per model: `id`, `context_window`, `deprecated`, and `prices`: either one price
/// object or a list of `{constraint?, prices}`. In a price object: `input_mtok` (uncached
/// input), `cache_read_mtok`, `cache_write_mtok` (else `cache_write_5m_mtok`), `output_mtok`,
/// each a number or `{base, tiers: [{start, price}]}` (a cliff above `start` input tokens);
/// `requests_kcount` is noted, not applied. Audio, image and search prices are ignored.
///
/// A `start_date` constraint is a dated price change. A daily `start_time`/`end_time` window is
/// not: the importer keeps the list in force for the larger part of the day (the window's list
/// when the window is longer than 12 hours, else the unconstrained one) and notes the other.
///
/// Naming: a model is named by its `id`; when the id is ambiguous (two providers list it, or it
/// equals another model's `provider/id` name) it is named `provider/id`.
enum GenAIPricesImporter {
  struct Entry {
    var providerID: String
    var modelID: String
    var path: String
    var value: JSONValue
  }

  static func read(_ json: JSONValue, source: String, version: String?) -> ImportedPrices {
    var result = ImportedPrices(
      source: source, format: .genaiPrices, version: version, models: [], skipped: [], issues: [])
    guard case .array(let providers) = json else { return result }
    var entries: [Entry] = []
    for (p, provider) in providers.enumerated() {
      let providerPath = "[" + String(p) + "]"
      guard case .string(let providerID)? = provider["id"], case .array(let models)? = provider["models"] else {
        result.issues.append(
          PriceImportIssue(
            modelID: "", key: "id", path: providerPath,
            message: "a provider must be an object with an id (a string) and models (an array)"))
        continue
      }
      entries.reserveCapacity(entries.count + models.count)
      for (n, model) in models.enumerated() {
        let path = providerPath + ".models[" + String(n) + "]"
        guard case .string(let modelID)? = model["id"] else {
          result.issues.append(
            PriceImportIssue(
              modelID: "", key: "id", path: path + ".id", message: "a model must have an id (a string)"))
          continue
        }
        entries.append(Entry(providerID: providerID, modelID: modelID, path: path, value: model))
      }
    }

    let names = uniqueNames(entries.map { ($0.providerID, $0.modelID) })
    var seen = Set<String>()
    seen.reserveCapacity(entries.count)
    result.models.reserveCapacity(entries.count)
    for (entry, name) in zip(entries, names) {
      switch model(entry, name: name, source: source, version: version, issues: &result.issues) {
      case .success(let imported):
        if seen.insert(name).inserted {
          result.models.append(imported)
        } else {
          result.skipped.append(SkippedPriceEntry(id: name, path: entry.path, reason: .duplicateName))
        }
      case .failure(let reason):
        result.skipped.append(SkippedPriceEntry(id: name, path: entry.path, reason: reason))
      }
    }
    return result
  }

  /// Names: the id, or `provider/id` when the id is listed by two providers, or when it equals
  /// the `provider/id` name of another model. A model is prefixed at most once.
  static func uniqueNames(_ pairs: [(provider: String, id: String)]) -> [String] {
    var names = pairs.map(\.id)
    var prefixed = Array(repeating: false, count: pairs.count)
    while true {
      var count: [String: Int] = [:]
      count.reserveCapacity(names.count)
      for n in names { count[n, default: 0] += 1 }
      var changed = false
      for i in names.indices where !prefixed[i] && (count[names[i]] ?? 0) > 1 {
        names[i] = pairs[i].provider + "/" + pairs[i].id
        prefixed[i] = true
        changed = true
      }
      if !changed { return names }
    }
  }

  static func model(_ entry: Entry, name: String, source: String, version: String?, issues: inout [PriceImportIssue])
    -> Result<ImportedAPIModel, SkipReason>
  {
    // Paths are built only for an issue: most models have none.
    func pricesPath() -> String { entry.path + ".prices" }
    var notes: [String] = []
    var initial: PriceList
    var changes: [PriceChange] = []
    func issue(_ key: String, _ path: String, _ message: String) {
      issues.append(PriceImportIssue(modelID: name, key: key, path: path, message: message))
    }

    switch entry.value["prices"] {
    case .object?:
      switch priceList(entry.value["prices"]!, path: pricesPath, name: name, notes: &notes, issues: &issues) {
      case .success(let list): initial = list
      case .failure(let reason): return .failure(reason)
      }
    case .array(let items)?:
      var unconstrained: PriceList? = nil
      var firstFailure: SkipReason? = nil
      var windows: [(hours: Double, list: PriceList, text: String)] = []
      for (n, item) in items.enumerated() {
        func itemPath() -> String { pricesPath() + "[" + String(n) + "]" }
        guard let prices = item["prices"] else {
          issue("prices", itemPath(), "a conditional price must have prices (an object)")
          continue
        }
        let list: PriceList
        switch priceList(prices, path: { itemPath() + ".prices" }, name: name, notes: &notes, issues: &issues) {
        case .success(let l): list = l
        case .failure(let reason):
          if firstFailure == nil { firstFailure = reason }
          continue
        }
        guard let constraint = item["constraint"], constraint != .null else {
          unconstrained = list
          continue
        }
        if case .string(let text)? = constraint["start_date"] {
          guard let date = CalendarDate(parsing: text) else {
            issue("start_date", itemPath() + ".constraint.start_date", "expected a date YYYY-MM-DD, not \"\(text)\"")
            continue
          }
          changes.append(PriceChange(start: date, prices: list))
        } else if case .string(let start)? = constraint["start_time"], case .string(let end)? = constraint["end_time"],
          let hours = windowHours(start, end)
        {
          windows.append((hours, list, "\(start)–\(end)"))
        } else {
          issue(
            "constraint", itemPath() + ".constraint",
            "expected {start_date: YYYY-MM-DD} or {start_time, end_time} (HH:MM[:SS][Z]); this price is ignored")
        }
      }
      guard let base = unconstrained else {
        if let firstFailure { return .failure(firstFailure) }
        issue("prices", pricesPath(), "a dated price list must hold one entry without a constraint")
        return .failure(.noTokenPrice(key: "prices"))
      }
      initial = base
      if let longest = windows.max(by: { $0.hours < $1.hours }) {
        let outside = 24 - windows.reduce(0) { $0 + $1.hours }
        if longest.hours > outside {
          initial = longest.list
          notes.append(
            "prices in the daily window \(longest.text) UTC are used; the other prices, in force \(formatHours(outside)) hours a day, are not applied"
          )
        } else {
          notes.append(
            "prices in the daily window \(longest.text) UTC (\(formatHours(longest.hours)) hours a day) are not applied"
          )
        }
      }
    default:
      return .failure(.noTokenPrice(key: "prices"))
    }

    var deprecated = false
    if let value = entry.value["deprecated"] {
      if case .bool(let b) = value {
        deprecated = b
      } else {
        issue("deprecated", entry.path + ".deprecated", "expected true or false, not \(value.typeDescription)")
      }
    }
    let model = ImportedAPIModel(
      id: name, provider: entry.providerID,
      schedule: APIPriceSchedule(initial: initial, changes: changes, deprecatedWithoutDate: deprecated),
      contextWindowTokens: PriceImporter.tokenCount(entry.value["context_window"]), maxOutputTokens: nil,
      origin: PriceOrigin(source: source, format: .genaiPrices, version: version, path: entry.path), notes: notes)
    return .success(model)
  }

  /// One price: a base in USD per 1M tokens and tiers (threshold, price).
  struct Tiered {
    var base: Double
    var tiers: [(start: Double, price: Double)]

    func price(above threshold: Double) -> Double {
      tiers.last { threshold >= $0.start }?.price ?? base
    }
  }

  /// The price of each kind read from one price object.
  typealias KindTiers = PerTokenKind<Tiered>

  static let kinds: [(String, TokenKind)] = [
    ("input_mtok", .input), ("cache_read_mtok", .cachedInput), ("cache_write_mtok", .cacheWrite),
    ("cache_write_5m_mtok", .cacheWrite), ("output_mtok", .output),
  ]

  /// A price list from one price object; the union of the kinds' thresholds gives the tiers.
  static func priceList(
    _ value: JSONValue, path: () -> String, name: String, notes: inout [String], issues: inout [PriceImportIssue]
  ) -> Result<PriceList, SkipReason> {
    guard case .object = value else {
      issues.append(
        PriceImportIssue(
          modelID: name, key: "prices", path: path(), message: "expected a price object, not \(value.typeDescription)"))
      return .failure(.unreadablePrice(key: "prices"))
    }
    var read = KindTiers()
    var unreadable = Set<String>()
    for (key, kind) in kinds {
      guard let v = value[key], v != .null, read[kind] == nil else { continue }
      if let t = tiered(v, key: key, path: { path() + "." + key }, name: name, issues: &issues) {
        read[kind] = t
      } else {
        unreadable.insert(key)
      }
    }
    if read.input == nil {
      let key = "input_mtok"
      return .failure(unreadable.contains(key) ? .unreadablePrice(key: key) : .noTokenPrice(key: key))
    }
    if read.output == nil {
      let key = "output_mtok"
      return .failure(unreadable.contains(key) ? .unreadablePrice(key: key) : .noTokenPrice(key: key))
    }
    if value["requests_kcount"] != nil, !notes.contains(where: { $0.hasPrefix("requests_kcount") }) {
      notes.append("requests_kcount (a fee per request) is not included: the cost counts tokens only")
    }
    func prices(above threshold: Double?) -> TokenPrices {
      func p(_ kind: TokenKind) -> Double? {
        guard let t = read[kind] else { return nil }
        return threshold.map { t.price(above: $0) } ?? t.base
      }
      return TokenPrices(
        inputPerMTok: p(.input) ?? 0, cachedInputPerMTok: p(.cachedInput), cacheWritePerMTok: p(.cacheWrite),
        outputPerMTok: p(.output) ?? 0)
    }
    let all = [read.input, read.cachedInput, read.cacheWrite, read.output]
    let thresholds =
      all.allSatisfy { $0?.tiers.isEmpty ?? true } ? [] : Set(all.flatMap { $0?.tiers.map(\.start) ?? [] }).sorted()
    let tiers = thresholds.map { LongContextTier(aboveInputTokens: $0, prices: PriceBand(standard: prices(above: $0))) }
    return .success(PriceList(base: PriceBand(standard: prices(above: nil)), longContextTiers: tiers))
  }

  /// A number or `{base, tiers: [{start, price}]}`; `nil` (with an issue) when unreadable.
  static func tiered(
    _ value: JSONValue, key: String, path: () -> String, name: String, issues: inout [PriceImportIssue]
  ) -> Tiered? {
    func fail(_ message: String) -> Tiered? {
      issues.append(PriceImportIssue(modelID: name, key: key, path: path(), message: message))
      return nil
    }
    switch value {
    case .number(let x):
      if let problem = PriceImporter.perMTokProblem(x) { return fail(problem) }
      return Tiered(base: x, tiers: [])
    case .object:
      guard case .number(let base)? = value["base"], PriceImporter.perMTokProblem(base) == nil,
        case .array(let items)? = value["tiers"]
      else {
        return fail("expected {base: number ≥ 0, tiers: [{start, price}]}")
      }
      var tiers: [(start: Double, price: Double)] = []
      for item in items {
        guard case .number(let start)? = item["start"], start.isFinite, start >= 0,
          case .number(let price)? = item["price"], PriceImporter.perMTokProblem(price) == nil
        else {
          return fail("expected tiers of {start: input tokens ≥ 0, price: USD per 1M tokens ≥ 0}")
        }
        tiers.append((start, price))
      }
      return Tiered(base: base, tiers: tiers.sorted { $0.start < $1.start })
    default:
      return fail("expected a price in USD per 1M tokens (a number ≥ 0 or {base, tiers}), not \(value.typeDescription)")
    }
  }

  /// Hours a daily window `HH:MM[:SS][Z]` – `HH:MM[:SS][Z]` covers (wrapping past midnight);
  /// `nil` when a time cannot be read.
  static func windowHours(_ start: String, _ end: String) -> Double? {
    guard let s = hoursOfDay(start), let e = hoursOfDay(end) else { return nil }
    return e > s ? e - s : 24 - s + e
  }

  static func hoursOfDay(_ text: String) -> Double? {
    var t = Substring(text)
    if t.hasSuffix("Z") { t = t.dropLast() }
    let parts = t.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3,
      parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let h = Int(parts[0]), let m = Int(parts[1]), h < 24, m < 60
    else { return nil }
    let s = parts.count == 3 ? (Int(parts[2]) ?? 0) : 0
    guard s < 60 else { return nil }
    return Double(h) + Double(m) / 60 + Double(s) / 3600
  }

  static func formatHours(_ h: Double) -> String {
    let rounded = (h * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
