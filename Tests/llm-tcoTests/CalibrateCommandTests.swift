import Foundation
import TCOData
import TCOModel
import TCOReport
import Testing

@testable import llm_tco

/// Benchmark fixtures, relative to Fixtures/profiles (where the test context reads files).
private func bench(_ path: String) -> String { "../benchmarks/" + path }
private let gptOSS = "vllm-serve/vllm-bench-serve-gptoss120b-sglang-pd2p2d-8xh200-"
private let gptOSSRuns = ["in2048-out128", "in2048-out2048"].flatMap { shape in
  [32, 64, 128].map { bench(gptOSS + "\(shape)-c\($0).json") }
}
private let failedRun = bench("vllm-serve/vllm-bench-serve-v0.25.1-opt125m-cpu-all-requests-failed.json")
private let throughputRuns = [
  bench("vllm-throughput/vllm-throughput-llama3.1-405b-fp8-8xh100sxm-in128-out2048-n64.json"),
  bench("vllm-throughput/vllm-throughput-llama3.1-405b-fp8-8xh100sxm-in2048-out2048-n128.json"),
]

/// The member at a path of object keys and array indexes ("runs", "5", "outputTokensPerSecondPerGPU").
func member(_ value: JSONValue?, _ path: String...) -> JSONValue? {
  var current = value
  for key in path {
    if let i = Int(key), case .array(let items)? = current {
      current = i < items.count ? items[i] : nil
    } else {
      current = current?[key]
    }
  }
  return current
}

func numberAt(_ value: JSONValue?, _ path: String...) -> Double? {
  var current = value
  for key in path { current = member(current, key) }
  if case .number(let x)? = current { return x }
  return nil
}

func parsedJSON(_ text: String) throws -> JSONValue { try JSONParser.parse(text) }

func near(_ a: Double?, _ b: Double, relative: Double) -> Bool {
  guard let a else { return false }
  return abs(a - b) <= relative * abs(b)
}

@Suite("llm-tco calibrate")
struct CalibrateCommandTests {
  @Test("Golden: help, a table with latency targets, and JSON")
  func goldens() throws {
    try expectGolden("help-calibrate", ["calibrate", "--help"])
    try expectGolden(
      "calibrate-gptoss-targets",
      ["calibrate"] + gptOSSRuns + ["--gpus-per-replica", "8", "--ttft-target", "1000", "--tpot-target", "12"])
    try expectGolden(
      "calibrate-sglang-json",
      [
        "calibrate", bench("sglang/sglang-llama3.3-70b-4xh200-bf16-offline.jsonl"), "--gpus-per-replica", "4",
        "--format",
        "json",
      ])
  }

  /// By hand from the two files (500 requests each, 8 GPUs per replica): ISL = 1,023,101/500 = 2046.202 in both;
  /// OSL 32,381/500 = 64.762 at 2722.4822 output tokens/s and 365,231/500 = 730.462 at 7433.1542 tokens/s, so
  /// τ = OSL/rate = 0.0237878 s and 0.0982704 s. Same ISL: y = Δτ/ΔOSL → D = 8,937.6; x = (τ₁ − OSL₁·y)/ISL
  /// → P = 123,698. Per GPU: 7433.1542/8 = 929.144 output tokens/s.
  @Test("The fastest run per shape gives P and D by hand; per-GPU figures divide by the GPUs")
  func separateRates() throws {
    let output = runCLI(["calibrate"] + gptOSSRuns + ["--gpus-per-replica", "8", "--format", "json"])
    #expect(output.exitCode == 0 && output.stderr.isEmpty)
    let document = try parsedJSON(output.stdout)
    let (isl, osl1, osl2) = (1_023_101.0 / 500, 32_381.0 / 500, 365_231.0 / 500)
    let (tau1, tau2) = (osl1 / 2722.4821829122343, osl2 / 7433.154243970663)
    let y = (tau2 - tau1) / (osl2 - osl1)
    let x = (tau1 - osl1 * y) / isl
    #expect(abs(1 / y - 8937.6) < 0.5 && abs(1 / x - 123_698) < 5)
    #expect(member(document, "fit", "kind") == .string("separate"))
    #expect(near(numberAt(document, "fit", "decodeTokensPerSecond"), 1 / y, relative: 1e-5))
    #expect(near(numberAt(document, "fit", "prefillTokensPerSecond"), 1 / x, relative: 1e-5))
    #expect(numberAt(document, "runs", "5", "outputTokensPerSecondPerGPU") == 929.144)
    #expect(numberAt(document, "runs", "5", "relativeResidual") == 0)
    #expect(member(document, "runs", "0", "usedInFit") == .bool(true))
    #expect(member(document, "runs", "1", "usedInFit") == .bool(false))
    #expect(member(document, "bestRun") == .null && member(document, "targets") == .null)
  }

  /// By hand: C = (1130.84² + 1105.49²) / (1130.84 + 1105.49) = 1118.31 tokens/s per replica (files'
  /// tokens_per_second; the files give totals only). The profile takes P = D = C.
  @Test("Totals-only files give a combined rate with its reason; the profile takes it as P = D")
  func combinedRate() throws {
    let output = runCLI(["calibrate"] + throughputRuns + ["--gpus-per-replica", "8", "--format", "json"])
    let document = try parsedJSON(output.stdout)
    #expect(member(document, "fit", "kind") == .string("combined"))
    #expect(abs((numberAt(document, "fit", "tokensPerSecond") ?? 0) - 1118.31) < 0.01)
    if case .string(let reason)? = member(document, "fit", "reason") {
      #expect(reason.contains("only total tokens"))
    }
    let written = runCLI(
      ["calibrate"] + throughputRuns + ["--gpus-per-replica", "8", "--gpu", "h100-sxm", "--write-profile", "-"])
    #expect(written.exitCode == 0 && written.stderr.hasPrefix("llm-tco calibrate: 2 run(s)"))
    let profile = try parsedJSON(written.stdout)
    let p = numberAt(profile, "selfHosted", "prefillTokensPerSecond")
    #expect(p == numberAt(profile, "selfHosted", "decodeTokensPerSecond") && abs((p ?? 0) - 1118.31) < 0.01)
  }

  @Test("The written profile records its sources, and compare accepts it")
  func writtenProfile() throws {
    let files = [gptOSSRuns[0], gptOSSRuns[5]]
    let output = runCLI(
      ["calibrate"] + files + [
        "--gpus-per-replica", "8", "--gpu", "h200-sxm", "--precision", "mxfp4", "--write-profile", "-",
      ])
    #expect(output.exitCode == 0)
    let profile = try parsedJSON(output.stdout)
    #expect(member(profile, "selfHosted", "gpu") == .string("h200-sxm"))
    #expect(member(profile, "selfHosted", "precision") == .string("mxfp4"))
    #expect(numberAt(profile, "selfHosted", "gpusPerReplica") == 8)
    #expect(near(numberAt(profile, "selfHosted", "decodeTokensPerSecond"), 8937.6, relative: 1e-4))
    guard case .string(let name)? = member(profile, "name") else {
      Issue.record("no name")
      return
    }
    #expect(name.hasPrefix("calibrated from vllm-bench-serve-gptoss120b-sglang-pd2p2d-8xh200-in2048-out128-c32.json, "))
    #expect(name.contains("8 GPU(s) per replica"))
    // The profile holds no workload: compare takes it from flags, or from a base profile.
    let dir = try temporaryDirectory()
    let path = dir.appendingPathComponent("calibrated.json").path
    try output.stdout.write(toFile: path, atomically: true, encoding: .utf8)
    let compared = runCLI(["compare", path, "--tokens-per-day", "50M", "--input-share", "0.8", "--api", "gpt-4o"])
    #expect(compared.exitCode == 0)
    #expect(compared.stdout.contains("8 GPUs/replica; 124k prefill and 8.94k decode tokens/s per"))
    let full = dir.appendingPathComponent("full.json").path
    let based = runCLI(
      ["calibrate"] + files + [
        "--gpus-per-replica", "8", "--gpu", "h200-sxm", "--base", "chatbot-requests.json", "--write-profile", full,
      ])
    #expect(based.exitCode == 0 && based.stderr == "Wrote the calibrated profile to \(full).\n")
    let alone = runCLI(["compare", full])
    #expect(alone.exitCode == 0)
    #expect(
      alone.stdout.hasPrefix("llm-tco compare: Customer chatbot, business hours; self-hosted rates calibrated\n  from"))
  }

  @Test("Under latency targets the profile takes the fit to the runs that meet them")
  func targets() throws {
    // p99 from the files: only 2048/128 c32 (927.2 ms, 11.05 ms) and 2048/2048 c32 (336.7 ms, 10.73 ms) meet
    // 1000 ms / 12 ms. Their output rates: 2722.48 and 3716.31 tokens/s (the best).
    let output = runCLI(
      ["calibrate"] + gptOSSRuns + [
        "--gpus-per-replica", "8", "--ttft-target", "1000", "--tpot-target", "12", "--write-profile", "-",
      ])
    #expect(output.exitCode == 0)
    #expect(output.stderr.contains("Best run meeting them: 4 (c=32), 3,716 output tokens/s per replica"))
    let profile = try parsedJSON(output.stdout)
    if case .string(let name)? = member(profile, "name") {
      #expect(name.contains("among runs meeting p99 TTFT <= 1000 ms, TPOT <= 12 ms"))
    }
    let json = try parsedJSON(
      runCLI(
        ["calibrate"] + gptOSSRuns + [
          "--gpus-per-replica", "8", "--ttft-target", "1000", "--tpot-target", "12", "--format", "json",
        ]
      ).stdout)
    #expect(numberAt(json, "bestRun", "index") == 3)
    #expect(
      numberAt(profile, "selfHosted", "decodeTokensPerSecond")
        == numberAt(json, "fitUnderTargets", "decodeTokensPerSecond"))
    let none = runCLI(
      ["calibrate"] + gptOSSRuns + ["--gpus-per-replica", "8", "--ttft-target", "50", "--write-profile", "-"])
    #expect(none.exitCode == 65 && none.stderr.contains("no run meets the latency targets"))
  }

  /// By hand: the 2048/2048 c = 64 run has 5892.885 output tokens/s (file); two replicas of 8 GPUs measured
  /// together give 5892.885 / 2 = 2946.44 per replica and / 8 = 368.305 per GPU.
  @Test("--replicas divides the run's rates among the replicas measured together")
  func replicas() throws {
    let output = runCLI(["calibrate", gptOSSRuns[4], "--gpus-per-replica", "8", "--replicas", "2", "--format", "json"])
    let document = try parsedJSON(output.stdout)
    #expect(numberAt(document, "runs", "0", "outputTokensPerSecondPerReplica") == 2946.44)
    #expect(numberAt(document, "runs", "0", "outputTokensPerSecondPerGPU") == 368.305)
    #expect(numberAt(document, "replicas") == 2)
  }

  @Test("Every benchmark fixture is calibrated, or refused with its reason")
  func everyFixture() throws {
    let folder = fixtures.appendingPathComponent("benchmarks")
    let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".json") || $0.hasSuffix(".jsonl")
    }
    #expect(files.count == 19)
    for file in files.sorted() {
      let output = runCLI(["calibrate", bench(file), "--gpus-per-replica", "8"])
      if file.contains("all-requests-failed") {
        #expect(output.exitCode == 65 && output.stderr.contains("no request completed"))
      } else {
        #expect(output.exitCode == 0, "\(file): \(output.stderr)")
        #expect(output.stdout.contains("SERVING RATES\n  "))
      }
    }
  }

  @Test("Errors: usage (64), bad data (65), missing files (66)")
  func errors() throws {
    let noFiles = runCLI(["calibrate", "--gpus-per-replica", "8"])
    #expect(noFiles.exitCode == 64 && noFiles.stderr.hasPrefix("Error: give at least one benchmark result file."))
    let noGPUs = runCLI(["calibrate", gptOSSRuns[0]])
    #expect(noGPUs.exitCode == 64 && noGPUs.stderr.hasPrefix("Error: give --gpus-per-replica"))
    #expect(noGPUs.stderr.contains("Usage: llm-tco calibrate <file>... --gpus-per-replica <n> [<options>]"))
    let gpu = runCLI(["calibrate", gptOSSRuns[0], "--gpus-per-replica", "8", "--gpu", "h200-sxn"])
    #expect(
      gpu.exitCode == 64 && gpu.stderr.hasPrefix("Error: --gpu: unknown GPU 'h200-sxn'. Did you mean 'h200-sxm'?"))
    // gpt-oss-120b joined the catalog with issue 11; an id it lacks still gets the hint.
    let model = runCLI(["calibrate", gptOSSRuns[0], "--gpus-per-replica", "8", "--model", "gpt-oss-999b"])
    #expect(model.exitCode == 64 && model.stderr.contains("Leave --model out"))
    let statistic = runCLI(["calibrate", gptOSSRuns[0], "--gpus-per-replica", "8", "--statistic", "p95"])
    #expect(statistic.exitCode == 64 && statistic.stderr.contains("must be 'mean', 'median' or 'p99'"))
    let unknown = runCLI(["calibrate", "chatbot-requests.json", "--gpus-per-replica", "1"])
    #expect(unknown.exitCode == 65)
    #expect(unknown.stderr.hasPrefix("Error: chatbot-requests.json: is not a benchmark result this reader knows."))
    #expect(unknown.stderr.contains("Known formats: vLLM") && unknown.stderr.contains("GenAI-Perf"))
    let failed = runCLI(["calibrate", failedRun, "--gpus-per-replica", "1"])
    #expect(failed.exitCode == 65 && failed.stdout.isEmpty)
    #expect(failed.stderr.contains("has no usable run, so it cannot calibrate anything: no request completed"))
    // Beside a usable file, a failed one is refused in the report and the rest is calibrated.
    let mixed = runCLI(["calibrate", gptOSSRuns[0], failedRun, "--gpus-per-replica", "8"])
    #expect(
      mixed.exitCode == 0 && mixed.stdout.contains("\nREFUSED\n  ../benchmarks/vllm-serve/vllm-bench-serve-v0.25.1"))
    let missing = runCLI(["calibrate", "nope.json", "--gpus-per-replica", "1"])
    #expect(missing.exitCode == 66 && missing.stderr == "Error: cannot read 'nope.json': No such file or directory\n")
    let base = runCLI(
      ["calibrate", gptOSSRuns[0], "--gpus-per-replica", "8", "--base", gptOSSRuns[1], "--write-profile", "-"])
    #expect(base.exitCode == 65 && base.stderr.contains("unknown key at the top level"))
    let unwritable = runCLI(
      ["calibrate", gptOSSRuns[0], "--gpus-per-replica", "8", "--write-profile", "/nonexistent-folder/p.json"])
    #expect(
      unwritable.exitCode == 73 && unwritable.stderr.hasPrefix("Error: cannot write '/nonexistent-folder/p.json'"))
  }
}
