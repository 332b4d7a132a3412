/// One bar of a tornado: an input at its low and high value, every other input at its base.
public struct SensitivityBar: Sendable, Equatable {
  public var parameter: ScenarioParameter
  public var low: Double
  public var high: Double
  /// Whether the range came from a distribution (its P10 and P90) or a default ± range.
  public var fromDistribution: Bool
  /// Horizon savings at the low and high value (`nil` when that value needs too many GPUs).
  public var horizonSavingsLow: Double?
  public var horizonSavingsHigh: Double?
  /// Break-even volume at the low and high value (`nil`: none, or too many GPUs).
  public var breakEvenLow: Double?
  public var breakEvenHigh: Double?

  /// |savings(high) − savings(low)|; 0 when either side could not be evaluated.
  public var swing: Double {
    guard let l = horizonSavingsLow, let h = horizonSavingsHigh else { return 0 }
    return abs(h - l)
  }

  /// |break-even(high) − break-even(low)|, `nil` when either side has none; differences within
  /// floating-point rounding (1e-9 relative) count as none.
  public var breakEvenSwing: Double? {
    guard let l = breakEvenLow, let h = breakEvenHigh else { return nil }
    let d = abs(h - l)
    return d <= 1e-9 * max(abs(l), abs(h)) ? 0 : d
  }
}

/// The tornado: which guess matters most.
public struct SensitivityResult: Sendable, Equatable {
  public var baseHorizonSavings: Double
  public var baseBreakEven: Double?
  /// Ranked by the swing of horizon savings, largest first (ties by input order).
  public var bars: [SensitivityBar]
}

extension Scenario {
  /// Horizon savings and break-even volume, or `nil` when the demand needs too many GPUs.
  func savingsAndBreakEven() -> (savings: Double, breakEven: Double?)? {
    guard let totals = try? horizonTotals() else { return nil }
    return (totals.savings, breakEvenTokensPerDay)
  }

  /// Moves each input to its low and high value with every other input at its base value.
  ///
  /// - Parameters:
  ///   - distributions: inputs with a distribution: low and high are its 10th and 90th percentiles.
  ///   - defaultRange: when set, every other real-valued input that applies and is not zero moves
  ///     by ± this share of its value, kept inside its valid range.
  ///   - candidates: the inputs the default range may move, in table order.
  public func sensitivity(
    distributions: [(parameter: ScenarioParameter, distribution: Distribution)], defaultRange: Double?,
    candidates: [ScenarioParameter] = []
  ) -> SensitivityResult {
    var ranges: [(ScenarioParameter, Double, Double, Bool)] = distributions.map {
      ($0.parameter, $0.distribution.quantile(0.1), $0.distribution.quantile(0.9), true)
    }
    if let share = defaultRange {
      let given = Set(distributions.map(\.parameter))
      for p in candidates where !given.contains(p) && p.affectsCosts {
        let range = p.range
        guard let x = p.value(in: self), x != 0 else {
          continue
        }
        var lo = x * (1 - share)
        var hi = x * (1 + share)
        if lo > hi { swap(&lo, &hi) }
        lo = range.clamping(lo)
        hi = range.clamping(hi)
        if lo < hi { ranges.append((p, lo, hi, false)) }
      }
    }
    let base = savingsAndBreakEven()
    var bars: [SensitivityBar] = []
    for (p, lo, hi, fromDistribution) in ranges {
      var low = self
      var high = self
      p.set(lo, in: &low)
      p.set(hi, in: &high)
      let l = low.savingsAndBreakEven()
      let h = high.savingsAndBreakEven()
      bars.append(
        SensitivityBar(
          parameter: p, low: lo, high: hi, fromDistribution: fromDistribution, horizonSavingsLow: l?.savings,
          horizonSavingsHigh: h?.savings, breakEvenLow: l?.breakEven, breakEvenHigh: h?.breakEven))
    }
    bars.sort { ($0.swing, -$0.parameter.order) > ($1.swing, -$1.parameter.order) }
    return SensitivityResult(baseHorizonSavings: base?.savings ?? .nan, baseBreakEven: base?.breakEven, bars: bars)
  }

}

/// One evaluated point of a sweep.
public struct SweepPoint: Sendable, Equatable {
  public var values: [Double]
  public var monthlyApi: Double
  public var monthlySelfHosted: Double
  public var replicas: Int
  public var gpus: Int
  public var monthlySavings: Double { monthlyApi - monthlySelfHosted }
  public var cheaper: Route { monthlySavings > 0 ? .selfHosted : .api }
}

/// An input swept over a range.
public struct SweepAxis: Sendable, Equatable {
  public var parameter: ScenarioParameter
  public var from: Double
  public var to: Double
  public var steps: Int
  public var logarithmic: Bool

  public init(parameter: ScenarioParameter, from: Double, to: Double, steps: Int, logarithmic: Bool) {
    self.parameter = parameter
    self.from = from
    self.to = to
    self.steps = steps
    self.logarithmic = logarithmic
  }

  /// The values along the axis: evenly spaced, or geometrically when logarithmic.
  public var values: [Double] {
    guard steps > 1 else { return [from] }
    return (0..<steps).map { i in
      let t = Double(i) / Double(steps - 1)
      if i == steps - 1 { return to }
      return logarithmic ? from * power(to / from, t) : from + (to - from) * t
    }
  }
}

extension Scenario {
  /// Evaluates the steady state along one axis, or on the grid of two (first axis outermost).
  /// Points whose demand needs more than `maximumGPUs` GPUs are left out.
  public func sweep(_ axes: [SweepAxis]) -> [SweepPoint] {
    var points: [SweepPoint] = []
    func visit(_ s: Scenario, _ index: Int, _ values: [Double]) {
      if index == axes.count {
        guard let own = s.steadySelfHostedCost() else { return }
        points.append(
          SweepPoint(
            values: values, monthlyApi: s.apiCost(volumeFactor: 1).total, monthlySelfHosted: own.total,
            replicas: own.capacity.replicas, gpus: own.capacity.gpus))
        return
      }
      for x in axes[index].values {
        var next = s
        axes[index].parameter.set(x, in: &next)
        visit(next, index + 1, values + [x])
      }
    }
    visit(self, 0, [])
    return points
  }
}
