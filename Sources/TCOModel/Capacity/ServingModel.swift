// Throughput of one replica for a request shape: a roofline of prefill and decode, the batch
// that memory and latency targets allow, and the equivalent prefill/decode rates.

/// What limits the batch a replica runs.
public enum BindingConstraint: String, Sendable {
  /// The KV cache holds no more requests of this shape.
  case memory
  /// A larger batch would miss the time-per-output-token target.
  case tpot
  /// A larger batch would miss the time-to-first-token target.
  case ttft
  /// The engine's default batch limit (or the caller's concurrency limit).
  case batchCap = "batch-cap"
}

/// One replica serving one request shape: the memory, the batch and the rates, step by step.
public struct ServingEstimate: Sendable, Equatable {
  public var model: String
  public var gpu: String
  public var precision: WeightPrecision
  public var gpusPerReplica: Int
  public var engine: ServingEngine
  public var inputTokensPerRequest: Double
  public var outputTokensPerRequest: Double
  /// Weights in bytes (`totalParameters × bytesPerWeight`).
  public var weightBytes: Double
  /// KV bytes per token of context on every layer of the replica.
  public var kvBytesPerToken: Double
  /// Tokens of context the KV cache holds.
  public var kvTokens: Double
  /// Requests of this shape the cache holds at once.
  public var maxBatchByMemory: Int
  /// Concurrent sequences the estimate runs.
  public var batch: Int
  public var binding: BindingConstraint
  /// One decode step of the whole batch, seconds.
  public var decodeStepSeconds: Double
  /// True when the decode step is limited by FLOPs rather than memory reads.
  public var decodeIsComputeBound: Bool
  /// Replica time the prefill of one request takes inside the batch (`input × seconds per prefill token`).
  public var prefillSecondsPerRequest: Double
  /// Time to first token: the request's prefill alone plus one decode step it waits for, seconds.
  public var ttftSeconds: Double
  /// Mean time per output token a user sees, prefill stalls included: `batch / outputTokensPerSecond`.
  public var tpotSeconds: Double
  /// Output tokens per second the replica generates.
  public var outputTokensPerSecond: Double
  /// Input tokens per second the replica prefills at that rate (`output rate × input / output`).
  public var inputTokensPerSecond: Double
  /// Equivalent prefill rate `P`, tokens per replica-second: `1 / seconds per prefill token`.
  public var prefillTokensPerSecond: Double
  /// Equivalent decode rate `D`, tokens per replica-second: `batch / decodeStepSeconds`.
  ///
  /// With `P` and `D`, `Z = I/P + O/D` replica-seconds per request reproduces `outputTokensPerSecond`
  /// exactly for this shape (`O / Z`). Both depend on the shape: use them for this shape only.
  public var decodeTokensPerSecond: Double
}

/// Everything about one (model, GPU, precision, GPUs per replica, engine) that does not depend
/// on the request: prepare once, then call `estimate` per request shape (a few hundred ns).
public struct ReplicaServingModel: Sendable {
  public let model: ModelArchitecture
  public let gpu: GPUSpec
  public let precision: WeightPrecision
  public let gpusPerReplica: Int
  public let efficiency: EngineEfficiency
  public let memory: MemoryFit

  let activeFLOPsPerToken: Double
  let attentionFullFLOPsPerContextToken: Double
  let attentionSlidingFLOPsPerContextToken: Double
  let slidingWindowTokens: Double
  let flopsPerSecond: Double
  let bytesPerSecond: Double
  let sharedWeightBytes: Double
  let expertWeightBytes: Double
  /// `log(1 − expertsPerToken/experts)`; 0 for a dense model.
  let logUntouchedExpertFraction: Double
  let commSecondsPerToken: Double
  let commSecondsPerStep: Double

  /// Prepares a replica; fails on unknown ids, an unsupported precision, a missing GPU figure,
  /// bad efficiency factors, or weights that do not fit.
  ///
  /// - Parameters:
  ///   - kvCacheBytesPerElement: `nil` takes the engine's default (`EngineEfficiency.defaultKVCacheBytesPerElement`).
  ///   - efficiency: `nil` takes the built-in fitted factors of `engine`.
  public static func prepare(
    model modelID: String, gpu gpuID: String, precision: WeightPrecision, gpusPerReplica: Int,
    engine: ServingEngine = .vLLM, kvCacheBytesPerElement: Double? = nil, efficiency: EngineEfficiency? = nil
  ) -> Result<ReplicaServingModel, CapacityError> {
    let eff = efficiency ?? CapacityCatalog.efficiency(engine)
    guard eff.computeEfficiency.isFinite, eff.computeEfficiency > 0, eff.computeEfficiency <= 1,
      eff.bandwidthEfficiency.isFinite, eff.bandwidthEfficiency > 0, eff.bandwidthEfficiency <= 1,
      eff.stepOverheadSeconds.isFinite, eff.stepOverheadSeconds >= 0, eff.maxBatch >= 1
    else {
      return .failure(
        .invalidInput("efficiency factors must be in (0, 1], the step overhead ≥ 0 s and the batch cap ≥ 1"))
    }
    let kvBytes = kvCacheBytesPerElement ?? eff.defaultKVCacheBytesPerElement(for: precision)
    let fit: MemoryFit
    switch memoryFit(
      model: modelID, gpu: gpuID, precision: precision, gpusPerReplica: gpusPerReplica,
      kvCacheBytesPerElement: kvBytes)
    {
    case .failure(let error): return .failure(error)
    case .success(let value): fit = value
    }
    // memoryFit validated both ids.
    guard let model = CapacityCatalog.model(modelID), let gpu = CapacityCatalog.gpu(gpuID) else {
      return .failure(.unknownModel(modelID))
    }
    guard fit.fits else { return .failure(.doesNotFit(shortfall(fit, requiredExtra: 0))) }
    guard let flops = gpu.denseFLOPS(for: precision) else {
      return .failure(.missingGPUFigure(gpu: gpu.id, figure: "dense tensor TFLOPS"))
    }
    return .success(
      ReplicaServingModel(
        model: model, gpu: gpu, precision: precision, gpusPerReplica: gpusPerReplica, efficiency: eff,
        memory: fit, flops: flops))
  }

  private init(
    model: ModelArchitecture, gpu: GPUSpec, precision: WeightPrecision, gpusPerReplica: Int,
    efficiency: EngineEfficiency, memory: MemoryFit, flops: Double
  ) {
    let g = Double(gpusPerReplica)
    self.model = model
    self.gpu = gpu
    self.precision = precision
    self.gpusPerReplica = gpusPerReplica
    self.efficiency = efficiency
    self.memory = memory
    activeFLOPsPerToken = 2 * model.activeParameters
    attentionFullFLOPsPerContextToken = model.attentionFLOPsPerContextTokenPerLayer * Double(model.fullAttentionLayers)
    attentionSlidingFLOPsPerContextToken =
      model.attentionFLOPsPerContextTokenPerLayer * Double(model.slidingWindowLayers)
    slidingWindowTokens = Double(model.slidingWindowTokens ?? 0)
    flopsPerSecond = g * flops * efficiency.computeEfficiency
    bytesPerSecond = g * gpu.memoryBandwidthTBps * 1e12 * efficiency.bandwidthEfficiency
    if let experts = model.experts, let perToken = model.expertsPerToken, experts > perToken, perToken > 0 {
      // Routed-expert parameters E_total follow from total = shared + E_total and active = shared + E_total·k/E.
      let fraction = Double(perToken) / Double(experts)
      let expertParameters = max(0, (model.totalParameters - model.activeParameters) / (1 - fraction))
      expertWeightBytes = expertParameters * precision.bytesPerWeight
      sharedWeightBytes = max(0, memory.weightBytes - expertWeightBytes)
      logUntouchedExpertFraction = (1 - fraction).capacityLog
    } else {
      expertWeightBytes = 0
      sharedWeightBytes = memory.weightBytes
      logUntouchedExpertFraction = 0
    }
    if gpusPerReplica > 1 {
      // Two all-reduces of the hidden state per layer; a ring moves 2(g−1)/g of the bytes per GPU.
      let allReduces = 2 * Double(model.layers)
      let bytesPerToken = Double(model.hiddenSize) * CapacityConstants.activationBytesPerElement
      commSecondsPerToken = allReduces * 2 * (g - 1) / g * bytesPerToken / (gpu.interconnectGBps * 1e9)
      commSecondsPerStep = allReduces * CapacityConstants.allReduceLatencySeconds
    } else {
      commSecondsPerToken = 0
      commSecondsPerStep = 0
    }
  }

  /// Weight bytes a step of `tokens` tokens reads: shared weights, plus the experts at least one token routes to
  /// (each of E experts is missed by all `tokens` with probability (1 − k/E)^tokens under uniform routing).
  func weightBytesRead(tokens: Double) -> Double {
    guard expertWeightBytes > 0 else { return sharedWeightBytes }
    return sharedWeightBytes + expertWeightBytes * (1 - (tokens * logUntouchedExpertFraction).capacityExp)
  }

  /// Attention FLOPs of one token at `context` tokens of context.
  func attentionFLOPs(context: Double) -> Double {
    attentionFullFLOPsPerContextToken * context + attentionSlidingFLOPsPerContextToken
      * min(context, slidingWindowTokens)
  }

  /// One decode step of `batch` sequences at mean context `context`: `(max(memory time, compute time), compute-bound?)`.
  func decodeStep(batch: Double, context: Double) -> (seconds: Double, computeBound: Bool) {
    let bytes = weightBytesRead(tokens: batch) + batch * memory.kvBytes(contextTokens: context)
    let memorySeconds = bytes / bytesPerSecond
    let computeSeconds = batch * (activeFLOPsPerToken + attentionFLOPs(context: context)) / flopsPerSecond
    let comm = commSecondsPerStep + batch * commSecondsPerToken
    return (max(memorySeconds, computeSeconds) + comm + efficiency.stepOverheadSeconds, computeSeconds > memorySeconds)
  }

  /// Estimates the replica's throughput for a request shape.
  ///
  /// - Parameters:
  ///   - inputTokensPerRequest: mean prompt tokens, finite, ≥ 0.
  ///   - outputTokensPerRequest: mean generated tokens, finite, ≥ 1.
  ///   - ttftTargetMs, tpotTargetMs: optional latency targets in milliseconds, finite and > 0.
  ///   - concurrencyLimit: optional cap on concurrent requests (a client's concurrency), ≥ 1.
  /// - Returns: the estimate, or an error: a shape beyond the context, no room for one request
  ///   (`doesNotFit` with the smallest GPU count that holds one), or a target one request misses.
  public func estimate(
    inputTokensPerRequest input: Double, outputTokensPerRequest output: Double,
    ttftTargetMs: Double? = nil, tpotTargetMs: Double? = nil, concurrencyLimit: Int? = nil
  ) -> Result<ServingEstimate, CapacityError> {
    guard input.isFinite, input >= 0 else {
      return .failure(.invalidInput("inputTokensPerRequest must be a finite number ≥ 0, got \(input)"))
    }
    guard output.isFinite, output >= 1 else {
      return .failure(.invalidInput("outputTokensPerRequest must be a finite number ≥ 1, got \(output)"))
    }
    if let t = ttftTargetMs, !(t.isFinite && t > 0) {
      return .failure(.invalidInput("ttftTargetMs must be a finite number > 0, got \(t)"))
    }
    if let t = tpotTargetMs, !(t.isFinite && t > 0) {
      return .failure(.invalidInput("tpotTargetMs must be a finite number > 0, got \(t)"))
    }
    if let c = concurrencyLimit, c < 1 {
      return .failure(.invalidInput("concurrencyLimit must be ≥ 1, got \(c)"))
    }
    let contextTokens = input + output
    guard contextTokens <= Double(model.maxContextTokens) else {
      return .failure(.contextTooLong(model: model.id, tokens: contextTokens, maxContextTokens: model.maxContextTokens))
    }
    let byMemory = memory.maxConcurrentRequests(inputTokensPerRequest: input, outputTokensPerRequest: output)
    guard byMemory >= 1 else {
      return .failure(.doesNotFit(shortfall(memory, requiredExtra: memory.kvBytes(contextTokens: contextTokens))))
    }
    let cap = min(efficiency.maxBatch, concurrencyLimit ?? Int.max)
    var batch = min(byMemory, cap)
    var binding: BindingConstraint = byMemory <= cap ? .memory : .batchCap

    let meanContext = input + output / 2
    let secondsPerPrefillToken =
      (activeFLOPsPerToken + attentionFLOPs(context: input / 2)) / flopsPerSecond + commSecondsPerToken
    let prefillAlone =
      max(
        input * (activeFLOPsPerToken + attentionFLOPs(context: input / 2)) / flopsPerSecond,
        weightBytesRead(tokens: input) / bytesPerSecond)
      + input * commSecondsPerToken + commSecondsPerStep + efficiency.stepOverheadSeconds

    func tpot(_ b: Int) -> Double {
      let bd = Double(b)
      return bd * input * secondsPerPrefillToken / output + decodeStep(batch: bd, context: meanContext).seconds
    }
    func ttft(_ b: Int) -> Double { prefillAlone + decodeStep(batch: Double(b), context: meanContext).seconds }

    if let target = tpotTargetMs.map({ $0 / 1000 }) {
      guard tpot(1) <= target else {
        return .failure(.latencyTargetUnreachable(target: "TPOT", targetMs: target * 1000, bestMs: tpot(1) * 1000))
      }
      let largest = Self.largestBatch(upTo: batch) { tpot($0) <= target }
      if largest < batch {
        batch = largest
        binding = .tpot
      }
    }
    if let target = ttftTargetMs.map({ $0 / 1000 }) {
      guard ttft(1) <= target else {
        return .failure(.latencyTargetUnreachable(target: "TTFT", targetMs: target * 1000, bestMs: ttft(1) * 1000))
      }
      let largest = Self.largestBatch(upTo: batch) { ttft($0) <= target }
      if largest < batch {
        batch = largest
        binding = .ttft
      }
    }

    let b = Double(batch)
    let step = decodeStep(batch: b, context: meanContext)
    let secondsPerRequest = input * secondsPerPrefillToken + output * step.seconds / b
    let outputRate = output / secondsPerRequest
    return .success(
      ServingEstimate(
        model: model.id, gpu: gpu.id, precision: precision, gpusPerReplica: gpusPerReplica,
        engine: efficiency.engine, inputTokensPerRequest: input, outputTokensPerRequest: output,
        weightBytes: memory.weightBytes, kvBytesPerToken: memory.kvBytesPerToken, kvTokens: memory.kvTokens,
        maxBatchByMemory: byMemory, batch: batch, binding: binding, decodeStepSeconds: step.seconds,
        decodeIsComputeBound: step.computeBound, prefillSecondsPerRequest: input * secondsPerPrefillToken,
        ttftSeconds: prefillAlone + step.seconds, tpotSeconds: b / outputRate, outputTokensPerSecond: outputRate,
        inputTokensPerSecond: outputRate * input / output, prefillTokensPerSecond: 1 / secondsPerPrefillToken,
        decodeTokensPerSecond: b / step.seconds))
  }

  /// The largest batch in 1…`upper` that `meets` (which must hold at 1 and be monotone), by bisection.
  static func largestBatch(upTo upper: Int, meets: (Int) -> Bool) -> Int {
    if meets(upper) { return upper }
    var good = 1
    var bad = upper
    while bad - good > 1 {
      let mid = good + (bad - good) / 2
      if meets(mid) { good = mid } else { bad = mid }
    }
    return good
  }
}

/// The shortfall of a replica that lacks room for weights, reserve and `requiredExtra` KV bytes.
func shortfall(_ fit: MemoryFit, requiredExtra: Double) -> DoesNotFit {
  var smallest = fit.smallestGPUsPerReplicaThatFits
  if requiredExtra > 0, let model = CapacityCatalog.model(fit.model), let gpu = CapacityCatalog.gpu(fit.gpu) {
    let perGPU = requiredExtra / Double(fit.gpusPerReplica)
    smallest = CapacityConstants.gpusPerReplicaChoices.first { k in
      let m = sizeMemory(
        model: model, gpu: gpu, precision: fit.precision, gpusPerReplica: k,
        kvCacheBytesPerElement: fit.kvCacheBytesPerElement, requestTokens: 0, searchSmallest: false)
      // KV copies grow with the GPU count for MLA and few KV heads: scale the one-request need accordingly.
      let need = m.kvBytesPerToken / fit.kvBytesPerToken * perGPU * Double(fit.gpusPerReplica)
      return m.fits && m.kvCacheBytes >= need
    }
  }
  return DoesNotFit(
    model: fit.model, gpu: fit.gpu, precision: fit.precision, gpusPerReplica: fit.gpusPerReplica,
    smallestGPUsPerReplicaThatFits: smallest, requiredBytes: fit.weightBytes + fit.reserveBytes + requiredExtra,
    availableBytes: fit.usableBytes)
}

/// Estimates one replica's serving throughput for a request shape: memory fit, batch, step
/// times, tokens per second and the equivalent prefill/decode rates (see `ServingEstimate`).
///
/// This prepares the replica on every call; for many shapes or Monte Carlo samples, prepare a
/// `ReplicaServingModel` once and call its `estimate`.
public func estimateServing(
  model: String, gpu: String, precision: WeightPrecision, gpusPerReplica: Int,
  inputTokensPerRequest: Double, outputTokensPerRequest: Double, engine: ServingEngine = .vLLM,
  ttftTargetMs: Double? = nil, tpotTargetMs: Double? = nil, kvCacheBytesPerElement: Double? = nil,
  concurrencyLimit: Int? = nil
) -> Result<ServingEstimate, CapacityError> {
  ReplicaServingModel.prepare(
    model: model, gpu: gpu, precision: precision, gpusPerReplica: gpusPerReplica, engine: engine,
    kvCacheBytesPerElement: kvCacheBytesPerElement
  ).flatMap {
    $0.estimate(
      inputTokensPerRequest: inputTokensPerRequest, outputTokensPerRequest: outputTokensPerRequest,
      ttftTargetMs: ttftTargetMs, tpotTargetMs: tpotTargetMs, concurrencyLimit: concurrencyLimit)
  }
}
