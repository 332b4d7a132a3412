import Testing

@testable import TCOModel

private func fit(
  _ model: String, _ gpu: String, _ precision: WeightPrecision, _ k: Int, kvBytes: Double = 2
) throws -> MemoryFit {
  try memoryFit(model: model, gpu: gpu, precision: precision, gpusPerReplica: k, kvCacheBytesPerElement: kvBytes)
    .get()
}

private func serve(
  _ model: String = "llama-3.1-8b", _ gpu: String = "h100-sxm", _ precision: WeightPrecision = .fp8, k: Int = 1,
  input: Double, output: Double, engine: ServingEngine = .tensorRTLLM, ttft: Double? = nil, tpot: Double? = nil
) throws -> ServingEstimate {
  try estimateServing(
    model: model, gpu: gpu, precision: precision, gpusPerReplica: k, inputTokensPerRequest: input,
    outputTokensPerRequest: output, engine: engine, ttftTargetMs: ttft, tpotTargetMs: tpot
  ).get()
}

@Suite("Capacity catalog")
struct CapacityCatalogTests {
  @Test func hasTheTwentyOneModelsAndTheGPUs() {
    let ids = [
      "llama-3.1-8b", "llama-3.1-70b", "llama-3.3-70b", "llama-3.1-405b", "mistral-7b", "mixtral-8x7b",
      "mixtral-8x22b", "qwen2.5-7b", "qwen2.5-32b", "qwen2.5-72b", "qwen3-8b", "qwen3-32b", "qwen3-30b-a3b",
      "qwen3-235b-a22b", "deepseek-v3", "gpt-oss-20b", "gpt-oss-120b", "gemma-3-27b", "phi-4", "llama-4-scout",
      "llama-4-maverick",
    ]
    #expect(Set(CapacityCatalog.models.map(\.id)) == Set(ids))
    #expect(CapacityCatalog.models.count == 21)
    for id in ["h100-sxm", "h100-pcie", "h200-sxm", "b200", "a100-80gb-sxm", "l40s", "l4", "rtx-4090", "mi300x"] {
      #expect(CapacityCatalog.gpu(id) != nil, "\(id)")
    }
    for m in CapacityCatalog.models {
      #expect(!m.source.isEmpty && !m.asOf.isEmpty, "\(m.id)")
      #expect(m.activeParameters <= m.totalParameters, "\(m.id)")
      #expect(m.fullAttentionLayers + m.slidingWindowLayers == m.layers, "\(m.id)")
      #expect(m.precisions.contains(m.nativePrecision), "\(m.id)")
    }
  }

  @Test func mi300xFiguresFromTheROCmPeakTable() throws {
    let g = try #require(CapacityCatalog.gpu("mi300x"))
    #expect(g.memoryGB == 192 && g.memoryBandwidthTBps == 5.3)
    #expect(g.bf16DenseTFLOPS == 1307.4 && g.fp8DenseTFLOPS == 2614.9 && g.boardPowerWatts == 750)
  }
}

@Suite("Capacity memory")
struct CapacityMemoryTests {
  @Test func llama70bFP16DoesNotFitOneH100AndFitsFour() throws {
    #expect(try !fit("llama-3.1-70b", "h100-sxm", .fp16, 1).fits)
    #expect(try fit("llama-3.1-70b", "h100-sxm", .fp16, 4).fits)
    // 2 GPUs: 2 × 85,899,345,920 × 0.9 = 154,618,822,656 B usable; weights 70,553,706,496 × 2 =
    // 141,107,412,992; reserve 2 × (3,758,096,384 + 358,612,992) = 8,233,418,752 → 5,277,990,912 B of KV.
    let two = try fit("llama-3.1-70b", "h100-sxm", .fp16, 2)
    #expect(abs(two.kvCacheBytes - 5_277_990_912) < 1)
    #expect(try fit("llama-3.1-70b", "h100-sxm", .fp16, 1).smallestGPUsPerReplicaThatFits == 2)
  }

  @Test func llama405bFP8FitsEightH100ButNotFour() throws {
    #expect(try fit("llama-3.1-405b", "h100-sxm", .fp8, 8).fits)
    let four = try fit("llama-3.1-405b", "h100-sxm", .fp8, 4)
    #expect(!four.fits)
    #expect(four.smallestGPUsPerReplicaThatFits == 8)
    // 4 × 85,899,345,920 × 0.9 = 309,237,645,312 B < 405,853,388,800 B of weights.
    #expect(four.kvCacheBytes == 0)
  }

  @Test func kvPerTokenOfLlama70bByHand() throws {
    // 2 (K and V) × 80 layers × 8 KV heads × 128 head dim × 2 bytes = 327,680; 163,840 at FP8.
    #expect(try fit("llama-3.1-70b", "h200-sxm", .fp8, 1).kvBytesPerToken == 327_680)
    #expect(try fit("llama-3.1-70b", "h200-sxm", .fp8, 1, kvBytes: 1).kvBytesPerToken == 163_840)
    // 8 GPUs hold 8 KV heads once each: no copies.
    #expect(try fit("llama-3.1-70b", "h100-sxm", .fp8, 8).kvBytesPerToken == 327_680)
  }

  @Test func mlaKVPerTokenOfDeepSeekV3() throws {
    // 61 layers × (kv_lora_rank 512 + qk_rope_head_dim 64) × 2 bytes = 70,272 (not 61 × 128 × (192 + 128) × 2).
    #expect(try fit("deepseek-v3", "h200-sxm", .fp8, 1).kvBytesPerToken == 70_272)
    // Under plain tensor parallelism every GPU keeps the whole latent: 8 copies.
    #expect(try fit("deepseek-v3", "h200-sxm", .fp8, 8).kvBytesPerToken == 8 * 70_272)
    #expect(try !fit("deepseek-v3", "h200-sxm", .fp8, 4).fits)
    #expect(try fit("deepseek-v3", "h200-sxm", .fp8, 8).fits)
  }

  @Test func slidingWindowLayersStopGrowingAtTheWindow() throws {
    // gpt-oss-120b: 2 × 8 × 64 × 2 B = 2,048 B per layer per token; 18 full + 18 sliding layers, window 128.
    let m = try fit("gpt-oss-120b", "h100-sxm", .mxfp4, 1)
    #expect(m.kvBytes(contextTokens: 100) == 2048 * 36 * 100)
    #expect(m.kvBytes(contextTokens: 10_000) == 2048 * (18 * 10_000 + 18 * 128))
  }

  @Test func concurrentRequestsOfAShape() throws {
    let m = try fit("llama-3.1-8b", "h100-sxm", .fp8, 1)
    let n = m.maxConcurrentRequests(inputTokensPerRequest: 1000, outputTokensPerRequest: 1000)
    #expect(Double(n) == (m.kvCacheBytes / (2000 * 131_072)).rounded(.down))
    #expect(m.maxConcurrentRequests(inputTokensPerRequest: .nan, outputTokensPerRequest: 1) == 0)
    #expect(m.maxConcurrentRequests(inputTokensPerRequest: 1e300, outputTokensPerRequest: 1e300) == 0)
  }

  @Test func badInputIsAnErrorNamingWhatIsAllowed() {
    guard
      case .failure(.unknownModel) = memoryFit(model: "llama-9", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1)
    else {
      Issue.record("expected unknownModel")
      return
    }
    guard
      case .failure(.invalidInput(let text)) = memoryFit(
        model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 0)
    else {
      Issue.record("expected invalidInput")
      return
    }
    #expect(text.contains("gpusPerReplica"))
    guard
      case .failure(.unsupportedPrecision) = memoryFit(
        model: "gpt-oss-20b", gpu: "h100-sxm", precision: .int4, gpusPerReplica: 1)
    else {
      Issue.record("expected unsupportedPrecision")
      return
    }
  }
}

@Suite("Capacity throughput")
struct CapacityThroughputTests {
  @Test func throughputFallsAsContextGrows() throws {
    var previous = Double.infinity
    for input in [128.0, 1000, 5000, 20_000, 60_000] {
      let e = try serve(input: input, output: 2000)
      #expect(e.outputTokensPerSecond < previous, "input \(input)")
      previous = e.outputTokensPerSecond
    }
  }

  @Test func aTighterTPOTTargetLowersThroughputMonotonically() throws {
    let free = try serve("llama-3.1-70b", "h200-sxm", input: 1000, output: 1000)
    var previous = free.outputTokensPerSecond
    for target in [200.0, 100, 60, 40, 30] {
      let e = try serve("llama-3.1-70b", "h200-sxm", input: 1000, output: 1000, tpot: target)
      #expect(e.outputTokensPerSecond <= previous + 1e-9, "target \(target)")
      #expect(e.tpotSeconds * 1000 <= target + 1e-9)
      previous = e.outputTokensPerSecond
    }
    let tight = try serve("llama-3.1-70b", "h200-sxm", input: 1000, output: 1000, tpot: 30)
    #expect(tight.binding == .tpot && tight.outputTokensPerSecond < free.outputTokensPerSecond)
    #expect(free.binding == .memory)
  }

  @Test func aTTFTTargetCanBind() throws {
    let free = try serve(input: 20_000, output: 200)
    let replica = try ReplicaServingModel.prepare(
      model: "llama-3.1-8b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 1, engine: .tensorRTLLM
    ).get()
    let alone = try replica.estimate(inputTokensPerRequest: 20_000, outputTokensPerRequest: 200, concurrencyLimit: 1)
      .get()
    let e = try serve(input: 20_000, output: 200, ttft: (alone.ttftSeconds + free.ttftSeconds) / 2 * 1000)
    #expect(e.ttftSeconds <= (alone.ttftSeconds + free.ttftSeconds) / 2)
    #expect(e.binding == .ttft && e.batch < free.batch)
  }

  @Test func unreachableTargetSaysTheBestPossible() {
    guard
      case .failure(.latencyTargetUnreachable(let target, _, let best)) = estimateServing(
        model: "llama-3.1-405b", gpu: "h100-sxm", precision: .fp8, gpusPerReplica: 8, inputTokensPerRequest: 100,
        outputTokensPerRequest: 100, tpotTargetMs: 1)
    else {
      Issue.record("expected an unreachable target")
      return
    }
    #expect(target == "TPOT" && best > 1)
  }

  @Test func equivalentRatesReproduceTheOutputRate() throws {
    for (i, o) in [(128.0, 128.0), (1000, 1000), (20_000, 2000), (0, 500)] {
      let e = try serve("llama-3.1-70b", "h100-sxm", k: 2, input: i, output: o, engine: .vLLM, tpot: 80)
      let z = i / e.prefillTokensPerSecond + o / e.decodeTokensPerSecond
      #expect(abs(o / z / e.outputTokensPerSecond - 1) < 1e-12, "\(i)/\(o)")
      #expect(abs(e.tpotSeconds - Double(e.batch) / e.outputTokensPerSecond) < 1e-12)
    }
  }

  @Test func shapeErrors() {
    guard
      case .failure(.contextTooLong) = estimateServing(
        model: "phi-4", gpu: "h100-sxm", precision: .bf16, gpusPerReplica: 1, inputTokensPerRequest: 16_000,
        outputTokensPerRequest: 1000)
    else {
      Issue.record("expected contextTooLong")
      return
    }
    guard
      case .failure(.invalidInput(let text)) = estimateServing(
        model: "phi-4", gpu: "h100-sxm", precision: .bf16, gpusPerReplica: 1, inputTokensPerRequest: .infinity,
        outputTokensPerRequest: 1000)
    else {
      Issue.record("expected invalidInput")
      return
    }
    #expect(text.contains("inputTokensPerRequest"))
    guard
      case .failure(.doesNotFit(let shortfall)) = estimateServing(
        model: "llama-3.1-70b", gpu: "l40s", precision: .fp8, gpusPerReplica: 1, inputTokensPerRequest: 1000,
        outputTokensPerRequest: 100)
    else {
      Issue.record("expected doesNotFit")
      return
    }
    #expect(shortfall.smallestGPUsPerReplicaThatFits == 2 && shortfall.message.contains("l40s"))
    guard
      case .failure(.missingGPUFigure) = estimateServing(
        model: "llama-3.1-8b", gpu: "h100-nvl", precision: .bf16, gpusPerReplica: 1, inputTokensPerRequest: 100,
        outputTokensPerRequest: 100)
    else {
      Issue.record("expected missingGPUFigure")
      return
    }
  }

  /// The worked example of docs/capacity.md: Llama-3.1-70B FP8 on one H200, TensorRT-LLM, 1,000 in / 1,000 out.
  @Test func workedExample70bFP8OnOneH200() throws {
    let e = try serve("llama-3.1-70b", "h200-sxm", input: 1000, output: 1000)
    // Weights 70,553,706,496 B; usable 151,397,597,184 × 0.9; minus 3,758,096,384 reserve → 61,946,034,585.6 B of KV.
    #expect(e.weightBytes == 70_553_706_496)
    #expect(e.kvBytesPerToken == 163_840)  // FP8 cache: 2 × 80 × 8 × 128 × 1
    #expect(e.kvTokens == 378_088)  // 61,946,034,585.6 / 163,840 = 378,088.6
    #expect(e.maxBatchByMemory == 189 && e.batch == 189 && e.binding == .memory)  // 378,088.6 / 2,000
    // Decode step at mean context 1,500: reads 70,553,706,496 + 189 × 1,500 × 163,840 B at 4.8 TB/s × 1.0 = 24.37 ms;
    // FLOPs 189 × (2 × 70,553,706,496 + 4 × 64 × 128 × 80 × 1,500) at 1,978 TFLOPS × 0.49 = 28.17 ms (compute-bound);
    // plus 13.2 ms → 41.37 ms. Prefill per token (2 × 70.55e9 + 4 × 64 × 128 × 80 × 500) / (1,978e12 × 0.49).
    let weightFLOPs: Double = 2 * 70_553_706_496
    let attentionPerContextToken: Double = 4 * 64 * 128 * 80
    let flops: Double = 1978e12 * 0.49
    let step: Double = 189 * (weightFLOPs + attentionPerContextToken * 1500) / flops + 0.0132
    let prefill: Double = (weightFLOPs + attentionPerContextToken * 500) / flops
    #expect(e.decodeIsComputeBound)
    #expect(abs(e.decodeStepSeconds / step - 1) < 1e-9)
    let secondsPerRequest: Double = 1000 * prefill + 1000 * step / 189
    let rate: Double = 1000 / secondsPerRequest
    #expect(abs(e.outputTokensPerSecond / rate - 1) < 1e-9)
    // NVIDIA measured 2,540 (v0.13) and 2,909 (v1.0, Llama-3.3-70B) output tokens/s for this setup.
    #expect(e.outputTokensPerSecond > 2540 * 0.85 && e.outputTokensPerSecond < 2909 * 1.15)
  }
}

@Suite("Capacity calibration")
struct CapacityCalibrationTests {
  static let residuals = CapacityCalibration.residuals()

  @Test func everyPointHasAPredictionAndASource() {
    for r in Self.residuals {
      #expect(r.predictedOutputTokensPerSecond != nil, "\(r.point.model) \(r.point.gpu)")
      #expect(!r.point.source.isEmpty)
    }
    #expect(Self.residuals.count == CapacityCalibration.points.count)
  }

  /// Stated bounds (docs/capacity.md): TensorRT-LLM fitted points within ×1.8 each and 0.25 RMS of
  /// log; the held-out 20,000/2,000 dense points within ±35 %; SGLang within ±10 %; vLLM
  /// latency-bounded within ×1.6; the 2024 vLLM 405B offline runs within ×2.7 (the model overstates them).
  @Test func residualsWithinTheStatedBounds() {
    func logs(_ keep: (MeasuredPoint) -> Bool) -> [Double] {
      Self.residuals.filter { keep($0.point) }.compactMap(\.logResidual)
    }
    let trt = logs { $0.engine == .tensorRTLLM && $0.use == .fit }
    #expect(trt.count == 118)
    #expect(trt.allSatisfy { abs($0) <= 1.8.capacityLog })
    #expect((trt.map { $0 * $0 }.reduce(0, +) / Double(trt.count)).squareRoot() <= 0.25)
    let dense: Set<String> = ["llama-3.1-8b", "llama-3.3-70b", "llama-3.1-405b"]
    let heldOut = logs { $0.inputTokens == 20_000 && dense.contains($0.model) }
    #expect(heldOut.count == 8)
    #expect(heldOut.allSatisfy { abs($0.capacityExp - 1) <= 0.35 })
    #expect(logs { $0.engine == .sglang }.allSatisfy { abs($0.capacityExp - 1) <= 0.10 })
    #expect(logs { $0.engine == .vLLM && $0.basis == .latencyBounded }.allSatisfy { abs($0) <= 1.6.capacityLog })
    #expect(logs { $0.engine == .vLLM && $0.basis == .fixedRequests }.allSatisfy { abs($0) <= 2.7.capacityLog })
  }

  /// The stored factors are the fit's optimum: refitting from them does not lower the cost by more than 1 %.
  @Test(arguments: [ServingEngine.sglang, .vLLM])
  func storedFactorsAreTheLeastSquaresOptimum(engine: ServingEngine) {
    func cost(_ e: EngineEfficiency) -> Double {
      CapacityCalibration.points.filter { $0.engine == engine && $0.use == .fit }.reduce(0) { sum, p in
        let r = (CapacityCalibration.predict(p, efficiency: e) ?? 0) / p.outputTokensPerSecond
        return sum + r.capacityLog * r.capacityLog
      }
    }
    let stored = CapacityCatalog.efficiency(engine)
    let refit = CapacityCalibration.fit(engine: engine, iterations: 150)
    #expect(cost(refit) >= cost(stored) * 0.99)
  }
}
