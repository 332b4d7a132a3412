import Testing

@testable import TCOModel

/// The scenario's API cost with a price schedule equals the schedule's own monthly cost.
@Suite("API cost from a price schedule")
struct APIScheduleCostTests {
  static let start = CalendarDate(year: 2026, month: 11)!

  func schedule() -> APIPriceSchedule {
    let band = PriceBand(
      standard: TokenPrices(inputPerMTok: 2, cachedInputPerMTok: 0.5, outputPerMTok: 8),
      batch: PartialTokenPrices(inputPerMTok: 1, outputPerMTok: 4),
      priority: PartialTokenPrices(inputPerMTok: 3.5, cachedInputPerMTok: 0.875, outputPerMTok: 14))
    let tier = LongContextTier(
      aboveInputTokens: 200_000,
      prices: PriceBand(standard: TokenPrices(inputPerMTok: 4, cachedInputPerMTok: 1, outputPerMTok: 12)))
    let later = PriceList(
      base: PriceBand(standard: TokenPrices(inputPerMTok: 3, cachedInputPerMTok: 0.6, outputPerMTok: 9)))
    return APIPriceSchedule(
      initial: PriceList(base: band, longContextTiers: [tier]),
      changes: [PriceChange(start: CalendarDate(year: 2027, month: 1, day: 13)!, prices: later)])
  }

  @Test("Every month of the horizon, each shape, batch share and tier")
  func matchesSchedule() throws {
    for shape in [RequestShape.unknown, .inputTokensPerRequest(250_000), .longContextShare(0.3)] {
      for tier in ServiceTier.allCases {
        var s = makeScenario(input: 3e6, output: 1e6, cached: 0.2)
        s.workload.batchShare = 0.4
        let sch = schedule()
        s.api = APIPricing(
          inputPerMTok: 2, cachedInputPerMTok: 0.5, outputPerMTok: 8, schedule: sch, horizonStart: Self.start,
          serviceTier: tier)
        switch shape {
        case .longContextShare(let l): s.api.longContextShare = l
        case .inputTokensPerRequest(let n):
          s.workload.statedRequestTokens = RequestTokens(inputTokens: n, outputTokens: 500)
        case .unknown: break
        }
        let usage = APITokenUsage(
          inputTokensPerDay: 3e6, outputTokensPerDay: 1e6, cachedInputShare: 0.2, batchShare: 0.4, requestShape: shape)
        for m in [0, 1, 2, 3, 14] {
          let expected = try #require(try sch.monthlyCost(usage, tier: tier, month: m, horizonStart: Self.start))
          let actual = s.apiCost(volumeFactor: 1, month: m).variable
          #expect(abs(actual - expected.usd) <= 1e-9 * expected.usd, "\(shape) \(tier) month \(m)")
        }
      }
    }
  }

  @Test("An override scales its kind across the schedule; the solver's price scale scales all")
  func overrides() {
    var s = makeScenario(input: 3e6, output: 1e6, cached: 0)
    s.api = APIPricing(
      inputPerMTok: 2, cachedInputPerMTok: 0.5, outputPerMTok: 8, schedule: schedule(), horizonStart: Self.start)
    let base = s.apiCost(volumeFactor: 1, month: 3).variable
    // Month 3 (2027-02) pays 3 input, 9 output: (3e6·3 + 1e6·9)/1e6 · 365/12.
    #expect(abs(base - 18 * 365 / 12) < 1e-9)
    s.api.inputPerMTok *= 2
    s.api.outputPerMTok *= 2
    #expect(abs(s.apiCost(volumeFactor: 1, month: 3).variable - 2 * base) < 1e-9)
  }
}
