/// A route the verdict can recommend.
public enum Route: String, Sendable, Equatable {
  case api
  case selfHosted
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
  /// A latency budget under 100 ms.
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
  public var advisories: [Advisory]
}

/// Something about the inputs or results a decision-maker should look at twice.
public enum ModelWarning: Sendable, Equatable {
  /// Replicas would run under 20 % utilization.
  case lowUtilization(Double)
  /// Always-on replicas are short at the busiest hour: replicas needed at full load, provisioned.
  case shortAtPeak(peakReplicas: Double, provisioned: Int)
  /// Bought GPUs outlive the horizon: their book value is credited at the end.
  case horizonShorterThanLife(horizonMonths: Int, lifeMonths: Int)
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

  /// The recommendation: the route with the lower horizon total, unless constraints rule.
  public func verdict(horizon: Horizon) -> Verdict {
    let cheaper: Route = horizon.savings > 0 ? .selfHosted : .api
    var verdict = Verdict(
      recommendation: cheaper, rule: nil, horizonMonths: horizonMonths, apiTotal: horizon.apiTotal,
      selfHostedTotal: horizon.selfHostedTotal, paybackMonth: nil, hybridAdvantage: hybridAdvantage(),
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
      if let payback = horizon.paybackMonth, cheaper == .selfHosted, payback > 0 { verdict.paybackMonth = payback }
    }
    if let team = c.teamSize, team < 3 { verdict.advisories.append(.smallTeam(team)) }
    if let latency = c.latencyBudgetMs, latency < 100 {
      verdict.advisories.append(.tightLatency(milliseconds: latency))
    }
    return verdict
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
    if hybrid.frontierShare == 0, let overflow = bestOverflow(maxLoad: hybrid.maxLoad) {
      consider(
        overflow.best, overflow.pure,
        .overflow(replicas: overflow.best.replicas, overflowShare: overflow.overflowShare))
    }
    return options.min { $0.monthlyTotal < $1.monthlyTotal }
  }

  /// Warnings about inputs or results a decision-maker should look at twice.
  public func warnings(steady: SteadyState) -> [ModelWarning] {
    var out: [ModelWarning] = []
    let cap = steady.selfHosted.capacity
    if cap.utilization < 0.2 { out.append(.lowUtilization(cap.utilization)) }
    if selfHosted.provisioning == .alwaysOn, workload.hourlyShape != nil {
      let peak = workload.normalizedShape.max() ?? 0
      let peakDemand = cap.busyReplicas * 24 * peak
      if peakDemand > Double(cap.replicas) * (1 + 1e-9) {
        out.append(.shortAtPeak(peakReplicas: peakDemand, provisioned: cap.replicas))
      }
    }
    if selfHosted.acquisition == .buy, horizonMonths < selfHosted.depreciationMonths {
      out.append(.horizonShorterThanLife(horizonMonths: horizonMonths, lifeMonths: selfHosted.depreciationMonths))
    }
    return out
  }
}
