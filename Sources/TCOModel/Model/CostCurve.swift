/// A monthly cost as a function of a volume scale λ, in the form every steady-state cost of
/// the model takes:
///
///     cost(λ) = fixed + slope·λ + Σ_t weight_t · max(minimum, ceil₉(λ · rate_t))
///
/// where `ceil₉` is the ceiling with a 1e-9 tolerance. Each step term is a group of whole
/// replicas (one for always-on, one per hour of the day for autoscaled); between two steps the
/// cost is linear. The API route is the special case with no steps.
public struct CostCurve: Sendable, Equatable {
  public struct Step: Sendable, Equatable {
    /// Replicas needed per unit of λ before rounding.
    public var rate: Double
    /// Monthly cost of one whole replica of this term.
    public var weight: Double
  }

  /// The most step terms a curve has: one per hour of the day.
  public static let maximumSteps = 24

  public var fixed: Double
  public var slope: Double
  /// The step terms (at most `maximumSteps`). A plain array: `InlineArray` would tie the
  /// package to macOS 26, and reading one element of it copied the whole array.
  var storage: [Step] = []
  public var stepCount: Int { storage.count }
  /// The floor of every step term, `r_0`.
  public var minimum: Int
  /// GPUs per replica, to bound how far an exact search may go.
  public var gpusPerReplica: Int

  public init(fixed: Double, slope: Double, steps: [Step] = [], minimum: Int = 0, gpusPerReplica: Int = 1) {
    self.fixed = fixed
    self.slope = slope
    self.minimum = minimum
    self.gpusPerReplica = gpusPerReplica
    storage.reserveCapacity(min(steps.count, Self.maximumSteps))
    for step in steps.prefix(Self.maximumSteps) { append(step) }
  }

  /// Adds a step term (at most `maximumSteps`).
  public mutating func append(_ step: Step) {
    precondition(stepCount < Self.maximumSteps, "a cost curve has at most 24 step terms")
    storage.append(step)
  }

  /// The step term at `index` (`0 ..< stepCount`).
  public func step(_ index: Int) -> Step { storage[index] }

  /// The step terms.
  public var steps: [Step] { storage }

  /// The cost at scale `λ`; `nil` when a step would need more than `maximumGPUs` GPUs.
  public func value(at lambda: Double) -> Double? {
    var total = fixed + slope * lambda
    let limit = maximumGPUs / max(gpusPerReplica, 1)
    for t in 0..<stepCount {
      let step = storage[t]
      guard let n = ceilWithTolerance(lambda * step.rate, limit: limit) else { return nil }
      total += step.weight * Double(max(minimum, n))
    }
    return total
  }

  /// Sum of the step weights.
  public var weightSum: Double {
    var sum = 0.0
    for t in 0..<stepCount { sum += storage[t].weight }
    return sum
  }

  /// The cost per unit of λ as λ grows without bound: `slope + Σ weight·rate`.
  public var marginal: Double {
    var m = slope
    for t in 0..<stepCount { m += storage[t].weight * storage[t].rate }
    return m
  }

  public static func == (a: CostCurve, b: CostCurve) -> Bool {
    a.fixed == b.fixed && a.slope == b.slope && a.minimum == b.minimum && a.gpusPerReplica == b.gpusPerReplica
      && a.steps == b.steps
  }
}

extension Scenario {
  /// The API route's steady-state monthly cost as a curve in the volume scale λ.
  public var apiCurve: CostCurve {
    CostCurve(fixed: api.fixedMonthly, slope: apiCost(volumeFactor: 1).variable)
  }

  /// The self-hosted route's steady-state monthly cost as a curve in the volume scale λ.
  ///
  /// Always-on steps come at `z_1 / U_eff` (the busiest-hour rule); spare replicas are a fixed cost.
  /// Rent, always-on: one step of `k·730·h·(1−e)` per replica. Rent, autoscaled: one step per
  /// hour of the day of `k·DAYS_PER_MONTH·h·(1−e)` per replica. Buy: one step per replica of
  /// `k·(A + K·μ/12 + W'·p_k + ι·W'·730·PUE·p_e)`, plus the load-dependent power as the slope.
  public var selfHostedCurve: CostCurve {
    let s = selfHosted
    let k = Double(s.gpusPerReplica)
    let z1 = busyReplicas(volumeFactor: 1)
    let fixed = s.staffMonthly + s.otherMonthly
    let spare = Double(s.spareReplicas)
    let u = effectiveUtilization
    switch s.acquisition {
    case .rent:
      let rate = (s.gpuHourlyRate ?? 0) * (1 - s.reservedDiscount)
      switch s.provisioning {
      case .alwaysOn:
        return CostCurve(
          fixed: fixed + spare * k * hoursPerMonth * rate, slope: 0,
          steps: [.init(rate: z1 / u, weight: k * hoursPerMonth * rate)], minimum: s.minReplicas,
          gpusPerReplica: s.gpusPerReplica)
      case .autoscaled:
        let weight = k * daysPerMonth * rate
        var curve = CostCurve(
          fixed: fixed + spare * 24 * weight, slope: 0, minimum: s.minReplicas, gpusPerReplica: s.gpusPerReplica)
        curve.storage.reserveCapacity(CostCurve.maximumSteps)
        for w in workload.normalizedShape {
          if w > 0 {
            curve.append(.init(rate: z1 * 24 * w / s.utilization, weight: weight))
          } else {
            curve.fixed += weight * Double(s.minReplicas)
          }
        }
        return curve
      }
    case .buy:
      let kw = kilowattsPerGPU
      let energy = hoursPerMonth * s.pue * s.electricityPerKWh
      let perGPU =
        monthlyCapitalCharge + capitalPerGPU * s.maintenancePerYear / 12 + kw * s.colocationPerKWMonth
        + s.idlePowerFraction * kw * energy
      let slope = (1 - s.idlePowerFraction) * k * z1 * kw * energy
      return CostCurve(
        fixed: fixed + spare * k * perGPU, slope: slope, steps: [.init(rate: z1 / u, weight: k * perGPU)],
        minimum: s.minReplicas, gpusPerReplica: s.gpusPerReplica)
    }
  }
}
