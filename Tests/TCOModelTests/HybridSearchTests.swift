import Testing

@testable import TCOModel

/// Issues 15 and 16: the windowed split and overflow searches give the reference scans' answers
/// exactly, and the long autoscaled horizon ends with its capacity error instead of running on.
@Suite("Hybrid searches equal the reference scans")
struct HybridSearchTests {
  /// A random scenario from `FastPathTests`, its volume scaled up to thousands of replicas, with a
  /// frontier share half of the time and, now and then, API prices close to the self-hosted
  /// margin (flat costs: many candidates within the tolerance of each other).
  static func randomScenario(_ g: inout SplitMix64) -> Scenario {
    var s = FastPathTests.randomScenario(&g)
    let scale = power(10, Double.random(in: 0..<3, using: &g))
    s.workload.volume = .inputOutput(
      inputTokensPerDay: s.workload.inputTokensPerDay * scale, outputTokensPerDay: s.workload.outputTokensPerDay * scale
    )
    s.hybrid.frontierShare = Bool.random(using: &g) ? 0 : Double.random(in: 0..<0.6, using: &g)
    if Int.random(in: 0..<4, using: &g) == 0 {
      let a1 = s.apiCost(volumeFactor: 1).variable
      let margin = s.selfHostedCurve.marginal
      if a1 > 0 && margin > 0 {
        let k = margin / a1 * Double.random(in: 0.999..<1.001, using: &g)
        s.api.inputPerMTok *= k
        s.api.cachedInputPerMTok *= k
        s.api.outputPerMTok *= k
      }
    }
    return s
  }

  @Test("The windowed split equals the full scan: best, displayed candidates and count")
  func splitEqualsReference() throws {
    var g = SplitMix64(seed: 1516)
    var compared = (cases: 0, large: 0, fallbacks: 0, interior: 0)
    for _ in 0..<150 {
      let s = Self.randomScenario(&g)
      let phi = s.hybrid.frontierShare
      guard s.pureRoutes(frontierShare: phi) != nil else { continue }
      let search = SplitCandidates(s, upper: 1 - phi)
      guard search.count <= 60_000 else { continue }
      compared.cases += 1
      if search.count > 2_000 { compared.large += 1 }
      let reference = s.bestSplit(frontierShare: phi, share: nil, forDisplay: true, exhaustive: .max)
      let fast = s.bestSplit(frontierShare: phi, share: nil, forDisplay: true, exhaustive: 0, displayedList: 0)
      #expect(fast == reference)
      let referenceBest = s.bestSplit(frontierShare: phi, share: nil, forDisplay: false, exhaustive: .max)
      #expect(s.bestSplit(frontierShare: phi, share: nil, forDisplay: false, exhaustive: 0) == referenceBest)
      // The window itself, not the fallback, must give the answer.
      let shares = search.allShares
      let index = search.scan(shares)
      try #require(index >= 0)
      if let f = search.fastBest() {
        #expect(f == shares[index])
        #expect(search.count(atMost: f, strictly: true) == index)
      } else {
        compared.fallbacks += 1
      }
      if index > 0 && shares[index] < 1 - phi { compared.interior += 1 }
      // The sorted list read without building it.
      for i in stride(from: 0, to: shares.count, by: max(1, shares.count / 37)) {
        #expect(search.share(at: i) == shares[i])
      }
      #expect(search.count == shares.count)
    }
    #expect(compared.cases > 75 && compared.large > 10 && compared.interior > 5)
    #expect(compared.fallbacks * 20 < compared.cases)
  }

  @Test("Near ties: costs flat in the share to within the tolerance keep the scan's first best")
  func splitNearTies() {
    var g = SplitMix64(seed: 9)
    var compared = (cases: 0, notLowest: 0)
    for _ in 0..<40 {
      var s = FastPathTests.randomScenario(&g)
      // No fixed self-hosted cost, no floor: every replica step then costs what its share saves on
      // the API when `A1 = marginal`, so all candidates cost the same up to rounding and `δ`.
      s.selfHosted.acquisition = .rent
      s.selfHosted.provisioning = Bool.random(using: &g) ? .alwaysOn : .autoscaled
      s.workload.hourlyShape = nil
      s.selfHosted.staffFTE = 0
      s.selfHosted.otherMonthly = 0
      s.selfHosted.minReplicas = 0
      s.selfHosted.spareReplicas = 0
      s.api.fixedMonthly = 0
      s.hybrid.frontierShare = 0
      let scale = power(10, Double.random(in: 1..<2.5, using: &g))
      s.workload.volume = .inputOutput(
        inputTokensPerDay: s.workload.inputTokensPerDay * scale,
        outputTokensPerDay: s.workload.outputTokensPerDay * scale)
      let a1 = s.apiCost(volumeFactor: 1).variable
      let margin = s.selfHostedCurve.marginal
      guard a1 > 0, margin > 0 else { continue }
      let k = margin / a1 * (1 + Double.random(in: -3e-9..<3e-9, using: &g))
      s.api.inputPerMTok *= k
      s.api.cachedInputPerMTok *= k
      s.api.outputPerMTok *= k
      guard s.pureRoutes() != nil else { continue }
      let search = SplitCandidates(s, upper: 1)
      guard search.count <= 60_000 else { continue }
      compared.cases += 1
      let shares = search.allShares
      let index = search.scan(shares)
      let fast = search.fastBest()
      #expect(fast == nil || fast == shares[index])
      #expect(
        s.bestSplit(frontierShare: 0, share: nil, forDisplay: false, exhaustive: 0)
          == s.bestSplit(frontierShare: 0, share: nil, forDisplay: false, exhaustive: .max))
      // The scan's best is not always the lowest total: ties within 1e-9 keep the earlier share.
      let lowest = shares.indices.min {
        (search.total(at: shares[$0]) ?? .infinity) < (search.total(at: shares[$1]) ?? .infinity)
      }
      if let lowest, shares[lowest] != shares[index] { compared.notLowest += 1 }
    }
    #expect(compared.cases > 20 && compared.notLowest > 2)
  }

  @Test("The windowed overflow equals the scan over every replica count")
  func overflowEqualsReference() {
    var g = SplitMix64(seed: 1615)
    var compared = (cases: 0, large: 0, fallbacks: 0, interior: 0)
    for _ in 0..<50 {
      let s = Self.randomScenario(&g)
      let phi = s.hybrid.frontierShare
      let load = s.selfHosted.maxLoad
      guard let reference = s.bestOverflow(maxLoad: load, frontierShare: phi, keepCandidates: true) else {
        #expect(s.bestOverflow(maxLoad: load, frontierShare: phi, keepCandidates: false, exhaustive: 0) == nil)
        continue
      }
      compared.cases += 1
      let top = reference.candidates.count - 1
      if top > 2_000 { compared.large += 1 }
      let fast = s.bestOverflow(maxLoad: load, frontierShare: phi, keepCandidates: false, exhaustive: 0)
      #expect(fast?.best == reference.best)
      #expect(fast?.pure == reference.pure)
      let terms = OverflowTerms(s, maxLoad: load, frontierShare: phi)
      if let r = terms.fastBest(top: top) {
        #expect(r == reference.best.replicas)
      } else if top >= 2 {
        compared.fallbacks += 1
      }
      if reference.best.replicas > 0 && reference.best.replicas < top { compared.interior += 1 }
    }
    #expect(compared.cases > 25 && compared.large > 3 && compared.interior > 2)
    #expect(compared.fallbacks * 20 < compared.cases)
  }

  @Test("The hybrid horizon is the same month by month with either search, growth and trends included")
  func horizonEqualsReference() {
    var g = SplitMix64(seed: 600)
    var compared = 0
    for _ in 0..<10 {
      var s = Self.randomScenario(&g)
      s.workload.monthlyGrowth = Double.random(in: -0.02..<0.08, using: &g)
      s.horizonMonths = Int.random(in: 1...48, using: &g)
      let reference = s.hybridHorizon(share: nil, splitExhaustive: .max, overflowExhaustive: .max)
      let fast = s.hybridHorizon(share: nil, splitExhaustive: 0, overflowExhaustive: 0)
      #expect(fast == reference)
      if reference != nil { compared += 1 }
    }
    #expect(compared > 4)
  }

  /// The chatbot profile's shape: 1 from 09:00 to 18:00, 0.1 otherwise (business hours).
  static let businessHours = (0..<24).map { (9..<18).contains($0) ? 1.0 : 0.1 }

  @Test("A long autoscaled horizon whose volume outgrows the GPU limit returns its error")
  func longAutoscaledHorizonEnds() throws {
    var s = makeScenario(input: 1.5e8, output: 3e7, provisioning: .autoscaled, shape: Self.businessHours)
    s.selfHosted.minReplicas = 0
    s.workload.monthlyGrowth = 0.024
    s.horizonMonths = 600
    #expect(s.hybridHorizon() == nil)
    // The first month whose busiest hour needs more than the limit, by hand: the busiest hour
    // holds 24 / (9 + 15·0.1) = 2.2857 of the mean hour's demand; month m needs
    // ceil(z1 · 1.024^m · 2.2857 / U) replicas of 2 GPUs, at most 500,000.
    let z1 = s.busyReplicas(volumeFactor: 1)
    let busiest = 24.0 / 10.5
    let first = try #require(
      (0..<600).first { z1 * power(1.024, Double($0)) * busiest / s.selfHosted.utilization > 500_000 })
    s.horizonMonths = first
    let months = try #require(s.hybridHorizon())
    #expect(months.count == first)
    #expect(months.allSatisfy { $0.split.gpus <= maximumGPUs })
    s.horizonMonths = first + 1
    #expect(s.hybridHorizon() == nil)
  }
}

/// The cohort ring of `projectHorizon` against the loop it replaced, which looked at every cohort
/// every month.
@Suite("Horizon cohorts")
struct HorizonCohortTests {
  /// Purchases, residual values and the end credit from each month's GPUs, as the quadratic loop
  /// computed them (same operations, same order).
  static func reference(_ s: Scenario, _ h: Horizon) -> (purchases: [Double], residual: [Double], endCredit: Double) {
    let lifetime = s.selfHosted.depreciationMonths
    let k = s.capitalPerGPU
    let gpuRatio = power(1 + s.selfHosted.annualPriceChange, 1.0 / 12)
    var cohorts: [(month: Int, count: Int, priceFactor: Double)] = []
    var q = 1.0
    var owned = 0
    var purchasesByMonth: [Double] = []
    var residualByMonth: [Double] = []
    for m in 0..<s.horizonMonths {
      if m > 0 { q *= gpuRatio }
      var purchases = 0.0
      var residual = 0.0
      for i in cohorts.indices where cohorts[i].month + lifetime == m {
        let c = Double(cohorts[i].count)
        purchases += c * k * q
        residual += c * s.selfHosted.residualValue * k * cohorts[i].priceFactor
        cohorts[i].month = m
        cohorts[i].priceFactor = q
      }
      let gpus = h.months[m].selfHosted.capacity.gpus
      if gpus > owned {
        purchases += Double(gpus - owned) * k * q
        cohorts.append((m, gpus - owned, q))
        owned = gpus
      }
      purchasesByMonth.append(purchases)
      residualByMonth.append(residual)
    }
    var endCredit = 0.0
    for c in cohorts {
      let age = Double(s.horizonMonths - c.month)
      endCredit +=
        Double(c.count) * k * c.priceFactor * (1 - (1 - s.selfHosted.residualValue) * age / Double(lifetime))
    }
    return (purchasesByMonth, residualByMonth, endCredit)
  }

  @Test("Replacements, residual values and the book value equal the every-cohort loop, short lives included")
  func ringEqualsLoop() throws {
    var g = SplitMix64(seed: 36)
    var compared = (cases: 0, replacements: 0)
    for _ in 0..<40 {
      var s = FastPathTests.randomScenario(&g)
      s.selfHosted.acquisition = .buy
      s.selfHosted.provisioning = .alwaysOn
      s.selfHosted.depreciationMonths = Int.random(in: 1...40, using: &g)
      s.workload.monthlyGrowth = Double.random(in: -0.03..<0.06, using: &g)
      s.horizonMonths = Int.random(in: 1...300, using: &g)
      guard let h = try? s.horizon() else { continue }
      let expected = Self.reference(s, h)
      #expect(h.months.map(\.purchases) == expected.purchases)
      #expect(h.months.map(\.residualRecovered) == expected.residual)
      #expect(h.endCredit == expected.endCredit)
      compared.cases += 1
      if expected.residual.contains(where: { $0 > 0 }) { compared.replacements += 1 }
    }
    #expect(compared.cases > 30 && compared.replacements > 20)
  }
}
