import Foundation
import TCOData
import TCOModel
import Testing

/// The generated API catalog is what scripts/generate-catalog.py makes of the price files today.
@Suite("Generated API catalog")
struct CatalogGenerationTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test("CatalogAPIData.swift is current (runs the generator with python3)")
  func current() throws {
    let python = ["/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    guard let python else {
      print("note: python3 not found; the generated catalog's currency was not checked")
      return
    }
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("CatalogAPIData-\(UUID().uuidString).swift")
    defer { try? FileManager.default.removeItem(at: out) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [Self.root.appendingPathComponent("scripts/generate-catalog.py").path, "--out", out.path]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "generator failed")
    let fresh = try String(contentsOf: out, encoding: .utf8)
    let committed = try String(
      contentsOf: Self.root.appendingPathComponent("Sources/TCOData/Catalog/CatalogAPIData.swift"), encoding: .utf8)
    #expect(fresh == committed, "run python3 scripts/generate-catalog.py and commit the result")
    #expect(committed.hasPrefix("// GENERATED FILE"))
  }

  @Test("Every model of the hand-kept list is in the built-in catalog, with source, date and confidence")
  func complete() throws {
    let data = try Data(contentsOf: Self.root.appendingPathComponent("Fixtures/catalog/hand-kept.json"))
    let kept = try JSONParser.parse(bytes: Array(data))
    var ids: [String] = []
    for section in ["models", "managed"] {
      guard case .array(let items)? = kept[section] else { continue }
      for m in items { if case .string(let id)? = m["id"] { ids.append(id) } }
    }
    #expect(ids.count > 80)
    for id in ids {
      let entry = try #require(Catalog.builtIn.apiModel(id), "\(id) missing")
      #expect(!entry.source.isEmpty && !entry.asOf.isEmpty && !entry.confidence.isEmpty)
    }
    // Ids the README and fixtures use keep working.
    for id in ["gpt-4o", "claude-sonnet-4-5", "gpt-4o-mini", "together/llama-3.1-70b-instruct-turbo"] {
      #expect(Catalog.builtIn.apiModel(id) != nil)
    }
    // The flagships the files carry.
    for id in ["claude-fable-5", "claude-mythos-5", "gemini-4-argon", "gpt-6-rosalind", "gpt-5.4-pro", "gpt-5.3"] {
      #expect(Catalog.builtIn.apiModel(id) != nil, "\(id)")
    }
  }

  @Test("Built-in prices equal the files': claude-sonnet-4-5 with genai-prices' tier, gemini-3.7-flash's date")
  func prices() throws {
    let sonnet = try #require(Catalog.builtIn.apiModel("claude-sonnet-4-5"))
    // LiteLLM: 3e-06 input, 1.5e-06 batch input, 3e-07 cached, 1.5e-07 batch cached, 1.5e-05 output.
    #expect(sonnet.schedule.initial.base.standard.inputPerMTok == 3)
    #expect(sonnet.schedule.initial.base.batch?.cachedInputPerMTok == 0.15)
    // genai-prices: above 200000 input tokens, 6 input and 22.5 output.
    let tier = try #require(sonnet.schedule.initial.longContextTiers.first)
    #expect(tier.aboveInputTokens == 200_000 && tier.prices.standard.inputPerMTok == 6)
    #expect(tier.prices.standard.outputPerMTok == 22.5)
    #expect(sonnet.schedule.deprecationDate == CalendarDate(year: 2026, month: 11, day: 30))
    let flash = try #require(Catalog.builtIn.apiModel("gemini-3.7-flash"))
    #expect(flash.schedule.changes.map(\.start) == [CalendarDate(year: 2027, month: 1, day: 1)!])
    #expect(flash.schedule.changes.first?.prices.base.standard.outputPerMTok == 7.5)
  }
}
