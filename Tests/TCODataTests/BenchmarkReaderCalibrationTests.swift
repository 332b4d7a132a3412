import Foundation
import Testing

@testable import TCOData
import TCOModel

private let fixtureFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("Fixtures/benchmarks")

private func runs(_ relative: String) throws -> [BenchmarkRun] {
  let data = try #require(FileManager.default.contents(atPath: fixtureFolder.appendingPathComponent(relative).path))
  return try BenchmarkReader.read(bytes: Array(data), fileName: relative).runs
}

private func gptOSS(_ shape: String, _ c: Int) throws -> BenchmarkRun {
  try #require(try runs("vllm-serve/vllm-bench-serve-gptoss120b-sglang-pd2p2d-8xh200-\(shape)-c\(c).json").first)
}

/// Solves `ISL₁·x + OSL₁·y = τ₁`, `ISL₂·x + OSL₂·y = τ₂` by Cramer's rule, `τ = OSL / output tokens per second`.
private func exactRates(_ a: BenchmarkRun, _ b: BenchmarkRun) throws -> (prefill: Double, decode: Double) {
  let i1 = try #require(a.meanInputTokens)
  let o1 = try #require(a.meanOutputTokens)
  let i2 = try #require(b.meanInputTokens)
  let o2 = try #require(b.meanOutputTokens)
  let t1 = o1 / (try #require(a.outputTokensPerSecond))
  let t2 = o2 / (try #require(b.outputTokensPerSecond))
  let det = i1 * o2 - i2 * o1
  let x = (t1 * o2 - t2 * o1) / det
  let y = (i1 * t2 - i2 * t1) / det
  return (1 / x, 1 / y)
}

/// Checks the least-squares optimality of a P/D fit: with `rᵢ = τ̂ᵢ/τᵢ − 1` (the fitted over the
/// measured time per request, `= 1/(1 + residualᵢ) − 1`), `Σ rᵢ·ISLᵢ/τᵢ = 0` and `Σ rᵢ·OSLᵢ/τᵢ = 0`.
private func isLeastSquares(_ c: BenchmarkCalibration) throws -> Bool {
  var gu = 0.0
  var gv = 0.0
  var scale = 0.0
  for r in c.runs where r.usedInFit {
    let tau = try #require(r.run.meanOutputTokens) / (try #require(r.outputTokensPerSecondPerReplica))
    let u = try #require(r.run.meanInputTokens) / tau
    let v = try #require(r.run.meanOutputTokens) / tau
    let e = 1 / (1 + (try #require(r.relativeResidual))) - 1
    gu += e * u
    gv += e * v
    scale += u + v
  }
  return abs(gu) < 1e-9 * scale && abs(gv) < 1e-9 * scale
}

@Suite("Calibration from benchmark runs")
struct BenchmarkReaderCalibrationTests {
  static let shapes = ["in2048-out128", "in2048-out2048"]

  @Test("Two request shapes identify P and D; the fitted runs are reproduced exactly")
  func twoShapes() throws {
    var all: [BenchmarkRun] = []
    for shape in Self.shapes { for c in [32, 64, 128] { all.append(try gptOSS(shape, c)) } }
    let c = try BenchmarkCalibration.calibrate(all, gpusPerReplica: 8)
    // The fastest run per shape (file output_throughput): 2722.48 at c32 (2048/128), 7433.15 at c128 (2048/2048).
    #expect(c.runs.filter(\.usedInFit).map(\.run.source) == [all[0].source, all[5].source])
    let expected = try exactRates(all[0], all[5])
    guard case .separate(let p, let d)? = c.fit else {
      Issue.record("expected separate rates, got \(String(describing: c.fit))")
      return
    }
    #expect(abs(p / expected.prefill - 1) < 1e-9)
    #expect(abs(d / expected.decode - 1) < 1e-9)
    for r in c.runs where r.usedInFit { #expect(abs(r.relativeResidual ?? 1) < 1e-9) }
    // Per GPU: 7433.15 output tokens/s over 8 GPUs = 929.14.
    #expect(abs((c.runs[5].outputTokensPerSecondPerGPU ?? 0) - 7433.154243970663 / 8) < 1e-9)
    #expect(abs(c.runs[5].totalTokensPerSecondPerGPU - 28255.22997182681 / 8) < 1e-9)
    // Lightly loaded runs fall below the fitted capacity: c32 2048/2048 reaches half of it.
    #expect((c.runs[3].relativeResidual ?? 0) > 0.9)
  }

  @Test("Fitting every run is a relative least-squares fit", arguments: ["gpt-oss", "sglang-offline"])
  func allRuns(set: String) throws {
    var all: [BenchmarkRun] = []
    if set == "gpt-oss" {
      for shape in Self.shapes { for c in [32, 64, 128] { all.append(try gptOSS(shape, c)) } }
    } else {
      all = try runs("sglang/sglang-llama3.3-70b-4xh200-bf16-offline.jsonl")
    }
    let c = try BenchmarkCalibration.calibrate(all, gpusPerReplica: set == "gpt-oss" ? 8 : 4, selection: .allRuns)
    guard case .separate? = c.fit else {
      Issue.record("expected separate rates")
      return
    }
    #expect(c.runs.allSatisfy { $0.usedInFit })
    #expect(try isLeastSquares(c))
    // Every run gets a prediction and a residual against its own output throughput.
    for r in c.runs {
      let predicted = try #require(r.predictedOutputTokensPerSecondPerReplica)
      let measured = try #require(r.outputTokensPerSecondPerReplica)
      #expect(abs(predicted / measured - 1 - (r.relativeResidual ?? .nan)) < 1e-12)
    }
  }

  @Test("One run gives a combined rate and says P and D are not identified")
  func oneRun() throws {
    let run = try gptOSS("in2048-out2048", 64)
    let c = try BenchmarkCalibration.calibrate([run], gpusPerReplica: 8, replicas: 2)
    guard case .combined(let rate, let reason)? = c.fit else {
      Issue.record("expected a combined rate")
      return
    }
    // Two replicas measured together: 21599.71 total tokens/s / 2 = 10799.85 per replica.
    #expect(abs(rate - 21599.708731885275 / 2) < 1e-9)
    #expect(reason.contains("not separately identified"))
    #expect(abs(c.runs[0].relativeResidual ?? 1) < 1e-12)
    #expect(abs((c.runs[0].outputTokensPerSecondPerGPU ?? 0) - 5892.885449645593 / 2 / 8) < 1e-9)
  }

  @Test("vLLM throughput files: totals only until a shape is stated")
  func throughputFiles() throws {
    let short = try #require(
      try runs("vllm-throughput/vllm-throughput-llama3.1-405b-fp8-8xh100sxm-in128-out2048-n64.json").first)
    let long = try #require(
      try runs("vllm-throughput/vllm-throughput-llama3.1-405b-fp8-8xh100sxm-in2048-out2048-n128.json").first)
    let totals = try BenchmarkCalibration.calibrate([short, long], gpusPerReplica: 8)
    guard case .combined(let rate, let reason)? = totals.fit else {
      Issue.record("expected a combined rate")
      return
    }
    #expect(reason.contains("only total tokens"))
    // By hand: C = (1130.84² + 1105.49²) / (1130.84 + 1105.49) = 1118.31.
    #expect(abs(rate - 1118.31) < 0.01)
    let split = [
      try short.withRequestShape(inputTokens: 128, outputTokens: 2048),
      try long.withRequestShape(inputTokens: 2048, outputTokens: 2048),
    ]
    let c = try BenchmarkCalibration.calibrate(split, gpusPerReplica: 8)
    guard case .separate(let p, let d)? = c.fit else {
      Issue.record("expected separate rates")
      return
    }
    // By hand: τ₁ = 2048/1064.32 = 1.9242 s, τ₂ = 2048/552.74 = 3.7052 s;
    // 1920·x = τ₂ − τ₁ → P = 1/x ≈ 1078; y = (τ₁ − 128·x)/2048 → D ≈ 1134.
    let expected = try exactRates(split[0], split[1])
    #expect(abs(p / expected.prefill - 1) < 1e-9 && abs(p - 1078) < 1)
    #expect(abs(d / expected.decode - 1) < 1e-9 && abs(d - 1134) < 1)
  }

  @Test("The best run under latency targets")
  func latencyTargets() throws {
    var all: [BenchmarkRun] = []
    for shape in Self.shapes { for c in [32, 64, 128] { all.append(try gptOSS(shape, c)) } }
    // p99 from the files: only 2048/128 c32 (927.2 ms, 11.05 ms) and 2048/2048 c32 (336.7 ms, 10.73 ms) meet
    // 1000 ms / 12 ms; the latter has more output tokens/s (3716 > 2722).
    let p99 = try BenchmarkCalibration.calibrate(
      all, gpusPerReplica: 8, targets: LatencyTargets(ttftMs: 1000, tpotMs: 12))
    #expect(p99.runs.map { $0.latency == .meets } == [true, false, false, true, false, false])
    #expect(p99.bestRunIndex == 3)
    if case .misses(let why) = p99.runs[1].latency {
      #expect(why == ["p99 TTFT 3515.4 ms > 1000.0 ms", "p99 TPOT 12.5 ms > 12.0 ms"])
    } else {
      Issue.record("expected a miss")
    }
    // Means: 2048/2048 c64 (334.2 ms, 10.47 ms) also meets 400 ms / 11 ms and is faster (5893 tokens/s).
    let mean = try BenchmarkCalibration.calibrate(
      all, gpusPerReplica: 8, targets: LatencyTargets(ttftMs: 400, tpotMs: 11, statistic: .mean))
    #expect(mean.bestRunIndex == 4)
    let none = try BenchmarkCalibration.calibrate(all, gpusPerReplica: 8, targets: LatencyTargets(ttftMs: 50))
    #expect(none.bestRunIndex == nil)
  }

  @Test("SGLang 2024 lines hold medians only: p99 targets are unknown, median targets work")
  func medians() throws {
    let sweep = try runs("sglang/sglang-llama3.3-70b-4xh200-bf16-online-rate-sweep.jsonl")
    let p99 = try BenchmarkCalibration.calibrate(sweep, gpusPerReplica: 4, targets: LatencyTargets(ttftMs: 200))
    #expect(p99.runs.allSatisfy { $0.latency == .unknown(["no p99 TTFT in the file"]) })
    #expect(p99.bestRunIndex == nil)
    // Medians: rates 1, 2, 4 (random) and 4, 8 (ShareGPT) meet 200 ms / 20 ms (TPOT from median_itl_ms);
    // rate 4 random has the most output (2047.9 tokens/s).
    let median = try BenchmarkCalibration.calibrate(
      sweep, gpusPerReplica: 4, targets: LatencyTargets(ttftMs: 200, tpotMs: 20, statistic: .median))
    #expect(median.runs.map { $0.latency == .meets } == [true, true, true, false, false, true, true])
    #expect(median.bestRunIndex == 2)
  }

  @Test("A concurrency sweep of one shape fits its fastest run only")
  func oneShapeSweep() throws {
    var sweep: [BenchmarkRun] = []
    for c in [1, 2, 10, 50, 250] {
      sweep += try runs("genai-perf/genai-perf-nim-llama3-8b-isl200-osl50-c\(c).json")
    }
    let c = try BenchmarkCalibration.calibrate(sweep, gpusPerReplica: 1)
    guard case .combined(let rate, let reason)? = c.fit else {
      Issue.record("expected a combined rate")
      return
    }
    // The c = 250 run has the most output (file: output_token_throughput.avg = 2019.22 tokens/s).
    #expect(c.runs.map(\.usedInFit) == [false, false, false, false, true])
    #expect(abs(rate - c.runs[4].totalTokensPerSecondPerReplica) < 1e-9)
    #expect(reason.contains("all 5 runs have one request shape"))
  }

  @Test("Bad requests are errors")
  func errors() throws {
    let run = try gptOSS("in2048-out128", 32)
    #expect(throws: CalibrationError.self) { try BenchmarkCalibration.calibrate([], gpusPerReplica: 1) }
    #expect(throws: CalibrationError.self) { try BenchmarkCalibration.calibrate([run], gpusPerReplica: 0) }
    #expect(throws: CalibrationError.self) {
      try BenchmarkCalibration.calibrate([run], gpusPerReplica: 1, targets: LatencyTargets(tpotMs: -1))
    }
    #expect(throws: CalibrationError.self) {
      try BenchmarkCalibration.calibrate([run], gpusPerReplica: 1, targets: LatencyTargets(ttftMs: .infinity))
    }
  }
}
