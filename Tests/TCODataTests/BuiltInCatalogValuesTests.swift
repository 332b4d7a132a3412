import TCOModel
import Testing

@testable import TCOData

/// The generated values of the built-in proprietary models are exactly what the importer makes of
/// the embedded excerpts of the price files (the tool itself never parses them).
@Suite("Generated catalog values")
struct BuiltInCatalogValuesTests {
  /// Every price and date of a schedule with its name: a double as its value and bit pattern (so
  /// `-0.0` and `0.0` differ too), `nil` where the source lists nothing.
  static func fields(_ schedule: APIPriceSchedule) -> [(String, String)] {
    var out: [(String, String)] = []
    func add(_ name: String, _ x: Double?) {
      out.append((name, x.map { "\($0) (0x\(String($0.bitPattern, radix: 16)))" } ?? "nil"))
    }
    func partial(_ name: String, _ p: PartialTokenPrices?) {
      add(name + ".listed", p == nil ? nil : 1)
      add(name + ".input", p?.inputPerMTok)
      add(name + ".cachedInput", p?.cachedInputPerMTok)
      add(name + ".cacheWrite", p?.cacheWritePerMTok)
      add(name + ".output", p?.outputPerMTok)
    }
    func band(_ name: String, _ b: PriceBand) {
      add(name + ".standard.input", b.standard.inputPerMTok)
      add(name + ".standard.cachedInput", b.standard.cachedInputPerMTok)
      add(name + ".standard.cacheWrite", b.standard.cacheWritePerMTok)
      add(name + ".standard.output", b.standard.outputPerMTok)
      partial(name + ".batch", b.batch)
      partial(name + ".priority", b.priority)
      partial(name + ".flex", b.flex)
    }
    func list(_ name: String, _ l: PriceList) {
      band(name + ".base", l.base)
      add(name + ".tiers.count", Double(l.longContextTiers.count))
      for (n, tier) in l.longContextTiers.enumerated() {
        add(name + ".tiers[\(n)].above", tier.aboveInputTokens)
        band(name + ".tiers[\(n)]", tier.prices)
      }
    }
    list("initial", schedule.initial)
    add("changes.count", Double(schedule.changes.count))
    for (n, change) in schedule.changes.enumerated() {
      out.append(("changes[\(n)].start", change.start.description))
      list("changes[\(n)]", change.prices)
    }
    out.append(("deprecationDate", schedule.deprecationDate?.description ?? "nil"))
    out.append(("deprecatedWithoutDate", "\(schedule.deprecatedWithoutDate)"))
    return out
  }

  @Test("Every built-in proprietary model equals, field by field, the importer's reading of the embedded excerpts")
  func equalToImport() throws {
    let imported = Catalog.importBuiltInProprietaryModels()
    let generated = Catalog.builtInProprietaryModels
    // Nothing is dropped by the import, and the order is the hand-kept list's.
    #expect(imported.count == Catalog.builtInAPISpecs.count)
    #expect(generated.map(\.id) == imported.map(\.id))
    #expect(generated.map(\.id) == Catalog.builtInAPISpecs.map(\.id))
    for (g, i) in zip(generated, imported) {
      #expect(g.provider == i.provider, "\(g.id)")
      #expect(g.category == i.category, "\(g.id)")
      #expect(g.contextWindowTokens == i.contextWindowTokens, "\(g.id)")
      #expect(g.asOf == i.asOf, "\(g.id)")
      #expect(g.confidence == i.confidence, "\(g.id)")
      #expect(g.source == i.source, "\(g.id)")
      #expect(g.notes == i.notes, "\(g.id)")
      let gf = Self.fields(g.schedule)
      let fi = Self.fields(i.schedule)
      #expect(gf.map(\.0) == fi.map(\.0), "\(g.id): the schedules differ in shape")
      for (a, b) in zip(gf, fi) where a.1 != b.1 {
        Issue.record("\(g.id) \(a.0): generated \(a.1), imported \(b.1)")
      }
      // Whole-value equality too, so a field added to the model later is compared as well.
      #expect(g == i, "\(g.id)")
    }
    // The built-in list is the generated values, then the managed endpoints.
    #expect(Catalog.builtInAPIModels == generated + Catalog.builtInManagedModels)
  }

  @Test("The comparison sees a changed price, tier, date and note")
  func comparisonIsSharp() throws {
    let model = try #require(Catalog.builtInProprietaryModels.first { !$0.schedule.initial.longContextTiers.isEmpty })
    var cheaper = model
    cheaper.schedule.initial.longContextTiers[0].prices.standard.outputPerMTok.negate()
    #expect(Self.fields(cheaper.schedule).map(\.1) != Self.fields(model.schedule).map(\.1))
    var moved = model
    moved.schedule.deprecationDate = CalendarDate(year: 2030, month: 1, day: 1)
    #expect(Self.fields(moved.schedule).map(\.1) != Self.fields(model.schedule).map(\.1))
    var noted = model
    noted.notes = (model.notes ?? "") + "."
    #expect(noted != model)
  }
}
