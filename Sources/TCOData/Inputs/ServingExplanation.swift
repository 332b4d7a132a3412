import TCOModel

extension ServingResolution {
  /// The capacity estimate step by step: memory, batch, step time, rates (for `--explain`).
  public var explanation: [ExplanationStep] {
    let e = estimate
    guard let model = architecture, let gpu = gpuSpec,
      case .success(let replica) = ReplicaServingModel.prepare(
        model: e.model, gpu: e.gpu, precision: e.precision, gpusPerReplica: e.gpusPerReplica, engine: engine)
    else { return [] }
    let m = replica.memory
    let k = Double(e.gpusPerReplica)
    let eff = efficiency
    var steps: [ExplanationStep] = []
    func step(_ quantity: String, _ formula: String, _ values: [(String, Double)], _ result: Double, _ unit: String) {
      steps.append(
        ExplanationStep(
          quantity: quantity, formula: formula, values: values.map { ($0.0, $0.1) }, result: result, unit: unit))
    }
    let i = e.inputTokensPerRequest
    let o = e.outputTokensPerRequest
    step(
      "weights (\(e.model) \(e.precision.rawValue))", "W = N * bytesPerWeight",
      [("N", model.totalParameters), ("bytesPerWeight", e.precision.bytesPerWeight)], m.weightBytes, "bytes")
    step(
      "usable memory (\(e.gpusPerReplica)x \(e.gpu))", "U = k * M * USABLE_FRACTION",
      [("k", k), ("M", gpu.memoryBytes), ("USABLE_FRACTION", CapacityConstants.usableMemoryFraction)],
      m.usableBytes, "bytes")
    step(
      "activation and NCCL reserve", "R = k * (ACTIVATION_RESERVE + NCCL(k))",
      [
        ("k", k), ("ACTIVATION_RESERVE", CapacityConstants.activationReservePerGPUBytes),
        ("NCCL(k)", CapacityConstants.ncclBytesPerGPU(gpus: e.gpusPerReplica)),
      ], m.reserveBytes, "bytes")
    step(
      "KV cache", "C = U - W - R", [("U", m.usableBytes), ("W", m.weightBytes), ("R", m.reserveBytes)],
      m.kvCacheBytes, "bytes")
    step(
      "KV bytes per token (all layers, all GPUs)", "kv = elementsPerTokenPerLayer * layers * copies * kvBytes",
      [
        ("elementsPerTokenPerLayer", Double(model.attention.kvElementsPerTokenPerLayer)),
        ("layers", Double(model.layers)), ("copies", m.kvCopies), ("kvBytes", m.kvCacheBytesPerElement),
      ], m.kvBytesPerToken, "bytes/token")
    step("KV tokens held", "C / kv", [("C", m.kvCacheBytes), ("kv", m.kvBytesPerToken)], m.kvTokens, "tokens")
    step(
      "requests held at once", "floor(C / KV(I + O))", [("C", m.kvCacheBytes), ("I", i), ("O", o)],
      Double(e.maxBatchByMemory), "requests")
    var batchValues: [(String, Double)] = [("memory", Double(e.maxBatchByMemory)), ("cap", Double(eff.maxBatch))]
    if let t = ttftTargetMs { batchValues.append(("ttftTargetMs", t)) }
    if let t = tpotTargetMs { batchValues.append(("tpotTargetMs", t)) }
    step(
      "batch (limited by \(bindingText))", "B = largest batch within memory, the engine's cap and the targets",
      batchValues, Double(e.batch), "sequences")
    step(
      "decode step (\(e.decodeIsComputeBound ? "compute-bound" : "memory-bound"))",
      "t = max(bytes read / (k * BW * eta_bw), FLOPs / (k * F * eta_c)) + all-reduce + overhead",
      [
        ("k", k), ("BW", gpu.memoryBandwidthTBps * 1e12), ("eta_bw", eff.bandwidthEfficiency),
        ("F", gpu.denseFLOPS(for: e.precision) ?? 0), ("eta_c", eff.computeEfficiency),
        ("overhead", eff.stepOverheadSeconds),
      ], e.decodeStepSeconds, "seconds")
    step(
      "prefill rate", "P = 1 / (FLOPs per prompt token / (k * F * eta_c) + all-reduce per token)",
      [("k", k), ("F", gpu.denseFLOPS(for: e.precision) ?? 0), ("eta_c", eff.computeEfficiency)],
      e.prefillTokensPerSecond, "tokens/s per replica")
    step(
      "decode rate", "D = B / t", [("B", Double(e.batch)), ("t", e.decodeStepSeconds)], e.decodeTokensPerSecond,
      "tokens/s per replica")
    step(
      "output tokens per second", "O / (I / P + O / D)",
      [("I", i), ("O", o), ("P", e.prefillTokensPerSecond), ("D", e.decodeTokensPerSecond)],
      e.outputTokensPerSecond, "tokens/s per replica")
    step("time to first token", "prefill of one request alone + one decode step", [], e.ttftSeconds * 1000, "ms")
    step("time per output token", "B / output tokens per second", [], e.tpotSeconds * 1000, "ms")
    return steps
  }
}
