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

  public var fixed: Double
  public var slope: Double
  public var steps: [Step]
  /// The floor of every step term, `r_0`.
  public var minimum: Int
  /// GPUs per replica, to bound how far an exact search may go.
  public var gpusPerReplica: Int

  public init(fixed: Double, slope: Double, steps: [Step] = [], minimum: Int = 0, gpusPerReplica: Int = 1) {
    self.fixed = fixed
    self.slope = slope
    self.steps = steps
    self.minimum = minimum
    self.gpusPerReplica = gpusPerReplica
  }

  /// The cost at scale `λ`; `nil` when a step would need more than `maximumGPUs` GPUs.
  public func value(at lambda: Double) -> Double? {
    var total = fixed + slope * lambda
    let limit = maximumGPUs / max(gpusPerReplica, 1)
    for step in steps {
      guard let n = ceilWithTolerance(lambda * step.rate, limit: limit) else { return nil }
      total += step.weight * Double(max(minimum, n))
    }
    return total
  }

  /// The cost per unit of λ as λ grows without bound: `slope + Σ weight·rate`.
  public var marginal: Double { steps.reduce(slope) { $0 + $1.weight * $1.rate } }
}

extension Scenario {
  /// The API route's steady-state monthly cost as a curve in the volume scale λ.
  public var apiCurve: CostCurve {
    CostCurve(fixed: api.fixedMonthly, slope: apiCost(volumeFactor: 1).variable)
  }

  /// The self-hosted route's steady-state monthly cost as a curve in the volume scale λ.
  ///
  /// Rent, always-on: one step of `k·730·h·(1−e)` per replica. Rent, autoscaled: one step per
  /// hour of the day of `k·DAYS_PER_MONTH·h·(1−e)` per replica. Buy: one step per replica of
  /// `k·(A + K·μ/12 + W'·p_k + ι·W'·730·PUE·p_e)`, plus the load-dependent power as the slope.
  public var selfHostedCurve: CostCurve {
    let s = selfHosted
    let k = Double(s.gpusPerReplica)
    let z1 = busyReplicas(volumeFactor: 1)
    let fixed = s.staffMonthly + s.otherMonthly
    switch s.acquisition {
    case .rent:
      let rate = (s.gpuHourlyRate ?? 0) * (1 - s.reservedDiscount)
      switch s.provisioning {
      case .alwaysOn:
        return CostCurve(
          fixed: fixed, slope: 0, steps: [.init(rate: z1 / s.utilization, weight: k * hoursPerMonth * rate)],
          minimum: s.minReplicas, gpusPerReplica: s.gpusPerReplica)
      case .autoscaled:
        var constant = fixed
        var steps: [CostCurve.Step] = []
        let weight = k * daysPerMonth * rate
        for w in workload.normalizedShape {
          if w > 0 {
            steps.append(.init(rate: z1 * 24 * w / s.utilization, weight: weight))
          } else {
            constant += weight * Double(s.minReplicas)
          }
        }
        return CostCurve(
          fixed: constant, slope: 0, steps: steps, minimum: s.minReplicas, gpusPerReplica: s.gpusPerReplica)
      }
    case .buy:
      let kw = kilowattsPerGPU
      let energy = hoursPerMonth * s.pue * s.electricityPerKWh
      let perGPU =
        monthlyCapitalCharge + capitalPerGPU * s.maintenancePerYear / 12 + kw * s.colocationPerKWMonth
        + s.idlePowerFraction * kw * energy
      let slope = (1 - s.idlePowerFraction) * k * z1 * kw * energy
      return CostCurve(
        fixed: fixed, slope: slope, steps: [.init(rate: z1 / s.utilization, weight: k * perGPU)],
        minimum: s.minReplicas, gpusPerReplica: s.gpusPerReplica)
    }
  }
}
