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
  /// The pure routes' steady-state monthly costs; `nil` when the self-hosted route alone would
  /// need more than `maximumGPUs` GPUs (the capacity error `compare` gives, never an infinite cost).
  func pureRoutes(frontierShare: Double = 0) -> PureRoutes? {
    guard let own = selfHostedCurve.value(at: 1) else { return nil }
    return PureRoutes(api: apiCost(volumeFactor: 1).total, selfHosted: own, selfHostedFeasible: frontierShare == 0)
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
    bestSplit(frontierShare: frontierShare, share: share, forDisplay: true)
  }

  /// `bestSplit`, with the candidates for display only when `forDisplay` (the horizon needs the
  /// best alone). `nil` also when the self-hosted route alone needs more than `maximumGPUs` GPUs.
  ///
  /// Up to `exhaustive` candidates are scanned one by one; above that the same answer is found
  /// from a window of candidates around the least cost (`SplitCandidates.fastBest`). With the
  /// displayed candidates, up to `displayedList` candidates are all listed and scanned; above
  /// that the displayed ones are read from the sorted list without building it.
  func bestSplit(
    frontierShare: Double, share: Double?, forDisplay: Bool,
    exhaustive: Int = HybridSearch.exhaustiveSplitCandidates, displayedList: Int = HybridSearch.displayedListLimit
  ) -> SplitResult? {
    guard let pure = pureRoutes(frontierShare: frontierShare) else { return nil }
    let search = SplitCandidates(self, upper: 1 - frontierShare)
    let shares: [Double]
    let bestShare: Double
    let bestIndex: Int
    let count: Int
    if let share {
      shares = [share]
      guard search.scan(shares) == 0 else { return nil }
      bestShare = share
      bestIndex = 0
      count = 1
    } else {
      count = search.count
      // For display the sorted list is built when it is small enough to sort quickly; reading
      // 200 entries from a longer one costs more than sorting a few thousand.
      let enumerate = count <= (forDisplay ? max(exhaustive, displayedList) : exhaustive)
      if !enumerate, let f = search.fastBest() {
        shares = []
        bestShare = f
        bestIndex = forDisplay ? search.count(atMost: f, strictly: true) : 0
      } else {
        shares = search.allShares
        bestIndex = search.scan(shares)
        guard bestIndex >= 0 else { return nil }
        bestShare = shares[bestIndex]
      }
    }
    guard let best = hybridSplit(at: bestShare) else { return nil }
    var candidates: [HybridPoint] = []
    if forDisplay {
      // Candidates for display: all of them when few, else evenly spaced ones plus the best.
      var shown = shares
      if count > Self.displayedCandidates {
        var picked = Set((0..<Self.displayedCandidates).map { $0 * (count - 1) / (Self.displayedCandidates - 1) })
        picked.insert(bestIndex)
        shown = picked.sorted().map { shares.isEmpty ? search.share(at: $0) : shares[$0] }
      } else if shares.isEmpty {
        shown = search.allShares
      }
      candidates = shown.compactMap { hybridSplit(at: $0) }
    }
    return SplitResult(
      best: best, candidates: candidates, candidateCount: count, frontierShare: frontierShare, pure: pure)
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
    OverflowTerms(self, maxLoad: maxLoad, frontierShare: phi).point(replicas: r)
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
  /// demand at `maxLoad`; `nil` when that needs more than `maximumGPUs` GPUs, or when the
  /// self-hosted route alone does.
  public func bestOverflow(maxLoad: Double, frontierShare phi: Double = 0) -> OverflowResult? {
    bestOverflow(maxLoad: maxLoad, frontierShare: phi, keepCandidates: true)
  }

  /// `bestOverflow`, keeping every candidate only when `keepCandidates`. Without them, above
  /// `exhaustive` replica counts the same answer is found from a window around the least cost
  /// (`OverflowTerms.fastBest`).
  func bestOverflow(
    maxLoad: Double, frontierShare phi: Double, keepCandidates: Bool,
    exhaustive: Int = HybridSearch.exhaustiveOverflowCandidates
  ) -> OverflowResult? {
    guard let pure = pureRoutes(frontierShare: phi) else { return nil }
    let terms = OverflowTerms(self, maxLoad: maxLoad, frontierShare: phi)
    let peak = (1 - phi) * terms.z1 * 24 * (workload.normalizedShape.max() ?? 0)
    let limit = maximumGPUs / max(selfHosted.gpusPerReplica, 1)
    guard let top = ceilWithTolerance(peak / maxLoad, limit: limit) else { return nil }
    if !keepCandidates && top + 1 > exhaustive, let r = terms.fastBest(top: top) {
      return OverflowResult(
        best: terms.point(replicas: r), maxLoad: maxLoad, frontierShare: phi, candidates: [], pure: pure)
    }
    var candidates: [HybridPoint] = []
    if keepCandidates { candidates.reserveCapacity(top + 1) }
    var best = terms.point(replicas: 0)
    if keepCandidates { candidates.append(best) }
    if top >= 1 {
      for r in 1...top {
        let c = terms.point(replicas: r)
        if keepCandidates { candidates.append(c) }
        if beats(c.total, best.total) { best = c }
      }
    }
    return OverflowResult(
      best: best, maxLoad: maxLoad, frontierShare: phi, candidates: candidates, pure: pure)
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
    // Month 0 of this scenario is month m of the horizon: the schedule's prices of that month.
    s.api.priceMonthOffset += m
    let q = power(1 + selfHosted.annualPriceChange, Double(m) / 12)
    s.selfHosted.gpuHourlyRate = selfHosted.gpuHourlyRate.map { $0 * q }
    s.selfHosted.gpuPurchasePrice = selfHosted.gpuPurchasePrice.map { $0 * q }
    s.selfHosted.annualPriceChange = 0
    return s
  }
}

/// What every overflow candidate of one scenario shares, computed once: the eligible demand of
/// each hour, its total, the API's variable cost and the replica cost terms.
///
/// `point(replicas:)` is `Overflow(R)` of `Scenario.overflow(replicas:maxLoad:frontierShare:)`
/// with the same operations in the same order.
struct OverflowTerms {
  let demand: [Double]
  let total: Double
  let z1: Double
  let a1: Double
  let apiFixed: Double
  let alpha: Double
  let beta: Double
  let fixed: Double
  let gpusPerReplica: Int
  let maxLoad: Double
  let phi: Double

  init(_ s: Scenario, maxLoad: Double, frontierShare phi: Double) {
    let z1 = s.busyReplicas(volumeFactor: 1)
    self.z1 = z1
    demand = s.workload.normalizedShape.map { (1 - phi) * z1 * 24 * $0 }
    total = demand.reduce(0, +)
    a1 = s.apiCost(volumeFactor: 1).variable
    apiFixed = s.api.fixedMonthly
    (alpha, beta, fixed) = s.replicaCostTerms
    gpusPerReplica = s.selfHosted.gpusPerReplica
    self.maxLoad = maxLoad
    self.phi = phi
  }

  /// With a frontier share φ only `(1 − φ)` of each hour's demand is eligible:
  /// `served_h = min(d_h, R·maxLoad)`, `overflow = Σ(d_h − served_h) / Σ d_h`.
  func point(replicas r: Int) -> HybridPoint {
    let capacity = Double(r) * maxLoad
    var served = 0.0
    for d in demand { served += min(d, capacity) }
    let overflowShare = total > 0 ? max(0, (total - served) / total) : 0
    let selfShare = (1 - phi) * (1 - overflowShare)
    let apiShare = 1 - selfShare
    var point = HybridPoint(
      selfHostedShare: selfShare, apiMonthly: 0, selfHostedMonthly: 0, replicas: r, gpus: r * gpusPerReplica,
      utilization: r > 0 ? z1 * selfShare / Double(r) : 0)
    if r > 0 { point.selfHostedMonthly = fixed + alpha * Double(r) + beta * selfShare }
    if apiShare > 1e-15 { point.apiMonthly = apiShare * a1 + apiFixed }
    return point
  }
}
