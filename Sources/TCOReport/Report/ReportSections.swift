import TCOData
import TCOModel

func simulationBlocks(_ r: SimulationResult, profile: ResolvedProfile) -> [Block] {
  let valid = r.samples - r.invalidSamples
  var figures: [(label: String, value: String)] = [
    ("Self-hosting cheaper over the horizon", Format.percent(r.probabilitySelfHostedCheaperHorizon)),
    ("Self-hosting cheaper per month", Format.percent(r.probabilitySelfHostedCheaperMonthly)),
  ]
  if let s = r.summaries[.horizonSavings] {
    figures.append(("Horizon savings, median", Format.money(s.p50)))
    figures.append(("P10 .. P90", Format.compactMoney(s.p10) + " .. " + Format.compactMoney(s.p90)))
  }
  let ranged = profile.distributions.map { $0.parameter.input?.flag ?? $0.parameter.name }
  var notes = [
    "\(Format.count(Double(r.samples))) samples (seed \(r.seed)) draw the ranged inputs (\(ranged.joined(separator: ", "))) "
      + "and evaluate the whole model for each; the figures above use the medians."
  ]
  if r.noBreakEvenSamples > 0 {
    notes.append("\(Format.count(Double(r.noBreakEvenSamples))) samples never break even.")
  }
  if r.invalidSamples > 0 {
    notes.append(
      "\(Format.count(Double(r.invalidSamples))) samples needed more GPUs than the model sizes and are left out; "
        + "\(Format.count(Double(valid))) remain.")
  }
  return [.keyFigures(figures), .paragraph(notes.joined(separator: " "))]
}

func hybridBlocks(_ e: Evaluation) -> [Block] {
  let v = e.verdict
  if let option = v.hybridOption { return [.bullets(option.sentences)] }
  if let advantage = v.hybridAdvantage { return [.paragraph(advantage.sentence)] }
  guard let split = e.scenario.bestSplit(frontierShare: e.scenario.hybrid.frontierShare) else {
    return [.paragraph("No split could be sized: the self-hosted part would need too many GPUs.")]
  }
  let b = split.best
  return [
    .paragraph(
      "No mix of the two routes beats the cheaper pure route by more than 5 % a month. The cheapest split "
        + "self-hosts \(Format.percent(b.selfHostedShare)) of the traffic for \(Format.money(b.total))/month, "
        + "against \(Format.money(split.pure.best)) for the cheaper pure route. 'llm-tco hybrid' also tries a base "
        + "load with overflow to the API.")
  ]
}

func inputBlocks(_ profile: ResolvedProfile) -> [Block] {
  var sources: [[String]] = []
  if let a = profile.apiEntry { sources.append(["API prices", a.id, a.source, a.asOf, a.confidence]) }
  if let g = profile.gpuEntry { sources.append(["GPU", g.id, g.source, g.asOf, g.confidence]) }
  if let t = profile.throughputEntry {
    sources.append(["Throughput", "\(t.model) on \(t.gpu) (\(t.precision))", t.source, t.asOf, t.confidence])
  }
  var blocks: [Block] = [
    .paragraph(
      "Catalog figures as of \(profile.catalogAsOf). Each catalog figure in use, with its source; every other input "
        + "is the profile's, a flag's, or the documented default.")
  ]
  if !sources.isEmpty {
    blocks.append(
      .table(
        DocumentTable(
          columns: [
            .init("Figure", .left, width: 12), .init("Entry", .left, width: 20), .init("Source", .left, width: 30),
            .init("As of", .left, width: 10), .init("Confidence", .left, width: 10),
          ],
          rows: sources)))
  }
  var rows: [[String]] = []
  flattenInputs(profile.inputsJSON, path: "", into: &rows)
  blocks.append(
    .table(DocumentTable(columns: [.init("Input", .left, width: 44), .init("Value", .left, width: 30)], rows: rows)))
  return blocks
}

/// Every leaf of a profile document as a row: its JSON path and its value.
func flattenInputs(_ value: JSONValue, path: String, into rows: inout [[String]]) {
  switch value {
  case .object(let members):
    for (key, v) in members { flattenInputs(v, path: path.isEmpty ? key : path + "." + key, into: &rows) }
  case .array(let items):
    rows.append([path, items.map(leafText).joined(separator: ", ")])
  default:
    rows.append([path, leafText(value)])
  }
}

func leafText(_ value: JSONValue) -> String {
  switch value {
  case .null: return "null"
  case .bool(let b): return b ? "true" : "false"
  case .number(let x): return Format.number(Format.roundSignificant(x, 8))
  case .string(let s): return s
  case .array(let items): return "[" + items.map(leafText).joined(separator: ", ") + "]"
  case .object(let members): return members.map { "\($0.key): \(leafText($0.value))" }.joined(separator: ", ")
  }
}

/// The formulas in short, each with the MODEL.md section that states it in full.
let formulaReference = [
  "API per month = 365/12 days × (uncached input × input price + cached input × cached price + output × output "
    + "price) / 1M × volume × batch and negotiated discounts + fixed fees (MODEL.md, Steady state).",
  "Replicas = busy replicas ÷ target utilization, rounded up, at least the minimum, plus spares; busy replicas = "
    + "(prefill tokens ÷ prefill rate + output tokens ÷ decode rate) ÷ 86,400 s (MODEL.md, Capacity).",
  "Self-hosted per month = GPU rent (GPU-hours × hourly rate), or for bought GPUs a level capital charge "
    + "(annuity over the GPU's life less its residual value) + maintenance + power + colocation; plus staff and "
    + "other costs (MODEL.md, Self-hosted monthly cost).",
  "Break-even = the lowest volume above which self-hosting stays cheaper, found exactly on the replica steps "
    + "(MODEL.md, Break-even volume).",
  "Horizon = cash month by month with growth and price trends; bought GPUs are paid when bought, replaced at the "
    + "end of their life, and their book value is credited at the end; NPV discounts each month "
    + "(MODEL.md, Horizon and cash flows).",
  "Verdict = the route with the lower horizon total unless a hard constraint rules (MODEL.md, Verdict); "
    + "sensitivity and Monte Carlo as in MODEL.md, Uncertainty.",
]
