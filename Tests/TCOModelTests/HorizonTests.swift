import Testing

@testable import TCOModel
import TCOData
import TCOReport

@Suite("Horizon and cash flows")
struct HorizonTests {
  /// Buy with growth, replacements after 3 months, a GPU price trend, and the end credit.
  func buyScenario() -> Scenario {
    let output = 0.5 * 86_400 * 1000
    return Scenario(
      workload: Workload(volume: .inputOutput(inputTokensPerDay: 0, outputTokensPerDay: output), monthlyGrowth: 0.25),
      api: APIPricing(
        inputPerMTok: 1, outputPerMTok: 2, annualPriceChange: -0.5, fixedMonthly: 10, setupCost: 500),
      selfHosted: SelfHosting(
        gpusPerReplica: 1, prefillTokensPerSecond: 5000, decodeTokensPerSecond: 1000, utilization: 0.5,
        acquisition: .buy, gpuPurchasePrice: 10_000, serverOverhead: 0, depreciationMonths: 3, residualValue: 0.2,
        costOfCapital: 0, maintenancePerYear: 0.12, gpuPowerWatts: 500, powerOverhead: 0, idlePowerFraction: 0.5,
        pue: 1.5, electricityPerKWh: 0.2, colocationPerKWMonth: 100, staffFTE: 1, staffCostPerYear: 12_000,
        otherMonthly: 50, setupCost: 3000, annualPriceChange: 0.2),
      horizonMonths: 8, discountRate: 0.12)
  }

  @Test("Buy: purchases, replacements net of residual, end-of-horizon book value, NPV")
  func buyHorizon() throws {
    let h = try buyScenario().horizon()
    let expectedSelf = [
      14282.125, 11648.344402047283, 1503.804384549973, 9985.51265178524, 20970.831166522243,
      12766.902920800787, 10864.577165223029, 31371.2258681331,
    ]
    for (row, expected) in zip(h.months, expectedSelf) {
      #expect(close(row.selfHostedCash, expected), "month \(row.month)")
    }
    #expect(close(h.endCredit, 31738.679414797618))
    #expect(close(h.apiTotal, 40836.053670476016))
    #expect(close(h.selfHostedTotal, 81654.64414426404))
    #expect(close(h.apiNPV, 39139.759327634376))
    #expect(close(h.selfHostedNPV, 79466.27355692431))
    #expect(h.paybackMonth == nil)
    #expect(h.years.count == 1)
    #expect(h.years[0].months == 8)
    #expect(close(h.years[0].selfHosted, 81654.64414426404))
  }

  @Test("Rent: setup in month 0 and payback when cumulative cash crosses")
  func rentPayback() throws {
    // API 1000/month; self-hosting 590/month plus 2000 setup: month 3 4360 > 4000, month 4 4950 ≤ 5000.
    let output = 1000 / (10 * daysPerMonth) * 1e6
    let s = Scenario(
      workload: Workload(volume: .inputOutput(inputTokensPerDay: 0, outputTokensPerDay: output)),
      api: APIPricing(inputPerMTok: 0, outputPerMTok: 10),
      selfHosted: SelfHosting(
        gpusPerReplica: 1, prefillTokensPerSecond: 1e6, decodeTokensPerSecond: 1e6, gpuHourlyRate: 0, staffFTE: 0,
        otherMonthly: 590, setupCost: 2000),
      horizonMonths: 30)
    let h = try s.horizon()
    #expect(h.paybackMonth == 4)
    #expect(close(h.apiTotal, 30_000))
    #expect(close(h.selfHostedTotal, 19_700))
    #expect(h.years.map(\.months) == [12, 12, 6])
    #expect(close(h.years[2].api, 6000))
    #expect(close(h.savings, 10_300))
  }

  @Test("GPU rent follows the yearly price change month by month")
  func rentTrend() throws {
    var s = makeScenario()
    s.selfHosted.annualPriceChange = -0.3
    s.horizonMonths = 13
    let h = try s.horizon()
    #expect(close(h.months[12].selfHosted.gpuRent, h.months[0].selfHosted.gpuRent * 0.7))
    #expect(close(h.months[6].selfHosted.gpuRent, h.months[0].selfHosted.gpuRent * 0.7.squareRoot()))
  }

  @Test("Growth too large to serve is an error naming the month")
  func growthLimit() {
    var s = makeScenario()
    s.workload.monthlyGrowth = 10
    s.horizonMonths = 600
    #expect(throws: ModelError.self) { try s.horizon() }
  }
}

@Suite("Verdict")
struct VerdictTests {
  func evaluation(_ change: (inout Scenario) -> Void) throws -> Evaluation {
    var s = makeScenario(input: 3e6, output: 1e6)
    change(&s)
    return try s.evaluate()
  }

  @Test("The cheaper horizon total wins")
  func cheaper() throws {
    let e = try evaluation { _ in }
    #expect(e.verdict.recommendation == .api)
    #expect(e.horizon.savings < 0)
    #expect(e.verdict.reasons.first?.hasPrefix("The API costs") == true)
  }

  @Test("Data that must stay in the perimeter rules out the API")
  func perimeter() throws {
    let e = try evaluation { $0.constraints.dataMustStayInPerimeter = true }
    #expect(e.verdict.recommendation == .selfHosted)
    #expect(e.verdict.reasons[0].contains("perimeter"))
  }

  @Test("A frontier model rules out self-hosting")
  func frontier() throws {
    let e = try evaluation {
      $0.constraints.needsFrontierModel = true
      $0.api.inputPerMTok = 1000
    }
    #expect(e.verdict.recommendation == .api)
  }

  @Test("Both hard constraints conflict: no recommendation, an error")
  func conflict() throws {
    let e = try evaluation {
      $0.constraints.needsFrontierModel = true
      $0.constraints.dataMustStayInPerimeter = true
    }
    #expect(e.verdict.recommendation == nil)
    #expect(e.verdict.conflict != nil)
  }

  @Test("Small team and tight latency budget are advisories")
  func advisories() throws {
    let e = try evaluation {
      $0.constraints.teamSize = 2
      $0.constraints.latencyBudgetMs = 80
    }
    #expect(e.verdict.advisories.count == 2)
    let none = try evaluation {
      $0.constraints.teamSize = 3
      $0.constraints.latencyBudgetMs = 100
    }
    #expect(none.verdict.advisories.isEmpty)
  }

  @Test("Low utilization and a short peak are warned about")
  func warnings() throws {
    let low = try evaluation { _ in }
    #expect(low.warnings.contains { $0.sentence.contains("utilization") })
    let peaky = try evaluation {
      $0.workload.volume = .inputOutput(inputTokensPerDay: 3e9, outputTokensPerDay: 1e9)
      $0.workload.hourlyShape = [Double](repeating: 0, count: 23) + [1]
    }
    // Always-on capacity now covers the busiest hour (all traffic in one hour: peak 24x) at 90 % load.
    #expect(peaky.warnings.contains { $0.sentence.contains("sized for the busiest hour") })
    let cap = peaky.steadyState.selfHosted.capacity
    #expect(Double(cap.replicas) * 0.9 >= cap.busyReplicas * 24 - 1e-9)
  }
}
