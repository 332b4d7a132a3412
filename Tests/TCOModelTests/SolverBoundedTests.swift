import Testing

@testable import TCOModel

/// The bounded solve (runs of pieces with a proven sign skipped) against the reference solve
/// (every piece fitted), on randomised horizon scenarios.
@Suite("Break-even solver: bounded pieces")
struct SolverBoundedTests {
  /// A random horizon scenario near break-even: rented or bought, always-on or autoscaled with a
  /// shape, growth, price trends, minimum and spare replicas, and volume stated in requests.
  static func scenario(_ rng: inout SplitMix64, buy: Bool, autoscaled: Bool, months: ClosedRange<Int>) -> Scenario {
    func u(_ a: Double, _ b: Double) -> Double { Double.random(in: a...b, using: &rng) }
    var s = BreakEvenTests.randomScenario(&rng, kind: buy ? 2 : 0)
    s.workload.volume = .requests(
      requests: u(1e3, 5e5), perMonth: false, inputTokensPerRequest: u(200, 4000), outputTokensPerRequest: u(50, 800))
    if autoscaled {
      s.selfHosted.provisioning = .autoscaled
      s.workload.hourlyShape = (0..<24).map { _ in Double.random(in: 0...1, using: &rng) < 0.2 ? 0 : u(0.1, 5) }
      s.selfHosted.minReplicas = Int.random(in: 0...2, using: &rng)
    } else if Bool.random(using: &rng) {
      s.workload.hourlyShape = (0..<24).map { _ in u(0.2, 3) }
      s.selfHosted.maxLoad = u(0.5, 1)
    }
    s.selfHosted.spareReplicas = Int.random(in: 0...1, using: &rng)
    // API prices around the self-hosted marginal cost, so thresholds (sometimes several) occur.
    let marginal = s.selfHostedCurve.marginal / (s.workload.tokensPerDay * daysPerMonth / 1e6)
    let price = marginal * u(0.8, 4)
    s.api = APIPricing(
      inputPerMTok: price, cachedInputPerMTok: price * 0.3, outputPerMTok: price * 2, discount: u(0, 0.2),
      annualPriceChange: u(-0.4, 0.1), fixedMonthly: u(0, 2000), setupCost: u(0, 5000))
    s.selfHosted.annualPriceChange = u(-0.3, 0.2)
    s.selfHosted.staffFTE = u(0, 1)
    s.selfHosted.setupCost = u(0, 20_000)
    s.selfHosted.depreciationMonths = Int.random(in: 12...48, using: &rng)
    s.horizonMonths = Int.random(in: months, using: &rng)
    s.workload.monthlyGrowth = u(-0.02, 0.04)
    return s
  }

  /// Whether the two solves agree: same thresholds (values within 1e-9 relative, same sides),
  /// same savings at the range ends, same costs at the first threshold.
  static func agree(_ s: Scenario, _ v: SolveVariable, label: String) -> (checked: Bool, thresholds: Int) {
    let fast: SolveResult
    let reference: SolveResult
    do {
      fast = try s.solve(v, basis: .horizon, range: nil, stepCap: 200_000, method: .bounded)
    } catch {
      let again = Result { () throws(SolveError) in
        try s.solve(v, basis: .horizon, range: nil, stepCap: 200_000, method: .reference)
      }
      guard case .failure(let e) = again else {
        Issue.record("\(label): bounded failed with \(error), reference did not")
        return (false, 0)
      }
      #expect(e == error, "\(label)")
      return (false, 0)
    }
    do {
      reference = try s.solve(v, basis: .horizon, range: nil, stepCap: 200_000, method: .reference)
    } catch {
      Issue.record("\(label): reference failed with \(error), bounded did not")
      return (false, 0)
    }
    #expect(fast.range == reference.range, "\(label)")
    #expect(
      fast.thresholds.count == reference.thresholds.count,
      "\(label): \(fast.thresholds.map(\.value)) vs \(reference.thresholds.map(\.value))")
    for (a, b) in zip(fast.thresholds, reference.thresholds) {
      #expect(close(a.value, b.value, 1e-9), "\(label): threshold \(a.value) vs \(b.value)")
      #expect(a.selfHostedCheaper == b.selfHostedCheaper, "\(label): side at \(b.value)")
    }
    #expect(fast.savingsAtLow == reference.savingsAtLow, "\(label)")
    #expect(fast.savingsAtHigh == reference.savingsAtHigh, "\(label)")
    #expect(fast.atThreshold?.api == reference.atThreshold?.api, "\(label)")
    #expect(fast.atThreshold?.selfHosted == reference.atThreshold?.selfHosted, "\(label)")
    return (true, reference.thresholds.count)
  }

  static let stepped: [SolveVariable] = [.tokensPerDay, .requestsPerMonth, .utilization, .cachedInputShare]

  // Rented GPUs only: bought ones take the reference fit (`boundable()` checks that), so comparing
  // their solve with itself would only double the slowest test of the suite.
  @Test(
    "Stepped variables: the bounded solve equals the reference, rented, always-on and autoscaled",
    arguments: [(false, false), (false, true)])
  func stepped(buy: Bool, autoscaled: Bool) {
    var rng = SplitMix64(seed: 0x50_1E + (buy ? 10 : 0) + (autoscaled ? 1 : 0))
    var checked = 0
    var thresholds = 0
    var several = 0
    for n in 0..<10 {
      let s = Self.scenario(&rng, buy: buy, autoscaled: autoscaled, months: 6...24)
      for v in Self.stepped {
        let r = Self.agree(s, v, label: "\(v) buy \(buy) autoscaled \(autoscaled) #\(n)")
        if r.checked { checked += 1 }
        thresholds += r.thresholds
        if r.thresholds > 1 { several += 1 }
      }
    }
    // Most cases solve, and thresholds (some cases with several) are found, or the test shows nothing.
    #expect(checked >= 28, "checked \(checked)")
    #expect(thresholds >= 14, "thresholds \(thresholds)")
    #expect(several >= 1, "cases with several thresholds \(several)")
  }

  @Test("Unstepped variables (one piece each, growth scanned) give the same answers")
  func unstepped() {
    var rng = SplitMix64(seed: 0x0B0B)
    var checked = 0
    for n in 0..<4 {
      let buy = n % 2 == 1
      let s = Self.scenario(&rng, buy: buy, autoscaled: n < 2, months: 6...12)
      for v in SolveVariable.allCases where !Self.stepped.contains(v) {
        if Self.agree(s, v, label: "\(v) #\(n)").checked { checked += 1 }
      }
    }
    #expect(checked >= 20, "checked \(checked)")
  }

  @Test("An autoscaled horizon with growth: the bounded solve equals the reference")
  func longHorizon() {
    var rng = SplitMix64(seed: 0x600)
    var checked = 0
    // Two years: the reference solve grows as (months × 24)², and runs in a debug build here.
    for n in 0..<2 {
      var s = Self.scenario(&rng, buy: false, autoscaled: true, months: 24...24)
      // Growth to about 2× over the horizon, from a volume the fleet limit leaves room for.
      s.workload.monthlyGrowth = 0.01
      s.workload.volume = .requests(
        requests: 2e4, perMonth: false, inputTokensPerRequest: 1000, outputTokensPerRequest: 300)
      for v in [SolveVariable.tokensPerDay, .utilization] where Self.agree(s, v, label: "\(v) #\(n)").checked {
        checked += 1
      }
    }
    #expect(checked >= 3, "checked \(checked)")
  }

  @Test("Runs are bounded only for rent on the horizon basis and the stepped variables")
  func boundable() {
    let rent = makeScenario()
    #expect(rent.savingsBoundable(.tokensPerDay, basis: .horizon))
    #expect(rent.savingsBoundable(.utilization, basis: .horizon))
    #expect(rent.savingsBoundable(.cachedInputShare, basis: .horizon))
    #expect(!rent.savingsBoundable(.tokensPerDay, basis: .monthly))
    #expect(!rent.savingsBoundable(.gpuHourlyRate, basis: .horizon))
    #expect(!makeScenario(acquisition: .buy).savingsBoundable(.tokensPerDay, basis: .horizon))
  }
}
