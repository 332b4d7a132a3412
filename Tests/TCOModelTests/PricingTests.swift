import TCOModel
import Testing

@Suite("Pricing: tiers, dates, batch kinds")
struct PricingTests {
  static func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(parsing: text)) }

  /// Base $2 in / $8 out; above 200k input tokens $4 / $12 for the whole request.
  static let tiered = PriceList(
    base: PriceBand(standard: TokenPrices(inputPerMTok: 2, outputPerMTok: 8)),
    longContextTiers: [
      LongContextTier(
        aboveInputTokens: 200_000, prices: PriceBand(standard: TokenPrices(inputPerMTok: 4, outputPerMTok: 12)))
    ])

  @Test("The tier cliff: a request above the threshold pays the tier's prices for all its tokens")
  func cliff() throws {
    func cost(_ shape: RequestShape) throws -> APIVariableCost {
      try Self.tiered.dailyCost(
        APITokenUsage(inputTokensPerDay: 1_000_000, outputTokensPerDay: 100_000, requestShape: shape))
    }
    // 1M·$2 + 0.1M·$8 = $2.80; above: 1M·$4 + 0.1M·$12 = $5.20.
    #expect(abs(try cost(.inputTokensPerRequest(200_000)).usd - 2.8) < 1e-12)
    #expect(abs(try cost(.inputTokensPerRequest(200_001)).usd - 5.2) < 1e-12)
    #expect(abs(try cost(.inputTokensPerRequest(300_000)).usd - 5.2) < 1e-12)
    // A quarter of the tokens in long requests: 0.75·2.8 + 0.25·5.2 = 3.4.
    #expect(abs(try cost(.longContextShare(0.25)).usd - 3.4) < 1e-12)
    let unknown = try cost(.unknown)
    #expect(abs(unknown.usd - 2.8) < 1e-12)
    #expect(unknown.tiersIgnoredForUnknownShape)
    #expect(!(try cost(.inputTokensPerRequest(300_000))).tiersIgnoredForUnknownShape)
  }

  @Test("Several tiers: the highest threshold below the request's input applies")
  func severalTiers() throws {
    let list = PriceList(
      base: PriceBand(standard: TokenPrices(inputPerMTok: 1, outputPerMTok: 1)),
      longContextTiers: [
        LongContextTier(
          aboveInputTokens: 256_000, prices: PriceBand(standard: TokenPrices(inputPerMTok: 3, outputPerMTok: 3))),
        LongContextTier(
          aboveInputTokens: 32_000, prices: PriceBand(standard: TokenPrices(inputPerMTok: 2, outputPerMTok: 2))),
      ])
    #expect(list.band(forInputTokensPerRequest: 32_000).standard.inputPerMTok == 1)
    #expect(list.band(forInputTokensPerRequest: 100_000).standard.inputPerMTok == 2)
    #expect(list.band(forInputTokensPerRequest: 300_000).standard.inputPerMTok == 3)
    let share = try list.dailyCost(
      APITokenUsage(inputTokensPerDay: 1e6, outputTokensPerDay: 0, requestShape: .longContextShare(0.5)))
    // Half at $1, half at the lowest tier's $2: $1.50, and higher tiers were not applied.
    #expect(abs(share.usd - 1.5) < 1e-12)
    #expect(share.higherTiersIgnored)
  }

  @Test("A dated price switches in the month it starts, and a mid-month change is prorated by days")
  func datedPrices() throws {
    let intro = PriceList(base: PriceBand(standard: TokenPrices(inputPerMTok: 0.75, outputPerMTok: 3.75)))
    let later = PriceList(base: PriceBand(standard: TokenPrices(inputPerMTok: 1.5, outputPerMTok: 7.5)))
    let schedule = APIPriceSchedule(
      initial: intro, changes: [PriceChange(start: try Self.date("2027-01-01"), prices: later)])
    let usage = APITokenUsage(inputTokensPerDay: 1e6, outputTokensPerDay: 1e6)
    let start = try Self.date("2026-11")
    #expect(schedule.prices(inMonth: 1, horizonStart: start) == intro)
    #expect(schedule.prices(inMonth: 2, horizonStart: start) == later)
    // Daily $4.50 before, $9.00 after; a month is 365/12 days: $136.875 and $273.75.
    let m1 = try #require(try schedule.monthlyCost(usage, month: 1, horizonStart: start))
    let m2 = try #require(try schedule.monthlyCost(usage, month: 2, horizonStart: start))
    #expect(abs(m1.usd - 136.875) < 1e-9)
    #expect(abs(m2.usd - 273.75) < 1e-9)
    // 36 months from 2026-11: 2 months at the introductory price, 34 at the new one = $9,581.25.
    var total = 0.0
    for m in 0..<36 { total += try #require(try schedule.monthlyCost(usage, month: m, horizonStart: start)).usd }
    #expect(abs(total - 9581.25) < 1e-6)

    // A change on 2026-03-13: March has 31 days, 12 at the old price and 19 at the new one.
    let mid = APIPriceSchedule(
      initial: intro, changes: [PriceChange(start: try Self.date("2026-03-13"), prices: later)])
    let march = try #require(try mid.monthlyCost(usage, month: 0, horizonStart: try Self.date("2026-03")))
    #expect(abs(march.usd - 365.0 / 12.0 * (12.0 / 31.0 * 4.5 + 19.0 / 31.0 * 9.0)) < 1e-9)
    #expect(mid.prices(on: try Self.date("2026-03-12")) == intro)
    #expect(mid.prices(on: try Self.date("2026-03-13")) == later)
  }

  @Test("Batch prices per kind: cached input without a batch price keeps its normal cached price")
  func batchPerKind() throws {
    let band = PriceBand(
      standard: TokenPrices(inputPerMTok: 2, cachedInputPerMTok: 0.5, outputPerMTok: 8),
      batch: PartialTokenPrices(inputPerMTok: 1, outputPerMTok: 4))
    let list = PriceList(base: band)
    let usage = APITokenUsage(inputTokensPerDay: 1e6, outputTokensPerDay: 1e6, cachedInputShare: 0.5, batchShare: 0.4)
    // Interactive: 0.5·2 + 0.5·0.5 + 8 = 9.25; batch: 0.5·1 + 0.5·0.5 + 4 = 4.75.
    // 0.6·9.25 + 0.4·4.75 = 7.45 (a 50 % discount on the whole batch bill would give 7.40).
    let cost = try list.dailyCost(usage)
    #expect(abs(cost.usd - 7.45) < 1e-12)
    #expect(!cost.batchPricedAtStandard)
    #expect(band.batchPrices.cachedInputPerMTok == 0.5)
    // No batch price at all: batch traffic pays standard prices, and the result says so.
    let noBatch = try PriceList(base: PriceBand(standard: band.standard)).dailyCost(usage)
    #expect(abs(noBatch.usd - 9.25) < 1e-12)
    #expect(noBatch.batchPricedAtStandard)
  }

  @Test("Cache writes and service tiers: unlisted kinds and tiers fall back to standard prices")
  func cacheWriteAndServiceTiers() throws {
    let band = PriceBand(
      standard: TokenPrices(inputPerMTok: 2, cachedInputPerMTok: 0.5, cacheWritePerMTok: 2.5, outputPerMTok: 8),
      priority: PartialTokenPrices(inputPerMTok: 3.6))
    let list = PriceList(base: band)
    let usage = APITokenUsage(
      inputTokensPerDay: 1e6, outputTokensPerDay: 0, cachedInputShare: 0.5, cacheWriteShare: 0.2)
    // 0.3·2 + 0.5·0.5 + 0.2·2.5 = 1.35.
    #expect(abs(try list.dailyCost(usage).usd - 1.35) < 1e-12)
    // Priority lists input only: 0.3·3.6 + 0.5·0.5 + 0.2·2.5 = 1.83.
    #expect(abs(try list.dailyCost(usage, tier: .priority).usd - 1.83) < 1e-12)
    let flex = try list.dailyCost(usage, tier: .flex)
    #expect(abs(flex.usd - 1.35) < 1e-12)
    #expect(flex.serviceTierNotListed)
    // Without cached or write prices both are billed as input: 1M·$2.
    let plain = PriceList(base: PriceBand(standard: TokenPrices(inputPerMTok: 2, outputPerMTok: 8)))
    #expect(abs(try plain.dailyCost(usage).usd - 2) < 1e-12)
  }

  @Test("Bad usage is an error naming the field, never a NaN")
  func validation() {
    let list = Self.tiered
    let cases: [(APITokenUsage, String)] = [
      (APITokenUsage(inputTokensPerDay: -1, outputTokensPerDay: 0), "inputTokensPerDay"),
      (APITokenUsage(inputTokensPerDay: 1, outputTokensPerDay: .nan), "outputTokensPerDay"),
      (APITokenUsage(inputTokensPerDay: 1, outputTokensPerDay: 1, batchShare: 1.5), "batchShare"),
      (
        APITokenUsage(inputTokensPerDay: 1, outputTokensPerDay: 1, cachedInputShare: 0.8, cacheWriteShare: 0.3),
        "cacheWriteShare"
      ),
      (
        APITokenUsage(inputTokensPerDay: 1, outputTokensPerDay: 1, requestShape: .inputTokensPerRequest(.infinity)),
        "inputTokensPerRequest"
      ),
      (
        APITokenUsage(inputTokensPerDay: 1, outputTokensPerDay: 1, requestShape: .longContextShare(-0.1)),
        "longContextShare"
      ),
    ]
    for (usage, field) in cases {
      #expect(throws: APITokenUsageError.self) { try list.dailyCost(usage) }
      #expect(usage.validate()?.field == field)
    }
  }

  @Test("Calendar: strict dates, month arithmetic, deprecation")
  func calendar() throws {
    #expect(CalendarDate(parsing: "2026-02-29") == nil)
    #expect(CalendarDate(parsing: "2024-02-29") != nil)
    #expect(CalendarDate(parsing: "2026-1-01") == nil)
    #expect(CalendarDate(parsing: "2026-03-13T00:00:00Z") == nil)
    #expect(CalendarDate(parsing: "2026-13") == nil)
    #expect(try Self.date("2026-11").day == 1)
    #expect(try Self.date("2026-01-31").firstOfMonth(adding: -1)?.description == "2025-12-01")
    #expect(try Self.date("2026-11-21").firstOfMonth(adding: 36)?.description == "2029-11-01")
    #expect(try Self.date("2026-11-21").days(to: try Self.date("2027-01-01")) == 41)
    #expect(try Self.date("2024-01-01").days(to: try Self.date("2025-01-01")) == 366)
    let s = APIPriceSchedule(
      initial: Self.tiered, deprecationDate: try Self.date("2026-10-23"))
    #expect(s.isDeprecated(on: try Self.date("2026-11-21")))
    #expect(!s.isDeprecated(on: try Self.date("2026-10-22")))
    #expect(s.daysUntilDeprecation(from: try Self.date("2026-11-21")) == -29)
    #expect(s.prices(inMonth: -1, horizonStart: try Self.date("2026-11")) == nil)
  }
}
