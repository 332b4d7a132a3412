// Memory: weights, KV cache per token, and what a replica's GPUs hold.

/// Constants of the memory and speed model, each with its source.
public enum CapacityConstants {
  /// Fraction of GPU memory the engine may use: vLLM's `gpu_memory_utilization` default, 0.9.
  public static let usableMemoryFraction = 0.9
  /// Memory per GPU kept for activations, CUDA graphs and the runtime: 3.5 GiB, aiconfigurator's
  /// `other_mem` (src/aiconfigurator/systems/l40s.yaml @ ee962fc3, "for safer deployment").
  public static let activationReservePerGPUBytes = 3_758_096_384.0
  /// Tensor-parallel sizes the fit search tries.
  public static let gpusPerReplicaChoices = [1, 2, 4, 8]
  /// Latency of one all-reduce between GPUs: aiconfigurator's `p2p_latency`, 10 µs (same file).
  public static let allReduceLatencySeconds = 10e-6
  /// Bytes per activation element sent in tensor-parallel all-reduces (BF16).
  public static let activationBytesPerElement = 2.0

  /// NCCL buffers per GPU for a tensor-parallel group of `gpus` GPUs: aiconfigurator's `nccl_mem`
  /// (0 for 1 GPU, 342 MB for 2, 392 MB for 4 and 8).
  public static func ncclBytesPerGPU(gpus: Int) -> Double {
    switch gpus {
    case ...1: return 0
    case 2: return 358_612_992
    default: return 411_041_792
    }
  }
}

/// What one replica's GPUs hold: weights, the reserve, and the KV cache that is left.
public struct MemoryFit: Sendable, Equatable {
  public var model: String
  public var gpu: String
  public var precision: WeightPrecision
  public var gpusPerReplica: Int
  /// `totalParameters × bytesPerWeight`.
  public var weightBytes: Double
  /// Activation reserve and NCCL buffers of all the replica's GPUs.
  public var reserveBytes: Double
  /// `gpusPerReplica × memoryBytes × 0.9`.
  public var usableBytes: Double
  /// `usableBytes − weightBytes − reserveBytes`, or 0 when negative.
  public var kvCacheBytes: Double
  /// Bytes per KV element (2 for a 16-bit cache, 1 for FP8).
  public var kvCacheBytesPerElement: Double
  /// KV bytes one token of context costs on every layer, summed over the replica's GPUs
  /// (KV heads copied when the GPUs outnumber them; an MLA latent is copied on every GPU).
  public var kvBytesPerToken: Double
  /// How many times each KV element is stored across the replica's GPUs: `max(1, k / KV heads)`
  /// for grouped-query attention, `k` for an MLA latent.
  public var kvCopies: Double
  /// `kvCacheBytes / kvBytesPerToken`: tokens of context the replica holds (sliding-window
  /// layers counted in full, so a lower bound for gpt-oss and Gemma 3).
  public var kvTokens: Double
  /// True when weights and reserve fit with room for KV.
  public var fits: Bool
  /// The smallest of 1, 2, 4, 8 GPUs per replica that fits, or `nil` when even 8 do not.
  public var smallestGPUsPerReplicaThatFits: Int?

  /// Bytes of KV the replica stores for one sequence of `contextTokens` tokens.
  let kvFullBytesPerToken: Double
  let kvSlidingBytesPerToken: Double
  let slidingWindowTokens: Double

  /// KV bytes one sequence of `contextTokens` tokens takes; sliding-window layers keep at most their window.
  public func kvBytes(contextTokens: Double) -> Double {
    kvFullBytesPerToken * contextTokens + kvSlidingBytesPerToken * min(contextTokens, slidingWindowTokens)
  }

  /// The most requests of this shape whose whole context (input + output) is in the cache at
  /// once; 0 when not even one is. Non-finite or non-positive shapes give 0.
  public func maxConcurrentRequests(inputTokensPerRequest: Double, outputTokensPerRequest: Double) -> Int {
    let tokens = inputTokensPerRequest + outputTokensPerRequest
    guard tokens.isFinite, tokens > 0, inputTokensPerRequest >= 0, outputTokensPerRequest >= 0 else { return 0 }
    let count = (kvCacheBytes / kvBytes(contextTokens: tokens)).rounded(.down)
    guard count.isFinite, count >= 1 else { return 0 }
    return Int(min(count, 1e9))
  }
}

/// A model that does not fit the replica's memory.
public struct DoesNotFit: Error, Sendable, Equatable {
  public var model: String
  public var gpu: String
  public var precision: WeightPrecision
  public var gpusPerReplica: Int
  /// The smallest of 1, 2, 4, 8 GPUs per replica that would fit, or `nil`.
  public var smallestGPUsPerReplicaThatFits: Int?
  /// Bytes the weights, reserve and (for a request shape) one request's KV need.
  public var requiredBytes: Double
  /// `gpusPerReplica × memoryBytes × 0.9`.
  public var availableBytes: Double

  public var message: String {
    let need = (requiredBytes / 1e9).rounded()
    let have = (availableBytes / 1e9).rounded()
    let hint =
      smallestGPUsPerReplicaThatFits.map { "the smallest that fits is \($0) GPUs per replica" }
      ?? "not even 8 GPUs per replica fit"
    return
      "\(model) at \(precision.rawValue) does not fit \(gpusPerReplica)× \(gpu): needs about \(Int(need)) GB, "
      + "\(Int(have)) GB usable; \(hint)"
  }
}

/// What can go wrong in the capacity model; every case names what was wrong and what is allowed.
public enum CapacityError: Error, Sendable, Equatable {
  case unknownModel(String)
  case unknownGPU(String)
  case unsupportedPrecision(model: String, precision: WeightPrecision, supported: [WeightPrecision])
  case missingGPUFigure(gpu: String, figure: String)
  case invalidInput(String)
  case doesNotFit(DoesNotFit)
  case contextTooLong(model: String, tokens: Double, maxContextTokens: Int)
  /// Even one sequence misses a latency target; the best the replica can do is given.
  case latencyTargetUnreachable(target: String, targetMs: Double, bestMs: Double)

  public var message: String {
    switch self {
    case .unknownModel(let id):
      return "unknown model '\(id)'; known: " + CapacityCatalog.models.map(\.id).joined(separator: ", ")
    case .unknownGPU(let id):
      return "unknown GPU '\(id)'; known: " + CapacityCatalog.gpus.map(\.id).joined(separator: ", ")
    case .unsupportedPrecision(let model, let precision, let supported):
      return "\(model) is not served at \(precision.rawValue); allowed: "
        + supported.map(\.rawValue).joined(separator: ", ")
    case .missingGPUFigure(let gpu, let figure):
      return "\(gpu) has no sourced \(figure); pick another GPU or supply the figure"
    case .invalidInput(let text):
      return text
    case .doesNotFit(let fit):
      return fit.message
    case .contextTooLong(let model, let tokens, let maxContext):
      return "a request of \(Int(min(tokens, 1e15))) tokens exceeds \(model)'s context of \(maxContext) tokens"
    case .latencyTargetUnreachable(let target, let targetMs, let bestMs):
      let best = (bestMs * 10).rounded() / 10
      return "\(target) target \(targetMs) ms is unreachable: one request alone takes \(best) ms"
    }
  }
}

/// Sizes a replica's memory: weights, reserve, KV cache and the KV tokens it holds.
///
/// `kvCacheBytesPerElement` defaults to 2 (a 16-bit cache). `requestTokens` (input + output
/// of one request, default 0) makes `fits` also require room for one such request.
/// Unknown ids, an unsupported precision or a GPU count outside 1…64 are errors.
public func memoryFit(
  model modelID: String, gpu gpuID: String, precision: WeightPrecision, gpusPerReplica: Int,
  kvCacheBytesPerElement: Double = 2, requestTokens: Double = 0
) -> Result<MemoryFit, CapacityError> {
  guard let model = CapacityCatalog.model(modelID) else { return .failure(.unknownModel(modelID)) }
  guard let gpu = CapacityCatalog.gpu(gpuID) else { return .failure(.unknownGPU(gpuID)) }
  guard model.precisions.contains(precision) else {
    return .failure(.unsupportedPrecision(model: model.id, precision: precision, supported: model.precisions))
  }
  guard (1...64).contains(gpusPerReplica) else {
    return .failure(.invalidInput("gpusPerReplica must be 1…64, got \(gpusPerReplica)"))
  }
  guard kvCacheBytesPerElement.isFinite, kvCacheBytesPerElement > 0, kvCacheBytesPerElement <= 4 else {
    return .failure(.invalidInput("kvCacheBytesPerElement must be in (0, 4], got \(kvCacheBytesPerElement)"))
  }
  guard requestTokens.isFinite, requestTokens >= 0 else {
    return .failure(.invalidInput("requestTokens must be a finite number ≥ 0, got \(requestTokens)"))
  }
  return .success(
    sizeMemory(
      model: model, gpu: gpu, precision: precision, gpusPerReplica: gpusPerReplica,
      kvCacheBytesPerElement: kvCacheBytesPerElement, requestTokens: requestTokens))
}

/// The memory arithmetic, on validated values.
func sizeMemory(
  model: ModelArchitecture, gpu: GPUSpec, precision: WeightPrecision, gpusPerReplica: Int,
  kvCacheBytesPerElement: Double, requestTokens: Double, searchSmallest: Bool = true
) -> MemoryFit {
  let g = Double(gpusPerReplica)
  let weights = model.totalParameters * precision.bytesPerWeight
  let reserve =
    g * (CapacityConstants.activationReservePerGPUBytes + CapacityConstants.ncclBytesPerGPU(gpus: gpusPerReplica))
  let usable = g * gpu.memoryBytes * CapacityConstants.usableMemoryFraction
  let cache = max(0, usable - weights - reserve)
  let copies: Double
  switch model.attention {
  case .grouped(let kvHeads, _): copies = max(1, g / Double(max(1, kvHeads)))
  case .multiHeadLatent: copies = g
  }
  let perLayer = Double(model.attention.kvElementsPerTokenPerLayer) * kvCacheBytesPerElement * copies
  let full = perLayer * Double(model.fullAttentionLayers)
  let sliding = perLayer * Double(model.slidingWindowLayers)
  let window = Double(model.slidingWindowTokens ?? 0)
  let perToken = full + sliding
  let needForRequest = full * requestTokens + sliding * min(requestTokens, window)
  let fits = usable - weights - reserve > 0 && cache >= needForRequest
  var smallest: Int? = nil
  if searchSmallest {
    smallest = CapacityConstants.gpusPerReplicaChoices.first { k in
      sizeMemory(
        model: model, gpu: gpu, precision: precision, gpusPerReplica: k,
        kvCacheBytesPerElement: kvCacheBytesPerElement, requestTokens: requestTokens, searchSmallest: false
      ).fits
    }
  }
  return MemoryFit(
    model: model.id, gpu: gpu.id, precision: precision, gpusPerReplica: gpusPerReplica,
    weightBytes: weights, reserveBytes: reserve, usableBytes: usable, kvCacheBytes: cache,
    kvCacheBytesPerElement: kvCacheBytesPerElement, kvBytesPerToken: perToken, kvCopies: copies,
    kvTokens: perToken > 0 ? (cache / perToken).rounded(.down) : 0, fits: fits,
    smallestGPUsPerReplicaThatFits: smallest, kvFullBytesPerToken: full, kvSlidingBytesPerToken: sliding,
    slidingWindowTokens: window)
}
