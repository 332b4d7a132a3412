import Foundation
import Testing

@testable import TCOData
import TCOModel

/// The package root (the folder holding Package.swift), found from this file's path.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()
private let benchmarkFixtures = packageRoot.appendingPathComponent("Fixtures/benchmarks")
/// The workspace's reference collection beside the package (holds the one file too large to copy).
private let referenceBenchmarks = packageRoot.deletingLastPathComponent().appendingPathComponent(
  "shared/reference/benchmarks")

private func bytes(_ url: URL) throws -> [UInt8] {
  Array(try #require(FileManager.default.contents(atPath: url.path), "cannot read \(url.path)"))
}

private func fixture(_ relative: String) throws -> [UInt8] {
  try bytes(benchmarkFixtures.appendingPathComponent(relative))
}

private func read(_ relative: String) throws -> BenchmarkFile {
  try BenchmarkReader.read(bytes: try fixture(relative), fileName: relative)
}

/// The file's own JSON, parsed by the strict parser (bare `Infinity` replaced textually first).
private func json(_ relative: String, line: Int? = nil) throws -> JSONValue {
  var text = String(decoding: try fixture(relative), as: UTF8.self)
  if let line { text = String(text.split(separator: "\n")[line - 1]) }
  text = text.replacingOccurrences(of: ": Infinity", with: ": \"inf\"")
  return try JSONParser.parse(text)
}

private func number(_ v: JSONValue?, sourceLocation: SourceLocation = #_sourceLocation) throws -> Double {
  try #require(v?.numberValue, "expected a number, got \(String(describing: v))", sourceLocation: sourceLocation)
}

private func near(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-12) -> Bool {
  guard let a else { return false }
  return abs(a - b) <= tolerance * max(1, abs(b))
}

/// What each reference file must give: (format, usable runs, refused runs), or a refusal of the whole file.
private enum Expected {
  case runs(BenchmarkFormat, Int, Int)
  case refused(String)
}

private let expectations: [String: Expected] = [
  "genai-perf/genai-perf-nim-llama3-8b-isl200-osl50-c1.json": .runs(.genaiPerf, 1, 0),
  "genai-perf/genai-perf-nim-llama3-8b-isl200-osl50-c2.json": .runs(.genaiPerf, 1, 0),
  "genai-perf/genai-perf-nim-llama3-8b-isl200-osl50-c10.json": .runs(.genaiPerf, 1, 0),
  "genai-perf/genai-perf-nim-llama3-8b-isl200-osl50-c50.json": .runs(.genaiPerf, 1, 0),
  "genai-perf/genai-perf-nim-llama3-8b-isl200-osl50-c250.json": .runs(.genaiPerf, 1, 0),
  "guidellm/guidellm-0.5.0dev-qwen3-30b-a3b-fp8-tp4-intel-xpu-aime-sync.json": .runs(.guidellm, 1, 0),
  "sglang/sglang-deepseek-v2-8xh200-dp-attention-offline.jsonl": .runs(.sglangServing, 1, 0),
  "sglang/sglang-llama3.3-70b-4xh200-bf16-offline.jsonl": .runs(.sglangServing, 7, 0),
  "sglang/sglang-llama3.3-70b-4xh200-bf16-online-rate-sweep.jsonl": .runs(.sglangServing, 7, 0),
  "vllm-serve/vllm-bench-serve-gptoss120b-sglang-pd2p2d-8xh200-in2048-out128-c32.json": .runs(.vllmServe, 1, 0),
  "vllm-serve/vllm-bench-serve-gptoss120b-sglang-pd2p2d-8xh200-in2048-out128-c64.json": .runs(.vllmServe, 1, 0),
  "vllm-serve/vllm-bench-serve-gptoss120b-sglang-pd2p2d-8xh200-in2048-out128-c128.json": .runs(.vllmServe, 1, 0),
  "vllm-serve/vllm-bench-serve-gptoss120b-sglang-pd2p2d-8xh200-in2048-out2048-c32.json": .runs(.vllmServe, 1, 0),
  "vllm-serve/vllm-bench-serve-gptoss120b-sglang-pd2p2d-8xh200-in2048-out2048-c64.json": .runs(.vllmServe, 1, 0),
  "vllm-serve/vllm-bench-serve-gptoss120b-sglang-pd2p2d-8xh200-in2048-out2048-c128.json": .runs(.vllmServe, 1, 0),
  // completed = 0, failed = 8: every request failed.
  "vllm-serve/vllm-bench-serve-v0.25.1-opt125m-cpu-all-requests-failed.json": .refused("completed = 0, 8 failed"),
  // 17 of 1000 completed with total_output_tokens = 0.
  "vllm-serve/vllm-benchmark-serving-llama3.1-405b-fp8-8xmi300x-sharegpt-qps1000.json": .refused(
    "17 requests completed but produced no output tokens (total_output_tokens = 0)"),
  "vllm-throughput/vllm-throughput-llama3.1-405b-fp8-8xh100sxm-in128-out2048-n64.json": .runs(.vllmThroughput, 1, 0),
  "vllm-throughput/vllm-throughput-llama3.1-405b-fp8-8xh100sxm-in2048-out2048-n128.json": .runs(.vllmThroughput, 1, 0),
  "vllm-throughput/vllm-throughput-llama3.1-405b-fp8kv-8xmi300x-in2048-out2048-n128.json": .runs(
    .vllmThroughput, 1, 0),
]

@Suite("Benchmark result files")
struct BenchmarkReaderTests {
  @Test("Every reference file is parsed or refused with its reason")
  func everyReferenceFile() throws {
    let folders = try FileManager.default.contentsOfDirectory(atPath: referenceBenchmarks.path).filter {
      !$0.hasSuffix(".md")
    }
    var seen = 0
    for folder in folders.sorted() {
      for name in try FileManager.default.contentsOfDirectory(
        atPath: referenceBenchmarks.appendingPathComponent(folder).path
      ).sorted() {
        let relative = folder + "/" + name
        let expected = try #require(expectations[relative], "no expectation for \(relative)")
        let data = try bytes(referenceBenchmarks.appendingPathComponent(relative))
        seen += 1
        switch expected {
        case .runs(let format, let runs, let refused):
          let file = try BenchmarkReader.read(bytes: data, fileName: name)
          #expect(file.format == format, "\(relative)")
          #expect(file.runs.count == runs, "\(relative)")
          #expect(file.refused.count == refused, "\(relative)")
          for run in file.runs {
            #expect(run.requestsPerSecond > 0 && run.totalTokensPerSecond > 0 && run.meanTotalTokens > 0)
          }
        case .refused(let reason):
          #expect(throws: BenchmarkReadError.self, "\(relative)") {
            try BenchmarkReader.read(bytes: data, fileName: name)
          }
          do {
            _ = try BenchmarkReader.read(bytes: data, fileName: name)
          } catch {
            #expect(error.kind == .failedRun)
            #expect(error.message.contains(reason), "\(error.message)")
          }
        }
      }
    }
    #expect(seen == expectations.count)
  }

  @Test("The copied fixtures are the reference files, unchanged")
  func fixturesAreCopies() throws {
    for relative in expectations.keys where !relative.contains("8xmi300x-sharegpt") {
      let copy = try fixture(relative)
      let original = try bytes(referenceBenchmarks.appendingPathComponent(relative))
      #expect(copy == original, "\(relative)")
    }
  }

  @Test("vLLM serve figures equal the file's own fields")
  func vllmServeSpotCheck() throws {
    for shape in ["in2048-out128", "in2048-out2048"] {
      for c in [32, 64, 128] {
        let relative = "vllm-serve/vllm-bench-serve-gptoss120b-sglang-pd2p2d-8xh200-\(shape)-c\(c).json"
        let run = try #require(try read(relative).runs.first)
        let j = try json(relative)
        let completed = try number(j["completed"])
        #expect(run.completedRequests == Int(completed))
        #expect(run.maxConcurrency == Double(c))
        #expect(run.requestRate == .unbounded)  // "request_rate": "inf"
        #expect(near(run.meanInputTokens, try number(j["total_input_tokens"]) / completed))
        #expect(near(run.meanOutputTokens, try number(j["total_output_tokens"]) / completed))
        #expect(run.outputTokensPerSecond == (try number(j["output_throughput"])))
        #expect(run.totalTokensPerSecond == (try number(j["total_token_throughput"])))
        #expect(run.durationSeconds == (try number(j["duration"])))
        #expect(run.ttft.p99Ms == (try number(j["p99_ttft_ms"])))
        #expect(run.ttft.meanMs == (try number(j["mean_ttft_ms"])))
        #expect(run.tpot.medianMs == (try number(j["median_tpot_ms"])))
        #expect(run.itl.p99Ms == (try number(j["p99_itl_ms"])))
        #expect(run.model == "openai/gpt-oss-120b")
        #expect(run.goodputRequestsPerSecond == nil)  // "request_goodput": null
      }
    }
    // By hand: c32, 2048/2048: 370636 output tokens over 500 requests = 741.272 per request.
    let run = try #require(
      try read("vllm-serve/vllm-bench-serve-gptoss120b-sglang-pd2p2d-8xh200-in2048-out2048-c32.json").runs.first)
    #expect(near(run.meanOutputTokens, 741.272))
  }

  @Test("SGLang lines with a bare Infinity")
  func sglangSpotCheck() throws {
    let relative = "sglang/sglang-llama3.3-70b-4xh200-bf16-offline.jsonl"
    let file = try read(relative)
    for (index, run) in file.runs.enumerated() {
      let j = try json(relative, line: index + 1)
      #expect(run.source == "\(relative) line \(index + 1)")
      #expect(run.requestRate == .unbounded)
      #expect(run.maxConcurrency == nil)
      #expect(run.outputTokensPerSecond == (try number(j["output_throughput"])))
      #expect(run.ttft.medianMs == (try number(j["median_ttft_ms"])))
      #expect(run.itl.medianMs == (try number(j["median_itl_ms"])))
      #expect(run.ttft.p99Ms == nil && run.tpot.isEmpty)  // the 2024 layout has medians only
      #expect(run.completedRequests == Int(try number(j["completed"])))
      let total = try number(j["total_input_tokens"]) + number(j["total_output_tokens"])
      #expect(near(run.totalTokensPerSecond, total / (try number(j["duration"]))))
      #expect(run.engineHint == "sglang")
    }
    let sweep = try read("sglang/sglang-llama3.3-70b-4xh200-bf16-online-rate-sweep.jsonl")
    #expect(sweep.runs.map(\.requestRate) == [1, 2, 4, 8, 16, 4, 8].map { BenchmarkRequestRate.perSecond($0) })
  }

  @Test("GenAI-Perf figures equal the file's own fields")
  func genaiPerfSpotCheck() throws {
    for c in [1, 2, 10, 50, 250] {
      let relative = "genai-perf/genai-perf-nim-llama3-8b-isl200-osl50-c\(c).json"
      let run = try #require(try read(relative).runs.first)
      let j = try json(relative)
      #expect(run.maxConcurrency == Double(c))
      #expect(run.outputTokensPerSecond == (try number(j["output_token_throughput"]?["avg"])))
      #expect(run.requestsPerSecond == (try number(j["request_throughput"]?["avg"])))
      #expect(run.meanInputTokens == (try number(j["input_sequence_length"]?["avg"])))
      #expect(run.meanOutputTokens == (try number(j["output_sequence_length"]?["avg"])))
      #expect(run.ttft.p99Ms == (try number(j["time_to_first_token"]?["p99"])))
      #expect(run.itl.medianMs == (try number(j["inter_token_latency"]?["p50"])))
      #expect(run.completedRequests == nil && run.durationSeconds == nil)
      #expect(run.model == "meta/llama3-8b-instruct")
      #expect(run.engineHint == "tensorrtllm")
    }
    // By hand, c = 1: total = 86.4414 + 1.49328 × 200.019 = 385.13 tokens/s.
    let run = try #require(try read("genai-perf/genai-perf-nim-llama3-8b-isl200-osl50-c1.json").runs.first)
    #expect(abs(run.totalTokensPerSecond - 385.13) < 0.01)
  }

  @Test("GuideLLM figures equal the report's own fields")
  func guidellmSpotCheck() throws {
    let relative = "guidellm/guidellm-0.5.0dev-qwen3-30b-a3b-fp8-tp4-intel-xpu-aime-sync.json"
    let run = try #require(try read(relative).runs.first)
    let metrics = try #require(
      try json(relative)["benchmarks"].flatMap { v -> JSONValue? in
        if case .array(let items) = v { return items.first?["metrics"] }
        return nil
      })
    #expect(run.source == "\(relative) benchmarks[0]")
    #expect(run.maxConcurrency == 1)  // synchronous
    #expect(run.completedRequests == 19)
    #expect(run.durationSeconds == 720)
    #expect(run.outputTokensPerSecond == (try number(metrics["output_tokens_per_second"]?["successful"]?["mean"])))
    #expect(run.totalTokensPerSecond == (try number(metrics["tokens_per_second"]?["successful"]?["mean"])))
    #expect(run.meanOutputTokens == 1024)
    #expect(run.meanInputTokens == (try number(metrics["prompt_token_count"]?["successful"]?["mean"])))
    #expect(
      run.ttft.p99Ms == (try number(metrics["time_to_first_token_ms"]?["successful"]?["percentiles"]?["p99"])))
    #expect(run.tpot.meanMs == (try number(metrics["time_per_output_token_ms"]?["successful"]?["mean"])))
    #expect(run.model == "Qwen/Qwen3-30B-A3B")
  }

  @Test("vLLM throughput: totals only, split by a stated shape")
  func vllmThroughput() throws {
    let relative = "vllm-throughput/vllm-throughput-llama3.1-405b-fp8-8xh100sxm-in128-out2048-n64.json"
    let run = try #require(try read(relative).runs.first)
    let j = try json(relative)
    #expect(run.totalTokensPerSecond == (try number(j["tokens_per_second"])))
    #expect(run.requestsPerSecond == (try number(j["requests_per_second"])))
    #expect(run.meanTotalTokens == 2176)  // 139264 / 64
    #expect(run.outputTokensPerSecond == nil && run.meanInputTokens == nil)
    // By hand: 1130.8397 × 2048 / 2176 = 1064.32 output tokens/s.
    let split = try run.withRequestShape(inputTokens: 128, outputTokens: 2048)
    #expect(abs((split.outputTokensPerSecond ?? 0) - 1064.32) < 0.01)
    #expect(split.meanInputTokens == 128 && split.meanOutputTokens == 2048)
    #expect(throws: BenchmarkReadError.self) { try run.withRequestShape(inputTokens: 2048, outputTokens: 2048) }
  }

  @Test("JSON lines of --append-result, the old goodput key, NaN")
  func appendedLines() throws {
    let text = """
      {"date": "20240101-000000", "backend": "vllm", "model_id": "m", "completed": 10, "duration": 2.0, \
      "total_input_tokens": 1000, "total_output_tokens": 500, "request_rate": 4.0, "request_goodput:": 3.5, \
      "mean_ttft_ms": NaN, "p99_ttft_ms": 40.0}

      {"date": "20240101-000100", "backend": "vllm", "model_id": "m", "completed": 20, "duration": 4.0, \
      "total_input_tokens": 2000, "total_output_tokens": 3000, "request_rate": "inf", "max_concurrency": 8}
      """
    let file = try BenchmarkReader.read(bytes: Array(text.utf8), fileName: "appended.json")
    #expect(file.format == .vllmServe)
    #expect(file.runs.count == 2)
    let first = try #require(file.runs.first)
    #expect(first.source == "appended.json line 1")
    #expect(first.goodputRequestsPerSecond == 3.5)
    #expect(first.ttft.meanMs == nil && first.ttft.p99Ms == 40)
    // By hand: 500 tokens / 2 s = 250 output tokens/s; 1500 / 2 = 750 total; 10 / 2 = 5 requests/s.
    #expect(first.outputTokensPerSecond == 250 && first.totalTokensPerSecond == 750 && first.requestsPerSecond == 5)
    #expect(first.requestRate == .perSecond(4))
    let second = try #require(file.runs.last)
    #expect(second.source == "appended.json line 3")
    #expect(second.maxConcurrency == 8 && second.requestRate == .unbounded)
    #expect(second.meanOutputTokens == 150)
  }

  @Test("A failed line among good ones is refused, the others kept")
  func partialRefusal() throws {
    let text = """
      {"completed": 0, "failed": 3, "duration": 1.0, "total_input_tokens": 0, "total_output_tokens": 0}
      {"completed": 5, "duration": 1.0, "total_input_tokens": 50, "total_output_tokens": 50}
      """
    let file = try BenchmarkReader.read(bytes: Array(text.utf8), fileName: "x.jsonl")
    #expect(file.runs.count == 1)
    #expect(file.refused.map(\.source) == ["x.jsonl line 1"])
    #expect(file.refused.first?.reason.contains("completed = 0, 3 failed") == true)
  }

  @Test("Infinity inside a string is left alone; -Infinity is not a rate")
  func infinityMapping() throws {
    let mapped = BenchmarkReader.pythonNumbersMapped(Array(#"{"a": "Infinity", "b": Infinity, "c": NaN}"#.utf8))
    #expect(String(decoding: mapped, as: UTF8.self) == #"{"a": "Infinity", "b": "inf"   , "c": null}"#)
    let text =
      #"{"completed": 5, "duration": 1.0, "total_input_tokens": 5, "total_output_tokens": 5, "request_rate": -Infinity}"#
    do {
      _ = try BenchmarkReader.read(bytes: Array(text.utf8), fileName: "neg.json")
      Issue.record("a rate of -Infinity was accepted")
    } catch {
      #expect(error.kind == .invalidValue)
      #expect(error.path == "request_rate")
    }
  }

  @Test("Unknown formats name the formats known; bad members name their path")
  func errors() throws {
    do {
      _ = try BenchmarkReader.read(bytes: Array(#"{"object": "page", "data": []}"#.utf8), fileName: "usage.json")
      Issue.record("accepted a non-benchmark file")
    } catch {
      #expect(error.kind == .unknownFormat)
      for format in BenchmarkFormat.allCases { #expect(error.message.contains(format.title)) }
    }
    do {
      _ = try BenchmarkReader.read(bytes: Array("{\"completed\": 5,".utf8), fileName: "cut.json")
      Issue.record("accepted a truncated file")
    } catch {
      #expect(error.kind == .syntax)
    }
    let wrong = #"{"completed": 5, "duration": "long", "total_input_tokens": 5, "total_output_tokens": 5}"#
    do {
      _ = try BenchmarkReader.read(bytes: Array(wrong.utf8), fileName: "wrong.json")
      Issue.record("accepted a string duration")
    } catch {
      #expect(error.kind == .invalidValue)
      #expect(error.path == "duration")
      #expect(error.description.contains("wrong.json: duration is the string \"long\""))
    }
    let fractional = #"{"completed": 2.5, "duration": 1, "total_input_tokens": 5, "total_output_tokens": 5}"#
    #expect(throws: BenchmarkReadError.self) {
      try BenchmarkReader.read(bytes: Array(fractional.utf8), fileName: "f.json")
    }
  }
}
