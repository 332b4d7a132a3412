import TCOModel

/// What `--gpu auto` weighed: every catalog GPU × 1, 2, 4, 8 GPUs per replica × the precisions
/// the model is served in; the cheapest over the horizon that fits and meets the targets wins.
public struct GPUChoice: Sendable {
  /// The value of `selfHosted.gpu` that asks for the search.
  public static let auto = "auto"

  /// One configuration that fits, meets the targets and has the prices the acquisition needs.
  public struct Candidate: Sendable, Equatable {
    public var gpu: String
    public var gpusPerReplica: Int
    public var precision: String
    /// Self-hosted cost of the steady-state month, USD.
    public var monthlyCost: Double
    /// Self-hosted cash over the horizon, USD: what the choice minimises.
    public var horizonCost: Double
    public var replicas: Int
    public var gpus: Int
    /// Output tokens per second one replica serves for the request shape.
    public var outputTokensPerSecond: Double
    public var binding: BindingConstraint
  }

  /// Why a configuration was dropped, in the order a report lists them.
  public enum DropReason: String, Sendable, CaseIterable {
    case doesNotFit = "does not fit in memory (weights and one request)"
    case missesTarget = "misses a latency target"
    case noHardwareFigures = "no sourced hardware figures (memory, bandwidth, tensor FLOPS)"
    case noRentPrice = "no rent price in the catalog"
    case noPurchasePrice = "no purchase price or board power in the catalog"
    case tooManyGPUs = "needs more GPUs than the model sizes"
    case fp4WithoutTensorCores = "fp4 (NVFP4) on a GPU without FP4 tensor cores"
  }

  public var chosen: Candidate
  /// The next best configurations, cheapest first, at most five.
  public var alternatives: [GPUChoice.Candidate]
  /// Configurations tried in all.
  public var tried: Int
  /// Configurations dropped, by reason (only reasons that occurred).
  public var dropped: [(reason: DropReason, count: Int)]
  public var acquisition: Acquisition
  public var horizonMonths: Int
}

extension ProfileValues {
  /// Resolves a profile whose `selfHosted.gpu` is `auto`: tries every configuration, resolves the
  /// cheapest over the horizon, and records the choice. Each configuration is prepared once.
  func resolveAutoGPU(catalog: Catalog) throws(ProfileError) -> ResolvedProfile {
    let gpuPath = "selfHosted.gpu"
    guard let modelID = text(.model), let architecture = CapacityCatalog.model(modelID) else {
      throw error(
        gpuPath,
        "'auto' needs selfHosted.model set to an open-weight model of the catalog (see 'llm-tco catalog models')")
    }
    for input in [
      InputDescriptor.prefillTokensPerSecond, .decodeTokensPerSecond, .gpuHourlyRate, .gpuPurchasePrice,
      .gpuPowerWatts,
    ]
    where values[input.path] != nil {
      throw error(
        input.path,
        "cannot be given with selfHosted.gpu 'auto': the search compares the catalog's own figures for every GPU",
        causedBy: [gpuPath])
    }
    let workload = try resolveWorkload()
    var precisions = architecture.precisions
    if precisions.contains(.bf16) { precisions.removeAll { $0 == .fp16 } }  // fp16 costs the same as bf16 here
    if let given = text(.precision) {
      guard let p = WeightPrecision(rawValue: given), architecture.precisions.contains(p) else {
        throw error(
          "selfHosted.precision",
          "'\(given)' is not a format \(modelID) is served in; allowed: "
            + quotedList(architecture.precisions.map(\.rawValue)))
      }
      precisions = [p]
    }
    let sizes = integer(.gpusPerReplica).map { [$0] } ?? CapacityConstants.gpusPerReplicaChoices
    var gpuIDs = catalog.gpus.map(\.id)
    for spec in CapacityCatalog.gpus where !gpuIDs.contains(spec.id) { gpuIDs.append(spec.id) }
    let engine = servingEngine
    let ttft = try latencyTarget(.ttftTargetMs)
    let tpot = try latencyTarget(.tpotTargetMs)
    let shape =
      workload.requestTokens.map { (inputTokens: $0.inputTokens, outputTokens: $0.outputTokens) }
      ?? DefaultRequestShape.shape(
        inputTokensPerDay: workload.inputTokensPerDay, outputTokensPerDay: workload.outputTokensPerDay,
        maxContextTokens: architecture.maxContextTokens)
    let acquisition = Acquisition(rawValue: text(.acquisition) ?? "rent") ?? .rent

    var candidates: [GPUChoice.Candidate] = []
    var dropped: [GPUChoice.DropReason: Int] = [:]
    var tried = 0
    var lastError: ProfileError?
    var template: Scenario?
    for gpuID in gpuIDs {
      let entry = catalog.gpu(gpuID)
      for precision in precisions {
        for k in sizes {
          tried += 1
          if acquisition == .rent, entry?.rentPerHourTypical == nil {
            dropped[.noRentPrice, default: 0] += 1
            continue
          }
          if acquisition == .buy, entry?.purchasePrice == nil || entry?.boardPowerWatts == nil {
            dropped[.noPurchasePrice, default: 0] += 1
            continue
          }
          guard let spec = CapacityCatalog.gpu(gpuID) else {
            dropped[.noHardwareFigures, default: 0] += 1
            continue
          }
          if precision == .fp4, spec.fp4DenseTFLOPS == nil {
            dropped[.fp4WithoutTensorCores, default: 0] += 1
            continue
          }
          let estimate: ServingEstimate
          switch ReplicaServingModel.prepare(
            model: modelID, gpu: gpuID, precision: precision, gpusPerReplica: k, engine: engine
          ).flatMap({
            $0.estimate(
              inputTokensPerRequest: shape.inputTokens, outputTokensPerRequest: shape.outputTokens,
              ttftTargetMs: ttft, tpotTargetMs: tpot)
          }) {
          case .success(let e): estimate = e
          case .failure(.doesNotFit):
            dropped[.doesNotFit, default: 0] += 1
            continue
          case .failure(.latencyTargetUnreachable):
            dropped[.missesTarget, default: 0] += 1
            continue
          case .failure(.missingGPUFigure):
            dropped[.noHardwareFigures, default: 0] += 1
            continue
          case .failure(let other):
            throw servingError(other, gpusPerReplicaGiven: true, shapeStated: workload.requestTokens != nil)
          }
          // The configuration's costs: the profile is resolved once, then each configuration only
          // changes the self-hosted hardware, its catalog prices and the estimated rates.
          do throws(ProfileError) {
            if template == nil {
              var v = self
              v.set(gpuPath, .text(gpuID), origin: origins[gpuPath] ?? .builtIn)
              v.set("selfHosted.prefillTokensPerSecond", .number(1), origin: .builtIn)
              v.set("selfHosted.decodeTokensPerSecond", .number(1), origin: .builtIn)
              template = try v.resolve(catalog: catalog).scenario
            }
            guard var scenario = template else { continue }
            scenario.selfHosted.gpu = gpuID
            scenario.selfHosted.precision = precision.rawValue
            scenario.selfHosted.gpusPerReplica = k
            scenario.selfHosted.prefillTokensPerSecond = estimate.prefillTokensPerSecond
            scenario.selfHosted.decodeTokensPerSecond = estimate.decodeTokensPerSecond
            scenario.selfHosted.gpuHourlyRate = entry?.rentPerHourTypical
            scenario.selfHosted.gpuPurchasePrice = entry?.purchasePrice
            scenario.selfHosted.gpuPowerWatts = entry?.boardPowerWatts
            guard let steady = scenario.steadySelfHostedCost(), let totals = try? scenario.horizonTotals() else {
              dropped[.tooManyGPUs, default: 0] += 1
              continue
            }
            candidates.append(
              GPUChoice.Candidate(
                gpu: gpuID, gpusPerReplica: k, precision: precision.rawValue, monthlyCost: steady.total,
                horizonCost: totals.selfHostedTotal, replicas: steady.capacity.replicas, gpus: steady.capacity.gpus,
                outputTokensPerSecond: estimate.outputTokensPerSecond, binding: estimate.binding))
          } catch {
            lastError = error
          }
        }
      }
    }
    // Cheapest over the horizon; ties go to fewer GPUs, then to the catalog's order (stable sort).
    let ranked = candidates.enumerated().sorted { a, b in
      if a.element.horizonCost != b.element.horizonCost { return a.element.horizonCost < b.element.horizonCost }
      if a.element.gpus != b.element.gpus { return a.element.gpus < b.element.gpus }
      return a.offset < b.offset
    }.map(\.element)
    guard let best = ranked.first else {
      if let lastError { throw lastError }
      let reasons = GPUChoice.DropReason.allCases.compactMap { r in dropped[r].map { "\($0) \(r.rawValue)" } }
      throw error(
        gpuPath,
        "'auto' found no configuration of \(modelID) that fits and meets the targets among \(tried) tried ("
          + reasons.joined(separator: "; ") + ")")
    }
    var chosen = self
    chosen.set(gpuPath, .text(best.gpu), origin: origins[gpuPath] ?? .builtIn)
    chosen.set("selfHosted.precision", .text(best.precision), origin: origins["selfHosted.precision"] ?? .builtIn)
    chosen.set(
      "selfHosted.gpusPerReplica", .integer(best.gpusPerReplica),
      origin: origins["selfHosted.gpusPerReplica"] ?? .builtIn)
    var resolved = try chosen.resolve(catalog: catalog)
    resolved.gpuChoice = GPUChoice(
      chosen: best, alternatives: Array(ranked.dropFirst().prefix(5)), tried: tried,
      dropped: GPUChoice.DropReason.allCases.compactMap { r in dropped[r].map { (r, $0) } }, acquisition: acquisition,
      horizonMonths: integerOrDefault(.horizonMonths))
    return resolved
  }
}
