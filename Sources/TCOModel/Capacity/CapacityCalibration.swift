// Measured serving throughput the engine efficiencies are fitted to, and the fit itself.

/// One measured run: a model on a replica under an engine, a request shape, and the output rate.
public struct MeasuredPoint: Sendable, Equatable {
  /// What the measurement's load was.
  public enum Basis: String, Sendable {
    /// Requests at an infinite rate: the most the replica serves.
    case maxThroughput = "max-throughput"
    /// The most concurrent users meeting a latency target (`concurrency` users).
    case latencyBounded = "latency-bounded"
    /// An offline run of a fixed number of requests, all submitted at once (`concurrency` = that number).
    case fixedRequests = "fixed-requests"
  }

  /// Whether the fit uses the point.
  public enum Use: Sendable, Equatable {
    case fit
    /// Kept out of the fit to test the model out of sample.
    case heldOut(String)
    /// Shown in the residual table only, with the reason.
    case reported(String)
  }

  public var model: String
  public var gpu: String
  public var precision: WeightPrecision
  public var gpusPerReplica: Int
  public var engine: ServingEngine
  public var engineVersion: String
  /// Mean input tokens per request.
  public var inputTokens: Double
  /// Mean output tokens per request.
  public var outputTokens: Double
  /// Output tokens per second of the whole replica (tensor-parallel group).
  public var outputTokensPerSecond: Double
  public var basis: Basis
  /// Concurrent requests of a latency-bounded or fixed-request run.
  public var concurrency: Int?
  /// KV-cache bytes per element of the run (1 for an FP8 cache).
  public var kvCacheBytesPerElement: Double
  public var use: Use
  public var source: String
}

/// A measured point against the model's prediction.
public struct CalibrationResidual: Sendable, Equatable {
  public var point: MeasuredPoint
  /// Predicted output tokens per second, or `nil` when the model cannot run the point.
  public var predictedOutputTokensPerSecond: Double?
  /// `log(predicted / measured)`; `nil` without a prediction.
  public var logResidual: Double?
}

/// The measured points and the least-squares fit of the engine efficiencies.
public enum CapacityCalibration {
  static let trtV1 =
    "NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md @ 00f37686 (v1.0 edition, PyTorch backend, trtllm-bench throughput, infinite rate; 'Total Output Throughput (tokens/sec)' of the TP group)"
  static let trt013 =
    "NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md, v0.13.0 edition (trtllm-bench max throughput), via reference/sources.json; TP-group total = per-GPU × TP"
  static let silybench =
    "tgarg01/silybench-data derived/csv/capacity.csv + runs.csv, measured 2026-09-24 (1× H100 SXM, most users meeting p99 TTFT ≤ 2 s and median ITL ≤ 50 ms), via reference/sources.json"
  static let sglangOffline =
    "datacrunch-research/h200-benchmarks sglang/outputs/llama_3_3_70b_offline_output.jsonl @ c091ef53 (reference/benchmarks/sglang; random lengths, means from total tokens / completed)"

  /// Every measured point, with its source.
  public static let points: [MeasuredPoint] = [
    MeasuredPoint(
      model: "llama-4-scout", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 25342.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 14699.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 8932.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 11977.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 10591.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 9356.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 3137.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 7152.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 2937.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 20000.0, outputTokens: 2000.0, outputTokensPerSecond: 1644.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .heldOut("20,000/2,000 rows held out to test long context"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 30354.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 34316.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 21332.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 24630.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 21636.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 18499.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 3699.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 14949.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 4605.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 20000.0, outputTokens: 2000.0, outputTokensPerSecond: 2105.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .heldOut("20,000/2,000 rows held out to test long context"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 15130.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 8603.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 12399.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 12129.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 9838.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 3253.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 7972.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-scout", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 3342.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 11147.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 9922.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 6831.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 7762.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 7007.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 6271.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 1339.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 4783.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 1459.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 20000.0, outputTokens: 2000.0, outputTokensPerSecond: 665.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .heldOut("20,000/2,000 rows held out to test long context"), source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 3803.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 4336.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 2872.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 3666.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 2909.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 2994.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 442.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 2003.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 566.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 20000.0, outputTokens: 2000.0, outputTokensPerSecond: 283.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .heldOut("20,000/2,000 rows held out to test long context"), source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 2, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 6378.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 2, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 6651.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 2, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 4199.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 2, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 5222.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 2, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 4205.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 2, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 4146.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 2, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 762.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 2, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 3082.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 2, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 898.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 2, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 20000.0, outputTokens: 2000.0, outputTokensPerSecond: 437.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .heldOut("20,000/2,000 rows held out to test long context"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 63362.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 66057.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 39496.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 57117.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 42391.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 34105.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 7329.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 26854.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 8190.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 20000.0, outputTokens: 2000.0, outputTokensPerSecond: 4453.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .heldOut("20,000/2,000 rows held out to test long context"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 30429.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 42821.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 26852.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 28026.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 23789.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 22061.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 3331.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 16672.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 3623.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 20000.0, outputTokens: 2000.0, outputTokensPerSecond: 1876.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .heldOut("20,000/2,000 rows held out to test long context"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 19658.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 12447.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 18351.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 14898.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 15136.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 9924.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-235b-a22b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 3225.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-30b-a3b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 39827.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-30b-a3b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 37844.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-30b-a3b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 24953.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-30b-a3b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 27817.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-30b-a3b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 25828.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-30b-a3b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 22051.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-30b-a3b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 6251.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-30b-a3b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 17554.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-30b-a3b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 6142.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "qwen3-30b-a3b", gpu: "b200", precision: .fp4, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 20000.0, outputTokens: 2000.0, outputTokensPerSecond: 2944.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .heldOut("20,000/2,000 rows held out to test long context"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 124323.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 112676.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 68170.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 79617.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 63766.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 18088.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 52195.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "b200", precision: .fp4, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 20000.0, outputTokens: 2000.0,
      outputTokensPerSecond: 12678.0, basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .heldOut("20,000/2,000 rows held out to test long context"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 63994.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 40572.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 24616.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 37835.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 31782.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 34734.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 7307.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 20957.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 8456.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 20000.0, outputTokens: 2000.0, outputTokensPerSecond: 4106.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .heldOut("20,000/2,000 rows held out to test long context"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 10829.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 6744.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 10108.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 9677.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 9151.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 6916.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-4-maverick", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 3457.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .reported("MoE under expert parallelism and attention data parallelism: not fitted"), source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "b200", precision: .fp4, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 6281.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "b200", precision: .fp4, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 8020.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "b200", precision: .fp4, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 6345.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "b200", precision: .fp4, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 6244.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "b200", precision: .fp4, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 5209.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "b200", precision: .fp4, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 4933.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "b200", precision: .fp4, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 749.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "b200", precision: .fp4, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 4212.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "b200", precision: .fp4, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 1048.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "b200", precision: .fp4, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 20000.0, outputTokens: 2000.0, outputTokensPerSecond: 672.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .heldOut("20,000/2,000 rows held out to test long context"), source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 3814.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 5348.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 4741.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 4724.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 3330.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 3722.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 456.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 2948.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 650.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 20000.0, outputTokens: 2000.0, outputTokensPerSecond: 505.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .heldOut("20,000/2,000 rows held out to test long context"), source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 3627.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 4340.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 3116.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 3994.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 2919.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 2895.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 453.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 2296.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 610.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 20000.0, outputTokens: 2000.0, outputTokensPerSecond: 345.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .heldOut("20,000/2,000 rows held out to test long context"), source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 27911.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 26221.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 18027.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 20770.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 17744.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 16828.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 3538.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 12194.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 3902.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 20000.0, outputTokens: 2000.0, outputTokensPerSecond: 1804.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .heldOut("20,000/2,000 rows held out to test long context"), source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 28312.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 22714.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 128.0, outputTokens: 4096.0, outputTokensPerSecond: 14325.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 17660.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 15220.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 1000.0, outputTokens: 2000.0, outputTokensPerSecond: 13899.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 3450.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 9305.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 3459.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "1.0 (PyTorch backend)", inputTokens: 20000.0, outputTokens: 2000.0, outputTokensPerSecond: 1351.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1,
      use: .heldOut("20,000/2,000 rows held out to test long context"), source: trtV1),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 27147.2,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 13411.4,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 8851.2,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 13996.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 3497.3,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 5000.0, outputTokens: 500.0, outputTokensPerSecond: 3276.7,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp16, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 15647.8,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp16, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 7160.9,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp16, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 1859.4,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 28125.6,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 16435.2,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 3625.8,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "a100-80gb-sxm", precision: .fp16, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 6687.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "a100-80gb-sxm", precision: .fp16, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 3592.2,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "a100-80gb-sxm", precision: .fp16, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 2269.8,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "a100-80gb-sxm", precision: .fp16, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 796.2,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "l40s", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 8548.9,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "l40s", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 3648.2,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "l40s", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 2055.8,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-8b", gpu: "l40s", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 1000.9,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "mistral-7b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 29672.8,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "mistral-7b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 14213.5,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "mistral-7b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 3502.8,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "mistral-7b", gpu: "h100-sxm", precision: .fp16, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 7281.1,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit, source: trt013),
    MeasuredPoint(
      model: "mistral-7b", gpu: "a100-80gb-sxm", precision: .fp16, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 6863.6,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit, source: trt013),
    MeasuredPoint(
      model: "mistral-7b", gpu: "a100-80gb-sxm", precision: .fp16, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 3794.3,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit, source: trt013),
    MeasuredPoint(
      model: "mistral-7b", gpu: "a100-80gb-sxm", precision: .fp16, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 796.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit, source: trt013),
    MeasuredPoint(
      model: "mistral-7b", gpu: "l40s", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 9676.9,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "mistral-7b", gpu: "l40s", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 3972.6,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "mistral-7b", gpu: "l40s", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 996.6,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-70b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 2, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 5215.2,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-70b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 2, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 3880.4,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-70b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 2, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 690.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-70b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 2, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 500.0, outputTokens: 2000.0, outputTokensPerSecond: 4347.6,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-70b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 6552.8,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-70b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 4948.8,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-70b", gpu: "h100-sxm", precision: .fp16, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 3655.6,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-70b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 3923.6,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-70b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 2539.7,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-70b", gpu: "h200-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 459.7,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-70b", gpu: "a100-80gb-sxm", precision: .fp16, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 2426.4,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-70b", gpu: "a100-80gb-sxm", precision: .fp16, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 1732.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-70b", gpu: "a100-80gb-sxm", precision: .fp16, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 278.8,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-70b", gpu: "l40s", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 1434.8,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-70b", gpu: "l40s", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 1000.0, outputTokens: 1000.0, outputTokensPerSecond: 1113.2,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "llama-3.1-70b", gpu: "l40s", precision: .fp8, gpusPerReplica: 4, engine: .tensorRTLLM,
      engineVersion: "0.13.0", inputTokens: 2048.0, outputTokens: 128.0, outputTokensPerSecond: 168.0,
      basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 1, use: .fit, source: trt013),
    MeasuredPoint(
      model: "qwen3-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .vLLM, engineVersion: "0.30.0",
      inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 16542.0, basis: .latencyBounded, concurrency: 512,
      kvCacheBytesPerElement: 2, use: .fit, source: silybench),
    MeasuredPoint(
      model: "qwen3-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .vLLM, engineVersion: "0.30.0",
      inputTokens: 1024.0, outputTokens: 128.0, outputTokensPerSecond: 4129.0, basis: .latencyBounded, concurrency: 108,
      kvCacheBytesPerElement: 2, use: .fit, source: silybench),
    MeasuredPoint(
      model: "qwen3-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .vLLM, engineVersion: "0.30.0",
      inputTokens: 128.0, outputTokens: 1024.0, outputTokensPerSecond: 15103.5, basis: .latencyBounded,
      concurrency: 472, kvCacheBytesPerElement: 2, use: .fit, source: silybench),
    MeasuredPoint(
      model: "qwen3-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .vLLM, engineVersion: "0.30.0",
      inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 3653.1, basis: .latencyBounded, concurrency: 52,
      kvCacheBytesPerElement: 2, use: .fit, source: silybench),
    MeasuredPoint(
      model: "qwen3-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .vLLM, engineVersion: "0.30.0",
      inputTokens: 8192.0, outputTokens: 512.0, outputTokensPerSecond: 786.9, basis: .latencyBounded, concurrency: 10,
      kvCacheBytesPerElement: 2, use: .fit, source: silybench),
    MeasuredPoint(
      model: "qwen3-8b", gpu: "h100-sxm", precision: .bf16, gpusPerReplica: 1, engine: .vLLM, engineVersion: "0.30.0",
      inputTokens: 128.0, outputTokens: 128.0, outputTokensPerSecond: 14539.5, basis: .latencyBounded, concurrency: 512,
      kvCacheBytesPerElement: 2, use: .fit, source: silybench),
    MeasuredPoint(
      model: "qwen3-8b", gpu: "h100-sxm", precision: .bf16, gpusPerReplica: 1, engine: .vLLM, engineVersion: "0.30.0",
      inputTokens: 1024.0, outputTokens: 128.0, outputTokensPerSecond: 3017.7, basis: .latencyBounded, concurrency: 80,
      kvCacheBytesPerElement: 2, use: .fit, source: silybench),
    MeasuredPoint(
      model: "qwen3-8b", gpu: "h100-sxm", precision: .bf16, gpusPerReplica: 1, engine: .vLLM, engineVersion: "0.30.0",
      inputTokens: 128.0, outputTokens: 1024.0, outputTokensPerSecond: 13322.0, basis: .latencyBounded,
      concurrency: 396, kvCacheBytesPerElement: 2, use: .fit, source: silybench),
    MeasuredPoint(
      model: "qwen3-8b", gpu: "h100-sxm", precision: .bf16, gpusPerReplica: 1, engine: .vLLM, engineVersion: "0.30.0",
      inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 2814.7, basis: .latencyBounded, concurrency: 40,
      kvCacheBytesPerElement: 2, use: .fit, source: silybench),
    MeasuredPoint(
      model: "qwen3-8b", gpu: "h100-sxm", precision: .bf16, gpusPerReplica: 1, engine: .vLLM, engineVersion: "0.30.0",
      inputTokens: 8192.0, outputTokens: 512.0, outputTokensPerSecond: 501.6, basis: .latencyBounded, concurrency: 7,
      kvCacheBytesPerElement: 2, use: .fit, source: silybench),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .vLLM,
      engineVersion: "0.6.3.post2.dev308", inputTokens: 128.0, outputTokens: 2048.0, outputTokensPerSecond: 1064.3,
      basis: .fixedRequests, concurrency: 64, kvCacheBytesPerElement: 2, use: .fit,
      source:
        "dstackai/benchmarks (reference/benchmarks/vllm-throughput/vllm-throughput-llama3.1-405b-fp8-8xh100sxm-in128-out2048-n64.json); offline batch of all requests; output = tokens_per_second × OSL/(ISL+OSL)"
    ),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, engine: .vLLM,
      engineVersion: "0.6.3.post2.dev308", inputTokens: 2048.0, outputTokens: 2048.0, outputTokensPerSecond: 552.7,
      basis: .fixedRequests, concurrency: 128, kvCacheBytesPerElement: 2, use: .fit,
      source:
        "dstackai/benchmarks (reference/benchmarks/vllm-throughput/vllm-throughput-llama3.1-405b-fp8-8xh100sxm-in2048-out2048-n128.json); offline batch of all requests; output = tokens_per_second × OSL/(ISL+OSL)"
    ),
    MeasuredPoint(
      model: "llama-3.1-405b", gpu: "mi300x", precision: .fp8, gpusPerReplica: 8, engine: .vLLM,
      engineVersion: "0.6.4.dev4 (ROCm, --enforce-eager)", inputTokens: 2048.0, outputTokens: 2048.0,
      outputTokensPerSecond: 1403.1, basis: .fixedRequests, concurrency: 128, kvCacheBytesPerElement: 1, use: .fit,
      source:
        "dstackai/benchmarks (reference/benchmarks/vllm-throughput/vllm-throughput-llama3.1-405b-fp8kv-8xmi300x-in2048-out2048-n128.json); offline batch of all requests; output = tokens_per_second × OSL/(ISL+OSL)"
    ),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h200-sxm", precision: .bf16, gpusPerReplica: 4, engine: .sglang,
      engineVersion: "lmsysorg/sglang:latest (~Dec 2024)", inputTokens: 508.4, outputTokens: 514.9,
      outputTokensPerSecond: 4520.7, basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit,
      source: sglangOffline),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h200-sxm", precision: .bf16, gpusPerReplica: 4, engine: .sglang,
      engineVersion: "lmsysorg/sglang:latest (~Dec 2024)", inputTokens: 508.5, outputTokens: 257.4,
      outputTokensPerSecond: 3492.3, basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit,
      source: sglangOffline),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h200-sxm", precision: .bf16, gpusPerReplica: 4, engine: .sglang,
      engineVersion: "lmsysorg/sglang:latest (~Dec 2024)", inputTokens: 2047.1, outputTokens: 1023.3,
      outputTokensPerSecond: 2051.3, basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit,
      source: sglangOffline),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h200-sxm", precision: .bf16, gpusPerReplica: 4, engine: .sglang,
      engineVersion: "lmsysorg/sglang:latest (~Dec 2024)", inputTokens: 2065.0, outputTokens: 506.8,
      outputTokensPerSecond: 1655.0, basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit,
      source: sglangOffline),
    MeasuredPoint(
      model: "llama-3.3-70b", gpu: "h200-sxm", precision: .bf16, gpusPerReplica: 4, engine: .sglang,
      engineVersion: "lmsysorg/sglang:latest (~Dec 2024)", inputTokens: 129.7, outputTokens: 254.9,
      outputTokensPerSecond: 6648.4, basis: .maxThroughput, concurrency: nil, kvCacheBytesPerElement: 2, use: .fit,
      source: sglangOffline),
  ]

  /// Predicted output tokens per second of the point's replica under `efficiency`, or `nil`
  /// when the model cannot run it (does not fit, unknown figure).
  public static func predict(_ point: MeasuredPoint, efficiency: EngineEfficiency) -> Double? {
    let replica = ReplicaServingModel.prepare(
      model: point.model, gpu: point.gpu, precision: point.precision, gpusPerReplica: point.gpusPerReplica,
      engine: point.engine, kvCacheBytesPerElement: point.kvCacheBytesPerElement, efficiency: efficiency)
    guard case .success(let r) = replica,
      case .success(let e) = r.estimate(
        inputTokensPerRequest: point.inputTokens, outputTokensPerRequest: point.outputTokens,
        concurrencyLimit: point.basis == .maxThroughput ? nil : point.concurrency)
    else { return nil }
    return e.outputTokensPerSecond
  }

  /// Every point of `points` against the prediction under `efficiency(engine)`.
  public static func residuals(
    _ points: [MeasuredPoint] = points,
    efficiency: (ServingEngine) -> EngineEfficiency = CapacityCatalog.efficiency
  ) -> [CalibrationResidual] {
    points.map { p in
      let predicted = predict(p, efficiency: efficiency(p.engine))
      return CalibrationResidual(
        point: p, predictedOutputTokensPerSecond: predicted,
        logResidual: predicted.map { ($0 / p.outputTokensPerSecond).capacityLog })
    }
  }

  /// Fits an engine's compute efficiency, bandwidth efficiency and step overhead to the points
  /// marked `.fit` for that engine, minimising the sum of squared `log(predicted / measured)`.
  ///
  /// Nelder–Mead on `(log ηc, log ηb, log t₀)` from `start`, with both efficiencies kept ≤ 1;
  /// a point the model cannot run adds a penalty of 5² to the sum. Deterministic.
  public static func fit(
    engine: ServingEngine, points: [MeasuredPoint] = points, start: EngineEfficiency? = nil, iterations: Int = 600
  ) -> EngineEfficiency {
    let base = start ?? CapacityCatalog.efficiency(engine)
    let used = points.filter { $0.engine == engine && $0.use == .fit }
    func efficiency(_ x: [Double]) -> EngineEfficiency {
      var e = base
      e.computeEfficiency = x[0].capacityExp
      e.bandwidthEfficiency = x[1].capacityExp
      e.stepOverheadSeconds = x[2].capacityExp
      return e
    }
    func cost(_ x: [Double]) -> Double {
      guard x[0] <= 0, x[1] <= 0, x[2] < 0 else { return 1e12 }
      let e = efficiency(x)
      return used.reduce(0) { sum, p in
        guard let predicted = predict(p, efficiency: e) else { return sum + 25 }
        let r = (predicted / p.outputTokensPerSecond).capacityLog
        return sum + r * r
      }
    }
    let x0 = [
      min(base.computeEfficiency, 0.99).capacityLog, min(base.bandwidthEfficiency, 0.99).capacityLog,
      max(base.stepOverheadSeconds, 1e-5).capacityLog,
    ]
    return efficiency(nelderMead(cost, start: x0, step: 0.3, iterations: iterations))
  }

  /// Minimises `f` by the Nelder–Mead simplex method (reflection 1, expansion 2, contraction ½, shrink ½).
  static func nelderMead(_ f: ([Double]) -> Double, start: [Double], step: Double, iterations: Int) -> [Double] {
    let n = start.count
    var simplex = [start]
    for i in 0..<n {
      var v = start
      v[i] += step
      simplex.append(v)
    }
    var values = simplex.map(f)
    for _ in 0..<iterations {
      let order = values.indices.sorted { values[$0] < values[$1] }
      simplex = order.map { simplex[$0] }
      values = order.map { values[$0] }
      var centroid = [Double](repeating: 0, count: n)
      for v in simplex.dropLast() { for i in 0..<n { centroid[i] += v[i] / Double(n) } }
      let worst = simplex[n]
      func along(_ t: Double) -> [Double] { (0..<n).map { centroid[$0] + t * (worst[$0] - centroid[$0]) } }
      let reflected = along(-1)
      let fr = f(reflected)
      if fr < values[0] {
        let expanded = along(-2)
        let fe = f(expanded)
        if fe < fr {
          simplex[n] = expanded
          values[n] = fe
        } else {
          simplex[n] = reflected
          values[n] = fr
        }
      } else if fr < values[n - 1] {
        simplex[n] = reflected
        values[n] = fr
      } else {
        let contracted = fr < values[n] ? along(-0.5) : along(0.5)
        let fc = f(contracted)
        if fc < min(fr, values[n]) {
          simplex[n] = contracted
          values[n] = fc
        } else {
          for j in 1...n {
            simplex[j] = (0..<n).map { simplex[0][$0] + 0.5 * (simplex[j][$0] - simplex[0][$0]) }
            values[j] = f(simplex[j])
          }
        }
      }
    }
    let best = values.indices.min { values[$0] < values[$1] } ?? 0
    return simplex[best]
  }
}
