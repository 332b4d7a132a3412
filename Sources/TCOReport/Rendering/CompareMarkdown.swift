import TCOData
import TCOModel

/// The headline figures of a compare result as Markdown: both routes side by side, break-even,
/// payback and the verdict.
public func compareMarkdownSummary(_ e: Evaluation) -> String {
  let s = e.steadyState
  let h = e.horizon
  var out: [String] = []
  out.append("| | API | Self-hosted |")
  out.append("|---|---:|---:|")
  out.append("| Monthly cost (steady state) | \(Format.money(s.api.total)) | \(Format.money(s.selfHosted.total)) |")
  out.append("| Per 1M tokens | \(Format.price(s.apiPerMTok)) | \(Format.price(s.selfHostedPerMTok)) |")
  out.append(
    "| \(e.scenario.horizonMonths)-month total | \(Format.money(h.apiTotal)) | \(Format.money(h.selfHostedTotal)) |")
  out.append(
    "| NPV at \(Format.percent(e.scenario.discountRate)) | \(Format.money(h.apiNPV)) | \(Format.money(h.selfHostedNPV)) |"
  )
  let cap = s.selfHosted.capacity
  out.append(
    "| Capacity | | \(cap.replicas) replicas, \(cap.gpus) GPUs, \(Format.percent(cap.utilization)) utilization |")
  out.append("")
  let breakEven = e.breakEven.tokensPerDay.map { "\(Format.count($0)) tokens/day" } ?? "none"
  let payback = paybackFigure(
    month: e.horizon.paybackMonth, savings: e.horizon.savings, months: e.scenario.horizonMonths)
  out.append("Break-even: **\(breakEven)** · Payback: **\(payback)**")
  out.append("")
  switch e.verdict.recommendation {
  case .api: out.append("**Verdict: use the API.**")
  case .selfHosted: out.append("**Verdict: self-host.**")
  case .hybrid: out.append("**Verdict: hybrid (the frontier share on the API, the rest self-hosted).**")
  case nil: out.append("**Verdict: none (constraints conflict).**")
  }
  out.append("")
  for reason in e.verdict.reasons { out.append("- \(reason)") }
  for advisory in e.verdict.advisorySentences { out.append("- Advisory: \(advisory)") }
  return out.joined(separator: "\n")
}

/// The compare report as Markdown, ready for a pull-request comment.
public func compareMarkdown(_ e: Evaluation, profile: ResolvedProfile, warnings: [String]) -> String {
  let w = e.scenario.workload
  var out = ["## llm-tco compare" + (profile.name.map { ": \($0)" } ?? ""), ""]
  out.append(
    "\(Format.count(w.tokensPerDay)) tokens/day (\(Format.count(w.inputTokensPerDay)) input, "
      + "\(Format.count(w.outputTokensPerDay)) output): **\(e.scenario.api.model ?? "custom API prices")** against "
      + "**\(servingLabel(profile))** "
      + "(\(e.scenario.selfHosted.acquisition.rawValue)).")
  out.append("")
  if let serving = profile.serving, usesServingEstimate(profile) {
    out.append(servingSummary(serving) + ".")
    out.append("")
  }
  if let choice = profile.gpuChoice {
    out.append("| GPU choice (`--gpu auto`) | GPUs | per month | over \(choice.horizonMonths) months |")
    out.append("|---|---:|---:|---:|")
    for (n, x) in ([choice.chosen] + choice.alternatives).enumerated() {
      out.append(
        "| \(n == 0 ? "**" : "")\(x.gpusPerReplica)x \(x.gpu) \(x.precision)\(n == 0 ? "**" : "") | \(x.gpus) | "
          + "\(Format.money(x.monthlyCost)) | \(Format.money(x.horizonCost)) |")
    }
    out.append("")
    let dropped = choice.dropped.map { "\($0.count) \($0.reason.rawValue)" }
    out.append(
      "\(choice.tried) configurations tried"
        + (dropped.isEmpty ? "." : "; dropped: " + dropped.joined(separator: "; ") + "."))
    out.append("")
  }
  out.append(compareMarkdownSummary(e))
  out.append("")
  out.append("<details><summary>Horizon by year</summary>")
  out.append("")
  out.append("| year | API | self-hosted | savings |")
  out.append("|---:|---:|---:|---:|")
  for y in e.horizon.years {
    out.append(
      "| \(y.year) | \(Format.money(y.api)) | \(Format.money(y.selfHosted)) | \(Format.money(y.api - y.selfHosted)) |")
  }
  out.append("")
  out.append("</details>")
  if !warnings.isEmpty {
    out.append("")
    out.append("**Warnings**")
    out.append("")
    for warning in warnings { out.append("- \(warning)") }
  }
  return out.joined(separator: "\n") + "\n"
}
