import TCOModel

/// An API model's prices over time, with where they come from.
public struct APIModelEntry: Sendable, Equatable {
  public enum Category: String, Sendable {
    /// A frontier vendor's own model (OpenAI, Anthropic, Google).
    case proprietary
    /// An open-weight model served by an inference provider: the middle ground.
    case managedOpenWeights = "managed-open-weights"
    /// A model read from a price file given with `--prices`.
    case imported
  }

  /// Stable id (`gpt-4o`, `together/llama-3.1-70b-instruct-turbo`); an imported model keeps the
  /// file's name for it.
  public var id: String
  public var provider: String
  public var category: Category
  /// Prices per request-size band, batch and service tier, dated changes and deprecation.
  public var schedule: APIPriceSchedule
  /// Maximum input tokens per request, when the source gives it.
  public var contextWindowTokens: Int?
  /// The date the prices refer to (the price file's date for a file's model).
  public var asOf: String
  public var confidence: String
  public var source: String
  public var notes: String?

  public init(
    id: String, provider: String, category: Category, schedule: APIPriceSchedule, contextWindowTokens: Int? = nil,
    asOf: String, confidence: String, source: String, notes: String? = nil
  ) {
    self.id = id
    self.provider = provider
    self.category = category
    self.schedule = schedule
    self.contextWindowTokens = contextWindowTokens
    self.asOf = asOf
    self.confidence = confidence
    self.source = source
    self.notes = notes
  }

  /// An entry with one undated price list of standard prices only (no batch API documented).
  init(
    id: String, provider: String, category: Category, prices: TokenPrices, deprecationDate: String?, asOf: String,
    confidence: String, source: String, notes: String?
  ) {
    self.init(
      id: id, provider: provider, category: category,
      schedule: APIPriceSchedule(
        initial: PriceList(base: PriceBand(standard: prices)), changes: [],
        deprecationDate: deprecationDate.flatMap { CalendarDate(parsing: $0) }),
      asOf: asOf, confidence: confidence, source: source, notes: notes)
  }

  /// The prices in force on a day (the undated list when `date` is `nil`).
  public func prices(on date: CalendarDate?) -> PriceList {
    guard let date else { return schedule.initial }
    return schedule.prices(on: date)
  }
}

/// A GPU's memory, power and prices, with where they come from.
public struct GPUEntry: Sendable, Equatable {
  public var id: String
  public var name: String
  public var memoryGB: Double
  /// Board power in watts; `nil` when no source gave one.
  public var boardPowerWatts: Double?
  /// True when the power figure was recalled rather than read in a source.
  public var powerIsEstimate: Bool
  public var rentPerHourLow: Double?
  /// The default rent: a typical on-demand neocloud price.
  public var rentPerHourTypical: Double?
  public var rentPerHourHyperscaler: Double?
  /// Purchase price per GPU; `nil` when no source gave one.
  public var purchasePrice: Double?
  public var purchasePriceIsEstimate: Bool
  public var purchasePriceNote: String?
  public var asOf: String
  public var confidence: String
  public var source: String
}

/// What a benchmark's throughput means for capacity planning.
public enum ThroughputBasis: String, Sendable {
  /// Offline, infinite request rate: an upper bound on what a service can sell.
  case maxThroughput = "max-throughput"
  /// The most load that still met a latency target (TTFT, inter-token latency).
  case latencyBounded = "latency-bounded"
}

/// One published benchmark run: fixed input and output lengths and the output rate it reached.
public struct BenchmarkPoint: Sendable, Equatable {
  /// Input (prompt) tokens per request, ISL.
  public var inputTokens: Int
  /// Output tokens per request, OSL.
  public var outputTokens: Int
  /// Output tokens per second per GPU (the tensor-parallel group's rate over its size).
  public var outputTokensPerSecondPerGPU: Double
  /// The run's load setting (max throughput, or concurrency under a latency target).
  public var setting: String
}

/// The least-squares fit of `seconds per request = ISL/P + OSL/D` to benchmark points.
public struct ThroughputFit: Sendable, Equatable {
  /// Input tokens per second one replica processes, `P`.
  public var prefillTokensPerSecond: Double
  /// Output tokens per second one replica generates, `D`.
  public var decodeTokensPerSecond: Double
  /// For each point, (fitted − measured) / measured seconds per request.
  public var relativeResiduals: [Double]
}

/// Serving figures of one open-weight model on one GPU type at one precision.
public struct ThroughputEntry: Sendable, Equatable {
  public var model: String
  public var gpu: String
  public var precision: String
  /// Tensor-parallel size of the benchmark: GPUs per replica.
  public var gpusPerReplica: Int
  public var basis: ThroughputBasis
  public var engine: String
  public var asOf: String
  public var confidence: String
  public var source: String
  public var notes: String?
  public var points: [BenchmarkPoint]

  /// The fitted serving rates of one replica (`nil` when the points cannot separate them).
  public var fit: ThroughputFit? { ThroughputFit.fit(points, gpusPerReplica: gpusPerReplica) }
}

extension ThroughputFit {
  /// Fits `t_i = ISL_i · x + OSL_i · y` by ordinary least squares, where `t_i = OSL_i / (rate_i · k)`
  /// is the replica-seconds one request takes, then `P = 1/x`, `D = 1/y`.
  ///
  /// Returns `nil` with fewer than two points of different input/output ratios, or when a
  /// fitted rate is not positive.
  public static func fit(_ points: [BenchmarkPoint], gpusPerReplica k: Int) -> ThroughputFit? {
    var sii = 0.0
    var sio = 0.0
    var soo = 0.0
    var sit = 0.0
    var sot = 0.0
    var seconds: [Double] = []
    for p in points {
      let i = Double(p.inputTokens)
      let o = Double(p.outputTokens)
      let t = o / (p.outputTokensPerSecondPerGPU * Double(k))
      seconds.append(t)
      sii += i * i
      sio += i * o
      soo += o * o
      sit += i * t
      sot += o * t
    }
    let det = sii * soo - sio * sio
    guard points.count >= 2, det > 1e-9 * sii * soo else { return nil }
    let x = (sit * soo - sot * sio) / det
    let y = (sii * sot - sio * sit) / det
    guard x > 0, y > 0 else { return nil }
    let residuals = zip(points, seconds).map { p, t in
      (Double(p.inputTokens) * x + Double(p.outputTokens) * y) / t - 1
    }
    return ThroughputFit(prefillTokensPerSecond: 1 / x, decodeTokensPerSecond: 1 / y, relativeResiduals: residuals)
  }
}

/// The built-in price, GPU and throughput catalog.
public struct Catalog: Sendable {
  /// The date the catalog's figures were gathered.
  public var asOf: String
  public var apiModels: [APIModelEntry]
  public var gpus: [GPUEntry]
  public var throughput: [ThroughputEntry]

  /// The price files merged into this catalog (`--prices`), in the order given.
  public var importedFiles: [ImportedPriceFileSummary] = []

  public init(
    asOf: String, apiModels: [APIModelEntry], gpus: [GPUEntry], throughput: [ThroughputEntry],
    importedFiles: [ImportedPriceFileSummary] = []
  ) {
    self.asOf = asOf
    self.apiModels = apiModels
    self.gpus = gpus
    self.throughput = throughput
    self.importedFiles = importedFiles
  }

  /// The date the built-in catalog was gathered.
  static let builtInAsOf = "2026-11-21"

  /// The catalog compiled into the binary.
  public static let builtIn = Catalog(
    asOf: builtInAsOf, apiModels: builtInAPIModels, gpus: builtInGPUs, throughput: builtInThroughput)

  /// The catalog's date as a calendar day (`nil` if it is not `YYYY-MM-DD`).
  public var asOfDate: CalendarDate? { CalendarDate(parsing: asOf) }

  public func apiModel(_ id: String) -> APIModelEntry? { apiModels.last { $0.id == id } }
  public func gpu(_ id: String) -> GPUEntry? { gpus.first { $0.id == id } }

  /// Open-weight model ids: the capacity model's architectures, then any with benchmark points only.
  public var selfHostedModels: [String] { unique(CapacityCatalog.models.map(\.id) + throughput.map(\.model)) }
  /// Precision ids: the capacity model's weight formats, then any benchmark precision not among them.
  public var precisions: [String] {
    unique(WeightPrecision.allCases.map(\.rawValue) + throughput.map(\.precision))
  }

  /// Throughput entries for a model, optionally narrowed to a GPU and a precision.
  public func throughput(model: String, gpu: String? = nil, precision: String? = nil) -> [ThroughputEntry] {
    throughput.filter {
      $0.model == model && (gpu == nil || $0.gpu == gpu) && (precision == nil || $0.precision == precision)
    }
  }

  func unique(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0).inserted }
  }
}
