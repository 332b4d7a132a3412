import TCOModel

/// How the capacity model produced the self-hosted serving rates: the engine, request shape and
/// latency targets it assumed, and the estimate step by step (memory, batch, step time, rate).
public struct ServingResolution: Sendable {
  /// The inference server whose fitted efficiency the estimate assumes.
  public var engine: ServingEngine
  /// A larger group of 2, 4 or 8 GPUs per replica that serves at least 20 % more output tokens per
  /// GPU (more memory left for the KV cache, so larger batches), and by what factor; `nil` when none does.
  public var largerReplica: (gpusPerReplica: Int, perGPUFactor: Double)?
  /// True when the workload stated no tokens per request and `DefaultRequestShape` was assumed.
  public var requestShapeIsDefault: Bool
  /// Time-to-first-token target in milliseconds, when given.
  public var ttftTargetMs: Double?
  /// Time-per-output-token target in milliseconds, when given.
  public var tpotTargetMs: Double?
  /// The estimate for the request shape: memory, batch, binding constraint, step time, rates.
  public var estimate: ServingEstimate

  /// The architecture the estimate used.
  public var architecture: ModelArchitecture? { CapacityCatalog.model(estimate.model) }
  /// The GPU specification the estimate used.
  public var gpuSpec: GPUSpec? { CapacityCatalog.gpu(estimate.gpu) }
  /// The engine's fitted factors.
  public var efficiency: EngineEfficiency { CapacityCatalog.efficiency(engine) }
}

extension ProfileValues {
  /// The engine the profile names (vLLM by default).
  var servingEngine: ServingEngine { text(.engine).flatMap(ServingEngine.init(rawValue:)) ?? .vLLM }

  /// A latency target in whole milliseconds (the descriptor refuses distributions).
  func latencyTarget(_ input: InputDescriptor) throws(ProfileError) -> Double? { number(input) }

  /// The precision the capacity model serves `model` in when none is given: fp8 when the model
  /// lists it, else the checkpoint's own format.
  static func defaultPrecision(for model: ModelArchitecture) -> WeightPrecision {
    model.precisions.contains(.fp8) ? .fp8 : model.nativePrecision
  }

  /// Estimates one replica's serving rates with the capacity model.
  ///
  /// With `gpusPerReplica` `nil` it takes, of 1, 2, 4, 8 GPUs whose memory holds the weights and
  /// one request and that meet the latency targets, the size that serves the most output tokens
  /// per second per GPU (the smaller on a tie): the smallest that fits can leave almost no memory
  /// for the KV cache (70B fp8 on one H100: a batch of 9), which no one would deploy. Every failure is a profile
  /// error naming the input at fault: a model that does not fit names model, GPU, precision, GPUs
  /// per replica and the smallest GPUs per replica that would fit.
  func resolveServing(
    model: ModelArchitecture, gpu: GPUSpec, precision: WeightPrecision, gpusPerReplica: Int?, workload: Workload
  ) throws(ProfileError) -> ServingResolution {
    let engine = servingEngine
    let ttft = try latencyTarget(.ttftTargetMs)
    let tpot = try latencyTarget(.tpotTargetMs)
    let stated = workload.requestTokens
    let shape =
      stated.map { (inputTokens: $0.inputTokens, outputTokens: $0.outputTokens) }
      ?? DefaultRequestShape.shape(
        inputTokensPerDay: workload.inputTokensPerDay, outputTokensPerDay: workload.outputTokensPerDay,
        maxContextTokens: model.maxContextTokens)
    let candidates = gpusPerReplica.map { [$0] } ?? CapacityConstants.gpusPerReplicaChoices
    var firstFitFailure: CapacityError?
    var firstOtherFailure: CapacityError?
    var chosen: (k: Int, estimate: ServingEstimate)?
    for k in candidates {
      let result = ReplicaServingModel.prepare(
        model: model.id, gpu: gpu.id, precision: precision, gpusPerReplica: k, engine: engine
      ).flatMap {
        $0.estimate(
          inputTokensPerRequest: shape.inputTokens, outputTokensPerRequest: shape.outputTokens, ttftTargetMs: ttft,
          tpotTargetMs: tpot)
      }
      switch result {
      case .success(let estimate):
        let perGPU = estimate.outputTokensPerSecond / Double(k)
        if chosen.map({ perGPU > $0.estimate.outputTokensPerSecond / Double($0.k) }) ?? true {
          chosen = (k, estimate)
        }
      case .failure(let failure):
        if case .doesNotFit = failure {
          if firstFitFailure == nil { firstFitFailure = failure }
        } else if case .latencyTargetUnreachable = failure {
          if firstOtherFailure == nil { firstOtherFailure = failure }
        } else {
          throw servingError(failure, gpusPerReplicaGiven: gpusPerReplica != nil, shapeStated: stated != nil)
        }
      }
    }
    if let (k, estimate) = chosen {
      // A given size that barely holds its weights serves few requests at once: name a better one.
      let perGPU = estimate.outputTokensPerSecond / Double(k)
      var best: (gpusPerReplica: Int, perGPUFactor: Double)?
      for larger in CapacityConstants.gpusPerReplicaChoices where gpusPerReplica != nil && larger > k {
        guard
          case .success(let e) = ReplicaServingModel.prepare(
            model: model.id, gpu: gpu.id, precision: precision, gpusPerReplica: larger, engine: engine
          ).flatMap({
            $0.estimate(
              inputTokensPerRequest: shape.inputTokens, outputTokensPerRequest: shape.outputTokens,
              ttftTargetMs: ttft, tpotTargetMs: tpot)
          })
        else { continue }
        let factor = e.outputTokensPerSecond / Double(larger) / perGPU
        if factor >= 1.2, factor > (best?.perGPUFactor ?? 0) { best = (larger, factor) }
      }
      return ServingResolution(
        engine: engine, largerReplica: best, requestShapeIsDefault: stated == nil, ttftTargetMs: ttft,
        tpotTargetMs: tpot, estimate: estimate)
    }
    // No size worked: a target one that fits misses says more than the sizes that do not fit.
    let failure = firstOtherFailure ?? firstFitFailure ?? .invalidInput("no GPUs per replica to try")
    throw servingError(failure, gpusPerReplicaGiven: gpusPerReplica != nil, shapeStated: stated != nil)
  }

  /// A capacity-model failure as a profile error at the input that can fix it.
  func servingError(_ failure: CapacityError, gpusPerReplicaGiven: Bool, shapeStated: Bool) -> ProfileError {
    let identity = ["selfHosted.model", "selfHosted.gpu", "selfHosted.precision"]
    switch failure {
    case .doesNotFit(let fit):
      var message = fit.message
      if fit.smallestGPUsPerReplicaThatFits == nil {
        message += "; try a smaller precision (int4, fp4) or a GPU with more memory"
      }
      if gpusPerReplicaGiven { return error("selfHosted.gpusPerReplica", message, causedBy: identity) }
      return error("selfHosted.gpu", message, causedBy: ["selfHosted.model", "selfHosted.precision"])
    case .unsupportedPrecision:
      return error("selfHosted.precision", failure.message, causedBy: ["selfHosted.model"])
    case .missingGPUFigure(let gpu, let figure):
      return error(
        "selfHosted.gpu",
        "\(gpu) has no sourced \(figure), so the capacity model cannot estimate its throughput; pick another GPU "
          + "or give selfHosted.prefillTokensPerSecond and decodeTokensPerSecond", causedBy: ["selfHosted.model"])
    case .contextTooLong:
      if shapeStated {
        return error(
          "workload.inputTokensPerRequest", failure.message, causedBy: ["workload.outputTokensPerRequest"])
      }
      return error("selfHosted.model", failure.message)
    case .latencyTargetUnreachable(let target, _, _):
      let path = target == "TTFT" ? "selfHosted.ttftTargetMs" : "selfHosted.tpotTargetMs"
      let hint =
        gpusPerReplicaGiven
        ? "; more GPUs per replica, a faster GPU or a looser target may meet it"
        : " even on 8 GPUs per replica that fit; a faster GPU or a looser target may meet it"
      return error(path, failure.message + hint)
    case .invalidInput(let text):
      if text.hasPrefix("gpusPerReplica") {
        return error(
          "selfHosted.gpusPerReplica",
          "must be from 1 to 64 for the capacity model to size it; give the serving rates for larger groups")
      }
      if text.hasPrefix("outputTokensPerRequest") || text.hasPrefix("inputTokensPerRequest") {
        return error("workload.outputTokensPerRequest", "must be at least 1 token for the capacity model")
      }
      return error("selfHosted.model", text)
    case .unknownModel, .unknownGPU:
      return error("selfHosted.model", failure.message)
    }
  }
}

extension ServingResolution {
  /// The warning every estimated throughput carries: what it assumed and what it does not cover.
  public var warning: String {
    let e = estimate
    let shape = "\(Format.count(e.inputTokensPerRequest))/\(Format.count(e.outputTokensPerRequest))"
    var text =
      "Throughput of \(e.model) \(e.precision.rawValue) on \(e.gpusPerReplica)× \(e.gpu) is an estimate of the "
      + "capacity model for \(engine.rawValue) (see docs/capacity.md for its errors against measurements): "
      + "\(Format.count(e.outputTokensPerSecond)) output tokens/s per replica at batch \(e.batch), limited by "
      + bindingText + ", for \(shape) input/output tokens per request"
    if requestShapeIsDefault {
      text +=
        " (assumed: no tokens per request were given; set workload.inputTokensPerRequest and "
        + "outputTokensPerRequest, since throughput depends on them)"
    }
    if let larger = largerReplica {
      text +=
        ". \(larger.gpusPerReplica) GPUs per replica would serve \(Format.significant(larger.perGPUFactor, 2))× the "
        + "output tokens per GPU (more memory left for the KV cache): set selfHosted.gpusPerReplica, or "
        + "selfHosted.gpu 'auto' to compare every size"
    }
    if ttftTargetMs == nil && tpotTargetMs == nil {
      text +=
        ". With no latency target this is the max-throughput batch, an upper bound that a service with "
        + "time-to-first-token or per-token targets will not reach: set selfHosted.ttftTargetMs and tpotTargetMs"
    }
    return text + "."
  }

  /// The binding constraint in words.
  public var bindingText: String {
    switch estimate.binding {
    case .memory: return "KV-cache memory"
    case .batchCap: return "the engine's batch cap of \(efficiency.maxBatch)"
    case .tpot: return "the per-token target of \(Format.number(tpotTargetMs ?? 0)) ms"
    case .ttft: return "the time-to-first-token target of \(Format.number(ttftTargetMs ?? 0)) ms"
    }
  }
}
