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
    case nil where hybridOption != nil:
      out = hybridOption.map(\.sentences) ?? []
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
      return "A latency budget of \(Format.number(latency)) ms is not something the cost model checks: "
        + "it sizes self-hosted replicas to selfHosted.ttftTargetMs and tpotTargetMs (time to first token and "
        + "per output token), so set those; an API's latency is not modelled, measure it from where you run."
    }
  }
}

extension HybridAdvantage.Kind {
  /// "self-host 80% of all traffic and send the rest to the API", or the overflow equivalent.
  public var description: String {
    switch self {
    case .split(let share):
      return "self-host \(Format.percent(share)) of all traffic and send the rest to the API"
    case .overflow(let replicas, let overflowShare):
      return "keep \(replicas) always-on replica\(replicas == 1 ? "" : "s") and send "
        + "each hour's excess and the frontier share (\(Format.percent(overflowShare)) of tokens) to the API"
    }
  }
}

extension HybridOption {
  /// Why the choice is the API alone or a hybrid, and which costs less over the horizon.
  public var sentences: [String] {
    let months = horizonMonthsText
    let first =
      "A \(Format.percent(frontierShare)) frontier share must stay on the API, so self-hosting alone is not an "
      + "option: the choice is the API alone or a hybrid."
    let cheaper = horizonTotal < apiAloneHorizonTotal
    let second =
      "The best hybrid (\(kind.description), \(Format.money(monthly)) in the first month) costs "
      + "\(Format.money(horizonTotal)) over \(months) against \(Format.money(apiAloneHorizonTotal)) for the API alone"
      + (cheaper
        ? ", \(Format.money(apiAloneHorizonTotal - horizonTotal)) less."
        : ": the API alone is cheaper by \(Format.money(horizonTotal - apiAloneHorizonTotal)).")
    return [first, second]
  }

  var horizonMonthsText: String { "\(horizonMonths) month" + (horizonMonths == 1 ? "" : "s") }
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
    case .sizedForBusiestHour(let target, let effective, let peak, let maxLoad):
      return "Always-on replicas are sized for the busiest hour (\(Format.significant(peak, 3))x the day's average "
        + "traffic) at no more than \(Format.percent(maxLoad)) load, so they average \(Format.percent(effective)) "
        + "utilization, not the \(Format.percent(target)) target; autoscaling or routing the peak to the API "
        + "(llm-tco hybrid) would use them better."
    case .thinStaff(let gpus, let engineers) where engineers == 0:
      return "\(gpus) GPU\(gpus == 1 ? "" : "s") with no engineer to run them (selfHosted.staffFTE is 0): on-call, "
        + "upgrades and incidents cost someone's time."
    case .thinStaff(let gpus, let engineers):
      return "\(gpus) GPUs on \(Format.significant(engineers, 3)) engineer" + (engineers == 1 ? "" : "s") + " is "
        + "\(Format.significant(Double(gpus) / engineers, 3)) per engineer, more than the about "
        + "\(Format.number(Scenario.gpusPerEngineerAdvisory)) one engineer keeps running in operations practice; "
        + "raise selfHosted.staffFTE (staff cost grows with the fleet)."
    case .singleReplica:
      return "The self-hosted service runs on a single replica: a GPU failure or an upgrade takes it down. "
        + "For production, add selfHosted.spareReplicas (N+1)."
    case .noFacilityCost:
      return "Bought GPUs with no colocation or facility cost: rack space, cooling and networking are not free; "
        + "set selfHosted.colocationPerKWMonth (or otherMonthly) to your quote."
    case .horizonShorterThanLife(let horizon, let life):
      return "The horizon (\(horizon) months) is shorter than the GPUs' life "
        + "(\(life) months): their remaining book value is credited at the end, "
        + "which assumes they can be resold or reused at that value."
    }
  }
}
