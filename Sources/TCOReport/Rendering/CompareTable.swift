import TCOData
import TCOModel

/// The `compare` report for a terminal: fits 80 columns, reads top to bottom the way a
/// reviewer checks it (workload, monthly costs, break-even, horizon, verdict, warnings).
public func compareTable(_ evaluation: Evaluation, profile: ResolvedProfile, warnings: [String]) -> String {
  let s = evaluation.scenario
  let w = s.workload
  let steady = evaluation.steadyState
  var out = wrap("llm-tco compare" + (profile.name.map { ": \($0)" } ?? ""), rest: "  ")
  out.append("")

  // Workload and the two routes.
  out.append("WORKLOAD")
  var volume =
    "\(Format.count(w.tokensPerDay)) tokens/day: \(Format.count(w.inputTokensPerDay)) input, "
    + "\(Format.count(w.outputTokensPerDay)) output (\(Format.count(steady.monthlyMTok * 1e6))/month)"
  if let r = w.volume.requestsPerDay {
    volume += "; \(Format.count(r * daysPerMonth)) requests/month"
  }
  out += wrap(volume, first: padRight("  Volume", 18), rest: String(repeating: " ", count: 18))
  var mix: [String] = []
  if w.cachedInputShare > 0 { mix.append("\(Format.percent(w.cachedInputShare)) of input cached") }
  if w.batchShare > 0 { mix.append("\(Format.percent(w.batchShare)) batch") }
  if w.monthlyGrowth != 0 { mix.append("growing \(Format.percent(w.monthlyGrowth))/month") }
  if w.hourlyShape != nil { mix.append("hourly shape given") }
  if !mix.isEmpty {
    out += wrap(mix.joined(separator: ", "), first: padRight("  Mix", 18), rest: String(repeating: " ", count: 18))
  }
  let a = s.api
  var apiLine =
    (a.model ?? "custom prices") + ": \(Format.price(a.inputPerMTok)) input, "
    + "\(Format.price(a.cachedInputPerMTok)) cached, \(Format.price(a.outputPerMTok)) output per 1M"
  if a.discount > 0 { apiLine += ", \(Format.percent(a.discount)) discount" }
  out += wrap(apiLine, first: padRight("  API", 18), rest: String(repeating: " ", count: 18))
  let h = s.selfHosted
  var serving = h.model ?? "custom model"
  if let p = h.precision { serving += " \(p)" }
  serving += " on " + (h.gpu ?? "custom GPUs")
  switch h.acquisition {
  case .rent:
    serving += ", rented at \(Format.price(h.gpuHourlyRate ?? 0))/GPU-hour"
    if h.reservedDiscount > 0 { serving += " less \(Format.percent(h.reservedDiscount))" }
    if h.provisioning == .autoscaled { serving += ", autoscaled" }
  case .buy:
    serving += ", bought at \(Format.money(h.gpuPurchasePrice ?? 0))/GPU"
  }
  out += wrap(serving, first: padRight("  Self-hosted", 18), rest: String(repeating: " ", count: 18))
  out += wrap(
    "\(h.gpusPerReplica) GPU\(h.gpusPerReplica == 1 ? "" : "s")/replica; \(Format.count(h.prefillTokensPerSecond)) "
      + "prefill and \(Format.count(h.decodeTokensPerSecond)) decode tokens/s per replica; "
      + "target utilization \(Format.percent(h.utilization))",
    first: String(repeating: " ", count: 18))
  if let serving = profile.serving, usesServingEstimate(profile) {
    out += wrap(servingSummary(serving), first: String(repeating: " ", count: 18))
  }
  out.append("")
  if let choice = profile.gpuChoice {
    out.append(
      contentsOf: gpuChoiceTable(choice).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        .map(String.init))
    out.append("")
  }

  // Monthly steady state.
  var t = Columns(labelWidth: 34, columnWidths: [14, 16])
  t.row("MONTHLY COST (steady state)", ["API", "Self-hosted"])
  let api = steady.api
  let own = steady.selfHosted
  t.row("  Input tokens", [Format.money(api.input), ""])
  t.row("  Cached input tokens", [Format.money(api.cachedInput), ""])
  t.row("  Output tokens", [Format.money(api.output), ""])
  t.row("  Fixed", [Format.money(api.fixed), ""])
  switch h.acquisition {
  case .rent:
    t.row("  GPU rent (\(Format.count(own.gpuHours)) GPU-hours)", ["", Format.money(own.gpuRent)])
  case .buy:
    t.row("  Capital charge", ["", Format.money(own.capital)])
    t.row("  Maintenance", ["", Format.money(own.maintenance)])
    t.row("  Power", ["", Format.money(own.power)])
    t.row("  Colocation", ["", Format.money(own.colocation)])
  }
  t.row("  Staff (\(Format.significant(h.staffFTE, 3)) FTE)", ["", Format.money(own.staff)])
  t.row("  Other", ["", Format.money(own.other)])
  t.row("  Total", [Format.money(api.total), Format.money(own.total)])
  t.row("  Per 1M tokens", [Format.price(steady.apiPerMTok), Format.price(steady.selfHostedPerMTok)])
  let cap = own.capacity
  let replicaWord = (h.provisioning == .autoscaled ? "peak replica" : "replica") + (cap.replicas == 1 ? "" : "s")
  t.row(
    "  \(cap.replicas) \(replicaWord), \(cap.gpus) GPU\(cap.gpus == 1 ? "" : "s"), utilization",
    ["", Format.percent(cap.utilization)])
  t.row("  Savings from self-hosting", ["", Format.money(steady.savings)])
  out += t.lines
  out.append("")

  // Break-even.
  out.append("BREAK-EVEN VOLUME")
  let b = evaluation.breakEven
  if let tokens = b.tokensPerDay {
    var line = "\(Format.count(tokens)) tokens/day"
    if let r = b.requestsPerMonth { line += " (\(Format.count(r)) requests/month)" }
    out.append("  " + line)
  } else {
    out.append("  none")
  }
  out += wrap(b.sentence, first: "  ", rest: "  ")
  out.append("")

  // Horizon.
  let hz = evaluation.horizon
  var y = Columns(labelWidth: 26, columnWidths: [16, 18, 16])
  y.row("HORIZON (\(s.horizonMonths) months, cash)", ["API", "Self-hosted", "Savings"])
  for year in hz.years {
    let label = "  Year \(year.year)" + (year.months < 12 ? " (\(year.months) mo)" : "")
    y.row(label, [Format.money(year.api), Format.money(year.selfHosted), Format.money(year.api - year.selfHosted)])
  }
  y.row("  Total", [Format.money(hz.apiTotal), Format.money(hz.selfHostedTotal), Format.money(hz.savings)])
  y.row(
    "  NPV at \(Format.percent(s.discountRate))",
    [Format.money(hz.apiNPV), Format.money(hz.selfHostedNPV), Format.money(hz.npvSavings)])
  out += y.lines
  if h.acquisition == .buy {
    out.append("  Year \(hz.years.count) includes a credit of \(Format.money(hz.endCredit)) for the GPUs' book value.")
  }
  out += horizonFleetLines(evaluation)
  out += wrap(
    paybackSentence(month: hz.paybackMonth, savings: hz.savings, months: s.horizonMonths), first: "  ", rest: "  ")
  out.append("")

  // Verdict.
  let v = evaluation.verdict
  switch v.recommendation {
  case .api: out.append("VERDICT: use the API")
  case .selfHosted: out.append("VERDICT: self-host")
  case .hybrid: out.append("VERDICT: hybrid (the frontier share on the API, the rest self-hosted)")
  case nil: out.append("VERDICT: none (constraints conflict)")
  }
  for reason in v.reasons { out += wrap(reason, first: "  - ", rest: "    ") }
  for advisory in v.advisorySentences { out += wrap("Advisory: " + advisory, first: "  - ", rest: "    ") }
  if !warnings.isEmpty {
    out.append("")
    out.append("WARNINGS")
    for warning in warnings { out += wrap(warning, first: "  - ", rest: "    ") }
  }
  return out.joined(separator: "\n") + "\n"
}
