/// How the daily volume was stated; kept so reports can answer in the user's own units.
public enum VolumeForm: Sendable, Equatable {
  /// `tokensPerDay` and `inputShare`.
  case tokens(tokensPerDay: Double, inputShare: Double)
  /// `inputTokensPerDay` and `outputTokensPerDay`.
  case inputOutput(inputTokensPerDay: Double, outputTokensPerDay: Double)
  /// Requests per day (or per month, when `perMonth` is true) and tokens per request.
  case requests(
    requests: Double, perMonth: Bool, inputTokensPerRequest: Double, outputTokensPerRequest: Double)

  /// Input tokens per day, `I`.
  public var inputTokensPerDay: Double {
    switch self {
    case .tokens(let t, let s): return t * s
    case .inputOutput(let i, _): return i
    case .requests(let r, let perMonth, let i, _): return (perMonth ? r / daysPerMonth : r) * i
    }
  }

  /// Output tokens per day, `O`.
  public var outputTokensPerDay: Double {
    switch self {
    case .tokens(let t, let s): return t * (1 - s)
    case .inputOutput(_, let o): return o
    case .requests(let r, let perMonth, _, let o): return (perMonth ? r / daysPerMonth : r) * o
    }
  }

  /// Requests per day, when volume was stated by requests.
  public var requestsPerDay: Double? {
    if case .requests(let r, let perMonth, _, _) = self { return perMonth ? r / daysPerMonth : r }
    return nil
  }
}

/// The tokens of a typical request.
public struct RequestTokens: Sendable, Equatable {
  public var inputTokens: Double
  public var outputTokens: Double

  public init(inputTokens: Double, outputTokens: Double) {
    self.inputTokens = inputTokens
    self.outputTokens = outputTokens
  }
}

/// The traffic: how much, its mix, and how it changes.
public struct Workload: Sendable, Equatable {
  public var volume: VolumeForm
  /// Share of input tokens billed at the cached-input price, `c` (0…1).
  public var cachedInputShare: Double
  /// Share of all traffic that tolerates the batch API, `b` (0…1).
  public var batchShare: Double
  /// Compound growth of volume per month, `g` (> −1).
  public var monthlyGrowth: Double
  /// Relative traffic per hour of the day as given; `nil` means flat.
  public var hourlyShape: [Double]? {
    didSet { normalizedShape = Self.normalize(hourlyShape) }
  }
  /// The 24 hourly weights, normalised to sum 1 (flat when no shape was given); computed once.
  public private(set) var normalizedShape: [Double]

  static func normalize(_ shape: [Double]?) -> [Double] {
    guard let shape else { return [Double](repeating: 1.0 / 24, count: 24) }
    let sum = shape.reduce(0, +)
    return shape.map { $0 / sum }
  }

  public init(
    volume: VolumeForm, cachedInputShare: Double = 0, batchShare: Double = 0,
    monthlyGrowth: Double = 0, hourlyShape: [Double]? = nil
  ) {
    self.volume = volume
    self.cachedInputShare = cachedInputShare
    self.batchShare = batchShare
    self.monthlyGrowth = monthlyGrowth
    self.hourlyShape = hourlyShape
    self.normalizedShape = Self.normalize(hourlyShape)
  }

  /// Tokens per request stated beside a volume given per day (`nil` when none was given).
  public var statedRequestTokens: RequestTokens?

  /// The typical request: from the volume when it is given in requests, else as stated; `nil`
  /// when unknown (long-context tiers and the capacity model then assume and say so).
  public var requestTokens: RequestTokens? {
    if case .requests(_, _, let i, let o) = volume { return RequestTokens(inputTokens: i, outputTokens: o) }
    return statedRequestTokens
  }

  public var inputTokensPerDay: Double { volume.inputTokensPerDay }
  public var outputTokensPerDay: Double { volume.outputTokensPerDay }
  public var tokensPerDay: Double { inputTokensPerDay + outputTokensPerDay }

}

/// The API route's prices and terms.
///
/// `inputPerMTok`, `cachedInputPerMTok` and `outputPerMTok` are the standard prices of requests
/// below any long-context threshold in the horizon's first month. With a `schedule` (a catalog
/// or imported model), every price of the schedule — long-context tiers, batch and service-tier
/// prices, dated changes — is scaled by the ratio of these three to the schedule's own, so an
/// override or a price scale (the solver's) moves the whole schedule of that token kind.
public struct APIPricing: Sendable, Equatable {
  /// Catalog id the prices came from, if any.
  public var model: String?
  /// USD per 1M uncached input tokens, `p_i`.
  public var inputPerMTok: Double
  /// USD per 1M cached input tokens, `p_c`.
  public var cachedInputPerMTok: Double
  /// USD per 1M output tokens, `p_o`.
  public var outputPerMTok: Double
  /// Discount of the batch API on uncached input and output of batch traffic, `d` (0…1); used
  /// only without a `schedule` (a schedule carries batch prices per token kind). Cached input
  /// keeps its price in batch.
  public var batchDiscount: Double
  /// Negotiated discount on everything, `n` (0…<1).
  public var discount: Double
  /// Yearly change of API prices, `a` (> −1), on top of the schedule's dated prices.
  public var annualPriceChange: Double
  /// Fixed monthly cost of the API route, `F_a`.
  public var fixedMonthly: Double
  /// One-time cost paid in month 0, `S_a`.
  public var setupCost: Double
  /// The model's prices over time, per request-size band, batch and service tier; `nil` for
  /// prices stated by hand (then the three prices and `batchDiscount` are all there is).
  public var schedule: APIPriceSchedule?
  /// The first month of the horizon (day 1): month `m` pays the schedule's prices in force in
  /// the month `m` months later. Ignored without a schedule.
  public var horizonStart: CalendarDate?
  /// The processing tier of interactive traffic.
  public var serviceTier: ServiceTier
  /// True when `batchDiscount` was stated for a model with a schedule: batch traffic then pays
  /// the standard input and output prices less `d` instead of the schedule's batch prices.
  public var batchDiscountOverridesSchedule: Bool = false
  /// Share of input tokens in requests above the lowest long-context threshold, `λ` (0…1); when
  /// `nil` the request shape comes from the workload's tokens per request, if stated.
  public var longContextShare: Double?
  /// Months from `horizonStart` to this scenario's month 0 (0 but in a month taken out of a
  /// horizon, `Scenario.atMonth(_:)`): month `m` pays the schedule's prices of horizon month
  /// `m + priceMonthOffset`. The stated prices still scale the schedule as of `horizonStart`.
  public var priceMonthOffset: Int = 0

  public init(
    model: String? = nil, inputPerMTok: Double, cachedInputPerMTok: Double? = nil,
    outputPerMTok: Double, batchDiscount: Double = 0.5, discount: Double = 0,
    annualPriceChange: Double = 0, fixedMonthly: Double = 0, setupCost: Double = 0,
    schedule: APIPriceSchedule? = nil, horizonStart: CalendarDate? = nil, serviceTier: ServiceTier = .standard,
    longContextShare: Double? = nil
  ) {
    self.model = model
    self.inputPerMTok = inputPerMTok
    self.cachedInputPerMTok = cachedInputPerMTok ?? inputPerMTok
    self.outputPerMTok = outputPerMTok
    self.batchDiscount = batchDiscount
    self.discount = discount
    self.annualPriceChange = annualPriceChange
    self.fixedMonthly = fixedMonthly
    self.setupCost = setupCost
    self.schedule = schedule
    self.horizonStart = horizonStart
    self.serviceTier = serviceTier
    self.longContextShare = longContextShare
  }
}

/// Whether replicas run all the time or follow the hourly shape.
public enum Provisioning: String, Sendable, CaseIterable {
  case alwaysOn = "always-on"
  case autoscaled = "autoscaled"
}

/// Whether GPUs are rented by the hour or bought.
public enum Acquisition: String, Sendable, CaseIterable {
  case rent
  case buy
}

/// The self-hosted route: serving capacity, GPUs, and what it costs to run them.
public struct SelfHosting: Sendable, Equatable {
  public var model: String?
  public var gpu: String?
  public var precision: String?
  /// GPUs that serve one copy of the model, `k`.
  public var gpusPerReplica: Int
  /// Input tokens one replica processes per second, saturated, `P`.
  public var prefillTokensPerSecond: Double
  /// Output tokens one replica generates per second, saturated, `D`.
  public var decodeTokensPerSecond: Double
  /// Whether cached input also skips prefill work.
  public var prefixCaching: Bool
  /// Target average load of provisioned replicas, `U` (0, 1].
  public var utilization: Double
  /// Replicas kept at all times, `r_0`.
  public var minReplicas: Int
  public var provisioning: Provisioning
  public var acquisition: Acquisition
  /// Rent: USD per GPU-hour, `h`.
  public var gpuHourlyRate: Double?
  /// Rent: commitment discount, `e`.
  public var reservedDiscount: Double
  /// Buy: USD per GPU, `C_g`.
  public var gpuPurchasePrice: Double?
  /// Buy: host, network and storage as a share of GPU price, `σ`.
  public var serverOverhead: Double
  /// Buy: useful life in months, `L`.
  public var depreciationMonths: Int
  /// Buy: resale value at end of life as a share of purchase, `ρ`.
  public var residualValue: Double
  /// Buy: yearly cost of capital, `r`.
  public var costOfCapital: Double
  /// Buy: maintenance per year as a share of purchase, `μ`.
  public var maintenancePerYear: Double
  /// Buy: board power of one GPU in watts, `W`.
  public var gpuPowerWatts: Double?
  /// Buy: host power as a share of GPU power, `π_o`.
  public var powerOverhead: Double
  /// Buy: share of full power drawn when idle, `ι`.
  public var idlePowerFraction: Double
  /// Buy: facility power usage effectiveness.
  public var pue: Double
  /// Buy: USD per kWh, `p_e`.
  public var electricityPerKWh: Double
  /// Buy: USD per provisioned kW per month, `p_k`.
  public var colocationPerKWMonth: Double
  /// Engineers needed to run it, `f`.
  public var staffFTE: Double
  /// Fully loaded yearly cost of one engineer, `S`.
  public var staffCostPerYear: Double
  /// Monitoring, storage, licences per month, `F_o`.
  public var otherMonthly: Double
  /// One-time set-up cost paid in month 0, `S_s`.
  public var setupCost: Double
  /// Yearly change of GPU rent and of the price of new GPUs, `a_s`.
  public var annualPriceChange: Double
  /// The highest load a replica may carry in any hour (0…1]: always-on replicas are sized so the
  /// busiest hour stays at or under it, and overflow routing fills replicas up to it.
  public var maxLoad: Double
  /// Replicas added for redundancy (N+k) in every month, whatever the load.
  public var spareReplicas: Int

  public init(
    model: String? = nil, gpu: String? = nil, precision: String? = nil,
    gpusPerReplica: Int, prefillTokensPerSecond: Double, decodeTokensPerSecond: Double,
    prefixCaching: Bool = true, utilization: Double = 0.6, minReplicas: Int = 1,
    provisioning: Provisioning = .alwaysOn, acquisition: Acquisition = .rent,
    gpuHourlyRate: Double? = nil, reservedDiscount: Double = 0, gpuPurchasePrice: Double? = nil,
    serverOverhead: Double = 0.25, depreciationMonths: Int = 36, residualValue: Double = 0.1,
    costOfCapital: Double = 0.08, maintenancePerYear: Double = 0.05, gpuPowerWatts: Double? = nil,
    powerOverhead: Double = 0.25, idlePowerFraction: Double = 0.3, pue: Double = 1.4,
    electricityPerKWh: Double = 0.10, colocationPerKWMonth: Double = 0, staffFTE: Double = 0.5,
    staffCostPerYear: Double = 200_000, otherMonthly: Double = 0, setupCost: Double = 0,
    annualPriceChange: Double = 0, maxLoad: Double = 0.9, spareReplicas: Int = 0
  ) {
    self.maxLoad = maxLoad
    self.spareReplicas = spareReplicas
    self.model = model
    self.gpu = gpu
    self.precision = precision
    self.gpusPerReplica = gpusPerReplica
    self.prefillTokensPerSecond = prefillTokensPerSecond
    self.decodeTokensPerSecond = decodeTokensPerSecond
    self.prefixCaching = prefixCaching
    self.utilization = utilization
    self.minReplicas = minReplicas
    self.provisioning = provisioning
    self.acquisition = acquisition
    self.gpuHourlyRate = gpuHourlyRate
    self.reservedDiscount = reservedDiscount
    self.gpuPurchasePrice = gpuPurchasePrice
    self.serverOverhead = serverOverhead
    self.depreciationMonths = depreciationMonths
    self.residualValue = residualValue
    self.costOfCapital = costOfCapital
    self.maintenancePerYear = maintenancePerYear
    self.gpuPowerWatts = gpuPowerWatts
    self.powerOverhead = powerOverhead
    self.idlePowerFraction = idlePowerFraction
    self.pue = pue
    self.electricityPerKWh = electricityPerKWh
    self.colocationPerKWMonth = colocationPerKWMonth
    self.staffFTE = staffFTE
    self.staffCostPerYear = staffCostPerYear
    self.otherMonthly = otherMonthly
    self.setupCost = setupCost
    self.annualPriceChange = annualPriceChange
  }

  /// Monthly staff cost, `f · S / 12`.
  public var staffMonthly: Double { staffFTE * staffCostPerYear / 12 }
}

/// Hard rules and advisory facts that can overrule the cheaper route.
public struct Constraints: Sendable, Equatable {
  public var dataMustStayInPerimeter: Bool
  public var needsFrontierModel: Bool
  public var teamSize: Int?
  public var latencyBudgetMs: Double?

  public init(
    dataMustStayInPerimeter: Bool = false, needsFrontierModel: Bool = false, teamSize: Int? = nil,
    latencyBudgetMs: Double? = nil
  ) {
    self.dataMustStayInPerimeter = dataMustStayInPerimeter
    self.needsFrontierModel = needsFrontierModel
    self.teamSize = teamSize
    self.latencyBudgetMs = latencyBudgetMs
  }
}

/// Settings of the hybrid questions (split and overflow).
public struct HybridSettings: Sendable, Equatable {
  /// φ: share of traffic that needs a frontier model and must stay on the API (0…1).
  public var frontierShare: Double

  public init(frontierShare: Double = 0) {
    self.frontierShare = frontierShare
  }
}

/// A fully resolved profile: every input of the model, every default filled in.
public struct Scenario: Sendable, Equatable {
  public var workload: Workload
  public var api: APIPricing
  public var selfHosted: SelfHosting
  /// Length of the projection in months, `H` (1…600).
  public var horizonMonths: Int
  /// Yearly discount rate for net present value.
  public var discountRate: Double
  public var constraints: Constraints
  public var hybrid: HybridSettings

  public init(
    workload: Workload, api: APIPricing, selfHosted: SelfHosting, horizonMonths: Int = 36,
    discountRate: Double = 0.08, constraints: Constraints = Constraints(), hybrid: HybridSettings = HybridSettings()
  ) {
    self.workload = workload
    self.api = api
    self.selfHosted = selfHosted
    self.horizonMonths = horizonMonths
    self.discountRate = discountRate
    self.constraints = constraints
    self.hybrid = hybrid
  }
}
