import TCOData
import TCOModel

/// The `serving` block of a result: what the capacity model assumed and derived.
public func servingJSON(_ s: ServingResolution) -> JSONValue {
  let e = s.estimate
  var targets: [(String, JSONValue)] = []
  if let t = s.ttftTargetMs { targets.append(("ttftMs", J.num(t))) }
  if let t = s.tpotTargetMs { targets.append(("tpotMs", J.num(t))) }
  var sources: [(String, JSONValue)] = [("engine", J.str(s.efficiency.fittedOn))]
  if let m = s.architecture { sources.append(("model", J.str(m.source + " (" + m.asOf + ")"))) }
  if let g = s.gpuSpec {
    // The file and commit; the spec's longer remarks are in 'llm-tco catalog --format json'.
    let file = g.source.split(separator: ";", maxSplits: 1).first.map(String.init) ?? g.source
    sources.append(("gpu", J.str(file + " (" + g.asOf + ")")))
  }
  return J.obj([
    ("estimate", .bool(true)),
    ("engine", J.str(s.engine.rawValue)),
    ("model", J.str(e.model)), ("gpu", J.str(e.gpu)), ("precision", J.str(e.precision.rawValue)),
    ("gpusPerReplica", J.int(e.gpusPerReplica)),
    (
      "requestShape",
      J.obj([
        ("inputTokens", J.num(e.inputTokensPerRequest)), ("outputTokens", J.num(e.outputTokensPerRequest)),
        ("assumed", .bool(s.requestShapeIsDefault)),
      ])
    ),
    ("targets", J.obj(targets)),
    (
      "memory",
      J.obj([
        ("weightBytes", J.num(e.weightBytes)), ("kvBytesPerToken", J.num(e.kvBytesPerToken)),
        ("kvTokens", J.num(e.kvTokens)), ("maxConcurrentRequests", J.int(e.maxBatchByMemory)),
      ])
    ),
    ("batch", J.int(e.batch)), ("binding", J.str(e.binding.rawValue)),
    ("decodeStepSeconds", J.num(e.decodeStepSeconds)), ("decodeIsComputeBound", .bool(e.decodeIsComputeBound)),
    ("ttftMs", J.num(e.ttftSeconds * 1000)), ("tpotMs", J.num(e.tpotSeconds * 1000)),
    ("outputTokensPerSecond", J.num(e.outputTokensPerSecond)),
    ("prefillTokensPerSecond", J.num(e.prefillTokensPerSecond)),
    ("decodeTokensPerSecond", J.num(e.decodeTokensPerSecond)),
    ("sources", J.obj(sources)),
  ])
}

/// The one-line summary of the estimate for the compare table.
public func servingSummary(_ s: ServingResolution) -> String {
  let e = s.estimate
  return "Estimated for \(s.engine.rawValue): batch \(e.batch) (limited by \(s.bindingText)), "
    + "\(Format.count(e.outputTokensPerSecond)) output tokens/s per replica for "
    + "\(Format.count(e.inputTokensPerRequest))/\(Format.count(e.outputTokensPerRequest)) tokens per request"
    + (s.requestShapeIsDefault ? " (assumed)" : "") + "; TTFT \(Format.significant(e.ttftSeconds * 1000, 3)) ms, "
    + "TPOT \(Format.significant(e.tpotSeconds * 1000, 3)) ms"
}

/// The `gpuChoice` block of a result made with `--gpu auto`.
public func gpuChoiceJSON(_ c: GPUChoice) -> JSONValue {
  func candidate(_ x: GPUChoice.Candidate) -> JSONValue {
    J.obj([
      ("gpu", J.str(x.gpu)), ("gpusPerReplica", J.int(x.gpusPerReplica)), ("precision", J.str(x.precision)),
      ("monthlyCost", J.money(x.monthlyCost)), ("horizonCost", J.money(x.horizonCost)),
      ("replicas", J.int(x.replicas)), ("gpus", J.int(x.gpus)),
      ("outputTokensPerSecond", J.num(x.outputTokensPerSecond)), ("binding", J.str(x.binding.rawValue)),
    ])
  }
  return J.obj([
    ("chosen", candidate(c.chosen)), ("alternatives", .array(c.alternatives.map(candidate))),
    ("tried", J.int(c.tried)),
    ("dropped", .array(c.dropped.map { J.obj([("reason", J.str($0.reason.rawValue)), ("count", J.int($0.count))]) })),
    ("acquisition", J.str(c.acquisition.rawValue)), ("horizonMonths", J.int(c.horizonMonths)),
  ])
}

/// The `--gpu auto` section for a terminal: the choice, the five best alternatives, what was dropped.
public func gpuChoiceTable(_ c: GPUChoice) -> String {
  var out = ["GPU CHOICE (--gpu auto: cheapest \(c.acquisition.rawValue) over \(c.horizonMonths) months)"]
  var t = Columns(labelWidth: 30, columnWidths: [9, 12, 14])
  t.row("  configuration", ["GPUs", "per month", "over horizon"])
  for (n, x) in ([c.chosen] + c.alternatives).enumerated() {
    let label = "  \(n == 0 ? "*" : " ") \(x.gpusPerReplica)x \(x.gpu) \(x.precision)"
    t.row(label, [String(x.gpus), Format.money(x.monthlyCost), Format.money(x.horizonCost)])
  }
  out += t.lines
  let dropped = c.dropped.map { "\($0.count) \($0.reason.rawValue)" }
  out += wrap(
    "\(c.tried) configurations tried" + (dropped.isEmpty ? "." : "; dropped: " + dropped.joined(separator: "; ") + "."),
    first: "  ", rest: "  ")
  return out.joined(separator: "\n") + "\n"
}

/// A result document with the `serving` and `gpuChoice` blocks added when the profile has them.
public func addingServing(_ document: JSONValue, profile: ResolvedProfile) -> JSONValue {
  guard case .object(var members) = document else { return document }
  if let s = profile.serving { members.append((key: "serving", value: servingJSON(s))) }
  if let c = profile.gpuChoice { members.append((key: "gpuChoice", value: gpuChoiceJSON(c))) }
  return .object(members)
}

/// The capacity steps (when the rates were estimated) before the cost steps.
public func servingExplanation(_ profile: ResolvedProfile) -> [ExplanationStep] {
  profile.serving?.explanation ?? []
}
