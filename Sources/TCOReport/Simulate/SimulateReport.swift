import TCOData
import TCOModel

public func distributionText(_ d: Distribution) -> String {
  func n(_ x: Double) -> String { abs(x) >= 10_000 ? Format.count(x) : Format.significant(x, 4) }
  switch d {
  case .uniform(let lo, let hi): return "uniform \(n(lo))..\(n(hi))"
  case .triangular(let lo, let mode, let hi): return "triangular \(n(lo))..\(n(mode))..\(n(hi))"
  case .lognormal(let p10, let p90): return "lognormal p10 \(n(p10)), p90 \(n(p90))"
  }
}

public let metricLabels: [(SimulationMetric, String)] = [
  (.monthlyApi, "Monthly API"), (.monthlySelfHosted, "Monthly self-hosted"), (.monthlySavings, "Monthly savings"),
  (.horizonSavings, "Horizon savings"), (.breakEvenTokensPerDay, "Break-even tokens/day"),
]

public func simulationDocument(_ r: SimulationResult, _ sim: Simulation, _ profile: ResolvedProfile) -> JSONValue {
  var metrics: [(String, JSONValue)] = []
  for (metric, _) in metricLabels {
    guard let s = r.summaries[metric] else {
      metrics.append((metric.rawValue, .null))
      continue
    }
    func f(_ x: Double) -> JSONValue { metric == .breakEvenTokensPerDay ? J.num(x) : J.money(x) }
    metrics.append(
      (
        metric.rawValue,
        J.obj([
          ("mean", f(s.mean)), ("p5", f(s.p5)), ("p10", f(s.p10)), ("p50", f(s.p50)), ("p90", f(s.p90)),
          ("p95", f(s.p95)),
          ("samples", J.int(s.count)),
        ])
      ))
  }
  let histogram = J.obj([
    ("edges", .array(r.histogramEdges.map(J.money))), ("counts", .array(r.histogramCounts.map(J.int))),
  ])
  return J.obj(
    J.header + [
      ("samples", J.int(r.samples)), ("seed", .number(Double(r.seed))),
      ("metrics", J.obj(metrics)),
      (
        "probabilitySelfHostedCheaper",
        J.obj([
          ("monthly", J.num(r.probabilitySelfHostedCheaperMonthly)),
          ("horizon", J.num(r.probabilitySelfHostedCheaperHorizon)),
        ])
      ),
      ("noBreakEvenSamples", J.int(r.noBreakEvenSamples)),
      ("invalidSamples", J.int(r.invalidSamples)),
      ("horizonSavingsHistogram", histogram),
      (
        "uncertainInputs",
        .array(
          sim.inputs.map { J.obj([("path", J.str($0.parameter.name)), ("distribution", $0.distribution.json)]) })
      ),
      ("inputs", profile.inputsJSON),
    ])
}

public func simulationTable(_ r: SimulationResult, _ sim: Simulation, _ profile: ResolvedProfile) -> String {
  var out = wrap("llm-tco simulate" + (profile.name.map { ": \($0)" } ?? ""), rest: "  ")
  out.append("")
  out.append(
    "\(Format.fixed(Double(r.samples), 0, grouping: true)) samples, seed \(r.seed), \(sim.inputs.count) uncertain input\(sim.inputs.count == 1 ? "" : "s"):"
  )
  for input in sim.inputs {
    out.append(padRight("  " + input.parameter.name, 40) + distributionText(input.distribution))
  }
  out.append("")
  var c = Columns(labelWidth: 23, columnWidths: [9, 9, 9, 9, 9, 9])
  c.row("", ["mean", "P5", "P10", "P50", "P90", "P95"])
  for (metric, label) in metricLabels {
    guard let s = r.summaries[metric] else {
      c.row(label, ["none"])
      continue
    }
    func f(_ x: Double) -> String { metric == .breakEvenTokensPerDay ? Format.count(x) : Format.compactMoney(x) }
    c.row(label, [f(s.mean), f(s.p5), f(s.p10), f(s.p50), f(s.p90), f(s.p95)])
  }
  out += c.lines
  out.append("")
  let months = profile.scenario.horizonMonths
  out += wrap(
    "Self-hosting is cheaper in \(Format.percent(r.probabilitySelfHostedCheaperMonthly)) of samples by the month "
      + "and in \(Format.percent(r.probabilitySelfHostedCheaperHorizon)) over \(months) months.")
  if r.noBreakEvenSamples > 0 {
    out += wrap(
      "\(Format.fixed(Double(r.noBreakEvenSamples), 0, grouping: true)) samples have no break-even volume (self-hosting never catches up); the break-even row describes the others."
    )
  }
  if let warning = invalidSamplesWarning(r) { out += wrap(warning) }
  if !r.histogramCounts.isEmpty {
    out.append("")
    out.append("HORIZON SAVINGS (\(months) months)")
    let top = max(r.histogramCounts.max() ?? 1, 1)
    let labels = histogramEdgeLabels(r.histogramEdges)
    let width = max(8, labels.map(\.count).max() ?? 8)
    // The bars give up what wider labels take, so a line stays within 80 columns.
    let barWidth = min(40, max(10, 80 - 2 - 2 * width - 4 - 1 - 1 - 8))
    for (i, count) in r.histogramCounts.enumerated() {
      let range = padLeft(labels[i], width) + " to " + padRight(labels[i + 1], width)
      let bar = String(repeating: "#", count: Int((Double(count) / Double(top) * Double(barWidth)).rounded()))
      out.append("  " + range + " " + padRight(bar, barWidth + 1) + padLeft(String(count), 8))
    }
  }
  return out.joined(separator: "\n") + "\n"
}

public func simulationMarkdown(_ r: SimulationResult, _ sim: Simulation, _ profile: ResolvedProfile) -> String {
  var out = ["## llm-tco simulate" + (profile.name.map { ": \($0)" } ?? ""), ""]
  out.append(
    "\(Format.fixed(Double(r.samples), 0, grouping: true)) samples, seed \(r.seed). Uncertain inputs: "
      + sim.inputs.map { "`\($0.parameter.name)` \(distributionText($0.distribution))" }.joined(separator: "; ")
      + ".")
  out.append("")
  out.append("| | mean | P5 | P10 | P50 | P90 | P95 |")
  out.append("|---|---:|---:|---:|---:|---:|---:|")
  for (metric, label) in metricLabels {
    guard let s = r.summaries[metric] else {
      out.append("| \(label) | none | | | | | |")
      continue
    }
    func f(_ x: Double) -> String { metric == .breakEvenTokensPerDay ? Format.count(x) : Format.compactMoney(x) }
    out.append("| \(label) | \(f(s.mean)) | \(f(s.p5)) | \(f(s.p10)) | \(f(s.p50)) | \(f(s.p90)) | \(f(s.p95)) |")
  }
  out.append("")
  out.append(
    "Self-hosting is cheaper in **\(Format.percent(r.probabilitySelfHostedCheaperMonthly))** of samples by the month and **\(Format.percent(r.probabilitySelfHostedCheaperHorizon))** over \(profile.scenario.horizonMonths) months; \(Format.fixed(Double(r.noBreakEvenSamples), 0, grouping: true)) samples have no break-even."
  )
  if let warning = invalidSamplesWarning(r) {
    out.append("")
    out.append("**" + warning + "**")
  }
  return out.joined(separator: "\n") + "\n"
}

/// Labels of histogram edges: compact ("-$696k") unless two neighbours would read the same (a
/// narrow spread), then whole dollars, then cents.
func histogramEdgeLabels(_ edges: [Double]) -> [String] {
  for format in [Format.compactMoney, Format.money, Format.moneyCents] {
    let labels = edges.map(format)
    if zip(labels, labels.dropFirst()).allSatisfy({ $0 != $1 }) { return labels }
  }
  return edges.map(Format.moneyCents)
}

/// The samples left out because their fleet exceeded the model's limit, and what that does to
/// every figure; `nil` when there are none.
func invalidSamplesWarning(_ r: SimulationResult) -> String? {
  guard r.invalidSamples > 0 else { return nil }
  func whole(_ n: Int) -> String { Format.fixed(Double(n), 0, grouping: true) }
  let share = Format.percent(Double(r.invalidSamples) / Double(max(r.samples, 1)))
  return "Warning: \(whole(r.invalidSamples)) of \(whole(r.samples)) samples (\(share)) needed more than "
    + "\(whole(maximumGPUs)) GPUs in some month and are left out of every figure: the figures describe the other "
    + "\(whole(r.samples - r.invalidSamples)), not a random subset (the samples with the most demand are missing)."
}

/// The header line of `--samples-out`: the sample index, the drawn inputs, then the metrics.
public func samplesCSVHeader(_ sim: Simulation) -> String {
  (["sample"] + sim.inputs.map { $0.parameter.name } + SimulationMetric.allCases.map(\.rawValue)).joined(separator: ",")
    + "\n"
}

/// The `--samples-out` rows of a block of samples, as UTF-8: each drawn input as given, each
/// metric to 10 significant digits, empty where a sample has none (no break-even, or beyond
/// the GPU limit).
public func samplesCSVRows(_ block: SampleBlock, inputs k: Int) -> [UInt8] {
  var bytes: [UInt8] = []
  bytes.reserveCapacity(block.count * (24 + 20 * k + 14 * SimulationMetric.allCases.count))
  for n in 0..<block.count {
    bytes.append(contentsOf: String(block.start + n).utf8)
    for j in 0..<k {
      bytes.append(UInt8(ascii: ","))
      bytes.append(contentsOf: Format.number(block.drawn[n * k + j]).utf8)
    }
    func metric(_ x: Double) {
      bytes.append(UInt8(ascii: ","))
      if x.isFinite { bytes.append(contentsOf: Format.number(Format.roundSignificant(x, 10)).utf8) }
    }
    let o = block.outcomes[n]
    metric(o.monthlyApi)
    metric(o.monthlySelfHosted)
    metric(o.monthlySavings)
    metric(o.horizonSavings)
    metric(o.breakEvenTokensPerDay)
    bytes.append(UInt8(ascii: "\n"))
  }
  return bytes
}
