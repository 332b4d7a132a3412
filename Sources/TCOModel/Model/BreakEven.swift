/// Where a cost difference stops being positive for good.
public enum LastPositive: Sendable, Equatable {
  /// The difference is positive somewhere at or beyond every volume: no threshold exists.
  case never
  /// The difference is ≤ 0 for every λ above this value (0 when it never was positive).
  case at(Double)
  /// The threshold lies beyond the volume `maximumGPUs` GPUs can serve.
  case beyondLimit
}

extension CostCurve {
  /// The curve minus another: `self(λ) − other(λ)`. `other` must have no steps.
  func minusLinear(_ other: CostCurve) -> CostCurve {
    var d = self
    d.fixed -= other.fixed
    d.slope -= other.slope
    return d
  }

  /// `sup { λ ≥ 0 : value(λ) > 0 }`, computed exactly from the step structure.
  ///
  /// Between two steps the curve is linear with a negative slope (once its marginal is
  /// negative), and each step adds a jump up, so the last positive point of each segment is
  /// found in closed form: the search walks the segments between a lower bound (below which
  /// the curve is surely positive) and an upper bound (above which it is surely ≤ 0).
  /// Complexity: O(terms × segments walked).
  public func lastPositive() -> LastPositive {
    stepCount == 1 ? lastPositiveOneStep() : lastPositiveGeneral()
  }

  /// `lastPositive()` of a curve with one step term (always-on capacity), in scalars: the same
  /// operations as `lastPositiveGeneral()` with one term, without copying the inline step array
  /// at each access (the simulation computes this once per sample).
  func lastPositiveOneStep() -> LastPositive {
    let first = storage[0]
    return Self.lastPositiveOneStep(
      fixed: fixed, slope: slope, rate: first.rate, weight: first.weight, minimum: minimum,
      replicaLimit: maximumGPUs / max(gpusPerReplica, 1))
  }

  /// `lastPositiveOneStep()` of the curve `fixed + slope·λ + weight·max(minimum, ceil₉(λ·rate))`,
  /// from its scalars (the simulation builds no curve) and the most replicas `maximumGPUs` allow,
  /// `maximumGPUs / max(gpusPerReplica, 1)` (the simulation's kernel holds it: a division of
  /// whole numbers per sample was on the walk's critical path).
  @inline(__always)
  static func lastPositiveOneStep(
    fixed: Double, slope: Double, rate: Double, weight: Double, minimum: Int, replicaLimit: Int
  ) -> LastPositive {
    let m = slope + weight * rate
    if !(m < 0) { return .never }
    let gap = -m
    let epsilon = 1e-9
    let weightSum = 0.0 + weight
    let floorCount = Double(max(minimum, 1))
    let lower = max(0, (fixed - weightSum) / gap)
    let upper = max(lower, (fixed + weightSum * floorCount) / gap)
    guard lower.isFinite, upper.isFinite else { return .beyondLimit }
    // `ceilWithTolerance` without the C library's `ceil` (a call on baseline x86-64), the same
    // value for a whole limit of at most 2^51 (`wholeCeilWithTolerance`).
    guard let first = wholeCeilWithTolerance(lower * rate, limit: Double(replicaLimit)) else { return .beyondLimit }
    var j = Int(first)
    while (Double(j) + epsilon) / rate < lower { j += 1 }
    while j > 0 && (Double(j - 1) + epsilon) / rate >= lower { j -= 1 }
    var index = max(j, minimum)
    var best = lower > 0 ? lower : -1
    var left = lower
    while left < upper {
      let right = min(Double.infinity, (Double(index) + epsilon) / rate)
      let value = fixed + slope * left + weight * Double(max(minimum, index))
      if value > 0 {
        best = max(best, min(right, left + value / -slope))
      }
      if (Double(index) + epsilon) / rate <= right {
        index += 1
        if index > replicaLimit { return best >= upper ? .at(best) : .beyondLimit }
      }
      left = right
    }
    return .at(max(best, 0))
  }

  /// `lastPositive()` for any number of step terms.
  ///
  /// Terms with the same rate and weight (the hours of an autoscaled day that carry the same
  /// traffic) step at the same volumes, so the walk tracks one index per distinct term and
  /// computes each boundary `(j + ε)/rate` once per segment; the segment's value still adds one
  /// product per term in term order, so the result is the same to the bit as walking every term
  /// (`BreakEvenTests` compares it with that walk).
  func lastPositiveGeneral() -> LastPositive {
    let m = marginal
    if !(m < 0) {
      // Bounded or growing: positive again at arbitrarily large λ, unless flat and ≤ 0.
      if stepCount == 0 && slope == 0 && fixed <= 0 { return .at(0) }
      return .never
    }
    let gap = -m
    let weightSum = self.weightSum
    let floorCount = Double(max(minimum, 1))
    // value ≥ fixed + Σw(λr − 1) + slope·λ  and  value ≤ fixed + Σw(max(r0,1) + λr) + slope·λ.
    let lower = max(0, (fixed - weightSum) / gap)
    let upper = max(lower, (fixed + weightSum * floorCount) / gap)
    guard lower.isFinite, upper.isFinite else { return .beyondLimit }
    if stepCount == 0 { return .at(max(0, fixed / gap)) }
    let count = stepCount
    return withUnsafeTemporaryAllocation(of: WalkTerm.self, capacity: count) { terms in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { termOf in
        var distinct = 0
        for t in 0..<count {
          let step = storage[t]
          var g = 0
          while g < distinct && !(terms[g].rate == step.rate && terms[g].weight == step.weight) { g += 1 }
          if g == distinct {
            terms.initializeElement(at: g, to: WalkTerm(rate: step.rate, weight: step.weight))
            distinct += 1
          }
          termOf[t] = g
        }
        defer { terms.baseAddress!.deinitialize(count: distinct) }
        return walk(
          terms: UnsafeMutableBufferPointer(rebasing: terms[0..<distinct]),
          termOf: UnsafeBufferPointer(rebasing: termOf[0..<count]), lower: lower, upper: upper)
      }
    }
  }

  /// One distinct step term of the walk: its rate and weight, the index `j` of the segment
  /// `((j−1+ε)/rate, (j+ε)/rate]` the walk is in, and that segment's right end and cost.
  struct WalkTerm {
    var rate: Double
    var weight: Double
    var index = 0
    var boundary = 0.0
    var cost = 0.0
  }

  /// The segment walk of `lastPositiveGeneral()` over the distinct terms.
  @inline(__always)
  private func walk(
    terms: UnsafeMutableBufferPointer<WalkTerm>, termOf: UnsafeBufferPointer<Int>, lower: Double, upper: Double
  ) -> LastPositive {
    let epsilon = 1e-9
    let replicaLimit = maximumGPUs / max(gpusPerReplica, 1)
    // Index j of each term such that λ = lower lies in ((j−1+ε)/rate, (j+ε)/rate].
    for g in terms.indices {
      let rate = terms[g].rate
      // As in `lastPositiveOneStep`: no call to `ceil`.
      guard let first = wholeCeilWithTolerance(lower * rate, limit: Double(replicaLimit)) else {
        return .beyondLimit
      }
      var j = Int(first)
      while (Double(j) + epsilon) / rate < lower { j += 1 }
      while j > 0 && (Double(j - 1) + epsilon) / rate >= lower { j -= 1 }
      terms[g].index = max(j, minimum)
    }
    var best = lower > 0 ? lower : -1
    var left = lower
    while left < upper {
      var right = Double.infinity
      for g in terms.indices {
        let index = terms[g].index
        let boundary = (Double(index) + epsilon) / terms[g].rate
        terms[g].boundary = boundary
        terms[g].cost = terms[g].weight * Double(max(minimum, index))
        right = min(right, boundary)
      }
      var value = fixed + slope * left
      for t in termOf { value += terms[t].cost }
      if value > 0 {
        best = max(best, min(right, left + value / -slope))
      }
      for g in terms.indices where terms[g].boundary <= right {
        terms[g].index += 1
        if terms[g].index > replicaLimit { return best >= upper ? .at(best) : .beyondLimit }
      }
      left = right
    }
    return .at(max(best, 0))
  }
}

/// The volume from which self-hosting is never dearer than the API, on steady-state costs.
public struct BreakEven: Sendable, Equatable {
  /// λ*, the multiple of today's volume; `nil` when there is none.
  public var scale: Double?
  /// λ* · (I + O); `nil` when there is none.
  public var tokensPerDay: Double?
  /// λ* · requests per month, when volume was stated by requests.
  public var requestsPerMonth: Double?
  /// Which case of the definition holds: none, beyond the largest fleet, or a volume.
  public var outcome: LastPositive
  /// Utilization of the replicas the marginal cost assumes (the target, or the busiest-hour one).
  public var utilization: Double
  /// Self-hosted marginal cost per 1M tokens as volume grows (replicas at target utilization).
  public var selfHostedMarginalPerMTok: Double
  /// API variable cost per 1M tokens.
  public var apiMarginalPerMTok: Double
}

extension Scenario {
  /// λ*, the exact break-even scale of today's volume (see `CostCurve.lastPositive()`).
  public var breakEvenScale: LastPositive { breakEvenScale(apiVariable: apiCost(volumeFactor: 1).variable) }

  /// `breakEvenScale` given the API's steady variable cost, `apiCost(volumeFactor: 1).variable`
  /// (the simulation has it from the sample's first month).
  func breakEvenScale(apiVariable: Double) -> LastPositive {
    // `selfHostedCurve.minusLinear(apiCurve)`, built in place.
    var d = selfHostedCurve
    d.fixed -= api.fixedMonthly
    d.slope -= apiVariable
    return d.lastPositive()
  }

  /// The break-even volume in tokens per day, `nil` when there is none.
  public var breakEvenTokensPerDay: Double? {
    if case .at(let lambda) = breakEvenScale { return lambda * workload.tokensPerDay }
    return nil
  }

  /// The exact break-even volume of the spec: the smallest λ from which `Self(λ) ≤ API(λ)` for
  /// every larger λ, on steady-state (month 0) costs without one-time setup costs.
  public func breakEven() -> BreakEven {
    let api = apiCurve
    let selfCurve = selfHostedCurve
    let tokensPerDay = workload.tokensPerDay
    let monthlyMTok = tokensPerDay * daysPerMonth / 1e6
    let selfMarginal = selfCurve.marginal / monthlyMTok
    let apiMarginal = api.marginal / monthlyMTok
    let outcome = breakEvenScale
    var result = BreakEven(
      scale: nil, tokensPerDay: nil, requestsPerMonth: nil, outcome: outcome, utilization: selfHosted.utilization,
      selfHostedMarginalPerMTok: selfMarginal, apiMarginalPerMTok: apiMarginal)
    if case .at(let lambda) = outcome {
      result.scale = lambda
      result.tokensPerDay = lambda * tokensPerDay
      if let r = workload.volume.requestsPerDay { result.requestsPerMonth = lambda * r * daysPerMonth }
    }
    return result
  }
}
