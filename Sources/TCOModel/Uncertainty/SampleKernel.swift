/// The simulation's fast path for one sample: the steady state and the horizon savings of a
/// scenario, from constants computed once per simulation.
///
/// It computes exactly what `Scenario.sampleOutcome()` computes (the same operations in the same
/// order, so the same bits; `FastPathTests` and `SimulationTests` check it on randomised
/// profiles). Rented GPUs skip what `simulate` does not report: net present values, the payback
/// month, the per-month cost structs, and the busiest-hour factor recomputed in every month.
/// Always-on fleets run two samples at a time in SIMD lanes (`AlwaysOnLanes.swift`); autoscaled
/// fleets one at a time, sizing one fleet per distinct hourly level.
/// Bought GPUs (cohorts, replacements, book value) run the reference projection, given the price
/// calendar this kernel holds.
///
/// What may vary between samples is every real-valued input (`ScenarioParameter` writes only
/// those); the constants here come from inputs that are not real-valued (the hourly shape,
/// replica counts, provisioning, acquisition), so they hold for every sample.
struct SampleKernel: Sendable {
  let rented: Bool
  let alwaysOn: Bool
  /// `24 · max_h w_h` as `Scenario.peakFactor` computes it.
  let peakFactor: Double
  /// The normalised hourly shape (autoscaled) as its distinct levels and how many hours have
  /// each: hours with the same weight need the same fleet, and the sum of whole replica counts
  /// is exact in any order, so a month sizes one fleet per level instead of one per hour.
  let shapeLevels: [Double]
  let shapeLevelHours: [Double]
  /// The level of the busiest hours: its fleet is the largest of every month (a fleet grows
  /// with the weight, and every step of its computation is monotone in it).
  let topLevel: Int
  let gpusPerReplica: Int
  let minReplicas: Int
  let spareReplicas: Int
  /// `maximumGPUs / max(k, 1)`.
  let replicaLimit: Int
  /// The same counts as whole `Double`s: replica arithmetic stays exact in `Double` (every
  /// count and product is a whole number below 2^53) and needs no conversion per month.
  let minReplicasD: Double
  let spareReplicasD: Double
  let replicaLimitD: Double
  let gpusPerReplicaD: Double
  /// The API price periods of the horizon's months (`Scenario.apiPriceCalendar`): they depend
  /// on the schedule and the start month only, so a sample computes each period's prices once.
  let pricePeriods: [PricePeriod?]
  let monthPeriod: [Int]
  /// The horizon as runs of consecutive months in the same price period, each with where its
  /// period's three per-kind terms start in `alwaysOnOutcomes` (`3 · period`).
  let periodRuns: [(termOffset: Int, months: Range<Int>)]
  /// Each period's prices in the base scenario, and what they were computed from: a sample
  /// whose draws leave `apiPriceKey` as it is has the same prices.
  let basePrices: [EffectiveTokenPrices]
  let baseKey: APIPriceKey

  init(_ base: Scenario) {
    rented = base.selfHosted.acquisition == .rent
    alwaysOn = base.selfHosted.provisioning == .alwaysOn
    peakFactor = base.peakFactor
    var levels: [Double] = []
    var levelHours: [Double] = []
    for w in base.workload.normalizedShape {
      if let i = levels.firstIndex(of: w) {
        levelHours[i] += 1
      } else {
        levels.append(w)
        levelHours.append(1)
      }
    }
    shapeLevels = levels
    shapeLevelHours = levelHours
    topLevel = levels.indices.max { levels[$0] < levels[$1] } ?? 0
    gpusPerReplica = base.selfHosted.gpusPerReplica
    minReplicas = base.selfHosted.minReplicas
    spareReplicas = base.selfHosted.spareReplicas
    replicaLimit = maximumGPUs / max(base.selfHosted.gpusPerReplica, 1)
    minReplicasD = Double(minReplicas)
    spareReplicasD = Double(spareReplicas)
    replicaLimitD = Double(replicaLimit)
    gpusPerReplicaD = Double(gpusPerReplica)
    (pricePeriods, monthPeriod) = base.apiPriceCalendar(months: base.horizonMonths)
    var runs: [(termOffset: Int, months: Range<Int>)] = []
    for (m, period) in monthPeriod.enumerated() {
      let offset = 3 * period
      if let last = runs.last, last.termOffset == offset {
        runs[runs.count - 1].months = last.months.lowerBound..<(m + 1)
      } else {
        runs.append((offset, m..<(m + 1)))
      }
    }
    periodRuns = runs
    basePrices = pricePeriods.map { base.apiPrices(period: $0) }
    baseKey = base.apiPriceKey
    horizonMonths = base.horizonMonths
  }

  /// The horizon the price calendar covers (the number of months is not an input that varies).
  let horizonMonths: Int

  /// `s.sampleOutcome()` of a rented, autoscaled fleet (always-on fleets go through
  /// `alwaysOnOutcomes`): the monthly API and self-hosted costs (month 0, the steady state), the
  /// horizon savings and the break-even volume; `nil` when some month needs more than
  /// `maximumGPUs` GPUs. The horizon has at least one month.
  @inline(__always)
  func autoscaledOutcome(_ s: Scenario) -> SampleOutcome? {
    let months = s.horizonMonths
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: max(2 * months, 1)) { buffer in
      let demand = UnsafeMutableBufferPointer(rebasing: buffer[0..<months])
      let replicas = UnsafeMutableBufferPointer(rebasing: buffer[months..<2 * months])
      guard autoscaledReplicas(s, demand: demand, into: replicas) else { return nil }
      return autoscaledOutcome(s, replicaHours: UnsafeBufferPointer(replicas))
    }
  }

  /// The autoscaled fleet of every month, `Σ_h R_h` (replicas summed over the hours of a day), as
  /// `Scenario.capacity(busyReplicas:)` sizes it hour by hour; `false` when some hour of some
  /// month needs more than `maximumGPUs` GPUs.
  ///
  /// Hours of the same level need the same fleet, and whole replica counts add exactly in any
  /// order, so each level is sized once a month and counted for its hours. Only the busiest
  /// level is checked against the limit and for a non-finite demand: every other level's
  /// demand is at most its demand, month by month (the products and the quotient are monotone
  /// in the weight), so those are whole counts within the limit, sized in a loop without
  /// branches. `demand` is scratch space for the months' busy replicas.
  @inline(__always)
  func autoscaledReplicas(
    _ s: Scenario, demand: UnsafeMutableBufferPointer<Double>, into replicas: UnsafeMutableBufferPointer<Double>
  ) -> Bool {
    let z1 = s.busyReplicas(volumeFactor: 1)
    let u = s.selfHosted.utilization
    let r0 = minReplicasD
    let spare = spareReplicasD
    let limit = replicaLimitD
    let growth = 1 + s.workload.monthlyGrowth
    // z_m = z_1·v_m with v carried by multiplication, as the month loop carries it.
    var v = 1.0
    let top = shapeLevels[topLevel]
    let topHours = shapeLevelHours[topLevel]
    for m in 0..<demand.count {
      if m > 0 { v *= growth }
      let z = z1 * v
      demand[m] = z
      guard let needed = wholeCeilWithTolerance(z * 24 * top / u, limit: limit) else { return false }
      let r = max(r0, needed) + spare
      guard r <= limit else { return false }
      replicas[m] = r * topHours
    }
    // Two months at a time in SIMD lanes (each lane does the scalar operations, so the same bits).
    let pairs = demand.count / 2
    for level in 0..<shapeLevels.count where level != topLevel {
      let w = shapeLevels[level]
      let hours = shapeLevelHours[level]
      for pair in 0..<pairs {
        let z = SIMD2(demand[2 * pair], demand[2 * pair + 1])
        let r = Self.levelReplicas(z, weight: w, utilization: u, minimum: r0, spare: spare)
        replicas[2 * pair] += r[0] * hours
        replicas[2 * pair + 1] += r[1] * hours
      }
      if demand.count % 2 == 1 {
        let m = demand.count - 1
        let r = Self.levelReplicas(SIMD2(repeating: demand[m]), weight: w, utilization: u, minimum: r0, spare: spare)
        replicas[m] += r[0] * hours
      }
    }
    return true
  }

  /// `max(r0, ceil₉(z·24·w/u)) + spare` in each lane, as `wholeCeilWithTolerance` computes the
  /// ceiling but without its checks: the caller knows `y ≤ limit ≤ 2^51` and `y` finite.
  @inline(__always)
  static func levelReplicas(
    _ z: SIMD2<Double>, weight w: Double, utilization u: Double, minimum r0: Double, spare: Double
  ) -> SIMD2<Double> {
    let y = z * 24 * w / u - 1e-9
    let t = (y + 0x1p52) - 0x1p52
    let ceiling = t.replacing(with: t + 1, where: t .< y)
    let needed = ceiling.replacing(with: 0, where: y .<= 0)
    // `max(r0, needed)` is `needed` unless `r0` is larger (both are whole and finite here).
    return needed.replacing(with: SIMD2(repeating: r0), where: needed .< r0) + spare
  }

  /// `autoscaledOutcome(_:)` given the fleet of every month (replicas summed over a day's hours).
  @inline(__always)
  func autoscaledOutcome(_ s: Scenario, replicaHours: UnsafeBufferPointer<Double>) -> SampleOutcome? {
    let c = SampleConstants(self, s)
    let k = gpusPerReplicaD
    let perMonth = daysPerMonth / 1e6
    var perInput = 0.0
    var perCached = 0.0
    var perOutput = 0.0
    var v = 1.0
    var apiPrice = 1.0
    var q = 1.0
    var apiTotal = 0.0
    var selfTotal = 0.0
    var steadyAPI = 0.0
    var steadyAPIVariable = 0.0
    var steadySelf = 0.0
    var period = -1
    for m in 0..<s.horizonMonths {
      if m > 0 {
        v *= c.growth
        apiPrice *= c.apiRatio
        q *= c.gpuRatio
      }
      let hours = k * daysPerMonth * replicaHours[m]
      // `SelfHostedCost.total` of a rented month: rent + staff + other (the other terms are 0).
      var selfCash = hours * c.rate * c.keep * q + c.staff + c.other
      if monthPeriod[m] != period {
        // A new price period: its prices as `apiPrices(period:)` gives them, computed once per
        // simulation when the sample draws nothing they depend on.
        period = monthPeriod[m]
        (perInput, perCached, perOutput) = withUnsafePointer(to: s) { c.periodTerms(self, $0, period) }
      }
      let scale = perMonth * v * c.apiKeep * apiPrice
      let apiVariable = perInput * scale + perCached * scale + perOutput * scale
      var apiCash = apiVariable + c.apiFixed
      if m == 0 {
        steadyAPI = apiCash
        steadyAPIVariable = apiVariable
        steadySelf = selfCash
        apiCash += c.apiSetup
        selfCash += c.selfSetup
      }
      apiTotal += apiCash
      selfTotal += selfCash
    }
    return SampleOutcome(
      monthlyApi: steadyAPI, monthlySelfHosted: steadySelf, horizonSavings: apiTotal - selfTotal,
      breakEvenTokensPerDay: breakEven(s, apiVariable: steadyAPIVariable))
  }

  /// `s.breakEvenTokensPerDay`, NaN when there is none. For a rented always-on fleet it builds
  /// no cost curve: `selfHostedCurve.minusLinear(apiCurve)` term by term as `selfHostedCurve`
  /// builds it, walked by the one-step search. `apiVariable` is the steady state's variable API
  /// cost when the caller has it (`Scenario.breakEvenScale` computes it again otherwise).
  @inline(__always)
  func breakEven(_ s: Scenario, apiVariable: Double? = nil) -> Double {
    guard rented && alwaysOn else {
      let scale = apiVariable.map { s.breakEvenScale(apiVariable: $0) } ?? s.breakEvenScale
      if case .at(let lambda) = scale { return lambda * s.workload.tokensPerDay }
      return .nan
    }
    let c = SampleConstants(self, s)
    return alwaysOnBreakEven(
      busyReplicas: c.z1, utilization: c.ueff, hourlyRate: c.rate, keep: c.keep, staff: c.staff, other: c.other,
      apiFixed: c.apiFixed, apiVariable: apiVariable ?? s.apiCost(volumeFactor: 1).variable,
      tokensPerDay: c.tokensPerDay)
  }

  /// `breakEven` of a rented always-on fleet from the sample's constants (`SampleConstants`) and
  /// its steady variable API cost: the lanes have both, and copying a `Scenario` out of a lane
  /// would cost more than the search.
  @inline(__always)
  func alwaysOnBreakEven(
    busyReplicas z1: Double, utilization ueff: Double, hourlyRate: Double, keep: Double, staff: Double,
    other: Double, apiFixed: Double, apiVariable: Double, tokensPerDay: Double
  ) -> Double {
    let perHour = hourlyRate * keep
    let k = gpusPerReplicaD
    let outcome = CostCurve.lastPositiveOneStep(
      fixed: staff + other + spareReplicasD * k * hoursPerMonth * perHour - apiFixed, slope: 0 - apiVariable,
      rate: z1 / ueff, weight: k * hoursPerMonth * perHour, minimum: minReplicas, replicaLimit: replicaLimit)
    if case .at(let lambda) = outcome { return lambda * tokensPerDay }
    return .nan
  }

  /// `s.sampleOutcome()`: the rented fleet's kernel, or the bought fleet's projection with the
  /// simulation's price calendar.
  @inline(__always)
  func outcome(_ s: Scenario) -> SampleOutcome? {
    guard s.horizonMonths == horizonMonths, horizonMonths >= 1 else { return s.sampleOutcome() }
    guard rented else { return boughtOutcome(s) }
    guard alwaysOn else { return autoscaledOutcome(s) }
    return withUnsafeTemporaryAllocation(of: Scenario.self, capacity: SampleLanes.scalarCount) { lanes in
      lanes.initialize(repeating: s)
      defer { lanes.deinitialize() }
      return alwaysOnOutcomes(UnsafeBufferPointer(lanes)).outcome(0)
    }
  }

  /// `s.sampleOutcome()` of bought GPUs: the reference projection (cohorts, replacements, book
  /// value), given the price calendar and its prices instead of deriving them per sample, and
  /// the steady API cost taken from its first month instead of computed again (twice).
  func boughtOutcome(_ s: Scenario) -> SampleOutcome? {
    guard horizonMonths >= 1 else { return s.sampleOutcome() }
    guard let own = s.steadySelfHostedCost() else { return nil }
    let prices =
      s.apiPriceKey.isIdentical(to: baseKey) ? basePrices : pricePeriods.map { s.apiPrices(period: $0) }
    var steadyAPI = APICost(input: 0, cachedInput: 0, output: 0, fixed: 0)
    guard
      let totals = try? s.projectHorizon(
        prices: HorizonPrices(monthPeriod: monthPeriod, prices: prices),
        { row in if row.month == 0 { steadyAPI = row.api } })
    else { return nil }
    return SampleOutcome(
      monthlyApi: steadyAPI.total, monthlySelfHosted: own.total, horizonSavings: totals.savings,
      breakEvenTokensPerDay: breakEven(s, apiVariable: steadyAPI.variable))
  }

}

/// `ceilWithTolerance` as a whole `Double`, without the C library's `ceil` (the baseline
/// x86-64 target has no rounding instruction) and without converting to `Int`: the same value
/// for every `x` when `limit` is a whole number of at most 2^51.
///
/// Proof: with `y = x − 1e-9`, `ceil(y) ≤ 0 ⇔ y ≤ 0`, and for a whole `limit`,
/// `ceil(y) ≤ limit ⇔ y ≤ limit`. Otherwise `0 < y ≤ limit ≤ 2^51`: `y + 2^52` lies in
/// `[2^52, 2^53)`, where doubles are one apart, so it rounds (to nearest) to `2^52 + t` with `t`
/// the whole number nearest `y`, `|t − y| ≤ 1/2`, and subtracting `2^52` is exact. Then
/// `ceil(y)` is `t` when `t ≥ y` and `t + 1` when `t < y`.
@inline(__always) func wholeCeilWithTolerance(_ x: Double, limit: Double) -> Double? {
  guard x.isFinite else { return nil }
  let y = x - 1e-9
  if y <= 0 { return 0 }
  guard y <= limit else { return nil }
  let t = (y + 0x1p52) - 0x1p52
  return t < y ? t + 1 : t
}

/// One sample's constants for the rented kernels (`autoscaledOutcome`, `alwaysOnOutcomes`), each
/// computed as the reference computes it.
struct SampleConstants {
  let z1, ueff, rate, keep, staff, other, selfSetup, apiSetup, growth, apiRatio, gpuRatio: Double
  let apiKeep, apiFixed, tokensPerDay, inputTokens, cachedShare, outputTokens: Double
  /// Whether the sample's API prices are the base scenario's (`SampleKernel.basePrices`).
  let samePrices: Bool

  /// Whether the terms `PlainTerms` leaves out are the identity for this sample: no reserved or
  /// API discount, no GPU price trend, no other monthly cost and no API fixed fee. The staff cost
  /// must not be −0: then the rent plus staff is never −0, the one value `+ 0` would change.
  var hasOnlyPlainTerms: Bool {
    keep == 1 && gpuRatio == 1 && other == 0 && apiKeep == 1 && apiFixed == 0 && staff.sign == .plus
  }

  /// The constants of `s.pointee` (a pointer: passing a scenario held in memory by value copied
  /// it, even inlined).
  @inline(__always)
  init(_ kernel: SampleKernel, _ s: UnsafePointer<Scenario>) {
    self.init(kernel, s, ratios: Self.monthlyRatios(s))
  }

  /// The monthly API and GPU price ratios of `s.pointee`: `(1 + annual change)^(1/12)`. Apart so
  /// that a batch can compute every sample's first: each `pow` is a long chain of dependent
  /// operations, and back to back the processor overlaps them.
  @inline(__always)
  static func monthlyRatios(_ s: UnsafePointer<Scenario>) -> (api: Double, gpu: Double) {
    // pow(1, y) is exactly 1 (IEEE 754): no library call for a trend of zero.
    let apiTrend = 1 + s.pointee.api.annualPriceChange
    let gpuTrend = 1 + s.pointee.selfHosted.annualPriceChange
    return (apiTrend == 1 ? 1 : power(apiTrend, 1.0 / 12), gpuTrend == 1 ? 1 : power(gpuTrend, 1.0 / 12))
  }

  /// The constants of `s.pointee` given its `monthlyRatios`.
  @inline(__always)
  init(_ kernel: SampleKernel, _ s: UnsafePointer<Scenario>, ratios: (api: Double, gpu: Double)) {
    z1 = s.pointee.busyReplicas(volumeFactor: 1)
    let u = s.pointee.selfHosted.utilization
    // `Scenario.effectiveUtilization` of an always-on fleet, the busiest-hour factor computed once.
    ueff = min(u, max(u, s.pointee.selfHosted.maxLoad) / kernel.peakFactor)
    rate = s.pointee.selfHosted.gpuHourlyRate ?? 0
    keep = 1 - s.pointee.selfHosted.reservedDiscount
    staff = s.pointee.selfHosted.staffFTE * s.pointee.selfHosted.staffCostPerYear / 12
    other = s.pointee.selfHosted.otherMonthly
    selfSetup = s.pointee.selfHosted.setupCost
    apiSetup = s.pointee.api.setupCost
    growth = 1 + s.pointee.workload.monthlyGrowth
    (apiRatio, gpuRatio) = ratios
    apiKeep = 1 - s.pointee.api.discount
    apiFixed = s.pointee.api.fixedMonthly
    tokensPerDay = s.pointee.workload.tokensPerDay
    samePrices = s.pointee.apiPriceKey.isIdentical(to: kernel.baseKey)
    inputTokens = s.pointee.workload.inputTokensPerDay
    cachedShare = s.pointee.workload.cachedInputShare
    outputTokens = s.pointee.workload.outputTokensPerDay
  }

  /// The constants of `s`.
  @inline(__always)
  init(_ kernel: SampleKernel, _ s: Scenario) {
    self = withUnsafePointer(to: s) { SampleConstants(kernel, $0) }
  }

  /// Price period `p`'s daily cost of each kind of token before scaling, as
  /// `Scenario.apiCost(prices:volumeFactor:priceFactor:)` associates it:
  /// kind = ((tokens · share) · price) · scale, scale = ((D/1e6 · v) · (1 − n)) · p. The prices
  /// are computed once per simulation when the sample draws nothing they depend on.
  @inline(__always)
  func periodTerms(_ kernel: SampleKernel, _ s: UnsafePointer<Scenario>, _ p: Int)
    -> (input: Double, cached: Double, output: Double)
  {
    let e = samePrices ? kernel.basePrices[p] : s.pointee.apiPrices(period: kernel.pricePeriods[p])
    return (
      inputTokens * (1 - cachedShare) * e.input, inputTokens * cachedShare * e.cachedInput, outputTokens * e.output
    )
  }
}
