@testable import TCOModel

/// The segment walk of `CostCurve.lastPositiveGeneral()` as it was before distinct terms were
/// grouped: every term carries its own index and recomputes its boundary. Kept as the oracle
/// the grouped walk must equal bit for bit (`BreakEvenTests`).
extension CostCurve {
  /// `lastPositive()` for any number of step terms, one index per term.
  func referenceLastPositive() -> LastPositive {
    let m = marginal
    if !(m < 0) {
      // Bounded or growing: positive again at arbitrarily large λ, unless flat and ≤ 0.
      if stepCount == 0 && slope == 0 && fixed <= 0 { return .at(0) }
      return .never
    }
    let gap = -m
    let epsilon = 1e-9
    let steps = storage
    var weightSum = 0.0
    for t in 0..<stepCount { weightSum += steps[t].weight }
    let floorCount = Double(max(minimum, 1))
    // value ≥ fixed + Σw(λr − 1) + slope·λ  and  value ≤ fixed + Σw(max(r0,1) + λr) + slope·λ.
    let lower = max(0, (fixed - weightSum) / gap)
    let upper = max(lower, (fixed + weightSum * floorCount) / gap)
    guard lower.isFinite, upper.isFinite else { return .beyondLimit }
    if stepCount == 0 { return .at(max(0, fixed / gap)) }

    let replicaLimit = maximumGPUs / max(gpusPerReplica, 1)
    // Index j of each term such that λ = lower lies in ((j−1+ε)/rate, (j+ε)/rate].
    var index = [Int](repeating: 0, count: stepCount)
    for t in 0..<stepCount {
      let step = steps[t]
      guard var j = ceilWithTolerance(lower * step.rate, limit: replicaLimit) else { return .beyondLimit }
      while (Double(j) + epsilon) / step.rate < lower { j += 1 }
      while j > 0 && (Double(j - 1) + epsilon) / step.rate >= lower { j -= 1 }
      index[t] = max(j, minimum)
    }
    var best = lower > 0 ? lower : -1
    var left = lower
    while left < upper {
      var right = Double.infinity
      var value = fixed + slope * left
      for t in 0..<stepCount {
        let step = steps[t]
        right = min(right, (Double(index[t]) + epsilon) / step.rate)
        value += step.weight * Double(max(minimum, index[t]))
      }
      if value > 0 {
        best = max(best, min(right, left + value / -slope))
      }
      for t in 0..<stepCount where (Double(index[t]) + epsilon) / steps[t].rate <= right {
        index[t] += 1
        if index[t] > replicaLimit { return best >= upper ? .at(best) : .beyondLimit }
      }
      left = right
    }
    return .at(max(best, 0))
  }
}
