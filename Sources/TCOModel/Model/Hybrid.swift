/// One way of sharing the traffic between the two routes, with its monthly costs.
public struct HybridPoint: Sendable, Equatable {
  /// Share of every token kind sent to self-hosting (split), or served by it (overflow).
  public var selfHostedShare: Double
  /// API part: `(1 − share)·A1 + F_a` (0 when nothing goes to the API).
  public var apiMonthly: Double
  /// Self-hosted part (0 when nothing is self-hosted).
  public var selfHostedMonthly: Double
  public var replicas: Int
  public var gpus: Int
  /// Achieved utilization of the self-hosted replicas (0 when none).
  public var utilization: Double
  public var total: Double { apiMonthly + selfHostedMonthly }
}

/// The monthly costs of the two pure routes, as `compare` sizes them.
public struct PureRoutes: Sendable, Equatable {
  public var api: Double
  public var selfHosted: Double
  /// Whether the pure self-hosted route is allowed (not when a frontier share must stay on the API).
  public var selfHostedFeasible: Bool
  public var best: Double { selfHostedFeasible ? min(api, selfHosted) : api }
}

/// The split question: which share of the traffic to self-host.
public struct SplitResult: Sendable, Equatable {
  public var best: HybridPoint
  /// The exact candidates (0, the upper limit, and every replica step below it), by share;
  /// when there are more than `Scenario.displayedCandidates`, evenly spaced ones and the best.
  public var candidates: [HybridPoint]
  /// How many candidates were evaluated.
  public var candidateCount: Int
  public var frontierShare: Double
  public var pure: PureRoutes
  /// Best pure route − best split: positive when the hybrid saves.
  public var savingsVsBestPure: Double { pure.best - best.total }
}

/// The overflow question: how many always-on replicas to keep, sending each hour's excess to the API.
public struct OverflowResult: Sendable, Equatable {
  public var best: HybridPoint
  public var maxLoad: Double
  /// φ, the share kept on the API whatever the load.
  public var frontierShare: Double
  /// Share of all tokens sent to the API: `1 − best.selfHostedShare` (the frontier share included).
  public var overflowShare: Double { 1 - best.selfHostedShare }
  /// Every replica count tried, from 0 to enough for the busiest hour.
  public var candidates: [HybridPoint]
  public var pure: PureRoutes
  public var savingsVsBestPure: Double { pure.best - best.total }
}

extension Scenario {
  /// The pure routes' steady-state monthly costs.
  func pureRoutes(frontierShare: Double = 0) -> PureRoutes {
    PureRoutes(
      api: apiCost(volumeFactor: 1).total, selfHosted: selfHostedCurve.value(at: 1) ?? .infinity,
      selfHostedFeasible: frontierShare == 0)
  }

  /// The split evaluated at share `f`: `Hybrid(f) = (f > 0 ? Self(f) : 0) + (f < 1 ? (1 − f)·A1 + F_a : 0)`.
  /// `nil` when the self-hosted part would need more than `maximumGPUs` GPUs.
  public func hybridSplit(at f: Double) -> HybridPoint? {
    let a1 = apiCost(volumeFactor: 1).variable
    var point = HybridPoint(
      selfHostedShare: f, apiMonthly: 0, selfHostedMonthly: 0, replicas: 0, gpus: 0, utilization: 0)
    if f < 1 { point.apiMonthly = (1 - f) * a1 + api.fixedMonthly }
    if f > 0 {
      guard let own = steadySelfHostedCost(volumeFactor: f) else { return nil }
      point.selfHostedMonthly = own.total
      point.replicas = own.capacity.replicas
      point.gpus = own.capacity.gpus
      point.utilization = own.capacity.utilization
    }
    return point
  }

  /// The best split, exactly: between two replica steps `Hybrid` is linear in `f`, and just
  /// after a step it jumps up, so its minimum over `[0, 1 − φ]` lies at 0, at the upper limit,
  /// or at the end of a replica step, `f = j·U/z_1` for whole `j` (`j / rate` of each step term:
  /// exactly `j` replicas' worth, clear of the ceiling's tolerance). All are evaluated.
  ///
  /// - Parameter frontierShare: φ, traffic that must stay on the API (0…1).
  /// - Parameter share: evaluate this share instead of optimising.
  public func bestSplit(frontierShare: Double = 0, share: Double? = nil) -> SplitResult? {
    let upper = 1 - frontierShare
    var shares: [Double] = [0, upper]
    let curve = selfHostedCurve
    if let share {
      shares = [share]
    } else {
      let limit = maximumGPUs / max(selfHosted.gpusPerReplica, 1)
      for step in curve.steps where step.rate > 0 {
        var j = max(curve.minimum, 1)
        while j <= limit {
          let f = Double(j) / step.rate
          if f >= upper { break }
          shares.append(f)
          j += 1
        }
      }
      shares.sort()
    }
    // Evaluate every candidate on the cost curve (cheap), keep the best exactly.
    let a1 = apiCost(volumeFactor: 1).variable
    var bestIndex = -1
    var bestTotal = Double.infinity
    for (i, f) in shares.enumerated() {
      var total = f < 1 ? (1 - f) * a1 + api.fixedMonthly : 0
      if f > 0 {
        guard let own = curve.value(at: f) else { break }
        total += own
      }
      if bestIndex < 0 || total < bestTotal - 1e-9 * max(1, abs(bestTotal)) {
        bestTotal = total
        bestIndex = i
      }
    }
    guard bestIndex >= 0, let best = hybridSplit(at: shares[bestIndex]) else { return nil }
    // Candidates for display: all of them when few, else evenly spaced ones plus the best.
    var shown = shares
    if shares.count > Self.displayedCandidates {
      var picked = Set((0..<Self.displayedCandidates).map { $0 * (shares.count - 1) / (Self.displayedCandidates - 1) })
      picked.insert(bestIndex)
      shown = picked.sorted().map { shares[$0] }
    }
    let candidates = shown.compactMap { hybridSplit(at: $0) }
    return SplitResult(
      best: best, candidates: candidates, candidateCount: shares.count, frontierShare: frontierShare,
      pure: pureRoutes(frontierShare: frontierShare))
  }

  /// At most this many split candidates are kept for display.
  public static let displayedCandidates = 200

  /// Overflow with `replicas` always-on replicas, each hour carrying up to `maxLoad` of their capacity.
  ///
  /// With a frontier share φ only `(1 − φ)` of each hour's demand is eligible:
  /// `d_h = (1 − φ)·z_1·24·w_h`, `served_h = min(d_h, R·maxLoad)`,
  /// `overflow = Σ(d_h − served_h) / Σ d_h` (of the eligible tokens). The API carries
  /// `φ + (1 − φ)·overflow` of all tokens; self-hosting the rest, with its load-dependent cost
  /// (power) scaled by that share:
  /// `Overflow(R) = (R > 0 ? F + α·R + β·(1 − φ)(1 − overflow) : 0) + (api share > 0 ? share·A1 + F_a : 0)`.
  public func overflow(replicas r: Int, maxLoad: Double, frontierShare phi: Double = 0) -> HybridPoint {
    let z1 = busyReplicas(volumeFactor: 1)
    let demand = workload.normalizedShape.map { (1 - phi) * z1 * 24 * $0 }
    let total = demand.reduce(0, +)
    let served = demand.reduce(0) { $0 + min($1, Double(r) * maxLoad) }
    let overflowShare = total > 0 ? max(0, (total - served) / total) : 0
    let selfShare = (1 - phi) * (1 - overflowShare)
    let apiShare = 1 - selfShare
    let a1 = apiCost(volumeFactor: 1).variable
    let (alpha, beta, fixed) = replicaCostTerms
    var point = HybridPoint(
      selfHostedShare: selfShare, apiMonthly: 0, selfHostedMonthly: 0, replicas: r,
      gpus: r * selfHosted.gpusPerReplica, utilization: r > 0 ? z1 * selfShare / Double(r) : 0)
    if r > 0 { point.selfHostedMonthly = fixed + alpha * Double(r) + beta * selfShare }
    if apiShare > 1e-15 { point.apiMonthly = apiShare * a1 + api.fixedMonthly }
    return point
  }

  /// `(α, β, F)` of always-on replicas: the monthly cost of one replica that does not depend on
  /// its load, the load-dependent cost at full volume (power, when bought), and the fixed costs.
  var replicaCostTerms: (alpha: Double, beta: Double, fixed: Double) {
    var alwaysOn = self
    alwaysOn.selfHosted.provisioning = .alwaysOn
    let curve = alwaysOn.selfHostedCurve
    return (curve.steps.first?.weight ?? 0, curve.slope, curve.fixed)
  }

  /// The cheapest number of always-on replicas from 0 to enough for the busiest hour's eligible
  /// demand at `maxLoad`.
  public func bestOverflow(maxLoad: Double, frontierShare phi: Double = 0) -> OverflowResult? {
    let z1 = busyReplicas(volumeFactor: 1)
    let peak = (1 - phi) * z1 * 24 * (workload.normalizedShape.max() ?? 0)
    let limit = maximumGPUs / max(selfHosted.gpusPerReplica, 1)
    guard let top = ceilWithTolerance(peak / maxLoad, limit: limit) else { return nil }
    let candidates = (0...top).map { overflow(replicas: $0, maxLoad: maxLoad, frontierShare: phi) }
    var best = candidates[0]
    for c in candidates where c.total < best.total - 1e-9 * max(1, abs(best.total)) { best = c }
    return OverflowResult(
      best: best, maxLoad: maxLoad, frontierShare: phi, candidates: candidates, pure: pureRoutes(frontierShare: phi))
  }

  /// The scenario as it stands in month `m`: volume grown by `v_m`, API prices and GPU prices
  /// moved by their yearly trends, no further growth. Owned GPUs are priced as if bought that month.
  public func atMonth(_ m: Int) -> Scenario {
    var s = self
    let v = power(1 + workload.monthlyGrowth, Double(m))
    s.workload.volume = .inputOutput(
      inputTokensPerDay: workload.inputTokensPerDay * v, outputTokensPerDay: workload.outputTokensPerDay * v)
    s.workload.monthlyGrowth = 0
    let a = power(1 + api.annualPriceChange, Double(m) / 12)
    s.api.inputPerMTok *= a
    s.api.cachedInputPerMTok *= a
    s.api.outputPerMTok *= a
    s.api.annualPriceChange = 0
    let q = power(1 + selfHosted.annualPriceChange, Double(m) / 12)
    s.selfHosted.gpuHourlyRate = selfHosted.gpuHourlyRate.map { $0 * q }
    s.selfHosted.gpuPurchasePrice = selfHosted.gpuPurchasePrice.map { $0 * q }
    s.selfHosted.annualPriceChange = 0
    return s
  }
}
