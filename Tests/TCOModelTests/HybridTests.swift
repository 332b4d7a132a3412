import Testing

@testable import TCOModel
import TCOData
import TCOReport

@Suite("Hybrid routing")
struct HybridTests {
  @Test(
    "The best split agrees with a brute-force scan of shares, honouring the frontier share",
    arguments: [(0, "rent always-on"), (1, "rent autoscaled"), (2, "buy")])
  func splitBruteForce(kind: Int, label: String) throws {
    var rng = SplitMix64(seed: 0x5EED + UInt64(kind))
    var interior = 0
    for _ in 0..<60 {
      var s = BreakEvenTests.randomScenario(&rng, kind: kind)
      // Volumes large enough that several replicas are in play.
      s.workload.volume = .tokens(tokensPerDay: Double.random(in: 1e8...3e9, using: &rng), inputShare: 0.7)
      // Price the API near the self-hosted marginal cost, where splitting matters most.
      let marginal = s.selfHostedCurve.marginal / (s.workload.tokensPerDay * daysPerMonth / 1e6)
      let price = marginal * Double.random(in: 0.8...3, using: &rng)
      s.api = APIPricing(inputPerMTok: price, outputPerMTok: price, fixedMonthly: s.api.fixedMonthly)
      s.selfHosted.staffFTE = Double.random(in: 0...0.3, using: &rng)
      let phi = Bool.random(using: &rng) ? 0 : Double.random(in: 0...0.5, using: &rng)
      let result = try #require(s.bestSplit(frontierShare: phi), "\(label): no best split")
      #expect(result.best.selfHostedShare <= 1 - phi + 1e-12, "\(label)")
      #expect(result.candidates.allSatisfy { $0.selfHostedShare <= 1 - phi + 1e-12 })
      #expect(result.pure.selfHostedFeasible == (phi == 0))
      if result.best.selfHostedShare > 0 && result.best.selfHostedShare < 1 - phi { interior += 1 }
      let steps = 5000
      for i in 0...steps {
        let f = (1 - phi) * Double(i) / Double(steps)
        let point = try #require(s.hybridSplit(at: f), "\(label): no cost at share \(f)")
        #expect(
          point.total >= result.best.total - 1e-9 * max(1, result.best.total), "\(label): share \(f) beats the optimum")
      }
    }
    #expect(interior >= 3, "\(label): too few profiles whose best split is interior (\(interior))")
  }

  @Test("A fixed share is evaluated, not optimised")
  func fixedShare() throws {
    let s = makeScenario()
    let r = try #require(s.bestSplit(share: 0.25))
    #expect(r.candidates.count == 1)
    #expect(r.best.selfHostedShare == 0.25)
    #expect(close(r.best.apiMonthly, 0.75 * s.apiCost(volumeFactor: 1).variable))
  }

  /// The overflow cost of `r` replicas computed directly from the spec, independently of the model.
  static func overflowCost(_ s: Scenario, replicas r: Int, maxLoad: Double) -> Double {
    let z1 = s.busyReplicas(volumeFactor: 1)
    let shape = s.workload.normalizedShape
    var total = 0.0
    var served = 0.0
    for w in shape {
      let d = z1 * 24 * w
      total += d
      served += min(d, Double(r) * maxLoad)
    }
    let overflow = (total - served) / total
    var alwaysOn = s
    alwaysOn.selfHosted.provisioning = .alwaysOn
    alwaysOn.selfHosted.minReplicas = max(1, s.selfHosted.minReplicas)
    // α and β from two steady-state evaluations: one replica more costs α at fixed load.
    let a1 = s.apiCost(volumeFactor: 1).variable
    let sh = s.selfHosted
    let k = Double(sh.gpusPerReplica)
    var alpha = 0.0
    var beta = 0.0
    switch sh.acquisition {
    case .rent: alpha = k * 730 * (sh.gpuHourlyRate ?? 0) * (1 - sh.reservedDiscount)
    case .buy:
      let kw = (sh.gpuPowerWatts ?? 0) * (1 + sh.powerOverhead) / 1000
      let energy = 730 * sh.pue * sh.electricityPerKWh
      alpha =
        k
        * (s.monthlyCapitalCharge + s.capitalPerGPU * sh.maintenancePerYear / 12 + kw * sh.colocationPerKWMonth + sh
          .idlePowerFraction * kw * energy)
      beta = (1 - sh.idlePowerFraction) * k * z1 * kw * energy
    }
    let own = r > 0 ? sh.staffMonthly + sh.otherMonthly + alpha * Double(r) + beta * (1 - overflow) : 0
    return own + (overflow > 0 ? overflow * a1 + s.api.fixedMonthly : 0)
  }

  @Test("The best overflow replica count agrees with brute force over replica counts", arguments: [0, 2])
  func overflowBruteForce(kind: Int) throws {
    var rng = SplitMix64(seed: 0x0FF + UInt64(kind))
    for _ in 0..<40 {
      var s = BreakEvenTests.randomScenario(&rng, kind: kind)
      s.workload.volume = .tokens(tokensPerDay: Double.random(in: 1e8...3e9, using: &rng), inputShare: 0.7)
      s.workload.hourlyShape = (0..<24).map { _ in Double.random(in: 0...10, using: &rng) }
      let maxLoad = Double.random(in: 0.5...1, using: &rng)
      let result = try #require(s.bestOverflow(maxLoad: maxLoad))
      let z1 = s.busyReplicas(volumeFactor: 1)
      let top = Int((z1 * 24 * (s.workload.normalizedShape.max() ?? 0) / maxLoad).rounded(.up)) + 3
      var best = Double.infinity
      for r in 0...top { best = min(best, Self.overflowCost(s, replicas: r, maxLoad: maxLoad)) }
      #expect(close(result.best.total, best, 1e-9))
      #expect(close(Self.overflowCost(s, replicas: result.best.replicas, maxLoad: maxLoad), result.best.total, 1e-9))
    }
  }

  @Test("With a flat shape, overflow costs what a split at utilization = max load costs", arguments: [1, 2, 3, 5, 8])
  func flatOverflowIsSplit(replicas r: Int) throws {
    for acquisition in Acquisition.allCases {
      var s = makeScenario(acquisition: acquisition)
      let maxLoad = 0.8
      let z1 = s.busyReplicas(volumeFactor: 1)
      let o = s.overflow(replicas: r, maxLoad: maxLoad)
      guard Double(r) * maxLoad < z1 else { continue }
      s.selfHosted.utilization = maxLoad
      let split = try #require(s.hybridSplit(at: Double(r) * maxLoad / z1))
      #expect(split.replicas == r)
      #expect(close(o.total, split.total, 1e-9), "\(acquisition) R=\(r)")
      #expect(close(o.selfHostedShare, split.selfHostedShare, 1e-12))
    }
  }

  @Test("compare's verdict mentions a hybrid that beats both pure routes by more than 5 %")
  func verdictMentionsHybrid() throws {
    // 2.06 replicas' worth of demand: the third replica is mostly idle, so a split saves.
    var s = makeScenario(input: 0, output: 0)
    s.workload.volume = .inputOutput(inputTokensPerDay: 0, outputTokensPerDay: 2.06 * 0.6 * 86_400 * 2_000)
    s.api = APIPricing(inputPerMTok: 10, outputPerMTok: 10)
    s.selfHosted.staffFTE = 0
    s.selfHosted.otherMonthly = 0
    let e = try s.evaluate()
    #expect(e.verdict.reasons.contains { $0.hasPrefix("A hybrid beats both pure routes") })
    // Exactly 2 replicas' worth: nothing to gain.
    s.workload.volume = .inputOutput(inputTokensPerDay: 0, outputTokensPerDay: 2 * 0.6 * 86_400 * 2_000)
    #expect(try !s.evaluate().verdict.reasons.contains { $0.hasPrefix("A hybrid") })
  }

  @Test("Month by month over the horizon, growth raises the GPUs of the best split")
  func horizon() throws {
    var s = makeScenario()
    s.workload.monthlyGrowth = 0.05
    s.horizonMonths = 24
    let months = try #require(s.hybridHorizon())
    #expect(months.count == 24)
    let years = hybridYears(months)
    #expect(years.map(\.months) == [12, 12])
    #expect(years[1].maxSplitGPUs >= years[0].maxSplitGPUs)
    #expect(months[23].pure.api > months[0].pure.api)
  }
}
