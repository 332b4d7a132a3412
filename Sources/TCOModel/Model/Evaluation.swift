/// A route the verdict can recommend.
public enum Route: String, Sendable, Equatable {
  case api
  case selfHosted
  /// Both side by side: the best split or overflow (when a frontier share rules out self-hosting alone).
  case hybrid
}

/// Month-0 costs of both routes, without growth or price change.
public struct SteadyState: Sendable, Equatable {
  public var api: APICost
  public var selfHosted: SelfHostedCost
  /// Monthly volume in millions of tokens, `(I + O) · DAYS_PER_MONTH / 1e6`.
  public var monthlyMTok: Double
  /// API − self-hosted: positive when self-hosting saves.
  public var savings: Double { api.total - selfHosted.total }
  public var apiPerMTok: Double { api.total / monthlyMTok }
  public var selfHostedPerMTok: Double { selfHosted.total / monthlyMTok }
}

/// A hard rule that decided the verdict whatever the costs.
public enum VerdictRule: Sendable, Equatable {
  /// Data must stay inside the perimeter: the API is ruled out.
  case dataMustStayInPerimeter
  /// The workload needs a frontier model: self-hosting is ruled out.
  case needsFrontierModel
  /// Both rules hold: no route meets both.
  case conflict
}

/// A factor the verdict does not weigh in money but a decision-maker should.
public enum Advisory: Sendable, Equatable {
  /// Fewer than 3 engineers to run GPU infrastructure.
  case smallTeam(Int)
  /// A latency budget under 100 ms was given: the model does not check it; the self-hosted
  /// latency targets (`ttftTargetMs`, `tpotTargetMs` of the profile) are what size the batch.
  case tightLatency(milliseconds: Double)
}

/// A true mix of both routes that beats the cheaper pure route by more than 5 % a month.
public struct HybridAdvantage: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// Self-host this share of all traffic, uniformly.
    case split(selfHostedShare: Double)
    /// Keep this many always-on replicas and send each hour's excess (this share of tokens) to the API.
    case overflow(replicas: Int, overflowShare: Double)
  }
  public var kind: Kind
  /// Monthly cost of the mix and of the cheaper pure route.
  public var monthlyTotal: Double
  public var bestPureMonthly: Double
  /// `1 − monthlyTotal / bestPureMonthly`.
  public var gain: Double { 1 - monthlyTotal / bestPureMonthly }
}

/// The best hybrid over the horizon, when a frontier share φ > 0 rules out self-hosting alone: the
/// choice is then the API alone or this.
public struct HybridOption: Sendable, Equatable {
  public var frontierShare: Double
  /// The best of month 0 (split or overflow) and its monthly cost.
  public var kind: HybridAdvantage.Kind
  public var monthly: Double
  /// Horizon totals on accrual costs, one-time setup costs included: the hybrid pays both setups.
  public var horizonTotal: Double
  public var apiAloneHorizonTotal: Double
  public var horizonMonths: Int
}

/// The recommendation and the facts that justify it; `TCOReport` words them.
public struct Verdict: Sendable, Equatable {
  /// `nil` when constraints conflict.
  public var recommendation: Route?
  /// The hard rule that decided, if any.
  public var rule: VerdictRule?
  /// The horizon the costs cover and both routes' totals over it.
  public var horizonMonths: Int
  public var apiTotal: Double
  public var selfHostedTotal: Double
  /// The payback month, stated when self-hosting wins on cost alone and pays back after month 0.
  public var paybackMonth: Int?
  public var hybridAdvantage: HybridAdvantage?
  /// With a frontier share: the best hybrid against the API alone (what the recommendation weighs).
  public var hybridOption: HybridOption?
  public var advisories: [Advisory]
}

/// Something about the inputs or results a decision-maker should look at twice.
public enum ModelWarning: Sendable, Equatable {
  /// Replicas would run under 20 % utilization.
  case lowUtilization(Double)
  /// Always-on replicas are sized for the busiest hour, below the target utilization: the target,
  /// the effective utilization, the busiest hour relative to the average, and the highest load.
  case sizedForBusiestHour(target: Double, effective: Double, peak: Double, maxLoad: Double)
  /// Bought GPUs outlive the horizon: their book value is credited at the end.
  case horizonShorterThanLife(horizonMonths: Int, lifeMonths: Int)
  /// More GPUs per engineer than operations practice supports (`gpusPerEngineerAdvisory`).
  case thinStaff(gpus: Int, engineers: Double)
  /// An always-on service on one replica: no redundancy for failures or upgrades.
  case singleReplica
  /// Bought GPUs with no colocation or facility cost: rack space, cooling and networking are missing.
  case noFacilityCost
}

/// Everything `compare` reports for one scenario.
public struct Evaluation: Sendable, Equatable {
  public var scenario: Scenario
  public var steadyState: SteadyState
  public var breakEven: BreakEven
  public var horizon: Horizon
  public var verdict: Verdict
  public var warnings: [ModelWarning]
}

extension Scenario {
  /// Month-0 costs. Throws when month 0 alone needs more than `maximumGPUs` GPUs.
  public func steadyState() throws(ModelError) -> SteadyState {
    guard let selfCost = steadySelfHostedCost() else {
      throw .capacityTooLarge(month: 0, tokensPerDay: workload.tokensPerDay)
    }
    return SteadyState(
      api: apiCost(volumeFactor: 1), selfHosted: selfCost,
      monthlyMTok: workload.tokensPerDay * daysPerMonth / 1e6)
  }

  /// Evaluates the whole model: steady state, break-even, horizon, verdict and warnings.
  public func evaluate() throws(ModelError) -> Evaluation {
    let steady = try steadyState()
    let projection = try horizon()
    return Evaluation(
      scenario: self, steadyState: steady, breakEven: breakEven(), horizon: projection,
      verdict: verdict(horizon: projection), warnings: warnings(steady: steady))
  }

  /// The recommendation: the route with the lower horizon total, unless constraints rule. With a
  /// frontier share φ > 0 self-hosting alone is not an option: the API alone against the best
  /// hybrid (split or overflow) over the horizon.
  public func verdict(horizon: Horizon) -> Verdict {
    let cheaper: Route = horizon.savings > 0 ? .selfHosted : .api
    var verdict = Verdict(
      recommendation: cheaper, rule: nil, horizonMonths: horizonMonths, apiTotal: horizon.apiTotal,
      selfHostedTotal: horizon.selfHostedTotal, paybackMonth: nil, hybridAdvantage: nil, hybridOption: nil,
      advisories: [])
    let c = constraints
    switch (c.dataMustStayInPerimeter, c.needsFrontierModel) {
    case (true, true):
      verdict.rule = .conflict
      verdict.recommendation = nil
    case (true, false):
      verdict.rule = .dataMustStayInPerimeter
      verdict.recommendation = .selfHosted
    case (false, true):
      verdict.rule = .needsFrontierModel
      verdict.recommendation = .api
    case (false, false):
      if hybrid.frontierShare > 0 {
        verdict.hybridOption = hybridOption(apiHorizonTotal: horizon.apiTotal)
        if let option = verdict.hybridOption, option.horizonTotal < option.apiAloneHorizonTotal {
          verdict.recommendation = .hybrid
        } else {
          verdict.recommendation = .api
        }
      } else if let payback = horizon.paybackMonth, cheaper == .selfHosted, payback > 0 {
        verdict.paybackMonth = payback
      }
    }
    if hybrid.frontierShare == 0 { verdict.hybridAdvantage = hybridAdvantage() }
    if let team = c.teamSize, team < 3 { verdict.advisories.append(.smallTeam(team)) }
    if let latency = c.latencyBudgetMs, latency < 100 {
      verdict.advisories.append(.tightLatency(milliseconds: latency))
    }
    return verdict
  }

  /// The best hybrid of month 0 and its horizon total (split or overflow, whichever is cheaper over
  /// the horizon), against the API alone; `nil` when the self-hosted part needs too many GPUs.
  func hybridOption(apiHorizonTotal: Double) -> HybridOption? {
    guard let months = hybridHorizon(), let first = months.first else { return nil }
    let setups = api.setupCost + selfHosted.setupCost
    let splitTotal = months.reduce(0) { $0 + $1.split.total } + setups
    let overflowTotal = months.allSatisfy { $0.overflow != nil }
      ? months.reduce(0) { $0 + ($1.overflow?.total ?? 0) } + setups : nil
    let useOverflow = overflowTotal.map { $0 < splitTotal } ?? false
    let kind: HybridAdvantage.Kind
    let monthly: Double
    if useOverflow, let o = first.overflow {
      kind = .overflow(replicas: o.replicas, overflowShare: 1 - o.selfHostedShare)
      monthly = o.total
    } else {
      kind = .split(selfHostedShare: first.split.selfHostedShare)
      monthly = first.split.total
    }
    return HybridOption(
      frontierShare: hybrid.frontierShare, kind: kind, monthly: monthly,
      horizonTotal: useOverflow ? overflowTotal ?? splitTotal : splitTotal,
      apiAloneHorizonTotal: months.reduce(0) { $0 + $1.pure.api } + api.setupCost, horizonMonths: horizonMonths)
  }

  /// The best split or overflow when it beats both pure routes by more than 5 % a month.
  public func hybridAdvantage() -> HybridAdvantage? {
    var options: [HybridAdvantage] = []
    func consider(_ point: HybridPoint, _ pure: PureRoutes, _ kind: HybridAdvantage.Kind) {
      // Only true mixes count: an overflow that sends nothing to the API is self-hosting alone.
      guard point.selfHostedShare > 0 && point.selfHostedShare < 1 && point.total < 0.95 * pure.best else { return }
      options.append(HybridAdvantage(kind: kind, monthlyTotal: point.total, bestPureMonthly: pure.best))
    }
    if let split = bestSplit(frontierShare: hybrid.frontierShare) {
      consider(split.best, split.pure, .split(selfHostedShare: split.best.selfHostedShare))
    }
    if hybrid.frontierShare == 0, let overflow = bestOverflow(maxLoad: selfHosted.maxLoad) {
      consider(
        overflow.best, overflow.pure,
        .overflow(replicas: overflow.best.replicas, overflowShare: overflow.overflowShare))
    }
    return options.min { $0.monthlyTotal < $1.monthlyTotal }
  }

  /// GPUs one engineer can keep running before a staff estimate looks too thin: HPC centres add
  /// about one systems FTE per 250 processors (CTWatch Quarterly 2006, "Designing and Supporting
  /// High-End Computational Facilities"); GPU cluster engineers are quoted managing 50–200 nodes
  /// (aie-blog.pages.dev, "AI Infrastructure at Scale", 2026). An advisory threshold, not a law.
  public static let gpusPerEngineerAdvisory = 250.0

  /// Warnings about inputs or results a decision-maker should look at twice.
  public func warnings(steady: SteadyState) -> [ModelWarning] {
    var out: [ModelWarning] = []
    let cap = steady.selfHosted.capacity
    if cap.utilization < 0.2 { out.append(.lowUtilization(cap.utilization)) }
    let effective = effectiveUtilization
    if selfHosted.provisioning == .alwaysOn, effective < selfHosted.utilization {
      out.append(
        .sizedForBusiestHour(
          target: selfHosted.utilization, effective: effective, peak: peakFactor, maxLoad: selfHosted.maxLoad))
    }
    let gpus = cap.gpus
    if selfHosted.staffFTE > 0 ? Double(gpus) / selfHosted.staffFTE > Self.gpusPerEngineerAdvisory : gpus > 0 {
      out.append(.thinStaff(gpus: gpus, engineers: selfHosted.staffFTE))
    }
    if selfHosted.provisioning == .alwaysOn, cap.replicas == 1 { out.append(.singleReplica) }
    if selfHosted.acquisition == .buy, selfHosted.colocationPerKWMonth == 0, selfHosted.otherMonthly == 0 {
      out.append(.noFacilityCost)
    }
    if selfHosted.acquisition == .buy, horizonMonths < selfHosted.depreciationMonths {
      out.append(.horizonShorterThanLife(horizonMonths: horizonMonths, lifeMonths: selfHosted.depreciationMonths))
    }
    return out
  }
}
