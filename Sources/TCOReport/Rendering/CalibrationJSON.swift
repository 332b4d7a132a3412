import TCOData
import TCOModel

/// The `calibrate` result as JSON: every run with its rates per replica and per GPU, latencies,
/// prediction and residual; the fitted rates (over every run, and under the targets); the best run.
/// Numbers are rounded to 6 significant digits; `null` marks what a file does not record.
public func calibrationDocument(_ result: CalibrationResult) -> JSONValue {
  let c = result.all
  let files: [JSONValue] = result.files.map { f in
    J.obj([
      ("file", J.str(f.fileName)), ("format", J.str(f.format.rawValue)), ("runs", J.int(f.runs.count)),
      ("refused", .array(f.refused.map { J.obj([("source", J.str($0.source)), ("reason", J.str($0.reason))]) })),
    ])
  }
  let runs: [JSONValue] = c.runs.map { r in
    let run = r.run
    var rate = JSONValue.null
    switch run.requestRate {
    case .perSecond(let x)?: rate = J.num(x)
    case .unbounded?: rate = J.str("inf")
    case nil: break
    }
    return J.obj([
      ("source", J.str(run.source)), ("format", J.str(run.format.rawValue)), ("model", run.model.map(J.str) ?? .null),
      ("maxConcurrency", J.optional(run.maxConcurrency, J.num)), ("requestRate", rate),
      ("completedRequests", run.completedRequests.map(J.int) ?? .null),
      ("meanInputTokens", J.optional(run.meanInputTokens, J.num)),
      ("meanOutputTokens", J.optional(run.meanOutputTokens, J.num)),
      ("outputTokensPerSecondPerReplica", J.optional(r.outputTokensPerSecondPerReplica, J.num)),
      ("outputTokensPerSecondPerGPU", J.optional(r.outputTokensPerSecondPerGPU, J.num)),
      ("totalTokensPerSecondPerReplica", J.num(r.totalTokensPerSecondPerReplica)),
      ("totalTokensPerSecondPerGPU", J.num(r.totalTokensPerSecondPerGPU)),
      ("ttftMs", latencyJSON(run.ttft)), ("tpotMs", latencyJSON(run.tpot)), ("itlMs", latencyJSON(run.itl)),
      ("usedInFit", .bool(r.usedInFit)),
      ("predictedOutputTokensPerSecondPerReplica", J.optional(r.predictedOutputTokensPerSecondPerReplica, J.num)),
      ("relativeResidual", J.optional(r.relativeResidual, J.num)), ("latency", latencyCheckJSON(r.latency)),
    ])
  }
  var targets = JSONValue.null
  if let t = c.targets {
    targets = J.obj([
      ("statistic", J.str(t.statistic.rawValue)), ("ttftMs", J.optional(t.ttftMs, J.num)),
      ("tpotMs", J.optional(t.tpotMs, J.num)),
    ])
  }
  let best = c.bestRunIndex.map { J.obj([("index", J.int($0)), ("source", J.str(c.runs[$0].run.source))]) }
  return J.obj(
    J.header + [
      ("gpusPerReplica", J.int(c.gpusPerReplica)), ("replicas", J.int(c.replicas)),
      ("selection", J.str(c.selection.rawValue)), ("files", .array(files)), ("runs", .array(runs)),
      ("fit", fitJSON(c.fit)), ("targets", targets), ("bestRun", best ?? .null),
      ("fitUnderTargets", fitJSON(result.underTargets?.fit)), ("warnings", J.strings(c.warnings)),
    ])
}

/// `{"kind": "separate", "prefillTokensPerSecond", "decodeTokensPerSecond"}`,
/// `{"kind": "combined", "tokensPerSecond", "reason"}` or `null`.
public func fitJSON(_ fit: ServingRateFit?) -> JSONValue {
  switch fit {
  case .separate(let p, let d)?:
    return J.obj([
      ("kind", J.str("separate")), ("prefillTokensPerSecond", J.num(p)), ("decodeTokensPerSecond", J.num(d)),
    ])
  case .combined(let c, let reason)?:
    return J.obj([("kind", J.str("combined")), ("tokensPerSecond", J.num(c)), ("reason", J.str(reason))])
  case nil:
    return .null
  }
}

func latencyJSON(_ s: LatencySummary) -> JSONValue {
  if s.isEmpty { return .null }
  return J.obj([
    ("mean", J.optional(s.meanMs, J.num)), ("median", J.optional(s.medianMs, J.num)),
    ("p99", J.optional(s.p99Ms, J.num)),
  ])
}

func latencyCheckJSON(_ check: LatencyCheck) -> JSONValue {
  switch check {
  case .noTargets: return J.obj([("status", J.str("no-targets")), ("reasons", J.strings([]))])
  case .meets: return J.obj([("status", J.str("meets")), ("reasons", J.strings([]))])
  case .misses(let why): return J.obj([("status", J.str("misses")), ("reasons", J.strings(why))])
  case .unknown(let why): return J.obj([("status", J.str("unknown")), ("reasons", J.strings(why))])
  }
}
