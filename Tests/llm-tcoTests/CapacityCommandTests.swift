import Foundation
import TCOData
import TCOModel
import Testing

@testable import llm_tco

/// Issue 11 through the command line: memory fit, context, latency targets, engine, `--gpu auto`.
@Suite("Capacity from the hardware, through compare")
struct CapacityCommandTests {
  func json(_ arguments: [String], stdin: String = "") throws -> JSONValue {
    let output = runCLI(["compare"] + arguments + ["--format", "json"], stdin: stdin)
    try #require(output.exitCode == 0, "\(arguments): \(output.stderr)")
    return try JSONParser.parse(output.stdout)
  }

  /// The text with line breaks and runs of spaces squeezed to one space (wrapped sentences read whole).
  func squeezed(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }

  func number(_ document: JSONValue, _ path: String) throws -> Double {
    var value: JSONValue? = document
    for key in path.split(separator: ".") { value = value?[String(key)] }
    return try #require(value?.numberValue, "\(path)")
  }

  // 70B fp16 on 1x H100: weights 70,553,706,496 x 2 = 141.1 GB against 0.9 x 85,899,345,920 = 77.3 GB usable.
  // On 2x: 154,618,822,656 usable - 141,107,412,992 weights - 2 x (3,758,096,384 + 358,612,992) reserve
  // = 5.28 GB of KV cache, so 2 is the smallest that fits. 405B fp8 (405.9 GB) exceeds 4x H100 (309.2 GB
  // usable) and fits 8x (618.5 GB usable - 405.9 - 33.4 reserve = 179 GB of KV).
  @Test(
    "Memory fit: a model that does not fit names model, GPU, precision, size and the smallest that fits",
    arguments: [
      (
        ["--precision", "fp16", "--gpus-per-replica", "1"], "llama-3.1-70b",
        "llama-3.1-70b at fp16 does not fit 1× h100-sxm", 2
      ),
      (
        ["--precision", "fp8", "--gpus-per-replica", "4"], "llama-3.1-405b",
        "llama-3.1-405b at fp8 does not fit 4× h100-sxm", 8
      ),
    ])
  func doesNotFit(extra: [String], model: String, message: String, smallest: Int) {
    let output = runCLI(["compare", "--model", model, "--gpu", "h100-sxm"] + extra)
    #expect(output.exitCode == 64)
    #expect(output.stderr.hasPrefix("Error: --gpus-per-replica: " + message))
    #expect(output.stderr.contains("the smallest that fits is \(smallest) GPUs per replica"))
  }

  @Test("Memory fit: the known cases that fit run, with the size given or the best per GPU chosen")
  func fits() throws {
    let fp16 = try json([
      "--model", "llama-3.1-70b", "--gpu", "h100-sxm", "--precision", "fp16", "--gpus-per-replica", "4",
    ])
    #expect(try number(fp16, "serving.gpusPerReplica") == 4)
    let chosen = try json(["--model", "llama-3.1-70b", "--gpu", "h100-sxm", "--precision", "fp16"])
    // Without a size, the one of 2, 4, 8 (1 does not fit) serving the most output tokens/s per GPU.
    var perGPU: [Int: Double] = [:]
    for k in [2, 4, 8] {
      let d = try json([
        "--model", "llama-3.1-70b", "--gpu", "h100-sxm", "--precision", "fp16", "--gpus-per-replica", String(k),
      ])
      perGPU[k] = try number(d, "serving.outputTokensPerSecond") / Double(k)
    }
    let best = try #require(perGPU.max { $0.value < $1.value }?.key)
    #expect(try number(chosen, "serving.gpusPerReplica") == Double(best))
    let big = try json([
      "--model", "llama-3.1-405b", "--gpu", "h100-sxm", "--precision", "fp8", "--gpus-per-replica", "8",
    ])
    // 405,853,388,800 parameters × 1 byte, written to 6 significant digits.
    #expect(try number(big, "serving.memory.weightBytes") == 405_853_000_000)
  }

  @Test("A profile file that does not fit is bad data (65) at selfHosted.gpusPerReplica")
  func fileDoesNotFit() {
    let profile = """
      {"workload": {"tokensPerDay": 1e8, "inputShare": 0.5}, "api": {"model": "gpt-4o"},
       "selfHosted": {"model": "llama-3.1-70b", "gpu": "l40s", "precision": "fp8", "gpusPerReplica": 1}}
      """
    let output = runCLI(["compare", "-"], stdin: profile)
    #expect(output.exitCode == 65)
    #expect(
      output.stderr.hasPrefix("Error: <stdin>: selfHosted.gpusPerReplica: llama-3.1-70b at fp8 does not fit 1× l40s"))
  }

  // Issue 10 item 4: 70B fp8 on one 48 GB L40S (43.5 GB usable) cannot hold 70.6 GB of weights; 2 L40S hold
  // them with 8.2 GB of KV left. A 4-GPU replica gets its own, larger throughput.
  @Test("--gpus-per-replica 1 on a model that needs more is an error; each size gets its own throughput")
  func issue10Item4() throws {
    let base = ["--tokens-per-day", "100M", "--model", "llama-3.1-70b", "--gpu", "l40s"]
    let one = runCLI(["compare"] + base + ["--gpus-per-replica", "1"])
    #expect(one.exitCode == 64)
    #expect(one.stderr.contains("does not fit 1× l40s") && one.stderr.contains("the smallest that fits is 2"))
    let four = try json(base + ["--gpus-per-replica", "4"])
    let two = try json(base + ["--gpus-per-replica", "2"])
    #expect(try number(four, "inputs.selfHosted.gpusPerReplica") == 4)
    let expected = try estimateServing(
      model: "llama-3.1-70b", gpu: "l40s", precision: .fp8, gpusPerReplica: 4, inputTokensPerRequest: 750,
      outputTokensPerRequest: 250
    ).get()
    #expect(
      try number(four, "serving.decodeTokensPerSecond") == Format.roundSignificant(expected.decodeTokensPerSecond, 6))
    #expect(try number(four, "serving.outputTokensPerSecond") > number(two, "serving.outputTokensPerSecond"))
  }

  @Test("Throughput falls as the context grows: 20k input tokens per request against 128")
  func context() throws {
    func rate(_ input: String) throws -> Double {
      try number(
        try json([
          "--model", "llama-3.1-8b", "--gpu", "h100-sxm", "--input-tokens-per-request", input,
          "--output-tokens-per-request", "128",
        ]), "serving.outputTokensPerSecond")
    }
    let short = try rate("128")
    let long = try rate("20k")
    #expect(long < short / 10)
  }

  @Test("A tighter per-token target never raises throughput, and says it binds")
  func latencyTargets() throws {
    var previous = Double.infinity
    var bound = false
    for target in ["200", "100", "60", "45", "30"] {
      // The replica size is pinned: left to default, a tighter target may move to a larger replica.
      let document = try json([
        "--tpot-target-ms", target, "--gpus-per-replica", "2", "--input-tokens-per-request", "1k",
        "--output-tokens-per-request", "250",
      ])
      let rate = try number(document, "serving.outputTokensPerSecond")
      #expect(rate <= previous, "\(target) ms")
      #expect(try number(document, "serving.tpotMs") <= Double(target)!)
      previous = rate
      if document["serving"]?["binding"]?.string == "tpot" { bound = true }
    }
    #expect(bound)
    let unreachable = runCLI(["compare", "--tpot-target-ms", "5"])
    #expect(unreachable.exitCode == 64)
    #expect(unreachable.stderr.hasPrefix("Error: --tpot-target-ms: TPOT target 5.0 ms is unreachable"))
  }

  @Test("The engine a result assumes is reported in the table, the JSON and the warning")
  func engine() throws {
    let trt = runCLI(["compare", "--engine", "tensorrt-llm"])
    #expect(trt.stdout.contains("Estimated for tensorrt-llm: batch"))
    #expect(squeezed(trt.stdout).contains("an estimate of the capacity model for tensorrt-llm"))
    #expect(try json([])["serving"]?["engine"]?.string == "vllm")
    #expect(runCLI(["compare", "--engine", "tgi"]).exitCode == 64)
  }

  @Test("Inputs written back carry the engine and targets, not the derived rates, and reproduce the result")
  func roundTrip() throws {
    let first = runCLI(["compare", "--engine", "sglang", "--ttft-target-ms", "800", "--format", "json"])
    let document = try JSONParser.parse(first.stdout)
    let inputs = try #require(document["inputs"])
    #expect(inputs["selfHosted"]?["engine"]?.string == "sglang")
    #expect(inputs["selfHosted"]?["ttftTargetMs"]?.numberValue == 800)
    #expect(inputs["selfHosted"]?["prefillTokensPerSecond"] == nil)
    let again = runCLI(["compare", "-", "--format", "json"], stdin: JSONWriter.write(inputs))
    #expect(again.stdout == first.stdout)
  }

  @Test("--explain derives memory, batch, step time and rate before the costs")
  func explain() {
    let text = runCLI(["compare", "--explain"]).stdout
    for step in ["1. weights (llama-3.1-70b fp8)", "4. KV cache", "batch (limited by", "decode step", "decode rate"] {
      #expect(text.contains(step), "\(step)")
    }
  }

  @Test("Explicit serving rates still bypass the capacity model")
  func explicitRates() throws {
    let document = try json(["--prefill-tokens-per-second", "20k", "--decode-tokens-per-second", "5k"])
    #expect(document["serving"] == nil)
    #expect(try number(document, "inputs.selfHosted.decodeTokensPerSecond") == 5000)
  }

  @Test("The latency budget advisory points to the targets instead of recommending self-hosting")
  func advisory() {
    let text = squeezed(runCLI(["compare", "--latency-budget-ms", "80"]).stdout)
    #expect(text.contains("selfHosted.ttftTargetMs and tpotTargetMs"))
    #expect(!text.contains("self-hosting near your service helps"))
  }

  @Test("--gpu auto picks the cheapest over the horizon of an explicit enumeration")
  func autoEqualsEnumeration() throws {
    let base = ["--tokens-per-day", "200M", "--model", "llama-3.1-8b", "--precision", "fp8", "--tpot-target-ms", "50"]
    let auto = try json(base + ["--gpu", "auto"])
    let choice = try #require(auto["gpuChoice"])
    var best: (cost: Double, gpu: String, k: Int)?
    for gpu in Catalog.builtIn.gpus.map(\.id) {
      for k in [1, 2, 4, 8] {
        let output = runCLI(["compare"] + base + ["--gpu", gpu, "--gpus-per-replica", String(k), "--format", "json"])
        guard output.exitCode == 0, let document = try? JSONParser.parse(output.stdout),
          let cost = document["horizon"]?["selfHosted"]?["total"]?.numberValue
        else { continue }
        if best == nil || cost < best!.cost { best = (cost, gpu, k) }
      }
    }
    let cheapest = try #require(best)
    #expect(choice["chosen"]?["gpu"]?.string == cheapest.gpu)
    #expect(choice["chosen"]?["gpusPerReplica"]?.numberValue == Double(cheapest.k))
    #expect(try number(auto, "horizon.selfHosted.total") == cheapest.cost)
    #expect((choice["alternatives"]?.arrayItems?.count ?? 0) <= 5)
    let table = runCLI(["compare"] + base + ["--gpu", "auto"]).stdout
    #expect(table.contains("GPU CHOICE (--gpu auto: cheapest rent over 36 months)"))
    #expect(squeezed(table).contains("no rent price in the catalog"))
  }

  @Test("--gpu auto works on breakeven and simulate too, and needs a capacity-model model")
  func autoElsewhere() {
    #expect(runCLI(["breakeven", "--gpu", "auto"]).stdout.contains("GPU CHOICE"))
    #expect(
      runCLI(["simulate", "--gpu", "auto", "--utilization", "0.4..0.8", "--samples", "100"]).stdout.contains(
        "GPU CHOICE"))
    let rates = runCLI(["compare", "--gpu", "auto", "--decode-tokens-per-second", "5k"])
    #expect(rates.exitCode == 64 && rates.stderr.contains("cannot be given with selfHosted.gpu 'auto'"))
  }
}
