import TCOData
import Testing

@testable import TCOModel

/// Issue 16: every fast path equals the reference path it replaces, exactly, on randomised
/// profiles (rented and bought GPUs, always-on and autoscaled with shapes, growth, price trends).
@Suite("Fast paths equal the reference")
struct FastPathTests {
  /// A random valid scenario: sizes from a few replicas to thousands, every cost term in play.
  static func randomScenario(_ g: inout SplitMix64) -> Scenario {
    func uniform(_ lo: Double, _ hi: Double) -> Double { Double.random(in: lo..<hi, using: &g) }
    let provisioning: Provisioning = Bool.random(using: &g) ? .alwaysOn : .autoscaled
    let acquisition: Acquisition = Int.random(in: 0..<3, using: &g) == 0 ? .buy : .rent
    // No shape, a shape of distinct weights (with idle hours), or one of a few repeated levels
    // like the presets (the kernel sizes one fleet per level).
    let levels = [0, 1, 2, uniform(0.1, 10)]
    let shape: [Double]? =
      switch Int.random(in: 0..<3, using: &g) {
      case 0: nil
      case 1: (0..<24).map { _ in Int.random(in: 0..<5, using: &g) == 0 ? 0 : uniform(0.1, 10) }
      default: (0..<24).map { _ in levels.randomElement(using: &g)! }
      }
    var s = makeScenario(
      input: power(10, uniform(5, 10.5)), output: power(10, uniform(5, 9.5)), cached: uniform(0, 0.9),
      acquisition: acquisition, provisioning: provisioning, shape: shape)
    s.workload.monthlyGrowth = Bool.random(using: &g) ? 0 : uniform(-0.05, 0.12)
    s.workload.batchShare = uniform(0, 0.5)
    s.api.annualPriceChange = uniform(-0.5, 0.2)
    s.api.setupCost = uniform(0, 50_000)
    s.api.fixedMonthly = uniform(0, 2_000)
    s.selfHosted.annualPriceChange = uniform(-0.3, 0.1)
    s.selfHosted.utilization = uniform(0.1, 1)
    s.selfHosted.maxLoad = uniform(0.3, 1)
    s.selfHosted.minReplicas = Int.random(in: 0...3, using: &g)
    s.selfHosted.spareReplicas = Int.random(in: 0...2, using: &g)
    s.selfHosted.gpusPerReplica = [1, 2, 4, 8].randomElement(using: &g)!
    s.selfHosted.gpuHourlyRate = uniform(0.5, 6)
    s.selfHosted.setupCost = uniform(0, 100_000)
    s.selfHosted.staffFTE = uniform(0, 2)
    s.selfHosted.prefixCaching = Bool.random(using: &g)
    s.horizonMonths = [1, 12, 36, 60, 120].randomElement(using: &g)!
    if Int.random(in: 0..<3, using: &g) > 0 { s.api = randomScheduledPricing(&g) }
    return s
  }

  /// API pricing from a random schedule: tiers, batch prices, up to three dated changes (some on
  /// the 1st, some mid-month, some before the start), a start month, a service tier and a shape.
  static func randomScheduledPricing(_ g: inout SplitMix64) -> APIPricing {
    func uniform(_ lo: Double, _ hi: Double) -> Double { Double.random(in: lo..<hi, using: &g) }
    func band() -> PriceBand {
      let input = uniform(0.05, 20)
      return PriceBand(
        standard: TokenPrices(
          inputPerMTok: input, cachedInputPerMTok: input * uniform(0, 0.5), outputPerMTok: input * 4),
        batch: Bool.random(using: &g) ? PartialTokenPrices(inputPerMTok: input / 2, outputPerMTok: input * 2) : nil,
        priority: PartialTokenPrices(inputPerMTok: input * 1.75, outputPerMTok: input * 7))
    }
    func list() -> PriceList {
      PriceList(
        base: band(),
        longContextTiers: Bool.random(using: &g) ? [LongContextTier(aboveInputTokens: 200_000, prices: band())] : [])
    }
    let changes = (0..<Int.random(in: 0...3, using: &g)).map { _ in
      PriceChange(
        start: CalendarDate(
          year: Int.random(in: 2026...2030, using: &g), month: Int.random(in: 1...12, using: &g),
          day: Bool.random(using: &g) ? 1 : Int.random(in: 2...28, using: &g))!,
        prices: list())
    }
    let schedule = APIPriceSchedule(initial: list(), changes: changes)
    var api = APIPricing(
      inputPerMTok: uniform(0.05, 20), cachedInputPerMTok: uniform(0, 5), outputPerMTok: uniform(0.1, 60),
      schedule: schedule,
      horizonStart: Int.random(in: 0..<4, using: &g) == 0
        ? nil : CalendarDate(year: Int.random(in: 2025...2028, using: &g), month: Int.random(in: 1...12, using: &g)),
      serviceTier: ServiceTier.allCases.randomElement(using: &g)!)
    api.annualPriceChange = uniform(-0.5, 0.2)
    api.setupCost = uniform(0, 50_000)
    api.fixedMonthly = uniform(0, 2_000)
    if Bool.random(using: &g) { api.longContextShare = uniform(0, 1) }
    return api
  }

  @Test("The kernel's break-even volume equals the model's, bit for bit, and so does its outcome")
  func kernelBreakEven() {
    var g = SplitMix64(seed: 17)
    var found = (volume: 0, none: 0)
    for _ in 0..<3_000 {
      let s = Self.randomScenario(&g)
      let kernel = SampleKernel(s)
      let reference = s.breakEvenTokensPerDay
      let fast = kernel.breakEven(s)
      if let reference {
        #expect(fast == reference)
        found.volume += 1
      } else {
        #expect(fast.isNaN)
        found.none += 1
      }
      let outcome = kernel.outcome(s)
      let expected = s.sampleOutcome()
      #expect((outcome == nil) == (expected == nil))
      if let outcome, let expected {
        #expect(outcome.monthlyApi == expected.monthlyApi && outcome.monthlySelfHosted == expected.monthlySelfHosted)
        #expect(outcome.horizonSavings == expected.horizonSavings)
        #expect(
          outcome.breakEvenTokensPerDay == expected.breakEvenTokensPerDay
            || (outcome.breakEvenTokensPerDay.isNaN && expected.breakEvenTokensPerDay.isNaN))
      }
    }
    #expect(found.volume > 1_000 && found.none > 0)
  }

  @Test("A month's API prices from the price calendar equal the month's own, bit for bit")
  func priceCalendar() {
    var g = SplitMix64(seed: 12)
    var periods = 0
    for _ in 0..<2_000 {
      var s = makeScenario(input: 3e6, output: 1e6, cached: 0.2)
      s.workload.batchShare = Double.random(in: 0..<1, using: &g)
      s.api = Self.randomScheduledPricing(&g)
      let months = Int.random(in: 0...120, using: &g)
      let calendar = s.apiPriceCalendar(months: months)
      #expect(calendar.monthPeriod.count == months)
      periods += calendar.periods.count
      for m in 0..<months {
        #expect(s.apiPrices(period: calendar.periods[calendar.monthPeriod[m]]) == s.apiPrices(month: m))
      }
    }
    // Some calendars had several periods (a price changed within the horizon).
    #expect(periods > 2_000 * 5 / 4)
  }

  @Test("The simulation kernel gives the reference's monthly costs and horizon savings, bit for bit")
  func kernelEqualsReference() {
    var g = SplitMix64(seed: 16)
    var compared = (rent: 0, buy: 0, invalid: 0, autoscaled: 0)
    for _ in 0..<3_000 {
      let s = Self.randomScenario(&g)
      let fast = SampleKernel(s).outcome(s)
      guard let own = s.steadySelfHostedCost(), let horizon = try? s.horizonTotals() else {
        #expect(fast == nil)
        compared.invalid += 1
        continue
      }
      guard let fast else {
        Issue.record("the kernel found no result where the reference has one")
        continue
      }
      #expect(fast.monthlyApi == s.apiCost(volumeFactor: 1).total)
      #expect(fast.monthlySelfHosted == own.total)
      #expect(fast.horizonSavings == horizon.savings)
      if s.selfHosted.acquisition == .buy { compared.buy += 1 } else { compared.rent += 1 }
      if s.selfHosted.provisioning == .autoscaled { compared.autoscaled += 1 }
    }
    // Every kind of profile was compared, and some were too large (both paths must agree on nil).
    #expect(compared.rent > 1_000 && compared.buy > 500 && compared.autoscaled > 1_000)
    #expect(compared.invalid > 0)
  }

  @Test("Two different samples in the lanes each get the reference's outcome, bit for bit")
  func lanesAreIndependent() {
    var g = SplitMix64(seed: 23)
    func uniform(_ lo: Double, _ hi: Double) -> Double { Double.random(in: lo..<hi, using: &g) }
    var compared = (valid: 0, invalid: 0, mixed: 0, breakEven: 0)
    for _ in 0..<3_000 {
      var base = Self.randomScenario(&g)
      base.selfHosted.acquisition = .rent
      base.selfHosted.provisioning = .alwaysOn
      let kernel = SampleKernel(base)
      // The second lane draws other values for every real-valued input a simulation may vary
      // here, the prices among them (so its price periods are computed, not the base's).
      var other = base
      other.workload.volume = .inputOutput(
        inputTokensPerDay: power(10, uniform(5, 10.5)), outputTokensPerDay: power(10, uniform(5, 9.5)))
      other.workload.cachedInputShare = uniform(0, 0.9)
      other.workload.monthlyGrowth = uniform(-0.05, 0.12)
      other.api.annualPriceChange = uniform(-0.5, 0.2)
      other.api.inputPerMTok = uniform(0.05, 20)
      other.api.discount = uniform(0, 0.3)
      other.selfHosted.utilization = uniform(0.1, 1)
      other.selfHosted.gpuHourlyRate = uniform(0.5, 6)
      other.selfHosted.annualPriceChange = Bool.random(using: &g) ? 0 : uniform(-0.3, 0.1)
      other.selfHosted.staffFTE = uniform(0, 2)
      let pair = [base, other]
      let lanes = pair.withUnsafeBufferPointer { kernel.alwaysOnOutcomes($0) }
      for (j, s) in pair.enumerated() {
        let expected = s.sampleOutcome()
        let got = lanes.outcome(j)
        #expect((got == nil) == (expected == nil))
        guard let got, let expected else {
          compared.invalid += 1
          continue
        }
        compared.valid += 1
        #expect(got.monthlyApi == expected.monthlyApi && got.monthlySelfHosted == expected.monthlySelfHosted)
        #expect(got.horizonSavings == expected.horizonSavings)
        #expect(
          got.breakEvenTokensPerDay == expected.breakEvenTokensPerDay
            || (got.breakEvenTokensPerDay.isNaN && expected.breakEvenTokensPerDay.isNaN))
        if !got.breakEvenTokensPerDay.isNaN { compared.breakEven += 1 }
      }
      if (lanes.outcome(0) == nil) != (lanes.outcome(1) == nil) { compared.mixed += 1 }
    }
    // Valid and invalid samples, some side by side, and break-even volumes were compared.
    #expect(compared.valid > 3_000 && compared.invalid > 0 && compared.mixed > 0 && compared.breakEven > 1_000)
  }

  @Test("Pairs whose default terms are the identity take the plain passes, and get the reference's bits")
  func plainTerms() {
    var g = SplitMix64(seed: 29)
    func uniform(_ lo: Double, _ hi: Double) -> Double { Double.random(in: lo..<hi, using: &g) }
    func same(_ x: Double, _ y: Double) -> Bool { x.bitPattern == y.bitPattern || (x.isNaN && y.isNaN) }
    /// No discounts, GPU price trend, other monthly cost, API fee or spare replicas.
    func plain(_ s: inout Scenario) {
      s.api.discount = 0
      s.api.fixedMonthly = 0
      s.selfHosted.reservedDiscount = 0
      s.selfHosted.annualPriceChange = 0
      s.selfHosted.otherMonthly = 0
      s.selfHosted.spareReplicas = 0
    }
    var seen = (plain: 0, general: 0, valid: 0, signed: 0)
    for round in 0..<2_000 {
      var base = Self.randomScenario(&g)
      base.selfHosted.acquisition = .rent
      base.selfHosted.provisioning = .alwaysOn
      plain(&base)
      var other = base
      other.workload.volume = .inputOutput(
        inputTokensPerDay: power(10, uniform(5, 10.5)), outputTokensPerDay: power(10, uniform(5, 9.5)))
      other.workload.monthlyGrowth = uniform(-0.05, 0.12)
      other.selfHosted.utilization = uniform(0.1, 1)
      other.selfHosted.gpuHourlyRate = uniform(0.5, 6)
      switch round % 4 {
      case 0: other.api.fixedMonthly = uniform(0, 2_000)  // one lane not plain: the general passes
      case 1:
        // Zero rent and staff of both signs: −0 + −0 is −0, which `+ other` would make +0.
        other.selfHosted.gpuHourlyRate = -0.0
        other.selfHosted.staffFTE = [-0.0, 0.0].randomElement(using: &g)!
        seen.signed += 1
      default: break
      }
      let kernel = SampleKernel(base)
      let pair = [base, other]
      let takesPlain = pair.allSatisfy { s in
        withUnsafePointer(to: s) { SampleConstants(kernel, $0).hasOnlyPlainTerms }
      }
      if takesPlain { seen.plain += 1 } else { seen.general += 1 }
      let lanes = pair.withUnsafeBufferPointer { kernel.alwaysOnOutcomes($0) }
      for (j, s) in pair.enumerated() {
        let expected = s.sampleOutcome()
        let got = lanes.outcome(j)
        #expect((got == nil) == (expected == nil))
        guard let got, let expected else { continue }
        seen.valid += 1
        #expect(same(got.monthlyApi, expected.monthlyApi) && same(got.monthlySelfHosted, expected.monthlySelfHosted))
        #expect(same(got.horizonSavings, expected.horizonSavings))
        #expect(same(got.breakEvenTokensPerDay, expected.breakEvenTokensPerDay))
      }
    }
    #expect(seen.plain > 500 && seen.general > 300 && seen.valid > 2_000 && seen.signed > 300)
  }

  @Test("A fleet taken past the GPU limit by demand, its minimum or its spare replicas is invalid in the lanes too")
  func lanesAtTheLimit() {
    var g = SplitMix64(seed: 29)
    var seen = (valid: 0, invalid: 0, byMinimum: 0)
    for _ in 0..<2_000 {
      var s = Self.randomScenario(&g)
      s.selfHosted.acquisition = .rent
      s.selfHosted.provisioning = .alwaysOn
      s.selfHosted.gpusPerReplica = 8
      let limit = maximumGPUs / 8
      s.selfHosted.spareReplicas = Int.random(in: 0...2, using: &g)
      // A minimum at or just under the limit, or a demand whose busiest month is near it.
      if Bool.random(using: &g) {
        s.selfHosted.minReplicas = Int.random(in: (limit - 3)...limit, using: &g)
      } else {
        s.selfHosted.minReplicas = 1
        let busiest = s.busyReplicas(volumeFactor: 1) / s.effectiveUtilization
        let target = Double(limit) - Double.random(in: -3...3, using: &g)
        let scale = target / max(busiest, 1e-300)
        s.workload.volume = .inputOutput(
          inputTokensPerDay: s.workload.inputTokensPerDay * scale,
          outputTokensPerDay: s.workload.outputTokensPerDay * scale)
        s.workload.monthlyGrowth = 0
      }
      let kernel = SampleKernel(s)
      let expected = s.sampleOutcome()
      let got = kernel.outcome(s)
      #expect((got == nil) == (expected == nil))
      if let got, let expected {
        #expect(got.horizonSavings == expected.horizonSavings && got.monthlySelfHosted == expected.monthlySelfHosted)
        seen.valid += 1
      } else {
        seen.invalid += 1
        if s.selfHosted.minReplicas + s.selfHosted.spareReplicas > limit { seen.byMinimum += 1 }
      }
    }
    #expect(seen.valid > 200 && seen.invalid > 200 && seen.byMinimum > 100)
  }

  @Test("Demand that is not finite in some month is invalid in the lanes too, whether its demand never falls or not")
  func lanesWithDemandBeyondDouble() {
    var g = SplitMix64(seed: 31)
    func uniform(_ lo: Double, _ hi: Double) -> Double { Double.random(in: lo..<hi, using: &g) }
    var valid = 0
    for i in 0..<400 {
      var s = Self.randomScenario(&g)
      s.selfHosted.acquisition = .rent
      s.selfHosted.provisioning = .alwaysOn
      // The last month of the longer horizon lies in a run of four months taken together (see
      // `selfPass`), the shorter's is taken on its own.
      s.horizonMonths = i % 3 == 0 ? 121 : 120
      // Growth that takes the volume factor past the largest Double within the horizon: with no
      // volume, z = 0 · ∞ is NaN there; with some, it is ∞.
      s.workload.monthlyGrowth = uniform(800, 2_000)
      if i % 2 == 0 { s.workload.volume = .inputOutput(inputTokensPerDay: 0, outputTokensPerDay: 0) }
      #expect(power(1 + s.workload.monthlyGrowth, 119) == .infinity)
      #expect((s.busyReplicas(volumeFactor: 1) == 0) == (i % 2 == 0))
      // The other lane's growth decides which pass runs: one that never falls, or any.
      var other = s
      other.workload.volume = .inputOutput(
        inputTokensPerDay: power(10, uniform(5, 9)), outputTokensPerDay: power(10, uniform(5, 8)))
      other.workload.monthlyGrowth = i % 4 < 2 ? uniform(0, 0.05) : uniform(-0.05, -0.001)
      let kernel = SampleKernel(s)
      let pair = [s, other]
      let lanes = pair.withUnsafeBufferPointer { kernel.alwaysOnOutcomes($0) }
      #expect(s.sampleOutcome() == nil && lanes.outcome(0) == nil, "sample \(i)")
      let expected = other.sampleOutcome()
      let got = lanes.outcome(1)
      #expect((got == nil) == (expected == nil))
      if let got, let expected {
        #expect(got.horizonSavings == expected.horizonSavings && got.monthlySelfHosted == expected.monthlySelfHosted)
        valid += 1
      }
    }
    #expect(valid > 200)
  }

  @Test("API prices that pass the largest Double within the horizon give the reference's totals, cached input or none")
  func lanesWithAPIPricesBeyondDouble() {
    var g = SplitMix64(seed: 37)
    func uniform(_ lo: Double, _ hi: Double) -> Double { Double.random(in: lo..<hi, using: &g) }
    func same(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN) }
    var overflowed = 0
    for i in 0..<200 {
      var s = Self.randomScenario(&g)
      s.selfHosted.acquisition = .rent
      s.selfHosted.provisioning = .alwaysOn
      s.horizonMonths = 600
      s.workload.monthlyGrowth = uniform(0, 0.001)
      if i % 2 == 0 { s.workload.cachedInputShare = 0 }
      // A price that grows ~4-6x a month passes the largest Double within the horizon; with no
      // cached input, the cached term is 0 · ∞ there, NaN, and so the total. The other lane's
      // price does so in a third of the pairs.
      s.api.annualPriceChange = uniform(1e7, 1e9)
      var other = s
      other.api.annualPriceChange = i % 3 == 0 ? uniform(1e7, 1e9) : uniform(-0.5, 0.5)
      other.workload.monthlyGrowth = uniform(0, 0.001)
      let pair = [s, other]
      let kernel = SampleKernel(pair[0])
      let lanes = pair.withUnsafeBufferPointer { kernel.alwaysOnOutcomes($0) }
      for lane in 0..<2 {
        let expected = pair[lane].sampleOutcome()
        let got = lanes.outcome(lane)
        #expect((got == nil) == (expected == nil), "sample \(i) lane \(lane)")
        guard let got, let expected else { continue }
        if !expected.horizonSavings.isFinite { overflowed += 1 }
        #expect(same(got.horizonSavings, expected.horizonSavings), "sample \(i) lane \(lane)")
        #expect(same(got.monthlyApi, expected.monthlyApi) && same(got.monthlySelfHosted, expected.monthlySelfHosted))
      }
    }
    #expect(overflowed > 100)
  }

  @Test("The whole-Double ceiling equals ceilWithTolerance on every kind of value")
  func ceilingEqualsReference() {
    var g = SplitMix64(seed: 3)
    var values: [Double] = [
      0, -0.0, 1e-9, 1e-9 + 1e-18, 2e-9, 0.5, 1, 1 + 1e-9, 1 + 2e-9, 2.0000000001, 999_999, 1e6, 1e6 + 1e-9,
      1e6 + 2e-9, 1e6 + 0.5, 2e6, -1, .infinity, -.infinity, .nan, .ulpOfOne, .leastNonzeroMagnitude,
    ]
    for _ in 0..<100_000 {
      let whole = Double(Int.random(in: 0...1_000_001, using: &g))
      values.append(whole + Double.random(in: -3e-9..<3e-9, using: &g))
      values.append(Double.random(in: -2..<1.1e6, using: &g))
      values.append(whole.nextUp)
      values.append((whole + 1e-9).nextDown)
    }
    for limit in [1_000_000, 125_000, 7] {
      for x in values {
        let reference = ceilWithTolerance(x, limit: limit).map(Double.init)
        #expect(wholeCeilWithTolerance(x, limit: Double(limit)) == reference, "x = \(x), limit \(limit)")
      }
    }
  }

  @Test("The one-step break-even walk equals the general walk")
  func oneStepBreakEven() {
    var g = SplitMix64(seed: 5)
    var outcomes = Set<String>()
    for _ in 0..<20_000 {
      func uniform(_ lo: Double, _ hi: Double) -> Double { Double.random(in: lo..<hi, using: &g) }
      let curve = CostCurve(
        fixed: uniform(-5e4, 5e4), slope: -power(10, uniform(-2, 5)),
        steps: [.init(rate: power(10, uniform(-3, 4)), weight: power(10, uniform(0, 5)))],
        minimum: Int.random(in: 0...3, using: &g), gpusPerReplica: [1, 2, 8].randomElement(using: &g)!)
      let fast = curve.lastPositiveOneStep()
      #expect(fast == curve.lastPositiveGeneral())
      outcomes.insert("\(fast)".prefix(3).description)
    }
    #expect(outcomes.count >= 2)
  }

  @Test("Break-even through the in-place difference equals the curves' difference")
  func breakEvenScale() {
    var g = SplitMix64(seed: 8)
    for _ in 0..<2_000 {
      let s = Self.randomScenario(&g)
      #expect(s.breakEvenScale == s.selfHostedCurve.minusLinear(s.apiCurve).lastPositiveGeneral())
    }
  }

  @Test("A prepared sampler draws exactly the quantile of an untruncated distribution")
  func samplerEqualsQuantile() {
    var g = SplitMix64(seed: 11)
    let distributions: [Distribution] = [
      .uniform(low: 0.3, high: 0.8), .uniform(low: -0.4, high: 0), .triangular(low: 0, mode: 0.02, high: 0.05),
      .triangular(low: 1, mode: 1, high: 4), .triangular(low: 1, mode: 4, high: 4), .lognormal(p10: 2.5, p90: 4.5),
      .lognormal(p10: 1e6, p90: 3e9),
    ]
    for d in distributions {
      let sampler = DistributionSampler(d)
      for u in [1e-300, 1e-12, 0.02, 0.5, 0.98, 1 - 1e-12]
        + (0..<5_000).map({ _ in Double.random(in: 0..<1, using: &g) })
      {
        #expect(sampler.draw(u) == d.quantile(u), "\(d) at \(u)")
      }
    }
  }

  @Test("A lognormal truncated to its range draws quantile(F(a) + u·(F(b) − F(a))), always inside")
  func truncatedLognormal() {
    // Utilization ~0.3..0.5 reaches 1.28 in its far tail; the range is (0, 1].
    let d = Distribution.lognormal(p10: 0.3, p90: 0.5)
    let range = NumberRange.above(0, upTo: 1)
    #expect(d.isTruncated(to: range))
    let sampler = DistributionSampler(d, truncatedTo: range)
    let fb = d.cdf(1)
    // F(1) = Φ(ln(1/√0.15)/σ), σ = ln(5/3)/(2·1.2815515655446004): about 1 − 9.7053e-7 (the share outside).
    #expect(abs((1 - fb) - 9.7053004757e-7) < 1e-12)
    var previous = 0.0
    for i in 1..<1_000 {
      let u = Double(i) / 1_000
      let x = sampler.draw(u)
      #expect(range.contains(x))
      #expect(x >= previous)
      previous = x
      let tail = Distribution.lognormalTail
      let expected = d.quantile(tail + u * (fb - tail))
      #expect(close(x, expected, 1e-12), "u = \(u)")
    }
    // The very top of the unit interval maps to the range's bound, not past it.
    #expect(sampler.draw(1 - 1e-16) <= 1)
    #expect(abs(sampler.draw(1 - 1e-16) - 1) < 1e-6)
    // A lognormal inside its range is not truncated.
    #expect(!Distribution.lognormal(p10: 2.5, p90: 4.5).isTruncated(to: .atLeast(0)))
  }

  /// The run as the reference computes it: every sample's scenario evaluated on its own, the
  /// summaries by `summary(of:)` over copies, the histogram from the kept values.
  func referenceRun(_ sim: Simulation, samples n: Int, seed: UInt64) -> SimulationResult {
    var outcomes: [SampleOutcome?] = []
    for i in 0..<n { outcomes.append(sim.scenario(sample: i, seed: seed).sampleOutcome()) }
    let valid = outcomes.compactMap { $0 }
    func column(_ f: (SampleOutcome) -> Double) -> [Double] { valid.map(f).filter { !$0.isNaN } }
    var summaries: [SimulationMetric: Summary] = [:]
    summaries[.monthlyApi] = summary(of: column(\.monthlyApi))
    summaries[.monthlySelfHosted] = summary(of: column(\.monthlySelfHosted))
    summaries[.monthlySavings] = summary(of: column(\.monthlySavings))
    summaries[.horizonSavings] = summary(of: column(\.horizonSavings))
    summaries[.breakEvenTokensPerDay] = summary(of: column(\.breakEvenTokensPerDay))
    let histogram = ZeroAlignedHistogram(valid.map(\.horizonSavings))
    let count = Double(max(valid.count, 1))
    return SimulationResult(
      samples: n, seed: seed, summaries: summaries,
      probabilitySelfHostedCheaperMonthly: valid.isEmpty
        ? 0 : Double(valid.filter { $0.monthlySavings > 0 }.count) / count,
      probabilitySelfHostedCheaperHorizon: valid.isEmpty
        ? 0 : Double(valid.filter { $0.horizonSavings > 0 }.count) / count,
      noBreakEvenSamples: valid.filter { $0.breakEvenTokensPerDay.isNaN }.count, invalidSamples: n - valid.count,
      histogramEdges: histogram.edges, histogramCounts: histogram.counts)
  }

  @Test("A simulation run equals the reference run on randomised profiles, for 1 and 3 threads")
  func runEqualsReference() {
    var g = SplitMix64(seed: 21)
    let parameters: [(ScenarioParameter, Distribution)] = [
      (.utilization, .uniform(low: 0.2, high: 0.9)), (.gpuHourlyRate, .lognormal(p10: 1.5, p90: 4)),
      (.monthlyGrowth, .triangular(low: -0.01, mode: 0.02, high: 0.08)), (.apiOutputPrice, .uniform(low: 1, high: 30)),
      (.staffFTE, .triangular(low: 0.25, mode: 0.5, high: 2)),
      (.gpuPurchasePrice, .lognormal(p10: 15_000, p90: 40_000)),
      (.inputTokensPerDay, .uniform(low: 1e7, high: 3e11)), (.utilization, .lognormal(p10: 0.3, p90: 0.5)),
    ]
    var invalidSeen = false
    for round in 0..<24 {
      var base = Self.randomScenario(&g)
      base.horizonMonths = min(base.horizonMonths, 36)
      let picked = parameters.shuffled(using: &g).prefix(Int.random(in: 1...4, using: &g))
      var inputs: [UncertainInput] = []
      for (p, d) in picked where !inputs.contains(where: { $0.parameter == p }) {
        inputs.append(UncertainInput(parameter: p, distribution: d))
      }
      let sim = Simulation(base: base, inputs: inputs)
      let n = 1_501  // odd: the last pair of lanes holds one sample
      let reference = referenceRun(sim, samples: n, seed: UInt64(round))
      for threads in [1, 3] {
        let r = sim.run(samples: n, seed: UInt64(round), threads: threads)
        #expect(r.summaries == reference.summaries, "round \(round)")
        #expect(r.histogramEdges == reference.histogramEdges)
        #expect(r.histogramCounts == reference.histogramCounts)
        #expect(r.noBreakEvenSamples == reference.noBreakEvenSamples)
        #expect(r.invalidSamples == reference.invalidSamples)
        #expect(r.probabilitySelfHostedCheaperMonthly == reference.probabilitySelfHostedCheaperMonthly)
        #expect(r.probabilitySelfHostedCheaperHorizon == reference.probabilitySelfHostedCheaperHorizon)
      }
      // Through a sink, in blocks that do not divide the chunks evenly: the same result, and
      // every sample once, in order, equal to the reference's.
      let (kept, drawn, outcomes, starts) = runCollecting(
        sim, samples: n, seed: UInt64(round), threads: 2, blockSize: 4096 + 1_000)
      #expect(kept?.summaries == reference.summaries)
      #expect(kept?.noBreakEvenSamples == reference.noBreakEvenSamples)
      #expect(starts == starts.sorted() && outcomes.count == n && drawn.count == n * inputs.count)
      for i in stride(from: 0, to: n, by: 97) {
        let expected = sim.scenario(sample: i, seed: UInt64(round)).sampleOutcome()
        let o = outcomes[i]
        if let expected {
          #expect(o.monthlyApi == expected.monthlyApi && o.horizonSavings == expected.horizonSavings)
        } else {
          #expect(o.monthlyApi.isNaN && o.breakEvenTokensPerDay.isNaN)
        }
      }
      if reference.invalidSamples > 0 { invalidSeen = true }
    }
    _ = invalidSeen
  }
}
