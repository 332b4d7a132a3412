import TCOModel

/// What a set of benchmark files says about one replica: the fit over every usable run and, when
/// latency targets are given, the fit over the runs that meet them.
///
/// The serving rates a profile takes are the fit under the targets when targets are given (a
/// service bound by a time-to-first-token or time-per-output-token target does not reach the
/// max-throughput runs), else the fit over every run.
public struct CalibrationResult: Sendable, Equatable {
  /// The files read, in the order given.
  public var files: [BenchmarkFile]
  /// The calibration over every usable run of every file.
  public var all: BenchmarkCalibration
  /// The calibration over the runs that meet every target; `nil` without targets or when no run meets them.
  public var underTargets: BenchmarkCalibration?

  /// Whole files left out because none of their runs can be used, each with the reader's reason.
  public var refusedFiles: [BenchmarkRefusal] = []

  /// Files and runs that cannot be used, each with its reason.
  public var refused: [BenchmarkRefusal] { refusedFiles + files.flatMap(\.refused) }

  /// The fit a profile takes: under the targets when they are given, else over every run.
  public var profileFit: ServingRateFit? { all.targets == nil ? all.fit : underTargets?.fit }

  /// Calibrates from the runs of `files`.
  ///
  /// - Throws: ``CalibrationError`` as ``BenchmarkCalibration/calibrate(_:gpusPerReplica:replicas:selection:targets:)``.
  public static func calibrate(
    files: [BenchmarkFile], refusedFiles: [BenchmarkRefusal] = [], gpusPerReplica: Int, replicas: Int = 1,
    selection: BenchmarkFitSelection = .fastestPerShape,
    targets: LatencyTargets? = nil
  ) throws(CalibrationError) -> CalibrationResult {
    let runs = files.flatMap(\.runs)
    let all = try BenchmarkCalibration.calibrate(
      runs, gpusPerReplica: gpusPerReplica, replicas: replicas, selection: selection, targets: targets)
    var under: BenchmarkCalibration?
    let meeting = all.runs.filter { $0.latency == .meets }.map(\.run)
    if targets != nil, !meeting.isEmpty {
      under = try BenchmarkCalibration.calibrate(
        meeting, gpusPerReplica: gpusPerReplica, replicas: replicas, selection: selection, targets: targets)
    }
    return CalibrationResult(files: files, all: all, underTargets: under, refusedFiles: refusedFiles)
  }
}

extension ServingRateFit {
  /// Prefill and decode tokens per second per replica as a profile takes them. A combined rate `C`
  /// becomes `P = D = C`, which is the same model: `ISL/C + OSL/C = (ISL + OSL)/C` seconds per request.
  public var profileRates: (prefillTokensPerSecond: Double, decodeTokensPerSecond: Double) {
    switch self {
    case .separate(let p, let d): return (p, d)
    case .combined(let c, _): return (c, c)
    }
  }
}

/// The `selfHosted` block a calibration gives, and the profile document that carries it.
public struct CalibratedSelfHosting: Sendable, Equatable {
  /// Catalog GPU id, when given.
  public var gpu: String?
  /// Catalog open-weight model id, when given.
  public var model: String?
  /// Weight precision, when given.
  public var precision: String?
  public var gpusPerReplica: Int
  public var prefillTokensPerSecond: Double
  public var decodeTokensPerSecond: Double

  public init(
    gpu: String?, model: String?, precision: String?, gpusPerReplica: Int, prefillTokensPerSecond: Double,
    decodeTokensPerSecond: Double
  ) {
    self.gpu = gpu
    self.model = model
    self.precision = precision
    self.gpusPerReplica = gpusPerReplica
    self.prefillTokensPerSecond = prefillTokensPerSecond
    self.decodeTokensPerSecond = decodeTokensPerSecond
  }

  /// A profile document: `base` (a profile's JSON, or an empty one) with its `selfHosted` GPU, model,
  /// precision, GPUs per replica and serving rates replaced by these (a key not given here is removed,
  /// so no figure of another GPU or model stays beside the calibrated rates), and its top-level `name`
  /// saying where the rates come from (the profile format has no other place for provenance).
  ///
  /// Rates are rounded to 6 significant digits.
  public func profile(provenance: String, base: JSONValue = .object([])) -> JSONValue {
    var members: [(key: String, value: JSONValue)] = []
    if case .object(let m) = base { members = m }
    var selfHosted: [(key: String, value: JSONValue)] = []
    if let i = members.firstIndex(where: { $0.key == "selfHosted" }), case .object(let inner) = members[i].value {
      selfHosted = inner
    }
    let replaced: [(String, JSONValue?)] = [
      ("gpu", gpu.map(JSONValue.string)), ("model", model.map(JSONValue.string)),
      ("precision", precision.map(JSONValue.string)), ("gpusPerReplica", .number(Double(gpusPerReplica))),
      ("prefillTokensPerSecond", .number(Format.roundSignificant(prefillTokensPerSecond, 6))),
      ("decodeTokensPerSecond", .number(Format.roundSignificant(decodeTokensPerSecond, 6))),
    ]
    for (key, value) in replaced {
      selfHosted.removeAll { $0.key == key }
      if let value { selfHosted.append((key, value)) }
    }
    var name = provenance
    if let i = members.firstIndex(where: { $0.key == "name" }), case .string(let baseName) = members[i].value {
      name = baseName + "; self-hosted rates " + provenance
    }
    members.removeAll { $0.key == "name" || $0.key == "selfHosted" }
    members.append(("name", .string(name)))
    members.append(("selfHosted", .object(selfHosted)))
    return .object(members)
  }
}

extension CalibrationResult {
  /// Where a profile's rates come from, for its `name`: the files' names (without folders) and which
  /// runs were fitted, e.g. `calibrated from a.json, b.json (fastest run per request shape)`.
  public var provenance: String {
    var names: [String] = []
    for file in files {
      let name = String(file.fileName.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
      if !names.contains(name) { names.append(name) }
    }
    let which = all.selection == .fastestPerShape ? "fastest run per request shape" : "every run"
    var basis = which
    if let targets = all.targets {
      var bounds: [String] = []
      if let t = targets.ttftMs { bounds.append("TTFT <= \(Format.number(t)) ms") }
      if let t = targets.tpotMs { bounds.append("TPOT <= \(Format.number(t)) ms") }
      basis += " among runs meeting \(targets.statistic.rawValue) " + bounds.joined(separator: ", ")
    }
    return "calibrated from \(names.joined(separator: ", ")) (\(basis), \(all.gpusPerReplica) GPU(s) per replica)"
  }
}

extension BenchmarkRefusal {
  /// A whole file refused: every run in it failed (see ``BenchmarkReadError/Kind/failedRun``).
  public init(file: String, reason: String) {
    self.init(source: file, reason: reason)
  }
}
