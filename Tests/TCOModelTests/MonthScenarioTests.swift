import Testing

@testable import TCOModel

/// A month taken out of a horizon (`Scenario.atMonth`, used by `hybrid` month by month and by the
/// solvers' horizon basis) pays that month's dated prices, as the horizon does.
@Suite("A month out of the horizon")
struct MonthScenarioTests {
  func scenario() -> Scenario {
    var s = makeScenario(input: 3e8, output: 1e8, cached: 0.2)
    let early = PriceList(base: PriceBand(standard: TokenPrices(inputPerMTok: 1, cachedInputPerMTok: 0.25, outputPerMTok: 4)))
    let late = PriceList(base: PriceBand(standard: TokenPrices(inputPerMTok: 2, cachedInputPerMTok: 0.5, outputPerMTok: 8)))
    // Start 2026-11: the price doubles from 2027-01-01 (month 2) and changes again mid-March (month 4).
    let schedule = APIPriceSchedule(
      initial: early,
      changes: [
        PriceChange(start: CalendarDate(year: 2027, month: 1, day: 1)!, prices: late),
        PriceChange(start: CalendarDate(year: 2027, month: 3, day: 16)!, prices: early),
      ])
    s.api = APIPricing(
      inputPerMTok: 1, cachedInputPerMTok: 0.25, outputPerMTok: 4, schedule: schedule,
      horizonStart: CalendarDate(year: 2026, month: 11)!)
    s.horizonMonths = 12
    return s
  }

  @Test("Month m's scenario pays month m's prices, mid-month changes included")
  func datedPrices() {
    let s = scenario()
    for m in 0..<12 {
      #expect(s.atMonth(m).apiCost(volumeFactor: 1).total == s.apiCost(volumeFactor: 1, month: m).total, "month \(m)")
    }
    // By hand: month 2 (January 2027) pays the doubled prices, twice month 0's bill.
    #expect(s.atMonth(2).apiCost(volumeFactor: 1).variable == 2 * s.atMonth(0).apiCost(volumeFactor: 1).variable)
    // Month 4 (March 2027): 15/31 of the month at the doubled prices, 16/31 at the first ones.
    let march = s.atMonth(4).apiCost(volumeFactor: 1).variable / s.apiCost(volumeFactor: 1).variable
    #expect(abs(march - (15.0 / 31 * 2 + 16.0 / 31)) < 1e-12)
  }

  @Test("Every month of the horizon basis agrees with the horizon's own month")
  func horizonBasis() throws {
    var s = scenario()
    s.workload.monthlyGrowth = 0.03
    s.api.annualPriceChange = -0.2
    var months: [HorizonMonth] = []
    _ = try s.projectHorizon { months.append($0) }
    for (m, month) in months.enumerated() {
      let single = s.atMonth(m).apiCost(volumeFactor: 1).variable
      #expect(abs(single - month.api.variable) <= 1e-12 * month.api.variable, "month \(m)")
    }
  }
}
