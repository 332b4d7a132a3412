import TCOData
import TCOModel

/// What the report needs beyond the evaluation: the ranged-input analyses, when inputs are ranged.
public struct ReportExtras: Sendable {
  public var sensitivity: SensitivityResult?
  public var simulation: SimulationResult?

  public init(sensitivity: SensitivityResult? = nil, simulation: SimulationResult? = nil) {
    self.sensitivity = sensitivity
    self.simulation = simulation
  }
}

/// The report a CTO forwards to a CFO, as a document: the question and the answer, the verdict,
/// warnings, the monthly breakdown, break-even, horizon and fleet (tables and charts), the
/// ranged-input analyses, the hybrid option, every input with its source, and the formulas.
public func reportDocument(
  _ e: Evaluation, profile: ResolvedProfile, warnings: [String], extras: ReportExtras = ReportExtras()
) -> Document {
  let s = e.scenario
  let v = e.verdict
  let h = e.horizon
  var d = Document(title: "LLM cost report" + (profile.name.map { ": \($0)" } ?? ""))
  d.blocks.append(.paragraph(reportQuestion(s)))
  d.blocks.append(.paragraph(reportAnswer(e), emphasis: true))
  var figures: [(label: String, value: String)] = [
    ("API per month", Format.money(e.steadyState.api.total)),
    ("Self-hosted per month", Format.money(e.steadyState.selfHosted.total)),
    ("Break-even", e.breakEven.tokensPerDay.map { Format.count($0) + " tokens/day" } ?? "none"),
    ("Savings over \(s.horizonMonths) months", Format.money(h.savings)),
  ]
  let kept = h.savings < 0 ? ", not kept to the end" : ""
  figures.append(("Payback", h.paybackMonth.map { "month \($0)" + kept } ?? "never within the horizon"))
  d.blocks.append(.keyFigures(figures))

  d.blocks.append(.heading("Verdict"))
  d.blocks.append(.bullets(v.reasons + v.advisorySentences.map { "Advisory: " + $0 }))
  if !warnings.isEmpty {
    d.blocks.append(.heading("Warnings"))
    d.blocks.append(.bullets(warnings))
  }

  d.blocks.append(.heading("Monthly cost (steady state)"))
  d.blocks += monthlyBlocks(e)

  d.blocks.append(.heading("Break-even volume"))
  d.blocks.append(.paragraph(e.breakEven.sentence))
  d.blocks.append(.chart(ResultCharts.breakEven(e)))

  d.blocks.append(.heading("Horizon"))
  d.blocks += horizonBlocks(e)
  d.blocks.append(.chart(ResultCharts.horizon(e)))
  d.blocks.append(.chart(ResultCharts.fleet(e)))

  if let r = extras.sensitivity {
    d.blocks.append(.heading("Sensitivity"))
    d.blocks.append(
      .paragraph(
        "Each uncertain input at its low and its high value (the 10th and 90th percentiles of its distribution), "
          + "every other input at its base: the inputs that move the \(s.horizonMonths)-month savings most."))
    d.blocks.append(.chart(ResultCharts.tornado(r, horizonMonths: s.horizonMonths)))
  }
  if let r = extras.simulation {
    d.blocks.append(.heading("Monte Carlo"))
    d.blocks += simulationBlocks(r, profile: profile)
    d.blocks.append(.chart(ResultCharts.distribution(r, horizonMonths: s.horizonMonths)))
  }

  d.blocks.append(.heading("Hybrid option"))
  d.blocks += hybridBlocks(e)
  if let chart = ResultCharts.hybrid(s) { d.blocks.append(.chart(chart)) }

  d.blocks.append(.heading("Inputs and sources"))
  d.blocks += inputBlocks(profile)

  d.blocks.append(.heading("How it is computed"))
  d.blocks.append(.paragraph("Every formula is written out in plain words in MODEL.md; in short:"))
  d.blocks.append(.bullets(formulaReference))
  return d
}

/// "For 5.00M tokens a day: pay for gpt-4o per token, or run llama-3.1-70b on rented h100-sxm GPUs?"
func reportQuestion(_ s: Scenario) -> String {
  let h = s.selfHosted
  let route =
    (h.model ?? "an open-weight model") + " on " + (h.acquisition == .buy ? "bought " : "rented ") + (h.gpu ?? "GPUs")
    + (h.gpu == nil ? "" : " GPUs")
  return "The question: for \(Format.count(s.workload.tokensPerDay)) tokens a day"
    + (s.workload.monthlyGrowth != 0 ? " growing \(Format.percent(s.workload.monthlyGrowth)) a month" : "")
    + ", pay for \(s.api.model ?? "an API") per token, or run \(route), over \(s.horizonMonths) months?"
}

/// The answer in one sentence.
func reportAnswer(_ e: Evaluation) -> String {
  let v = e.verdict
  let first = v.reasons.first ?? ""
  switch v.recommendation {
  case .selfHosted?: return "The answer: self-host. " + first
  case .api?: return "The answer: use the API. " + first
  case .hybrid?: return "The answer: a hybrid, the frontier share on the API and the rest self-hosted. " + first
  case nil: return "The answer: no route meets the constraints. " + first
  }
}

func monthlyBlocks(_ e: Evaluation) -> [Block] {
  let api = e.steadyState.api
  let own = e.steadyState.selfHosted
  let h = e.scenario.selfHosted
  var rows: [[String]] = [
    ["Input tokens", Format.money(api.input), ""], ["Cached input tokens", Format.money(api.cachedInput), ""],
    ["Output tokens", Format.money(api.output), ""], ["Fixed", Format.money(api.fixed), ""],
  ]
  switch h.acquisition {
  case .rent: rows.append(["GPU rent (\(Format.count(own.gpuHours)) GPU-hours)", "", Format.money(own.gpuRent)])
  case .buy:
    rows += [
      ["Capital charge", "", Format.money(own.capital)], ["Maintenance", "", Format.money(own.maintenance)],
      ["Power", "", Format.money(own.power)], ["Colocation", "", Format.money(own.colocation)],
    ]
  }
  rows += [
    ["Staff (\(Format.significant(h.staffFTE, 3)) FTE)", "", Format.money(own.staff)],
    ["Other", "", Format.money(own.other)],
    ["Total", Format.money(api.total), Format.money(own.total)],
    ["Per 1M tokens", Format.price(e.steadyState.apiPerMTok), Format.price(e.steadyState.selfHostedPerMTok)],
  ]
  let cap = own.capacity
  return [
    .table(
      DocumentTable(
        columns: [
          .init("Component", .left, width: 36), .init("API", .right, width: 14),
          .init("Self-hosted", .right, width: 16),
        ],
        rows: rows)),
    .paragraph(
      "Self-hosting runs \(cap.replicas) replica\(cap.replicas == 1 ? "" : "s") on \(cap.gpus) GPU"
        + "\(cap.gpus == 1 ? "" : "s") at \(Format.percent(cap.utilization)) utilization; "
        + "the capital charge spreads each GPU's price over its life (accrual), while the horizon below counts cash."),
  ]
}

func horizonBlocks(_ e: Evaluation) -> [Block] {
  let h = e.horizon
  let s = e.scenario
  let gpus = yearFleet(e)
  var rows: [[String]] = []
  for (i, y) in h.years.enumerated() {
    rows.append([
      "Year \(y.year)" + (y.months < 12 ? " (\(y.months) mo)" : ""), Format.money(y.api), Format.money(y.selfHosted),
      Format.money(y.api - y.selfHosted), i < gpus.count ? "\(gpus[i].gpusAtEnd)" : "",
    ])
  }
  rows.append(["Total", Format.money(h.apiTotal), Format.money(h.selfHostedTotal), Format.money(h.savings), ""])
  rows.append([
    "NPV at \(Format.percent(s.discountRate))", Format.money(h.apiNPV), Format.money(h.selfHostedNPV),
    Format.money(h.npvSavings), "",
  ])
  var blocks: [Block] = [
    .table(
      DocumentTable(
        columns: [
          .init("Cash", .left, width: 18), .init("API", .right, width: 14), .init("Self-hosted", .right, width: 14),
          .init("Savings", .right, width: 14),
          .init(s.selfHosted.acquisition == .buy ? "GPUs owned" : "GPUs", .right, width: 11),
        ],
        rows: rows))
  ]
  var notes: [String] = []
  if s.selfHosted.acquisition == .buy {
    notes.append("The last year includes a credit of \(Format.money(h.endCredit)) for the GPUs' book value.")
  }
  notes.append(paybackSentence(month: h.paybackMonth, savings: h.savings, months: s.horizonMonths))
  notes.append("GPUs are counted at each year's end. 'llm-tco compare --schedule' lists every month.")
  blocks.append(.paragraph(notes.joined(separator: " ")))
  return blocks
}
