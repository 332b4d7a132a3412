/// Two samples at a time: the simulation's kernel for a rented, always-on fleet, with the
/// samples in the lanes of SIMD vectors.
///
/// Each lane does exactly the scalar operations of the reference model (`Scenario.capacity`,
/// `apiCost`, `horizonTotals`) in the same order, as `autoscaledOutcome` does for its fleets
/// (IEEE 754 operations give the same bits in a lane as in a scalar register), so a
/// sample's outcome does not depend on its lane or on the other samples: `FastPathTests` checks
/// the lanes against the reference model bit for bit. The months of a sample depend on each other
/// (growth and price trends are carried by multiplication, the totals are summed in month
/// order), so the parallelism is across samples; it needs no target-CPU flag (SSE2 on baseline
/// x86-64 does two lanes an instruction, NEON on Apple silicon the same). Four lanes were no
/// faster: without AVX they take two registers each, and the loop spilled to memory.
typealias SampleLanes = SIMD2<Double>

/// The outcomes of the samples in the lanes; a lane's figures mean nothing when it is not valid.
struct LaneOutcomes {
  var monthlyApi: SampleLanes
  var monthlySelfHosted: SampleLanes
  var horizonSavings: SampleLanes
  var breakEvenTokensPerDay: SampleLanes
  /// Lanes whose demand needed more than `maximumGPUs` GPUs in some month.
  var invalid: SIMDMask<SampleLanes.MaskStorage>

  func outcome(_ lane: Int) -> SampleOutcome? {
    guard !invalid[lane] else { return nil }
    return SampleOutcome(
      monthlyApi: monthlyApi[lane], monthlySelfHosted: monthlySelfHosted[lane],
      horizonSavings: horizonSavings[lane], breakEvenTokensPerDay: breakEvenTokensPerDay[lane])
  }
}

extension SampleKernel {
  /// Whether `alwaysOnOutcomes` applies: rented GPUs, always on, at least one month.
  var usesLanes: Bool { rented && alwaysOn && horizonMonths >= 1 }

  /// The outcomes of the scenarios `lanes[0..<2]` (as `SampleKernel.outcome` defines them), which
  /// must have this kernel's horizon (`usesLanes`).
  func alwaysOnOutcomes(_ lanes: UnsafeBufferPointer<Scenario>) -> LaneOutcomes {
    let scratch = UnsafeMutablePointer<SampleLanes>.allocate(capacity: laneScratchCount)
    defer { scratch.deallocate() }
    let constants = [SampleConstants(self, lanes.baseAddress!), SampleConstants(self, lanes.baseAddress! + 1)]
    return constants.withUnsafeBufferPointer {
      alwaysOnOutcomes(lanes.baseAddress!, constants: $0.baseAddress!, scratch: scratch)
    }
  }

  /// The scratch space `alwaysOnOutcomes(_:constants:scratch:)` needs, in vectors: three per
  /// price period and two per month.
  var laneScratchCount: Int { 3 * pricePeriods.count + 2 * horizonMonths }

  /// `alwaysOnOutcomes(_:)` of the scenarios `lanes[0]` and `lanes[1]` given their constants
  /// (`SampleConstants(self, lanes + j)` in `constants[j]`), in the caller's scratch space of
  /// `laneScratchCount` vectors. A simulation's worker computes the constants of many samples
  /// before their lanes, so the library calls in them (`pow`) overlap instead of stalling each
  /// pair's months, and allocates the scratch space once.
  @inline(__always)
  func alwaysOnOutcomes(
    _ lanes: UnsafePointer<Scenario>, constants: UnsafePointer<SampleConstants>,
    scratch: UnsafeMutablePointer<SampleLanes>
  ) -> LaneOutcomes {
    let months = scratch + 3 * pricePeriods.count
    if spareReplicasD == 0 && constants[0].hasOnlyPlainTerms && constants[1].hasOnlyPlainTerms {
      return alwaysOnOutcomes(lanes, constants, terms: scratch, months: months, PlainTerms.self)
    }
    return alwaysOnOutcomes(lanes, constants, terms: scratch, months: months, AllTerms.self)
  }

  /// `alwaysOnOutcomes(_:constants:scratch:)` with scratch space for three terms per price period
  /// and two figures per month.
  /// `Terms` says whether the passes compute the terms that are the identity by default (see
  /// `PlainTerms`); each choice is its own specialised copy of the passes.
  @inline(__always)
  private func alwaysOnOutcomes<Terms: MonthTerms>(
    _ lanes: UnsafePointer<Scenario>, _ constants: UnsafePointer<SampleConstants>,
    terms: UnsafeMutablePointer<SampleLanes>, months scratch: UnsafeMutablePointer<SampleLanes>, _: Terms.Type
  ) -> LaneOutcomes {
    // One lane for each sample's constants.
    // A vector is built from the two samples' scalars in registers: setting its lanes one at a
    // time in memory and loading it whole stalled the processor on every constant.
    let a = constants.pointee
    let b = constants[1]
    let z1 = SampleLanes(a.z1, b.z1)
    let ueff = SampleLanes(a.ueff, b.ueff)
    let rate = SampleLanes(a.rate, b.rate)
    let keep = SampleLanes(a.keep, b.keep)
    let staff = SampleLanes(a.staff, b.staff)
    let other = SampleLanes(a.other, b.other)
    let selfSetup = SampleLanes(a.selfSetup, b.selfSetup)
    let apiSetup = SampleLanes(a.apiSetup, b.apiSetup)
    let growth = SampleLanes(a.growth, b.growth)
    let apiRatio = SampleLanes(a.apiRatio, b.apiRatio)
    let gpuRatio = SampleLanes(a.gpuRatio, b.gpuRatio)
    let apiKeep = SampleLanes(a.apiKeep, b.apiKeep)
    let apiFixed = SampleLanes(a.apiFixed, b.apiFixed)
    // Each price period's per-kind daily terms.
    var noCachedTerm = true
    for p in 0..<pricePeriods.count {
      let x = a.periodTerms(self, lanes, p)
      let y = b.periodTerms(self, lanes + 1, p)
      terms[3 * p] = SampleLanes(x.input, y.input)
      terms[3 * p + 1] = SampleLanes(x.cached, y.cached)
      terms[3 * p + 2] = SampleLanes(x.output, y.output)
      noCachedTerm = noCachedTerm && x.cached == 0 && y.cached == 0
    }
    let k = SampleLanes(repeating: gpusPerReplicaD)
    let r0 = SampleLanes(repeating: minReplicasD)
    let spare = SampleLanes(repeating: spareReplicasD)
    let limit = SampleLanes(repeating: replicaLimitD)
    let perMonth = SampleLanes(repeating: daysPerMonth / 1e6)
    // The months in two passes rather than one: a month's capacity is a long chain of
    // dependent operations (a division, the ceiling, the products of the cost), and only the
    // growth and price factors and the totals carry from month to month. Short loops let the
    // processor overlap many months' chains; one long loop body left it waiting on each.
    let n = horizonMonths
    let volume = scratch
    let gpuFactor = scratch + n
    // 1. The growth and price factors of each month, carried by multiplication from 1 in month
    // 0, and the API cash of each month and its total, a run of months with the same price
    // period at a time (its three terms stay in registers).
    var v = SampleLanes(repeating: 1)
    var apiPrice = SampleLanes(repeating: 1)
    var q = SampleLanes(repeating: 1)
    var steadyAPIVariable = SampleLanes()
    var apiTotal = SampleLanes()
    // `cached: false` leaves out the cached-input term, which is the identity when that term's
    // daily cost is 0 in every period (no cached input, the default): `0 · scale` is ±0 for a
    // finite scale, and adding ±0 to `t0 · scale`, which is not −0 (+0 · x is −0 only for
    // x < 0, and a lane with a scale below 0 keeps −0 either way), gives back its bits. A scale
    // that is not finite makes a term ∞ or NaN, and so the total, with or without the term: a
    // total that is not finite is computed again with the term.
    @inline(__always) func apiPass(cached: Bool) {
      v = SampleLanes(repeating: 1)
      apiPrice = SampleLanes(repeating: 1)
      q = SampleLanes(repeating: 1)
      @inline(__always) func month(_ m: Int, _ t0: SampleLanes, _ t1: SampleLanes, _ t2: SampleLanes) -> SampleLanes {
        volume[m] = v
        if Terms.all { gpuFactor[m] = q }
        let scale = Terms.all ? perMonth * v * apiKeep * apiPrice : perMonth * v * apiPrice
        let variable = cached ? t0 * scale + t1 * scale + t2 * scale : t0 * scale + t2 * scale
        // The next month's factors (after the last month, unused).
        v *= growth
        apiPrice *= apiRatio
        if Terms.all { q *= gpuRatio }
        return variable
      }
      // Month 0 before the loop: it sets the steady state and pays the set-up cost, and a test
      // for it in every month cost two instructions a month.
      let first = terms + periodRuns[0].termOffset
      steadyAPIVariable = month(0, first[0], first[1], first[2])
      apiTotal = SampleLanes() + (steadyAPIVariable + apiFixed + apiSetup)
      for run in periodRuns {
        let t = terms + run.termOffset
        let (t0, t1, t2) = (t[0], t[1], t[2])
        for m in max(run.months.lowerBound, 1)..<max(run.months.upperBound, 1) {
          let variable = month(m, t0, t1, t2)
          apiTotal += Terms.all ? variable + apiFixed : variable
        }
      }
    }
    if noCachedTerm {
      apiPass(cached: false)
      if !all((apiTotal - apiTotal) .== 0) { apiPass(cached: true) }
    } else {
      apiPass(cached: true)
    }
    // 2. The self-hosted cash of each month and its total, and which lanes are valid.
    let (selfTotal, steadySelf, worst, probe) = Self.selfPass(
      SelfPassLanes(
        z1: z1, ueff: ueff, growth: growth, rate: rate, keep: keep, staff: staff, other: other, selfSetup: selfSetup,
        k: k, r0: r0, spare: spare),
      volume: volume, gpuFactor: gpuFactor, months: n, Terms.self)
    // A lane is not valid when some quotient was not finite (`x − x` is NaN exactly then, and a
    // NaN stays in the sum) or when the largest `y`, or the fleet it needs, is beyond the limit
    // (the fleet grows with `y`: every step is monotone). A valid lane's months are all within
    // the limit, where the ceiling is exact.
    let invalid =
      .!(probe .== 0) .| (worst .> limit)
      .| (Self.fleet(Self.ceiling(worst), r0: r0, spare: spare, Terms.self) .> limit)
    let steadyAPI = steadyAPIVariable + apiFixed
    // Each lane's break-even as a scalar, the vector built from both at the end: setting a lane
    // in memory and loading the vector whole stalled the processor on every pair.
    let breakEvenA =
      invalid[0]
      ? Double.nan
      : alwaysOnBreakEven(
        busyReplicas: a.z1, utilization: a.ueff, hourlyRate: a.rate, keep: a.keep, staff: a.staff, other: a.other,
        apiFixed: a.apiFixed, apiVariable: steadyAPIVariable[0], tokensPerDay: a.tokensPerDay)
    let breakEvenB =
      invalid[1]
      ? Double.nan
      : alwaysOnBreakEven(
        busyReplicas: b.z1, utilization: b.ueff, hourlyRate: b.rate, keep: b.keep, staff: b.staff, other: b.other,
        apiFixed: b.apiFixed, apiVariable: steadyAPIVariable[1], tokensPerDay: b.tokensPerDay)
    return LaneOutcomes(
      monthlyApi: steadyAPI, monthlySelfHosted: steadySelf, horizonSavings: apiTotal - selfTotal,
      breakEvenTokensPerDay: SampleLanes(breakEvenA, breakEvenB), invalid: invalid)
  }

  /// The lane constants of `selfPass`.
  struct SelfPassLanes {
    let z1, ueff, growth, rate, keep, staff, other, selfSetup, k, r0, spare: SampleLanes
  }

  /// The self-hosted cash of the months `0..<n` of two samples: its total (month 0's set-up
  /// included), month 0's cash, the largest `y` and the finiteness probe (`x − x` summed or of
  /// the last month: NaN when some quotient was not finite), given each month's growth
  /// factor (`volume`) and GPU price factor (`gpuFactor`, read only when `Terms.all`). Not
  /// inlined into `alwaysOnOutcomes`, where the loop kept its total in memory for want of
  /// registers.
  @inline(never)
  static func selfPass<Terms: MonthTerms>(
    _ c: SelfPassLanes, volume: UnsafeMutablePointer<SampleLanes>, gpuFactor: UnsafeMutablePointer<SampleLanes>,
    months n: Int, _: Terms.Type
  ) -> (total: SampleLanes, steady: SampleLanes, worst: SampleLanes, probe: SampleLanes) {
    // The set-up cost is paid in month 0. The quotients and the limit are checked by the caller,
    // from the largest `y` and the finiteness probe.
    let (z1, ueff, growth, rate, keep, staff, other, selfSetup, k, r0, spare) = (
      c.z1, c.ueff, c.growth, c.rate, c.keep, c.staff, c.other, c.selfSetup, c.k, c.r0, c.spare
    )
    var worst = SampleLanes(repeating: -.infinity)
    var probe = SampleLanes()
    var selfTotal = SampleLanes()
    var steadySelf = SampleLanes()
    @inline(__always) func ceiling(_ y: SampleLanes) -> SampleLanes { Self.ceiling(y) }
    @inline(__always) func fleet(_ needed: SampleLanes) -> SampleLanes {
      Self.fleet(needed, r0: r0, spare: spare, Terms.self)
    }
    @inline(__always) func replicas(_ y: SampleLanes) -> SampleLanes { fleet(ceiling(y)) }
    @inline(__always) func cash(hours: SampleLanes, _ m: Int) -> SampleLanes {
      Terms.all ? hours * rate * keep * gpuFactor[m] + staff + other : hours * rate + staff
    }
    if n > 1 && all((growth .>= 1) .& (z1 .>= 0) .& (ueff .> 0)) {
      // Demand that never falls (growth of at least 1, and z1 ≥ 0, ueff > 0 in both lanes): `x`
      // and `y` never decrease from month to month (`v` does not, and a product with z1 ≥ 0 and a
      // quotient by ueff > 0 round monotonically), so a month's ceiling is the previous month's
      // as long as `y` stays at or below it (it is above the ceiling less one already), and is
      // computed again only when `y` passes it, in a few months of the horizon. The largest `y`
      // is the last month's, and some `x` is not finite exactly when the last is (every other
      // is between 0 and it; a NaN needs z1 = 0 with v = ∞, and v then stays ∞). The sums are
      // the same additions in the same order, so the same bits.
      var x = z1 * volume[0] / ueff
      var y = x - 1e-9
      var needed = ceiling(y)
      var hours = fleet(needed) * k * hoursPerMonth
      var own = cash(hours: hours, 0)
      steadySelf = own
      selfTotal += own + selfSetup
      @inline(__always) func month(_ m: Int) {
        x = z1 * volume[m] / ueff
        y = x - 1e-9
        if any(needed .< y) {
          needed = ceiling(y)
          hours = fleet(needed) * k * hoursPerMonth
          if !Terms.all { own = cash(hours: hours, m) }
        }
        if Terms.all { own = cash(hours: hours, m) }
        selfTotal += own
      }
      // Four months at a time: when the fourth month's `y` stays at or below the ceiling, so do
      // the three before it (`y` never decreases), and the four months add the same cash without
      // the other three quotients; otherwise each month is taken on its own. (A lane whose `y`
      // is NaN is not valid, whatever its ceiling: NaN stays NaN to the last month.)
      var m = 1
      while m + 3 < n {
        let x4 = z1 * volume[m + 3] / ueff
        let y4 = x4 - 1e-9
        if any(needed .< y4) {
          for i in m..<(m + 4) { month(i) }
        } else {
          for i in m..<(m + 4) {
            if Terms.all { own = cash(hours: hours, i) }
            selfTotal += own
          }
          (x, y) = (x4, y4)
        }
        m += 4
      }
      while m < n {
        month(m)
        m += 1
      }
      worst = y
      probe = x - x
    } else {
      for m in 0..<n {
        let x = z1 * volume[m] / ueff
        let y = x - 1e-9
        worst = worst.replacing(with: y, where: worst .< y)
        probe += x - x
        let own = cash(hours: replicas(y) * k * hoursPerMonth, m)
        if m == 0 {
          steadySelf = own
          selfTotal += own + selfSetup
        } else {
          selfTotal += own
        }
      }
    }
    return (selfTotal, steadySelf, worst, probe)
  }

  /// ⌈y⌉ for 0 < y ≤ 2^51 (`wholeCeilWithTolerance`'s proof); +0 for −1/2 ≤ y ≤ 0, which
  /// `max(r0, ·)` with a whole `r0 ≥ 0` turns into `r0` exactly as it turns the scalar 0.
  @inline(__always) static func ceiling(_ y: SampleLanes) -> SampleLanes {
    let t = (y + 0x1p52) - 0x1p52
    return t + SampleLanes(repeating: 1).replacing(with: SampleLanes(), where: .!(t .< y))
  }

  /// `max(r0, needed) + spare` (the spare replicas only when `Terms.all`).
  @inline(__always) static func fleet<Terms: MonthTerms>(
    _ needed: SampleLanes, r0: SampleLanes, spare: SampleLanes, _: Terms.Type
  ) -> SampleLanes {
    let fleet = needed.replacing(with: r0, where: needed .< r0)
    return Terms.all ? fleet + spare : fleet
  }
}

/// Which terms the month passes of `alwaysOnOutcomes` compute.
protocol MonthTerms {
  /// `false`: only those that are not the identity in a pair whose every sample has plain
  /// terms (`SampleConstants.hasOnlyPlainTerms`) and whose fleet has no spare replicas.
  static var all: Bool { get }
}

/// Every term, as the reference model computes it.
enum AllTerms: MonthTerms { static var all: Bool { true } }

/// Without the terms that are the identity by default: the GPU price factor (`× 1` when the
/// GPU price has no trend), the reserved discount (`× 1`), the spare replicas and other monthly
/// costs (`+ 0`), the API discount (`× 1`) and its fixed monthly fee (`+ 0`). Multiplying by 1
/// and adding +0 to a value that is not −0 give back the value itself, bit for bit (IEEE 754).
/// Every value they apply to is a count, a cost or a price, at least 0, and none is −0 when the
/// staff cost is not (`hasOnlyPlainTerms` checks it): leaving them out changes no result.
/// `FastPathTests` compares both variants with the reference model, −0 included.
enum PlainTerms: MonthTerms { static var all: Bool { false } }
