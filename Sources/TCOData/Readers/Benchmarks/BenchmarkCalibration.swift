import TCOModel

/// Latency targets a run must meet to count as usable capacity.
public struct LatencyTargets: Sendable, Equatable {
  /// Time-to-first-token target in milliseconds, or `nil` for none.
  public var ttftMs: Double?
  /// Time-per-output-token target in milliseconds, or `nil` for none. Checked against the run's
  /// TPOT, or its inter-token latency when the file has no TPOT (SGLang 2024, GenAI-Perf).
  public var tpotMs: Double?
  /// The statistic the targets bound: p99 by default, as service-level objectives usually are.
  public var statistic: LatencyStatistic

  public init(ttftMs: Double? = nil, tpotMs: Double? = nil, statistic: LatencyStatistic = .p99) {
    self.ttftMs = ttftMs
    self.tpotMs = tpotMs
    self.statistic = statistic
  }
}

/// How a run fares against the latency targets.
public enum LatencyCheck: Sendable, Equatable {
  /// No target was given.
  case noTargets
  case meets
  /// Each entry names the statistic, the measured value and the target.
  case misses([String])
  /// The file lacks the statistic a target needs (e.g. SGLang's 2024 lines have medians only).
  case unknown([String])
}

/// Serving rates of one replica fitted to runs.
public enum ServingRateFit: Sendable, Equatable {
  /// `seconds of replica time per request = ISL/P + OSL/D`, with prefill rate `P` and decode rate `D`
  /// in tokens per second per replica.
  case separate(prefillTokensPerSecond: Double, decodeTokensPerSecond: Double)
  /// `seconds per request = (ISL + OSL)/C`: one rate for all tokens, when the runs cannot tell
  /// prefill from decode; `reason` says why.
  case combined(tokensPerSecond: Double, reason: String)
}

/// Which runs the serving rates are fitted to.
public enum BenchmarkFitSelection: String, Sendable, CaseIterable {
  /// Per request shape (input and output tokens within 10 %), only the run with the highest
  /// throughput: the closest to saturation. Lightly loaded runs of a sweep would understate capacity.
  case fastestPerShape = "fastest-per-shape"
  /// Every run, as measured.
  case allRuns = "all"
}

/// One run's figures per replica and per GPU, and how the fit reproduces it.
public struct CalibratedRun: Sendable, Equatable {
  public var run: BenchmarkRun
  public var outputTokensPerSecondPerReplica: Double?
  public var outputTokensPerSecondPerGPU: Double?
  public var totalTokensPerSecondPerReplica: Double
  public var totalTokensPerSecondPerGPU: Double
  /// Whether the fit used this run.
  public var usedInFit: Bool
  /// The fit's output tokens per second per replica at this run's shape, when it has a split.
  public var predictedOutputTokensPerSecondPerReplica: Double?
  /// Predicted / measured throughput − 1 (for a combined fit: on total tokens/s).
  public var relativeResidual: Double?
  public var latency: LatencyCheck
}

/// A bad calibration request.
public struct CalibrationError: Error, Sendable, Equatable, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}

/// What a set of benchmark runs says about one replica: per-replica and per-GPU rates, fitted
/// serving rates, residuals and the best run under latency targets.
///
/// Every run is taken to have measured `replicas` replicas of `gpusPerReplica` GPUs each (the
/// files rarely record the hardware), so per replica = run rate / `replicas` and per GPU =
/// per replica / `gpusPerReplica`.
///
/// The fit: a replica spends `τ = ISL/P + OSL/D` seconds per request, so its output rate is
/// `OSL/τ`. With `τᵢ = OSLᵢ / (measured output tokens/s per replica)`, `x = 1/P` and `y = 1/D`
/// minimise `Σ ((ISLᵢ·x + OSLᵢ·y)/τᵢ − 1)²` — relative least squares, so a slow run weighs as
/// much as a fast one. P and D are separately identified only with at least two request shapes
/// whose input/output ratios differ and both fitted rates positive; otherwise the combined rate
/// `C = Σ Tᵢ² / Σ Tᵢ` (the same criterion for `τ = (ISL + OSL)/C`, `Tᵢ` the total tokens/s per
/// replica) is given with the reason.
public struct BenchmarkCalibration: Sendable, Equatable {
  public var gpusPerReplica: Int
  public var replicas: Int
  public var selection: BenchmarkFitSelection
  public var runs: [CalibratedRun]
  /// The fitted rates, `nil` only when no run could be fitted (see `warnings`).
  public var fit: ServingRateFit?
  public var targets: LatencyTargets?
  /// Index in `runs` of the run with the most output tokens per GPU among those meeting the
  /// targets; `nil` without targets or when none meets them.
  public var bestRunIndex: Int?
  /// Things a reader should know: mixed models, runs left out of the fit and why.
  public var warnings: [String]

  /// Calibrates from `runs`.
  ///
  /// - Throws: ``CalibrationError`` for no runs, fewer than one GPU or replica, or a target that is
  ///   not a positive number.
  public static func calibrate(
    _ runs: [BenchmarkRun], gpusPerReplica: Int, replicas: Int = 1, selection: BenchmarkFitSelection = .fastestPerShape,
    targets: LatencyTargets? = nil
  ) throws(CalibrationError) -> BenchmarkCalibration {
    guard !runs.isEmpty else { throw CalibrationError(message: "no benchmark run to calibrate from") }
    guard gpusPerReplica >= 1, replicas >= 1 else {
      throw CalibrationError(message: "GPUs per replica and replicas must be 1 or more")
    }
    for (name, t) in [("TTFT", targets?.ttftMs), ("TPOT", targets?.tpotMs)] {
      if let t, !(t.isFinite && t > 0) {
        throw CalibrationError(message: "the \(name) target must be a positive number of milliseconds")
      }
    }
    let k = Double(gpusPerReplica)
    let r = Double(replicas)
    var warnings: [String] = []
    let models = Set(runs.compactMap(\.model))
    if models.count > 1 {
      warnings.append("the runs name different models (\(models.sorted().joined(separator: ", "))): one fit mixes them")
    }
    var calibrated = runs.map { run in
      let output = run.outputTokensPerSecond.map { $0 / r }
      return CalibratedRun(
        run: run, outputTokensPerSecondPerReplica: output, outputTokensPerSecondPerGPU: output.map { $0 / k },
        totalTokensPerSecondPerReplica: run.totalTokensPerSecond / r,
        totalTokensPerSecondPerGPU: run.totalTokensPerSecond / r / k, usedInFit: false,
        predictedOutputTokensPerSecondPerReplica: nil, relativeResidual: nil,
        latency: check(run, targets))
    }

    // Choose the runs to fit.
    let chosen = select(runs, selection)
    for i in chosen { calibrated[i].usedInFit = true }
    let split = chosen.filter { runs[$0].meanInputTokens != nil && runs[$0].meanOutputTokens != nil }
    let unsplit = chosen.filter { !split.contains($0) }

    var fit: ServingRateFit?
    var reason = ""
    if runs.count == 1 {
      reason = "one run measures one request shape only"
    } else if chosen.count == 1 {
      reason = "all \(runs.count) runs have one request shape (the fastest is fitted)"
    } else if split.count < 2 {
      reason = "the runs record only total tokens per request, not input and output"
    }
    if split.count >= 2 {
      let shapes = groups(split.map { (runs[$0].meanInputTokens ?? 0, runs[$0].meanOutputTokens ?? 0) })
      if shapes.count < 2 {
        reason = "all fitted runs have one request shape"
      } else {
        var suu = 0.0
        var suv = 0.0
        var svv = 0.0
        var su = 0.0
        var sv = 0.0
        for i in split {
          let run = runs[i]
          let tau = (run.meanOutputTokens ?? 0) / ((run.outputTokensPerSecond ?? 0) / r)
          let u = (run.meanInputTokens ?? 0) / tau
          let v = (run.meanOutputTokens ?? 0) / tau
          suu += u * u
          suv += u * v
          svv += v * v
          su += u
          sv += v
        }
        let det = suu * svv - suv * suv
        if det > 1e-6 * suu * svv {
          let x = (su * svv - sv * suv) / det
          let y = (suu * sv - suv * su) / det
          if x > 0, y > 0, (1 / x).isFinite, (1 / y).isFinite {
            fit = .separate(prefillTokensPerSecond: 1 / x, decodeTokensPerSecond: 1 / y)
          } else {
            reason = "the least-squares fit gives a non-positive \(x <= 0 ? "prefill" : "decode") time per token"
          }
        } else {
          reason = "the fitted runs have the same input/output ratio"
        }
      }
      if !unsplit.isEmpty, fit != nil {
        warnings.append(
          "\(unsplit.count) fitted run(s) record only total tokens, not input and output: left out of the P/D fit "
            + "(give their request shape)")
      }
    }
    if fit == nil {
      // The combined rate over every chosen run (all have total tokens per second).
      let totals = chosen.map { runs[$0].totalTokensPerSecond / r }
      let sum = totals.reduce(0, +)
      let squares = totals.reduce(0) { $0 + $1 * $1 }
      if sum > 0 {
        let why =
          reason.isEmpty ? "the runs cannot separate prefill from decode" : reason
        fit = .combined(tokensPerSecond: squares / sum, reason: why + ": P and D are not separately identified")
      }
    }

    // Residuals.
    for i in calibrated.indices {
      let run = runs[i]
      switch fit {
      case .separate(let p, let d)?:
        guard let isl = run.meanInputTokens, let osl = run.meanOutputTokens,
          let measured = calibrated[i].outputTokensPerSecondPerReplica,
          measured > 0
        else { continue }
        let predicted = osl / (isl / p + osl / d)
        calibrated[i].predictedOutputTokensPerSecondPerReplica = predicted
        calibrated[i].relativeResidual = predicted / measured - 1
      case .combined(let c, _)?:
        let measured = calibrated[i].totalTokensPerSecondPerReplica
        if let isl = run.meanInputTokens, let osl = run.meanOutputTokens, isl + osl > 0 {
          calibrated[i].predictedOutputTokensPerSecondPerReplica = c * osl / (isl + osl)
        }
        if measured > 0 { calibrated[i].relativeResidual = c / measured - 1 }
      case nil: break
      }
    }

    // The best run that meets the targets.
    var best: Int?
    if targets != nil {
      for i in calibrated.indices where calibrated[i].latency == .meets {
        func perGPU(_ j: Int) -> Double {
          calibrated[j].outputTokensPerSecondPerGPU ?? calibrated[j].totalTokensPerSecondPerGPU
        }
        if let b = best, perGPU(b) >= perGPU(i) { continue }
        best = i
      }
    }
    return BenchmarkCalibration(
      gpusPerReplica: gpusPerReplica, replicas: replicas, selection: selection, runs: calibrated, fit: fit,
      targets: targets, bestRunIndex: best, warnings: warnings)
  }

  /// Indices of the runs to fit.
  static func select(_ runs: [BenchmarkRun], _ selection: BenchmarkFitSelection) -> [Int] {
    guard selection == .fastestPerShape else { return Array(runs.indices) }
    // Shape keys: (input, output) when split, else (−1, total) so unsplit runs group by total.
    let keys = runs.map { run -> (Double, Double) in
      if let i = run.meanInputTokens, let o = run.meanOutputTokens { return (i, o) }
      return (-1, run.meanTotalTokens)
    }
    var chosen: [Int] = []
    for group in groups(keys) {
      let fastest = group.max { a, b in rate(runs[a]) < rate(runs[b]) }
      if let fastest { chosen.append(fastest) }
    }
    return chosen.sorted()
  }

  static func rate(_ run: BenchmarkRun) -> Double { run.outputTokensPerSecond ?? run.totalTokensPerSecond }

  /// Groups of indices whose shapes agree within 10 % in both coordinates (greedy, in order).
  static func groups(_ shapes: [(Double, Double)]) -> [[Int]] {
    func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 0.1 * max(abs(a), abs(b)) }
    var result: [[Int]] = []
    for (i, s) in shapes.enumerated() {
      if let g = result.firstIndex(where: { near(shapes[$0[0]].0, s.0) && near(shapes[$0[0]].1, s.1) }) {
        result[g].append(i)
      } else {
        result.append([i])
      }
    }
    return result
  }

  static func check(_ run: BenchmarkRun, _ targets: LatencyTargets?) -> LatencyCheck {
    guard let targets, targets.ttftMs != nil || targets.tpotMs != nil else { return .noTargets }
    let stat = targets.statistic.rawValue
    var misses: [String] = []
    var unknown: [String] = []
    if let target = targets.ttftMs {
      if let v = run.ttft.value(targets.statistic) {
        if v > target { misses.append("\(stat) TTFT \(show(v)) ms > \(show(target)) ms") }
      } else {
        unknown.append("no \(stat) TTFT in the file")
      }
    }
    if let target = targets.tpotMs {
      if let v = run.tpot.value(targets.statistic) ?? run.itl.value(targets.statistic) {
        if v > target { misses.append("\(stat) TPOT \(show(v)) ms > \(show(target)) ms") }
      } else {
        unknown.append("no \(stat) TPOT or inter-token latency in the file")
      }
    }
    if !misses.isEmpty { return .misses(misses) }
    if !unknown.isEmpty { return .unknown(unknown) }
    return .meets
  }

  /// A latency for a message, to 0.1 ms.
  static func show(_ x: Double) -> String {
    let tenths = (x * 10).rounded()
    guard tenths.isFinite, abs(tenths) < 1e15 else { return "\(x)" }
    let n = Int64(tenths)
    return "\(n / 10).\(abs(n % 10))"
  }
}
