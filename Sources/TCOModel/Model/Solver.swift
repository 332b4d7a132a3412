/// An input the break-even solver can solve for.
public enum SolveVariable: String, CaseIterable, Sendable {
  case tokensPerDay = "tokens-per-day"
  case requestsPerMonth = "requests-per-month"
  case utilization
  case gpuHourlyRate = "gpu-hourly-rate"
  case gpuPurchasePrice = "gpu-purchase-price"
  case apiPriceScale = "api-price-scale"
  case apiDiscount = "api-discount"
  case staffFTE = "staff-fte"
  case staffCost = "staff-cost"
  case cachedInputShare = "cached-input-share"
  case electricityPrice = "electricity-price"
  case monthlyGrowth = "monthly-growth"
}

extension SolveVariable {
  /// The variable's value in `s`, for the variables that are one input of the scenario (volume and
  /// the API price scale are not: they move several inputs together).
  func read(_ s: Scenario) -> Double? {
    let h = s.selfHosted
    switch self {
    case .tokensPerDay, .requestsPerMonth, .apiPriceScale: return nil
    case .utilization: return h.utilization
    case .gpuHourlyRate: return h.gpuHourlyRate
    case .gpuPurchasePrice: return h.gpuPurchasePrice
    case .apiDiscount: return s.api.discount
    case .staffFTE: return h.staffFTE
    case .staffCost: return h.staffCostPerYear
    case .cachedInputShare: return s.workload.cachedInputShare
    case .electricityPrice: return h.electricityPerKWh
    case .monthlyGrowth: return s.workload.monthlyGrowth
    }
  }

  /// Writes `x` into `s`, for the variables that are one input of the scenario.
  func write(_ x: Double, in s: inout Scenario) {
    switch self {
    case .tokensPerDay, .requestsPerMonth, .apiPriceScale: break
    case .utilization: s.selfHosted.utilization = x
    case .gpuHourlyRate: s.selfHosted.gpuHourlyRate = x
    case .gpuPurchasePrice: s.selfHosted.gpuPurchasePrice = x
    case .apiDiscount: s.api.discount = x
    case .staffFTE: s.selfHosted.staffFTE = x
    case .staffCost: s.selfHosted.staffCostPerYear = x
    case .cachedInputShare: s.workload.cachedInputShare = x
    case .electricityPrice: s.selfHosted.electricityPerKWh = x
    case .monthlyGrowth: s.workload.monthlyGrowth = x
    }
  }
}

/// Which costs the solver compares.
public enum SolveBasis: String, CaseIterable, Sendable {
  /// Steady-state (month 0) monthly costs without setup costs.
  case monthly
  /// Horizon totals: setup, purchases, growth and price trends included.
  case horizon
}

/// A boundary of the set of values where self-hosting is cheaper.
public struct Threshold: Sendable, Equatable {
  public enum Side: String, Sendable { case above, below }
  public var value: Double
  /// Self-hosting is cheaper just above (or just below) the value.
  public var selfHostedCheaper: Side
}

/// The answer of the solver.
public struct SolveResult: Sendable, Equatable {
  public var variable: SolveVariable
  public var basis: SolveBasis
  public var current: Double
  public var range: ClosedRange<Double>
  public var thresholds: [Threshold]
  /// Savings (API − self-hosted) at the ends of the range, `nil` where the demand is too large:
  /// with no threshold they say which route stays cheaper and by how much at best.
  public var savingsAtLow: Double?
  public var savingsAtHigh: Double?
  /// The horizon the totals cover (horizon basis).
  public var horizonMonths: Int
  /// Costs of both routes at the first threshold (monthly or horizon totals).
  public var atThreshold: (api: Double, selfHosted: Double)?
  /// Whether the solution came from enumerating replica steps (exact) or a fine scan with
  /// bisection (the nonlinear growth variable).
  public var exact: Bool

  public static func == (a: SolveResult, b: SolveResult) -> Bool {
    a.variable == b.variable && a.basis == b.basis && a.current == b.current && a.range == b.range
      && a.thresholds == b.thresholds && a.savingsAtLow == b.savingsAtLow && a.savingsAtHigh == b.savingsAtHigh
      && a.horizonMonths == b.horizonMonths && a.exact == b.exact
      && a.atThreshold?.api == b.atThreshold?.api && a.atThreshold?.selfHosted == b.atThreshold?.selfHosted
  }
}

/// Why a variable does not enter this profile's costs.
public enum Inapplicability: Sendable, Equatable {
  /// The GPU hourly rate, when GPUs are bought.
  case rentWhenBuying
  /// The purchase price, when GPUs are rented.
  case purchaseWhenRenting
  /// The electricity price, when GPUs are rented (rent includes power).
  case electricityWhenRenting
  /// Requests per month, when the volume is not stated in requests.
  case requestsWithoutRequests
  /// Growth, on the monthly basis.
  case growthOnMonthlyBasis
}

/// Why the solver cannot answer.
public enum SolveError: Error, Sendable, Equatable {
  /// The variable does not apply to this profile (for example rent when GPUs are bought).
  case notApplicable(Inapplicability)
  /// Too many replica steps lie in the range to enumerate them.
  case tooManySteps(count: Int, range: ClosedRange<Double>)
  /// The profile's demand needs more than `maximumGPUs` GPUs within the horizon.
  case demandTooLarge
  /// No value of the variable keeps the demand within `maximumGPUs` GPUs.
  case noValidValue
  /// The requested range lies outside the valid range.
  case outsideValidRange(requested: ClosedRange<Double>, valid: ClosedRange<Double>)
}

extension Scenario {
  /// The current value of `variable`.
  public func currentValue(of variable: SolveVariable) -> Double {
    switch variable {
    case .tokensPerDay: return workload.tokensPerDay
    case .requestsPerMonth: return (workload.volume.requestsPerDay ?? 0) * daysPerMonth
    case .apiPriceScale: return 1
    default: return variable.read(self) ?? 0
    }
  }

  /// The scenario with `variable` set to `x`.
  public func setting(_ variable: SolveVariable, to x: Double) -> Scenario {
    var s = self
    switch variable {
    case .tokensPerDay, .requestsPerMonth:
      // Volume scales at a fixed mix, whatever form the profile states it in.
      let lambda = x / currentValue(of: variable)
      s.workload.volume = .inputOutput(
        inputTokensPerDay: workload.inputTokensPerDay * lambda, outputTokensPerDay: workload.outputTokensPerDay * lambda
      )
    case .apiPriceScale:
      s.api.inputPerMTok *= x
      s.api.cachedInputPerMTok *= x
      s.api.outputPerMTok *= x
    default:
      variable.write(x, in: &s)
    }
    return s
  }

  /// Costs of both routes on a basis: steady-state monthly (no setup) or horizon totals.
  /// `nil` when the demand needs more than `maximumGPUs` GPUs.
  public func costs(basis: SolveBasis) -> (api: Double, selfHosted: Double)? {
    switch basis {
    case .monthly:
      guard let own = steadySelfHostedCost() else { return nil }
      return (apiCost(volumeFactor: 1).total, own.total)
    case .horizon:
      // The totals alone: the monthly rows are not needed (and would be built for every point).
      guard let h = try? horizonTotals() else { return nil }
      return (h.apiTotal, h.selfHostedTotal)
    }
  }

  /// The months whose capacity the basis looks at, with their volume factors.
  func volumeFactors(basis: SolveBasis) -> [Double] {
    basis == .monthly ? [1] : (0..<horizonMonths).map { power(1 + workload.monthlyGrowth, Double($0)) }
  }

  /// Replica demand per unit of λ of every ceil term the basis evaluates (months × hours).
  func ceilRates(basis: SolveBasis) -> [Double] {
    let z1 = busyReplicas(volumeFactor: 1)
    let alwaysOn = selfHosted.provisioning == .alwaysOn
    let hours: [Double] = alwaysOn ? [1] : workload.normalizedShape.filter { $0 > 0 }.map { 24 * $0 }
    let u = effectiveUtilization
    var rates: [Double] = []
    for v in volumeFactors(basis: basis) { for w in hours { rates.append(z1 * v * w / u) } }
    return rates
  }

  /// The valid range of `variable` for this scenario (volume and utilization limited by the
  /// largest fleet the model sizes).
  public func solveRange(_ variable: SolveVariable, basis: SolveBasis) -> ClosedRange<Double>? {
    let replicaLimit = Double(maximumGPUs / max(selfHosted.gpusPerReplica, 1))
    let peakRate = ceilRates(basis: basis).max() ?? 1
    switch variable {
    case .tokensPerDay, .requestsPerMonth:
      let gpuLimit = replicaLimit / peakRate
      // Past `volumeBound` no crossing is possible; search at least to twice today's volume.
      return 0...(currentValue(of: variable) * min(gpuLimit, max(2, volumeBound(basis: basis) * 1.01)))
    case .utilization:
      // Beyond `replicaBound` replicas self-hosting is dearer than the API in every month.
      let replicas = min(replicaLimit, replicaBound(basis: basis))
      // U ≥ U_eff ≥ the busiest demand per replica the fleet may hold.
      let lower = max(1e-9, peakRate * effectiveUtilization / replicas)
      return lower < 1 ? lower...1 : nil
    case .apiDiscount: return 0...(1 - 1e-12)
    case .cachedInputShare: return 0...1
    case .monthlyGrowth:
      let months = Double(max(horizonMonths - 1, 1))
      let growthLimit = power(replicaLimit / max(ceilRates(basis: .monthly).max() ?? 1, 1e-300), 1 / months) - 1
      return -0.99...min(10, max(-0.99, growthLimit))
    default: return 0...largestMagnitude
    }
  }

  /// Each month of the basis as a steady-state scenario (volume and prices of that month).
  func basisMonths(_ basis: SolveBasis) -> [Scenario] {
    basis == .monthly ? [self] : (0..<horizonMonths).map { atMonth($0) }
  }

  /// A volume scale beyond which no month's cheaper route can change any more, from the cost
  /// curves' bounds: `max(r_0, ceil(x)) ≥ x − 1` and `≤ max(r_0, 1) + x`.
  func volumeBound(basis: SolveBasis) -> Double {
    var bound = 1.0
    for month in basisMonths(basis) {
      let d = month.selfHostedCurve.minusLinear(month.apiCurve)
      let weights = d.steps.reduce(0) { $0 + $1.weight }
      let m = d.marginal
      if m < 0 { bound = max(bound, (d.fixed + weights * Double(max(d.minimum, 1))) / -m) }
      if m > 0 { bound = max(bound, (weights - d.fixed) / m) }
    }
    return bound.isFinite ? bound : Double(maximumGPUs)
  }

  /// A replica count above which self-hosting is dearer than the API in every month.
  func replicaBound(basis: SolveBasis) -> Double {
    var bound = 1.0
    for month in basisMonths(basis) {
      let curve = month.selfHostedCurve
      let perReplica = curve.steps.reduce(0) { $0 + $1.weight } / Double(max(curve.steps.count, 1))
      guard perReplica > 0 else { return Double(maximumGPUs) }
      let api = month.apiCurve.value(at: 1) ?? 0
      bound = max(bound, (api - curve.fixed) / perReplica + 2)
    }
    return bound.isFinite ? bound : Double(maximumGPUs)
  }

  /// Values of `variable` in `range` where a replica count of the basis changes.
  func breakpoints(_ variable: SolveVariable, basis: SolveBasis, range: ClosedRange<Double>, cap: Int)
    throws(SolveError) -> [Double]
  {
    var points: [Double] = []
    let r0 = max(selfHosted.minReplicas, 0)
    func add(_ x: Double) throws(SolveError) {
      if x > range.lowerBound && x < range.upperBound { points.append(x) }
      if points.count > cap { throw .tooManySteps(count: points.count, range: range) }
    }
    switch variable {
    case .tokensPerDay, .requestsPerMonth:
      let current = currentValue(of: variable)
      for rate in ceilRates(basis: basis) {
        var j = max(r0, 1)
        while true {
          let x = (Double(j) + 1e-9) / rate * current
          if x >= range.upperBound { break }
          try add(x)
          j += 1
        }
      }
    case .utilization:
      // ceil(c / U_eff(U)) changes where U_eff(U) = c / j; c is the demand of a step term. Autoscaled
      // and flat days have U_eff = U. Always-on under a peak p > 1: U_eff = U up to maxLoad / p, then
      // the constant maxLoad / p up to maxLoad (no step), then U / p: steps at c/j and p·c/j.
      let peak = selfHosted.provisioning == .alwaysOn ? peakFactor : 1
      let load = selfHosted.maxLoad
      for rate in ceilRates(basis: basis) {
        let c = rate * effectiveUtilization
        for (scale, valid) in [(1.0, { (x: Double) in peak == 1 || x <= load / peak }), (peak, { $0 > load })]
        where scale == 1 || peak > 1 {
          var j = max(r0, 1, Int(min(scale * c / range.upperBound, Double(maximumGPUs)).rounded(.down)))
          while true {
            let x = scale * c / (Double(j) + 1e-9)
            if x <= range.lowerBound { break }
            if valid(x) { try add(x) }
            j += 1
            if j > maximumGPUs { break }
          }
        }
      }
    case .cachedInputShare:
      // With prefix caching the demand falls linearly in c: arg(c) = a − b·c.
      guard selfHosted.prefixCaching else { break }
      var noCache = self
      noCache.workload.cachedInputShare = 0
      var allCache = self
      allCache.workload.cachedInputShare = 1
      let atZero = noCache.ceilRates(basis: basis)
      let atOne = allCache.ceilRates(basis: basis)
      for (a, one) in zip(atZero, atOne) where a > one {
        let b = a - one
        var j = max(r0, Int(min(one, Double(maximumGPUs)).rounded(.down)))
        while Double(j) < a + 1 {
          try add((a - (Double(j) + 1e-9)) / b)
          j += 1
        }
      }
    default:
      break
    }
    return Array(Set(points)).sorted()
  }

  /// Solves for the values of `variable` at which the cheaper route changes.
  ///
  /// Savings `API − Self` are piecewise linear in every variable but growth: between two replica
  /// steps (enumerated exactly) each piece is solved in closed form, and a jump across a step
  /// that changes the sign is a threshold at the step. Growth compounds, so it is scanned
  /// (4,000 points) with bisection to 1e-12 on every sign change.
  public func solve(
    _ variable: SolveVariable, basis: SolveBasis, range requested: ClosedRange<Double>? = nil, stepCap: Int = 200_000
  ) throws(SolveError) -> SolveResult {
    try solve(variable, basis: basis, range: requested, stepCap: stepCap, method: .bounded)
  }

  /// `solve(_:basis:range:stepCap:)` with the way pieces are fitted chosen: `.reference` fits
  /// every piece; `.bounded` (the default) skips runs of pieces whose sign is proven (`SavingsPieces.swift`).
  func solve(
    _ variable: SolveVariable, basis: SolveBasis, range requested: ClosedRange<Double>?, stepCap: Int,
    method: PieceMethod
  ) throws(SolveError) -> SolveResult {
    if let reason = inapplicability(variable, basis: basis) { throw .notApplicable(reason) }
    func savings(_ x: Double) -> Double? {
      guard let c = setting(variable, to: x).costs(basis: basis) else { return nil }
      return c.api - c.selfHosted
    }
    guard costs(basis: basis) != nil else { throw .demandTooLarge }
    guard var valid = solveRange(variable, basis: basis) else { throw .noValidValue }
    if basis == .horizon, variable == .tokensPerDay || variable == .requestsPerMonth {
      // Horizon cash (purchases, replacements, book value) has no closed-form bound like the
      // monthly curves: extend the range until the sign holds over 20 doublings beyond it.
      let limit =
        currentValue(of: variable) * Double(maximumGPUs / max(selfHosted.gpusPerReplica, 1))
        / (ceilRates(basis: basis).max() ?? 1)
      var end = valid.upperBound
      var extended = true
      while extended && end < limit {
        extended = false
        guard let sign = savings(end).map({ $0 > 0 }) else { break }
        var x = end
        for _ in 0..<20 {
          x *= 2
          if x > limit { break }
          guard let sx = savings(x) else { break }
          if (sx > 0) != sign {
            end = min(limit, x * 1.1)
            extended = true
            break
          }
        }
      }
      valid = valid.lowerBound...min(limit, end)
    }
    var range = valid
    if let r = requested {
      let lo = max(r.lowerBound, valid.lowerBound)
      let hi = min(r.upperBound, valid.upperBound)
      guard lo < hi else { throw .outsideValidRange(requested: r, valid: valid) }
      range = lo...hi
    }
    var thresholds: [Threshold] = []
    func record(_ x: Double, rising: Bool) {
      thresholds.append(Threshold(value: x, selfHostedCheaper: rising ? .above : .below))
    }
    var exact = true
    if variable == .monthlyGrowth {
      exact = false
      let n = 4000
      let xs = (0...n).map { range.lowerBound + (range.upperBound - range.lowerBound) * Double($0) / Double(n) }
      var previous: (x: Double, s: Double)?
      for x in xs {
        guard let s = savings(x) else { break }
        if let p = previous, (p.s > 0) != (s > 0) {
          var lo = p.x
          var hi = x
          let rising = s > 0
          for _ in 0..<200 where hi - lo > 1e-12 * max(1, abs(hi)) {
            let mid = (lo + hi) / 2
            guard let sm = savings(mid) else { break }
            if (sm > 0) == rising { hi = mid } else { lo = mid }
          }
          record(hi, rising: rising)
        }
        previous = (x, s)
      }
    } else {
      let points = try breakpoints(variable, basis: basis, range: range, cap: stepCap)
      let edges = [range.lowerBound] + points + [range.upperBound]
      var pieces: [(lo: Double, hi: Double)] = []
      pieces.reserveCapacity(edges.count - 1)
      for i in 0..<(edges.count - 1) where edges[i + 1] > edges[i] { pieces.append((edges[i], edges[i + 1])) }
      let stretches =
        method == .bounded && savingsBoundable(variable, basis: basis)
        ? boundedStretches(variable, basis: basis, pieces: pieces)
        : referenceStretches(variable, basis: basis, pieces: pieces)
      var previousEnd: Double?
      for stretch in stretches {
        switch stretch {
        case .sign(let positive, let lo):
          // Every piece of the run starts and ends on this side: a threshold only where it begins.
          if let p = previousEnd, (p > 0) != positive { record(lo, rising: positive) }
          previousEnd = positive ? 1 : -1
        case .line(let a, let b, let lo, let hi):
          func at(_ x: Double) -> Double { a + b * x }
          let start = at(lo)
          if let p = previousEnd, (p > 0) != (start > 0) { record(lo, rising: start > 0) }
          let end = at(hi)
          if (start > 0) != (end > 0), b != 0 {
            let root = -a / b
            if root > lo && root < hi { record(root, rising: b > 0) }
          }
          previousEnd = end
        }
      }
    }
    let current = currentValue(of: variable)
    var result = SolveResult(
      variable: variable, basis: basis, current: current, range: range, thresholds: thresholds,
      savingsAtLow: savings(range.lowerBound), savingsAtHigh: savings(range.upperBound), horizonMonths: horizonMonths,
      atThreshold: nil, exact: exact)
    if let first = thresholds.first { result.atThreshold = setting(variable, to: first.value).costs(basis: basis) }
    return result
  }

  func interiorPoints(_ lo: Double, _ hi: Double, current: Double) -> (Double, Double) {
    // Points well inside the piece; for a huge open piece, near the current value so the fit
    // keeps its precision where thresholds usually lie.
    if hi - lo > 1e6 * max(1, abs(current)) {
      let x1 = max(lo + (hi - lo) * 1e-12, min(current, hi))
      let x2 = min(hi, x1 + max(1, abs(x1)))
      return (x1 == x2 ? lo + (hi - lo) / 3 : x1, x2)
    }
    return (lo + (hi - lo) / 3, lo + 2 * (hi - lo) / 3)
  }

  /// Why a variable does not apply, if it does not.
  func inapplicability(_ variable: SolveVariable, basis: SolveBasis) -> Inapplicability? {
    switch variable {
    case .gpuHourlyRate where selfHosted.acquisition == .buy: return .rentWhenBuying
    case .gpuPurchasePrice where selfHosted.acquisition == .rent: return .purchaseWhenRenting
    case .electricityPrice where selfHosted.acquisition == .rent: return .electricityWhenRenting
    case .requestsPerMonth where workload.volume.requestsPerDay == nil: return .requestsWithoutRequests
    case .monthlyGrowth where basis == .monthly: return .growthOnMonthlyBasis
    default: return nil
    }
  }
}
