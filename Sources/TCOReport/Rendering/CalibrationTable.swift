import TCOData
import TCOModel

/// Tokens per second for a table: grouped whole numbers from 100, one decimal below.
func tokenRate(_ x: Double?) -> String {
  guard let x, x.isFinite else { return "-" }
  return abs(x) >= 100 ? Format.fixed(x, 0, grouping: true) : Format.fixed(x, 1)
}

/// A latency in milliseconds for a table, or "-".
func milliseconds(_ x: Double?) -> String {
  guard let x, x.isFinite else { return "-" }
  return abs(x) >= 100 ? Format.fixed(x, 0) : Format.fixed(x, 1)
}

/// A residual as a signed percentage: "+0.0%", "-12.3%".
func signedPercent(_ x: Double?) -> String {
  guard let x, x.isFinite else { return "-" }
  let text = Format.fixed(x * 100, 1)
  return (text.hasPrefix("-") ? text : "+" + text) + "%"
}

/// The load a run offered: "c=32" (concurrency cap), "4 req/s" (rate) or "burst" (everything at once).
public func benchmarkLoad(_ run: BenchmarkRun) -> String {
  if let c = run.maxConcurrency { return "c=" + Format.number(Format.roundSignificant(c, 6)) }
  switch run.requestRate {
  case .perSecond(let r)?: return Format.number(Format.roundSignificant(r, 4)) + " req/s"
  case .unbounded?: return "burst"
  case nil: return "-"
  }
}

/// One line saying what the serving rates are.
public func servingRateSentence(_ fit: ServingRateFit?) -> String {
  switch fit {
  case .separate(let p, let d)?:
    return "prefill \(tokenRate(p)) and decode \(tokenRate(d)) tokens/s per replica"
  case .combined(let c, let reason)?:
    return "\(tokenRate(c)) tokens/s per replica for input and output together (\(reason))"
  case nil:
    return "none: no run could be fitted"
  }
}

/// The `calibrate` report for a terminal (80 columns): the runs, their throughput per replica and
/// per GPU with the fit's residual, their latencies, the fitted rates and the best run under the targets.
public func calibrationTable(_ result: CalibrationResult) -> String {
  let c = result.all
  let gpus = c.gpusPerReplica
  var out = wrap(
    "llm-tco calibrate: \(c.runs.count) run(s) from \(result.files.count) file(s), \(gpus) GPU(s) per replica"
      + (c.replicas > 1 ? ", \(c.replicas) replicas measured together" : ""), rest: "  ")
  out += ["", "RUNS"]
  for (i, r) in c.runs.enumerated() {
    var about = r.run.format.rawValue
    if let model = r.run.model { about += ", " + model }
    let source = r.run.source.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    out += wrap("\(source) (\(about))", first: padLeft("\(i + 1)", 3) + "  ", rest: "     ")
  }
  out += ["", "THROUGHPUT (tokens/s; residual = fitted / measured - 1; * = fitted)"]
  var t = Columns(labelWidth: 13, columnWidths: [7, 7, 10, 9, 10, 9, 10, 2])
  t.row("  # load", ["input", "output", "out/rep", "out/GPU", "total/rep", "tot/GPU", "resid.", ""])
  for (i, r) in c.runs.enumerated() {
    t.row(
      padLeft("\(i + 1)", 3) + " " + benchmarkLoad(r.run),
      [
        tokenRate(r.run.meanInputTokens), tokenRate(r.run.meanOutputTokens),
        tokenRate(r.outputTokensPerSecondPerReplica), tokenRate(r.outputTokensPerSecondPerGPU),
        tokenRate(r.totalTokensPerSecondPerReplica), tokenRate(r.totalTokensPerSecondPerGPU),
        signedPercent(r.relativeResidual), r.usedInFit ? "*" : "",
      ])
  }
  out += t.lines
  out += ["", "LATENCY (ms; TPOT is the inter-token latency where the file has no TPOT)"]
  var l = Columns(labelWidth: 6, columnWidths: [9, 8, 8, 9, 8, 8, 0])
  l.row("  #", ["TTFT p50", "mean", "p99", "TPOT p50", "mean", "p99", ""])
  for (i, r) in c.runs.enumerated() {
    let tpot = r.run.tpot.isEmpty ? r.run.itl : r.run.tpot
    var line = [r.run.ttft.medianMs, r.run.ttft.meanMs, r.run.ttft.p99Ms, tpot.medianMs, tpot.meanMs, tpot.p99Ms]
      .map(milliseconds)
    line.append("  " + latencyWord(r.latency))
    l.row(padLeft("\(i + 1)", 3), line)
  }
  out += l.lines
  out += ["", "SERVING RATES"]
  let fitted = c.runs.indices.filter { c.runs[$0].usedInFit }.map { String($0 + 1) }.joined(separator: ", ")
  out += wrap(
    servingRateSentence(c.fit) + "; fitted to run(s) \(fitted) ("
      + (c.selection == .fastestPerShape ? "the fastest run per request shape" : "every run") + ").",
    first: "  ", rest: "  ")
  if let targets = c.targets {
    out += ["", "LATENCY TARGETS"]
    out += wrap("\(targetText(targets)).", first: "  ", rest: "  ")
    if let b = c.bestRunIndex {
      let r = c.runs[b]
      out += wrap(
        "Best run meeting them: \(b + 1) (\(benchmarkLoad(r.run))), "
          + "\(tokenRate(r.outputTokensPerSecondPerReplica ?? r.totalTokensPerSecondPerReplica)) "
          + "\(r.outputTokensPerSecondPerReplica == nil ? "total" : "output") tokens/s per replica, "
          + "\(tokenRate(r.outputTokensPerSecondPerGPU ?? r.totalTokensPerSecondPerGPU)) per GPU.",
        first: "  ", rest: "  ")
      out += wrap(
        "Fitted to the runs meeting them: " + servingRateSentence(result.underTargets?.fit) + ".", first: "  ",
        rest: "  ")
    } else {
      out += wrap(
        "No run meets them (or the files lack the statistic): no rate under the targets.", first: "  ", rest: "  ")
    }
  }
  if !result.refused.isEmpty { out += ["", "REFUSED"] }
  for r in result.refused { out += wrap("\(r.source): \(r.reason)", first: "  ", rest: "    ") }
  if !c.warnings.isEmpty { out += ["", "NOTES"] }
  for w in c.warnings { out += wrap(w, first: "  ", rest: "    ") }
  out.append("")
  out += wrap(
    "Runs at full load are upper bounds: a service under latency targets serves less (see --ttft-target, "
      + "--tpot-target).")
  return out.joined(separator: "\n") + "\n"
}

/// "p99 TTFT <= 1000 ms, TPOT <= 12 ms".
public func targetText(_ targets: LatencyTargets) -> String {
  var bounds: [String] = []
  if let t = targets.ttftMs { bounds.append("TTFT <= \(Format.number(t)) ms") }
  if let t = targets.tpotMs { bounds.append("TPOT <= \(Format.number(t)) ms") }
  return "\(targets.statistic.rawValue) " + bounds.joined(separator: ", ")
}

func latencyWord(_ check: LatencyCheck) -> String {
  switch check {
  case .noTargets: return ""
  case .meets: return "meets"
  case .misses: return "misses"
  case .unknown: return "unknown"
  }
}
