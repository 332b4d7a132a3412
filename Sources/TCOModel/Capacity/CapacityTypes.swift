// The hardware capacity model's vocabulary: weight formats, attention kinds, model
// architectures, GPU specifications and serving engines. Pure values, no I/O.

/// A weight format a replica serves a model in.
///
/// Bytes per weight include the format's scale factors: int4 is AWQ/GPTQ with one
/// 16-bit scale per group of 128 weights (0.5 + 2/128), fp4 is NVFP4 with one 8-bit
/// scale per 16 weights (0.5 + 1/16), mxfp4 is OCP MXFP4 with one 8-bit scale per
/// 32 weights (0.5 + 1/32).
public enum WeightPrecision: String, CaseIterable, Sendable {
  case fp16
  case bf16
  case fp8
  case int8
  case int4
  case fp4
  case mxfp4

  /// Bytes one weight takes in memory, scales included.
  public var bytesPerWeight: Double {
    switch self {
    case .fp16, .bf16: return 2
    case .fp8, .int8: return 1
    case .int4: return 0.5 + 2.0 / 128
    case .fp4: return 0.5 + 1.0 / 16
    case .mxfp4: return 0.5 + 1.0 / 32
    }
  }

  /// True for the formats whose matrix products run at an 8-bit or 4-bit tensor rate when
  /// the GPU has one (fp8, fp4, mxfp4); int8 and int4 are taken as weight-only formats whose
  /// products run at the BF16 rate.
  var usesLowPrecisionTensorCores: Bool {
    switch self {
    case .fp8, .fp4, .mxfp4: return true
    case .fp16, .bf16, .int8, .int4: return false
    }
  }
}

/// How a model's attention stores its KV cache.
public enum AttentionKind: Sendable, Equatable {
  /// Multi-head or grouped-query attention: a key and a value vector per KV head per layer.
  case grouped(kvHeads: Int, headDim: Int)
  /// Multi-head latent attention (DeepSeek-V3): one compressed latent plus one shared RoPE key per layer.
  case multiHeadLatent(kvLoraRank: Int, qkRopeHeadDim: Int, qkNopeHeadDim: Int, vHeadDim: Int)

  /// KV-cache elements one token stores in one layer.
  public var kvElementsPerTokenPerLayer: Int {
    switch self {
    case .grouped(let kvHeads, let headDim): return 2 * kvHeads * headDim
    case .multiHeadLatent(let rank, let rope, _, _): return rank + rope
    }
  }
}

/// One open-weight model's architecture, as far as memory and speed depend on it.
public struct ModelArchitecture: Sendable, Equatable {
  /// Stable lower-case id (`llama-3.1-70b`).
  public var id: String
  public var huggingFaceName: String
  /// All parameters, counted from the config (embeddings and an untied head included).
  public var totalParameters: Double
  /// Parameters one token passes through (equal to the total for a dense model).
  public var activeParameters: Double
  public var layers: Int
  public var hiddenSize: Int
  /// Query heads.
  public var attentionHeads: Int
  public var attention: AttentionKind
  /// Layers that keep the whole context in their KV cache.
  public var fullAttentionLayers: Int
  /// Layers that keep only the last `slidingWindowTokens` tokens.
  public var slidingWindowLayers: Int
  public var slidingWindowTokens: Int?
  /// Routed experts per MoE layer; `nil` for a dense model.
  public var experts: Int?
  public var expertsPerToken: Int?
  /// The config's `max_position_embeddings`.
  public var maxContextTokens: Int
  /// The precision the published checkpoint ships in.
  public var nativePrecision: WeightPrecision
  /// Weight formats an engine can serve this model in: the native one and the usual
  /// quantizations (fp8, int8, int4 AWQ/GPTQ, NVFP4). Not a promise that a checkpoint is published.
  public var precisions: [WeightPrecision]
  public var source: String
  public var asOf: String
  /// Fields the source could not confirm.
  public var unverified: [String]

  /// Attention FLOPs per token per context token per layer: QKᵀ and attention × V, 2 FLOPs per multiply-add.
  var attentionFLOPsPerContextTokenPerLayer: Double {
    switch attention {
    case .grouped(_, let headDim):
      return 4 * Double(attentionHeads) * Double(headDim)
    case .multiHeadLatent(_, let rope, let nope, let v):
      return 2 * Double(attentionHeads) * Double(rope + nope + v)
    }
  }
}

/// A GPU's memory, bandwidth, tensor throughput and power, with where they come from.
public struct GPUSpec: Sendable, Equatable {
  /// The id the price catalog uses (`h100-sxm`).
  public var id: String
  public var name: String
  /// Nominal memory as marketed, in GB.
  public var memoryGB: Double
  /// Memory in bytes used for sizing: the byte count of the source when it gives one
  /// (NVIDIA's aiconfigurator stores 80 GiB for an "80 GB" H100), else `memoryGB × 10⁹`.
  public var memoryBytes: Double
  /// Peak memory bandwidth, TB/s (10¹² bytes per second).
  public var memoryBandwidthTBps: Double
  /// Dense (no 2:4 sparsity) BF16 tensor TFLOPS; `nil` when no source gave it.
  public var bf16DenseTFLOPS: Double?
  /// Dense FP8 tensor TFLOPS; `nil` on GPUs without FP8 tensor cores or without a source.
  public var fp8DenseTFLOPS: Double?
  /// Dense FP4 tensor TFLOPS; `nil` on GPUs without FP4 tensor cores.
  public var fp4DenseTFLOPS: Double?
  public var boardPowerWatts: Double?
  /// Bandwidth one GPU has to its tensor-parallel peers, GB/s in one direction.
  public var interconnectGBps: Double
  /// True when `interconnectGBps` is not read in a source.
  public var interconnectIsEstimate: Bool
  public var source: String
  public var asOf: String

  /// Dense tensor FLOPS the matrix products of `precision` run at, or `nil` when unknown.
  public func denseFLOPS(for precision: WeightPrecision) -> Double? {
    let tflops: Double?
    switch precision {
    case .fp16, .bf16, .int8, .int4: tflops = bf16DenseTFLOPS
    case .fp8: tflops = fp8DenseTFLOPS ?? bf16DenseTFLOPS
    case .fp4, .mxfp4: tflops = fp4DenseTFLOPS ?? fp8DenseTFLOPS ?? bf16DenseTFLOPS
    }
    return tflops.map { $0 * 1e12 }
  }
}

/// The inference server whose efficiency the estimate assumes.
public enum ServingEngine: String, CaseIterable, Sendable {
  case tensorRTLLM = "tensorrt-llm"
  case vLLM = "vllm"
  case sglang
}

/// How close an engine comes to the hardware's peaks: fitted to measured points.
public struct EngineEfficiency: Sendable, Equatable {
  public var engine: ServingEngine
  /// Achieved fraction of the dense tensor FLOPS (prefill, and decode when compute-bound), 0…1.
  public var computeEfficiency: Double
  /// Achieved fraction of the peak memory bandwidth in a memory-bound decode step, 0…1.
  public var bandwidthEfficiency: Double
  /// Fixed time every decode step costs beyond its reads and FLOPs (scheduling, launches), seconds.
  public var stepOverheadSeconds: Double
  /// The most sequences the engine batches by default.
  public var maxBatch: Int
  /// What the factors were fitted to.
  public var fittedOn: String

  /// KV-cache bytes per element when the caller gives none: an 8-bit cache for fp8/fp4
  /// checkpoints under TensorRT-LLM (NVIDIA's ModelOpt checkpoints quantize the KV cache),
  /// else 16-bit (vLLM's and SGLang's `kv_cache_dtype auto` keeps the activation type).
  public func defaultKVCacheBytesPerElement(for precision: WeightPrecision) -> Double {
    if engine == .tensorRTLLM, precision.usesLowPrecisionTensorCores { return 1 }
    return 2
  }
}
