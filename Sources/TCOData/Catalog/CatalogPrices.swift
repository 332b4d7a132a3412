import TCOModel

/// A price file the built-in catalog is generated from.
struct BuiltInPriceFile: Sendable {
  var name: String
  var version: String
  var date: String
}

/// Where a built-in proprietary model is read from (see scripts/generate-catalog.py).
struct BuiltInAPISpec: Sendable {
  enum Origin: Sendable {
    /// A LiteLLM key.
    case litellm(String)
    /// A genai-prices `provider/id`.
    case genai(String)
  }

  var id: String
  var provider: String
  var confidence: String
  var from: Origin
  /// genai-prices `provider/id` whose long-context tiers are added (LiteLLM lists none).
  var tiersFrom: String?
  /// genai-prices `provider/id` whose price changes after the catalog date are added.
  var datesFrom: String?
  var note: String?
}

/// What one `--prices` file gave: counts for the report and the warnings.
public struct ImportedPriceFileSummary: Sendable, Equatable {
  public var source: String
  public var format: PriceFileFormat
  public var date: String?
  public var loaded: Int
  public var skipped: Int
  public var issues: Int
}

extension ImportedPrices {
  /// A genai-prices model by provider and id, whatever name the import gave it.
  func model(provider: String, id: String) -> ImportedAPIModel? {
    models.first { $0.provider == provider && ($0.id == id || $0.id == provider + "/" + id) }
  }
}

extension PriceFileFormat {
  /// The format's name in sentences.
  public var displayName: String { self == .litellm ? "LiteLLM" : "genai-prices" }
}

extension Catalog {
  /// The built-in API models: the proprietary ones (generated values, see `builtInProprietaryModels`),
  /// then the managed open-weight endpoints. Nothing is parsed: building them costs a few
  /// allocations per model.
  static let builtInAPIModels: [APIModelEntry] = builtInProprietaryModels + builtInManagedModels

  /// Dated price changes written by the generator as (`YYYY-MM-DD`, prices); a date that cannot
  /// be read drops its change (the generation test then fails: the import keeps every change).
  static func dated(_ changes: [(String, PriceList)]) -> [PriceChange] {
    changes.compactMap { date, prices in CalendarDate(parsing: date).map { PriceChange(start: $0, prices: prices) } }
  }

  /// The proprietary models as importing the embedded excerpts of the price files gives them:
  /// what `builtInProprietaryModels` must equal (checked by the tests; the tool never runs this).
  /// An entry the excerpts cannot price is left out; nothing traps.
  static func importBuiltInProprietaryModels() -> [APIModelEntry] {
    let files = builtInPriceFiles
    let lite = try? PriceImporter.importPrices(
      bytes: Array(builtInLiteLLMExcerpt.utf8), source: files.litellm.name, version: files.litellm.version)
    let genai = try? PriceImporter.importPrices(
      bytes: Array(builtInGenAIExcerpt.utf8), source: files.genai.name, version: files.genai.version)
    let catalogDate = CalendarDate(parsing: builtInAsOf)
    var entries: [APIModelEntry] = []
    for spec in builtInAPISpecs {
      let model: ImportedAPIModel?
      let file: BuiltInPriceFile
      var sources: [String] = []
      switch spec.from {
      case .litellm(let key):
        model = lite?.model(key)
        file = files.litellm
        sources.append("LiteLLM \(file.version) \(file.name) key '\(key)'")
      case .genai(let key):
        let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
        model = parts.count == 2 ? genai?.model(provider: parts[0], id: parts[1]) : nil
        file = files.genai
        sources.append("genai-prices \(file.version) \(file.name) model '\(key)'")
      }
      guard let model else { continue }
      var schedule = model.schedule
      var notes = model.notes
      if let key = spec.tiersFrom, let other = genaiModel(key, in: genai), let date = catalogDate {
        let tiers = other.schedule.prices(on: date).longContextTiers
        schedule.initial.longContextTiers = tiers
        for i in schedule.changes.indices { schedule.changes[i].prices.longContextTiers = tiers }
        sources.append("long-context tiers from genai-prices \(files.genai.version) model '\(key)'")
        notes.append(
          "long-context tiers have no batch price in the source: batch traffic above the threshold pays the tier's standard price"
        )
      }
      if let key = spec.datesFrom, let other = genaiModel(key, in: genai), let date = catalogDate {
        let later = other.schedule.changes.filter { $0.start > date }
        schedule = APIPriceSchedule(
          initial: schedule.initial, changes: schedule.changes + later, deprecationDate: schedule.deprecationDate,
          deprecatedWithoutDate: schedule.deprecatedWithoutDate)
        sources.append("dated prices from genai-prices \(files.genai.version) model '\(key)'")
        notes.append("the dated prices list no batch price: batch traffic pays standard prices from the change on")
      }
      if let note = spec.note { notes.append(note) }
      entries.append(
        APIModelEntry(
          id: spec.id, provider: spec.provider, category: .proprietary, schedule: schedule,
          contextWindowTokens: model.contextWindowTokens, asOf: file.date, confidence: spec.confidence,
          source: sources.joined(separator: "; "), notes: notes.isEmpty ? nil : notes.joined(separator: "; ")))
    }
    return entries
  }

  static func genaiModel(_ key: String, in prices: ImportedPrices?) -> ImportedAPIModel? {
    let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { return nil }
    return prices?.model(provider: parts[0], id: parts[1])
  }

  /// This catalog with a price file's models added; a model of the same id as one already here
  /// replaces it (later files win). `date` is the file's date as the user gave it, if any.
  public func merging(_ imported: ImportedPrices, date: String?) -> Catalog {
    var result = self
    var index: [String: Int] = [:]
    index.reserveCapacity(result.apiModels.count + imported.models.count)
    result.apiModels.reserveCapacity(result.apiModels.count + imported.models.count)
    for (i, m) in result.apiModels.enumerated() { index[m.id] = i }
    let format = imported.format.displayName
    let sourcePrefix = "\(imported.source) (\(format)\(imported.version.map { " " + $0 } ?? "")) entry "
    let asOf = date ?? "undated (the file carries no date)"
    for m in imported.models {
      let entry = APIModelEntry(
        id: m.id, provider: m.provider, category: .imported, schedule: m.schedule,
        contextWindowTokens: m.contextWindowTokens, asOf: asOf, confidence: "as the file states",
        source: sourcePrefix + m.origin.path, notes: m.notes.isEmpty ? nil : m.notes.joined(separator: "; "))
      if let i = index[m.id] {
        result.apiModels[i] = entry
      } else {
        index[m.id] = result.apiModels.count
        result.apiModels.append(entry)
      }
    }
    result.importedFiles.append(
      ImportedPriceFileSummary(
        source: imported.source, format: imported.format, date: date, loaded: imported.models.count,
        skipped: imported.skipped.count, issues: imported.issues.count))
    return result
  }
}
