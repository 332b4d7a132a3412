import TCOData
import TCOModel

extension Verdict {
  /// The sentences that justify the recommendation, in the order a reader needs them.
  public var reasons: [String] {
    let months = "\(horizonMonths) month" + (horizonMonths == 1 ? "" : "s")
    let savings = apiTotal - selfHostedTotal
    let difference = abs(savings)
    let costSentence: String
    if savings > 0 {
      costSentence =
        "Self-hosting costs \(Format.money(difference)) less than the API over \(months) "
        + "(\(Format.money(selfHostedTotal)) against \(Format.money(apiTotal)))."
    } else if savings < 0 {
      costSentence =
        "The API costs \(Format.money(difference)) less than self-hosting over \(months) "
        + "(\(Format.money(apiTotal)) against \(Format.money(selfHostedTotal)))."
    } else {
      costSentence =
        "Both routes cost \(Format.money(apiTotal)) over \(months); the API is preferred "
        + "because it commits to no capacity."
    }
    var out: [String] = []
    switch rule {
    case .conflict?: out = [conflict ?? "", costSentence]
    case .dataMustStayInPerimeter?:
      out = ["Data must stay inside your perimeter, so the API route is ruled out whatever it costs.", costSentence]
    case .needsFrontierModel?:
      out = [
        "The workload needs a frontier model that cannot be self-hosted, so self-hosting is ruled out whatever it costs.",
        costSentence,
      ]
    case nil:
      out = [costSentence]
      if let payback = paybackMonth {
        out.append(
          "Self-hosting pays back in \(Format.month(payback)), when its cumulative cash falls to the API's.")
      }
    }
    if let hybrid = hybridAdvantage { out.append(hybrid.sentence) }
    return out
  }

  /// The conflict of hard constraints, when they rule out both routes.
  public var conflict: String? {
    guard rule == .conflict else { return nil }
    return "Conflicting constraints: data must stay inside your perimeter, which rules out the API, "
      + "but the workload needs a frontier model, which rules out self-hosting; no route meets both."
  }

  /// The advisories as sentences.
  public var advisorySentences: [String] { advisories.map(\.sentence) }
}

extension Advisory {
  public var sentence: String {
    switch self {
    case .smallTeam(let team):
      return "A team of \(team) is small to run GPU infrastructure (fewer than 3 engineers): "
        + "on-call, upgrades and incidents will compete with product work."
    case .tightLatency(let latency):
      return "A latency budget of \(Format.number(latency)) ms (under 100 ms) leaves little room for "
        + "a network round trip to a hosted API; self-hosting near your service helps."
    }
  }
}

extension HybridAdvantage {
  public var sentence: String {
    let how: String
    switch kind {
    case .split(let share):
      how = "self-host \(Format.percent(share)) of all traffic and send the rest to the API"
    case .overflow(let replicas, let overflowShare):
      how =
        "keep \(replicas) always-on replica\(replicas == 1 ? "" : "s") and send "
        + "each hour's excess (\(Format.percent(overflowShare)) of tokens) to the API"
    }
    return "A hybrid beats both pure routes by \(Format.percent(gain)) a month: \(how) "
      + "(\(Format.money(monthlyTotal)) a month against \(Format.money(bestPureMonthly))); see 'llm-tco hybrid'."
  }
}

extension ModelWarning {
  public var sentence: String {
    switch self {
    case .lowUtilization(let u):
      return "Self-hosted replicas would run at \(Format.percent(u)) utilization "
        + "(under 20%): most of the GPU time you pay for sits idle."
    case .shortAtPeak(let peak, let provisioned):
      return "Capacity is short at the busiest hour: it needs \(Format.significant(peak, 3)) "
        + "replicas at full load but \(provisioned) are provisioned; expect queueing or "
        + "route the peak to the API (lower utilization or autoscale to avoid it)."
    case .horizonShorterThanLife(let horizon, let life):
      return "The horizon (\(horizon) months) is shorter than the GPUs' life "
        + "(\(life) months): their remaining book value is credited at the end, "
        + "which assumes they can be resold or reused at that value."
    }
  }
}
