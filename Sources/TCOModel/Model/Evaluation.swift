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

/// The recommendation and the sentences that justify it.
public struct Verdict: Sendable, Equatable {
  /// `nil` when constraints conflict.
  public var recommendation: Route?
  public var reasons: [String]
  public var advisories: [String]
  /// Set when hard constraints rule out both routes.
  public var conflict: String?
}

/// Everything `compare` reports for one scenario.
public struct Evaluation: Sendable, Equatable {
  public var scenario: Scenario
  public var steadyState: SteadyState
  public var breakEven: BreakEven
  public var horizon: Horizon
  public var verdict: Verdict
  public var warnings: [String]
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
    var verdict = Verdict(recommendation: nil, reasons: [], advisories: [], conflict: nil)
    let months = "\(horizonMonths) month" + (horizonMonths == 1 ? "" : "s")
    let difference = abs(horizon.savings)
    let costSentence: String
    let cheaper: Route
    if horizon.savings > 0 {
      cheaper = .selfHosted
      costSentence =
        "Self-hosting costs \(Format.money(difference)) less than the API over \(months) "
        + "(\(Format.money(horizon.selfHostedTotal)) against \(Format.money(horizon.apiTotal)))."
    } else if horizon.savings < 0 {
      cheaper = .api
      costSentence =
        "The API costs \(Format.money(difference)) less than self-hosting over \(months) "
        + "(\(Format.money(horizon.apiTotal)) against \(Format.money(horizon.selfHostedTotal)))."
    } else {
      cheaper = .api
      costSentence =
        "Both routes cost \(Format.money(horizon.apiTotal)) over \(months); the API is preferred "
        + "because it commits to no capacity."
    }
    let c = constraints
    switch (c.dataMustStayInPerimeter, c.needsFrontierModel) {
    case (true, true):
      verdict.conflict =
        "Conflicting constraints: data must stay inside your perimeter, which rules out the API, "
        + "but the workload needs a frontier model, which rules out self-hosting; no route meets both."
      verdict.reasons = [verdict.conflict!, costSentence]
    case (true, false):
      verdict.recommendation = .selfHosted
      verdict.reasons = [
        "Data must stay inside your perimeter, so the API route is ruled out whatever it costs.",
        costSentence,
      ]
    case (false, true):
      verdict.recommendation = .api
      verdict.reasons = [
        "The workload needs a frontier model that cannot be self-hosted, so self-hosting is ruled out whatever it costs.",
        costSentence,
      ]
    case (false, false):
      verdict.recommendation = cheaper
      verdict.reasons = [costSentence]
      if let payback = horizon.paybackMonth, cheaper == .selfHosted, payback > 0 {
        verdict.reasons.append(
          "Self-hosting pays back in \(Format.month(payback)), when its cumulative cash falls to the API's.")
      }
    }
    if let hybridReason = hybridAdvantage() { verdict.reasons.append(hybridReason) }
    if let team = c.teamSize, team < 3 {
      verdict.advisories.append(
        "A team of \(team) is small to run GPU infrastructure (fewer than 3 engineers): "
          + "on-call, upgrades and incidents will compete with product work.")
    }
    if let latency = c.latencyBudgetMs, latency < 100 {
      verdict.advisories.append(
        "A latency budget of \(Format.number(latency)) ms (under 100 ms) leaves little room for "
          + "a network round trip to a hosted API; self-hosting near your service helps.")
    }
    return verdict
  }

  /// A sentence when the best split or overflow beats both pure routes by more than 5 % a month.
  public func hybridAdvantage() -> String? {
    var options: [(HybridPoint, PureRoutes, String)] = []
    if let split = bestSplit(frontierShare: hybrid.frontierShare) {
      options.append(
        (
          split.best, split.pure,
          "self-host \(Format.percent(split.best.selfHostedShare)) of all traffic and send the rest to the API"
        ))
    }
    if hybrid.frontierShare == 0, let overflow = bestOverflow(maxLoad: hybrid.maxLoad) {
      options.append(
        (
          overflow.best, overflow.pure,
          "keep \(overflow.best.replicas) always-on replica\(overflow.best.replicas == 1 ? "" : "s") and send "
            + "each hour's excess (\(Format.percent(overflow.overflowShare)) of tokens) to the API"
        ))
    }
    // Only true mixes count: an overflow that sends nothing to the API is self-hosting alone.
    let mixes = options.filter { $0.0.selfHostedShare > 0 && $0.0.selfHostedShare < 1 && $0.0.total < 0.95 * $0.1.best }
    guard let (point, pure, how) = mixes.min(by: { $0.0.total < $1.0.total }) else { return nil }
    let gain = 1 - point.total / pure.best
    return "A hybrid beats both pure routes by \(Format.percent(gain)) a month: \(how) "
      + "(\(Format.money(point.total)) a month against \(Format.money(pure.best))); see 'llm-tco hybrid'."
  }

  /// Warnings about inputs or results a decision-maker should look at twice.
  public func warnings(steady: SteadyState) -> [String] {
    var out: [String] = []
    let cap = steady.selfHosted.capacity
    if cap.utilization < 0.2 {
      out.append(
        "Self-hosted replicas would run at \(Format.percent(cap.utilization)) utilization "
          + "(under 20%): most of the GPU time you pay for sits idle.")
    }
    if selfHosted.provisioning == .alwaysOn, workload.hourlyShape != nil {
      let peak = workload.normalizedShape.max() ?? 0
      let peakDemand = cap.busyReplicas * 24 * peak
      if peakDemand > Double(cap.replicas) * (1 + 1e-9) {
        out.append(
          "Capacity is short at the busiest hour: it needs \(Format.significant(peakDemand, 3)) "
            + "replicas at full load but \(cap.replicas) are provisioned; expect queueing or "
            + "route the peak to the API (lower utilization or autoscale to avoid it).")
      }
    }
    if selfHosted.acquisition == .buy, horizonMonths < selfHosted.depreciationMonths {
      out.append(
        "The horizon (\(horizonMonths) months) is shorter than the GPUs' life "
          + "(\(selfHosted.depreciationMonths) months): their remaining book value is credited at the end, "
          + "which assumes they can be resold or reused at that value.")
    }
    return out
  }
}
