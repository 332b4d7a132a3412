import TCOModel

/// The result-file formats the benchmark reader understands.
public enum BenchmarkFormat: String, Sendable, CaseIterable {
  /// `vllm bench serve --save-result` (and `--append-result` JSON lines), and the older
  /// `benchmarks/benchmark_serving.py --save-result` layout.
  case vllmServe = "vllm-serve"
  /// `vllm bench throughput --output-json` / `benchmarks/benchmark_throughput.py --output-json` (offline).
  case vllmThroughput = "vllm-throughput"
  /// `python -m sglang.bench_serving --output-file`: one JSON line per run, may hold a bare `Infinity`.
  case sglangServing = "sglang-bench-serving"
  /// GuideLLM `benchmarks.json` (`benchmarks[]` of `generative_benchmark`).
  case guidellm = "guidellm"
  /// NVIDIA GenAI-Perf `profile_export_genai_perf.json`.
  case genaiPerf = "genai-perf"

  /// The tool and command that writes the format, for messages.
  public var title: String {
    switch self {
    case .vllmServe: return "vLLM `vllm bench serve --save-result` (or benchmark_serving.py) JSON or JSON lines"
    case .vllmThroughput: return "vLLM `vllm bench throughput --output-json`"
    case .sglangServing: return "SGLang `sglang.bench_serving --output-file` JSON lines"
    case .guidellm: return "GuideLLM benchmarks.json"
    case .genaiPerf: return "NVIDIA GenAI-Perf profile_export_genai_perf.json"
    }
  }
}

/// The offered request rate of a run.
public enum BenchmarkRequestRate: Sendable, Equatable {
  /// Every request sent at once (`inf`, `Infinity`, an offline batch, GuideLLM `throughput`).
  case unbounded
  /// Requests per second offered by the client.
  case perSecond(Double)
}

/// Mean, median and 99th percentile of a latency, in milliseconds; each `nil` when the file lacks it.
public struct LatencySummary: Sendable, Equatable {
  public var meanMs: Double?
  public var medianMs: Double?
  public var p99Ms: Double?

  public init(meanMs: Double? = nil, medianMs: Double? = nil, p99Ms: Double? = nil) {
    self.meanMs = meanMs
    self.medianMs = medianMs
    self.p99Ms = p99Ms
  }

  /// Whether no statistic is given.
  public var isEmpty: Bool { meanMs == nil && medianMs == nil && p99Ms == nil }

  /// The chosen statistic, or `nil` when the file lacks it.
  public func value(_ statistic: LatencyStatistic) -> Double? {
    switch statistic {
    case .mean: return meanMs
    case .median: return medianMs
    case .p99: return p99Ms
    }
  }
}

/// Which latency statistic a target applies to.
public enum LatencyStatistic: String, Sendable, CaseIterable {
  case mean, median, p99
}

/// One benchmark run as measured: its load, its request shape, its whole-run rates and latencies.
///
/// Rates are for everything the benchmarked endpoint served (all its GPUs): per replica and per
/// GPU figures come from ``BenchmarkCalibration``. Token counts are the file's own (tokenizer-counted)
/// figures, not the nominal lengths requested.
public struct BenchmarkRun: Sendable, Equatable {
  public var format: BenchmarkFormat
  /// Where the run is: the file name plus `line N` (JSON lines) or `benchmarks[i]` (GuideLLM).
  public var source: String
  /// The client's cap on requests in flight, `nil` when uncapped or not recorded.
  public var maxConcurrency: Double?
  /// The offered request rate, `nil` when not recorded.
  public var requestRate: BenchmarkRequestRate?
  /// Requests that completed successfully, `nil` when the file does not say (GenAI-Perf).
  public var completedRequests: Int?
  /// Requests that failed, `nil` when the file does not say.
  public var failedRequests: Int?
  /// Mean input (prompt) tokens per completed request, `nil` when the file gives only totals (vLLM throughput).
  public var meanInputTokens: Double?
  /// Mean output tokens per completed request, `nil` when the file gives only totals (vLLM throughput).
  public var meanOutputTokens: Double?
  /// Mean input + output tokens per completed request.
  public var meanTotalTokens: Double
  /// The measured duration in seconds, `nil` when not recorded (GenAI-Perf).
  public var durationSeconds: Double?
  /// Completed requests per second over the run (> 0).
  public var requestsPerSecond: Double
  /// Output tokens per second over the whole run, `nil` when the file does not split input and output.
  public var outputTokensPerSecond: Double?
  /// Input + output tokens per second over the whole run (> 0).
  public var totalTokensPerSecond: Double
  /// Requests per second that met the client's goodput SLOs, when it computed them.
  public var goodputRequestsPerSecond: Double?
  /// Time to first token.
  public var ttft: LatencySummary
  /// Time per output token after the first, per request (vLLM and SGLang `tpot`, GuideLLM `time_per_output_token`).
  public var tpot: LatencySummary
  /// Inter-token latency (vLLM/SGLang `itl`, GuideLLM `inter_token_latency`, GenAI-Perf `inter_token_latency`).
  public var itl: LatencySummary
  /// The model the file names, if any.
  public var model: String?
  /// The serving engine or API the client was set to (`backend`), if any: a hint, not proof.
  public var engineHint: String?
  /// The run's date as the file writes it, if any.
  public var date: String?

  /// The run with an input/output split taken from the stated request shape, for files that record
  /// only total tokens (vLLM throughput).
  ///
  /// The stated `inputTokens + outputTokens` must match the file's mean tokens per request within
  /// 1 %, else the error says both figures.
  public func withRequestShape(inputTokens: Double, outputTokens: Double) throws(BenchmarkReadError) -> BenchmarkRun {
    guard inputTokens.isFinite, outputTokens.isFinite, inputTokens >= 0, outputTokens > 0 else {
      throw BenchmarkReadError(
        .invalidValue, file: source, path: "",
        message: "the request shape needs input tokens >= 0 and output tokens > 0")
    }
    let stated = inputTokens + outputTokens
    guard abs(stated - meanTotalTokens) <= 0.01 * meanTotalTokens else {
      throw BenchmarkReadError(
        .invalidValue, file: source, path: "",
        message: "the stated request shape has \(JSONFields.show(stated)) tokens per request but the run measured "
          + "\(JSONFields.show(meanTotalTokens)); they must agree within 1 %")
    }
    var run = self
    let scale = meanTotalTokens / stated
    run.meanInputTokens = inputTokens * scale
    run.meanOutputTokens = outputTokens * scale
    run.outputTokensPerSecond = totalTokensPerSecond * outputTokens / stated
    return run
  }
}

/// A run a file holds that cannot be used, with the reason.
public struct BenchmarkRefusal: Sendable, Equatable {
  /// File name plus the run's place in it.
  public var source: String
  /// Why it is refused, naming the file's own fields.
  public var reason: String
}

/// What one file gave: its format, its usable runs and the runs refused.
public struct BenchmarkFile: Sendable, Equatable {
  public var fileName: String
  public var format: BenchmarkFormat
  public var runs: [BenchmarkRun]
  public var refused: [BenchmarkRefusal]
}

/// A benchmark file that cannot be read, or holds no usable run.
public struct BenchmarkReadError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Kind: String, Sendable {
    /// Not well-formed JSON (after mapping bare `Infinity`/`NaN`).
    case syntax
    /// Well-formed but none of the known formats.
    case unknownFormat
    /// A member is missing or of the wrong type or range.
    case invalidValue
    /// Every run in the file failed (no completed requests, no output, zero throughput).
    case failedRun
  }

  public var kind: Kind
  /// The file name as given.
  public var file: String
  /// The JSON path of the offending member, `""` for the whole document.
  public var path: String
  public var message: String

  public init(_ kind: Kind, file: String, path: String, message: String) {
    self.kind = kind
    self.file = file
    self.path = path
    self.message = message
  }

  public var description: String {
    path.isEmpty ? "\(file): \(message)" : "\(file): \(path) \(message)"
  }
}
