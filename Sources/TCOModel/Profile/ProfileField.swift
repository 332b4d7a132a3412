/// The allowed interval of a numeric input.
public struct NumberRange: Sendable, Equatable {
  public var lower: Double
  public var lowerInclusive: Bool
  public var upper: Double
  public var upperInclusive: Bool

  public func contains(_ x: Double) -> Bool {
    x.isFinite && (lowerInclusive ? x >= lower : x > lower) && (upperInclusive ? x <= upper : x < upper)
  }

  /// "from 0 to 1", "above -1", "0 or more", "from 0 to below 1", …
  public var description: String {
    let lo = Format.number(lower)
    let hi = Format.number(upper)
    let unbounded = upper >= ProfileField.largest
    switch (lowerInclusive, upperInclusive, unbounded) {
    case (true, _, true): return "\(lo) or more (up to 1e15)"
    case (false, _, true): return "above \(lo) (up to 1e15)"
    case (true, true, false): return "from \(lo) to \(hi)"
    case (true, false, false): return "from \(lo) to below \(hi)"
    case (false, true, false): return "above \(lo) and at most \(hi)"
    case (false, false, false): return "above \(lo) and below \(hi)"
    }
  }

  static func closed(_ a: Double, _ b: Double) -> NumberRange {
    .init(lower: a, lowerInclusive: true, upper: b, upperInclusive: true)
  }
  static func atLeast(_ a: Double) -> NumberRange {
    .init(lower: a, lowerInclusive: true, upper: ProfileField.largest, upperInclusive: true)
  }
  static func above(_ a: Double, upTo b: Double = ProfileField.largest) -> NumberRange {
    .init(lower: a, lowerInclusive: false, upper: b, upperInclusive: true)
  }
  static func halfOpen(_ a: Double, _ b: Double) -> NumberRange {
    .init(lower: a, lowerInclusive: true, upper: b, upperInclusive: false)
  }
}

/// One input of a profile: its JSON path, its command-line flag, its type and range.
///
/// This table is the single description of the profile format: the JSON decoder, the flag
/// parser, the help text and the documentation all read it.
public struct ProfileField: Sendable {
  /// How a flag's text may be written for this field.
  public enum Unit: Sendable {
    /// A share or rate: `0.3` or `30%`.
    case share
    /// Money: `3.99` or `$3.99`, with `k`/`M`/`B` suffixes.
    case money
    /// A count or quantity: `5M`, `2.5k`, `1e6`.
    case quantity
  }

  /// Catalog lists an id field is checked against.
  public enum Reference: Sendable {
    case apiModel, selfHostedModel, gpu, precision
  }

  public enum Kind: Sendable {
    case number(NumberRange, Unit)
    case integer(lower: Int, upper: Int)
    case bool
    case choice([String])
    case id(Reference)
    /// 24 hourly weights ≥ 0 with a positive sum, or a preset name.
    case shape
  }

  /// Dotted JSON path, e.g. `workload.cachedInputShare`.
  public var path: String
  /// Command-line flag without dashes, e.g. `cached-input-share`.
  public var flag: String
  public var kind: Kind
  /// One line for `--help`.
  public var summary: String

  /// The largest magnitude any numeric input may have, so no sum or product overflows.
  public static let largest = 1e15

  /// The section (`workload`, `api`, `selfHosted`, `constraints`) or "" for top-level keys.
  public var section: String {
    guard let dot = path.lastIndex(of: ".") else { return "" }
    return String(path[..<dot])
  }

  /// The key within its section.
  public var key: String {
    guard let dot = path.lastIndex(of: ".") else { return path }
    return String(path[path.index(after: dot)...])
  }

  /// What a valid value looks like, for error messages.
  public var allowed: String {
    switch kind {
    case .number(let range, _): return "a number " + range.description
    case .integer(let lo, let hi): return "a whole number from \(lo) to \(hi)"
    case .bool: return "true or false"
    case .choice(let options): return quotedList(options)
    case .id(let reference):
      switch reference {
      case .apiModel: return "an API model id from the catalog (see 'llm-tco catalog api')"
      case .selfHostedModel: return "an open-weight model id from the catalog (see 'llm-tco catalog throughput')"
      case .gpu: return "a GPU id from the catalog (see 'llm-tco catalog gpus')"
      case .precision: return "a precision id from the catalog (see 'llm-tco catalog throughput')"
      }
    case .shape: return "24 numbers >= 0 with a positive sum, or one of " + quotedList(HourlyShape.presetNames)
    }
  }
}

extension ProfileField {
  static func number(_ path: String, _ flag: String, _ range: NumberRange, _ unit: Unit, _ summary: String)
    -> ProfileField
  {
    ProfileField(path: path, flag: flag, kind: .number(range, unit), summary: summary)
  }

  /// Every input of the profile format, in the order of the specification.
  public static let all: [ProfileField] = [
    // workload
    .number(
      "workload.tokensPerDay", "tokens-per-day", .above(0), .quantity, "Tokens per day, input and output together"),
    .number(
      "workload.inputShare", "input-share", .closed(0, 1), .share,
      "Share of tokens that are input (with --tokens-per-day)"),
    .number("workload.inputTokensPerDay", "input-tokens-per-day", .atLeast(0), .quantity, "Input tokens per day"),
    .number("workload.outputTokensPerDay", "output-tokens-per-day", .atLeast(0), .quantity, "Output tokens per day"),
    .number("workload.requestsPerDay", "requests-per-day", .above(0), .quantity, "Requests per day"),
    .number("workload.requestsPerMonth", "requests-per-month", .above(0), .quantity, "Requests per month"),
    .number(
      "workload.inputTokensPerRequest", "input-tokens-per-request", .atLeast(0), .quantity, "Input tokens per request"),
    .number(
      "workload.outputTokensPerRequest", "output-tokens-per-request", .atLeast(0), .quantity,
      "Output tokens per request"),
    .number(
      "workload.cachedInputShare", "cached-input-share", .closed(0, 1), .share,
      "Share of input billed at the cached price (default 0)"),
    .number(
      "workload.batchShare", "batch-share", .closed(0, 1), .share,
      "Share of traffic that can use the batch API (default 0)"),
    .number(
      "workload.monthlyGrowth", "monthly-growth", .above(-1, upTo: 10), .share,
      "Compound volume growth per month (default 0)"),
    ProfileField(
      path: "workload.hourlyShape", flag: "hourly-shape", kind: .shape,
      summary: "Traffic by hour: 24 comma-separated weights or a preset"),
    // api
    ProfileField(path: "api.model", flag: "api", kind: .id(.apiModel), summary: "API model id from the catalog"),
    .number("api.inputPerMTok", "api-input-price", .atLeast(0), .money, "USD per 1M uncached input tokens"),
    .number("api.cachedInputPerMTok", "api-cached-input-price", .atLeast(0), .money, "USD per 1M cached input tokens"),
    .number("api.outputPerMTok", "api-output-price", .atLeast(0), .money, "USD per 1M output tokens"),
    .number(
      "api.batchDiscount", "api-batch-discount", .closed(0, 1), .share, "Discount of the batch API (default 0.5)"),
    .number("api.discount", "api-discount", .halfOpen(0, 1), .share, "Negotiated discount on everything (default 0)"),
    .number(
      "api.annualPriceChange", "api-price-change", .above(-1, upTo: 10), .share,
      "Yearly change of API prices (default 0)"),
    .number(
      "api.fixedMonthly", "api-fixed-monthly", .atLeast(0), .money, "Fixed monthly cost of the API route (default 0)"),
    .number("api.setupCost", "api-setup-cost", .atLeast(0), .money, "One-time cost of the API route (default 0)"),
    // selfHosted
    ProfileField(
      path: "selfHosted.model", flag: "model", kind: .id(.selfHostedModel),
      summary: "Open-weight model id from the catalog"),
    ProfileField(path: "selfHosted.gpu", flag: "gpu", kind: .id(.gpu), summary: "GPU id from the catalog"),
    ProfileField(
      path: "selfHosted.precision", flag: "precision", kind: .id(.precision),
      summary: "Weight precision (default fp8 when listed)"),
    ProfileField(
      path: "selfHosted.gpusPerReplica", flag: "gpus-per-replica", kind: .integer(lower: 1, upper: 1024),
      summary: "GPUs serving one copy of the model"),
    .number(
      "selfHosted.prefillTokensPerSecond", "prefill-tokens-per-second", .above(0), .quantity,
      "Input tokens/s one replica processes"),
    .number(
      "selfHosted.decodeTokensPerSecond", "decode-tokens-per-second", .above(0), .quantity,
      "Output tokens/s one replica generates"),
    ProfileField(
      path: "selfHosted.prefixCaching", flag: "prefix-caching", kind: .bool,
      summary: "Cached input skips prefill work (default true)"),
    .number(
      "selfHosted.utilization", "utilization", .above(0, upTo: 1), .share,
      "Target average load of replicas (default 0.6)"),
    ProfileField(
      path: "selfHosted.minReplicas", flag: "min-replicas", kind: .integer(lower: 0, upper: maximumGPUs),
      summary: "Replicas kept at all times (default 1)"),
    ProfileField(
      path: "selfHosted.provisioning", flag: "provisioning", kind: .choice(Provisioning.allCases.map(\.rawValue)),
      summary: "always-on or autoscaled (default always-on)"),
    ProfileField(
      path: "selfHosted.acquisition", flag: "acquisition", kind: .choice(Acquisition.allCases.map(\.rawValue)),
      summary: "rent or buy (default rent)"),
    .number(
      "selfHosted.gpuHourlyRate", "gpu-hourly-rate", .atLeast(0), .money, "Rent: USD per GPU-hour (default: catalog)"),
    .number(
      "selfHosted.reservedDiscount", "reserved-discount", .halfOpen(0, 1), .share,
      "Rent: commitment discount (default 0)"),
    .number(
      "selfHosted.gpuPurchasePrice", "gpu-purchase-price", .atLeast(0), .money, "Buy: USD per GPU (default: catalog)"),
    .number(
      "selfHosted.serverOverhead", "server-overhead", .atLeast(0), .share,
      "Buy: host and network, share of GPU price (0.25)"),
    ProfileField(
      path: "selfHosted.depreciationMonths", flag: "depreciation-months", kind: .integer(lower: 1, upper: 600),
      summary: "Buy: useful life in months (default 36)"),
    .number(
      "selfHosted.residualValue", "residual-value", .closed(0, 1), .share,
      "Buy: resale value at end of life (default 0.1)"),
    .number(
      "selfHosted.costOfCapital", "cost-of-capital", .atLeast(0), .share, "Buy: yearly cost of capital (default 0.08)"),
    .number(
      "selfHosted.maintenancePerYear", "maintenance-per-year", .atLeast(0), .share,
      "Buy: maintenance, share of price per year (0.05)"),
    .number(
      "selfHosted.gpuPowerWatts", "gpu-power", .atLeast(0), .quantity,
      "Buy: board power of one GPU in W (default: catalog)"),
    .number(
      "selfHosted.powerOverhead", "power-overhead", .atLeast(0), .share, "Buy: host power, share of GPU power (0.25)"),
    .number(
      "selfHosted.idlePowerFraction", "idle-power-fraction", .closed(0, 1), .share,
      "Buy: share of full power drawn idle (default 0.3)"),
    .number("selfHosted.pue", "pue", .atLeast(1), .quantity, "Buy: facility PUE (default 1.4)"),
    .number(
      "selfHosted.electricityPerKWh", "electricity-price", .atLeast(0), .money, "Buy: USD per kWh (default 0.10)"),
    .number(
      "selfHosted.colocationPerKWMonth", "colocation-price", .atLeast(0), .money,
      "Buy: USD per provisioned kW per month (default 0)"),
    .number("selfHosted.staffFTE", "staff-fte", .atLeast(0), .quantity, "Engineers needed to run it (default 0.5)"),
    .number(
      "selfHosted.staffCostPerYear", "staff-cost", .atLeast(0), .money,
      "Loaded yearly cost per engineer (default 200000)"),
    .number(
      "selfHosted.otherMonthly", "other-monthly", .atLeast(0), .money,
      "Monitoring, storage, licences per month (default 0)"),
    .number(
      "selfHosted.setupCost", "setup-cost", .atLeast(0), .money, "One-time cost to set up self-hosting (default 0)"),
    .number(
      "selfHosted.annualPriceChange", "gpu-price-change", .above(-1, upTo: 10), .share,
      "Yearly change of GPU rent and prices (default 0)"),
    // top level
    ProfileField(
      path: "horizonMonths", flag: "horizon-months", kind: .integer(lower: 1, upper: 600),
      summary: "Length of the projection in months (default 36)"),
    .number("discountRate", "discount-rate", .atLeast(0), .share, "Yearly discount rate for NPV (default 0.08)"),
    ProfileField(
      path: "constraints.dataMustStayInPerimeter", flag: "data-must-stay-in-perimeter", kind: .bool,
      summary: "Rule out the API route (default false)"),
    ProfileField(
      path: "constraints.needsFrontierModel", flag: "needs-frontier-model", kind: .bool,
      summary: "Rule out self-hosting (default false)"),
    ProfileField(
      path: "constraints.teamSize", flag: "team-size", kind: .integer(lower: 0, upper: 1_000_000),
      summary: "Engineers on the team (advisory under 3)"),
    .number(
      "constraints.latencyBudgetMs", "latency-budget-ms", .above(0), .quantity,
      "Latency budget in ms (advisory under 100)"),
    .number(
      "hybrid.frontierShare", "frontier-share", .closed(0, 1), .share,
      "Hybrid: traffic that must stay on the API (default 0)"),
    .number(
      "hybrid.maxLoad", "max-load", .above(0, upTo: 1), .share, "Hybrid overflow: per-hour load ceiling (default 0.9)"),
  ]

  /// The field at a JSON path.
  public static func at(_ path: String) -> ProfileField? { all.first { $0.path == path } }
  /// The field set by a flag (without dashes).
  public static func withFlag(_ flag: String) -> ProfileField? { all.first { $0.flag == flag } }

  /// Keys allowed in each object of a profile; "" is the root.
  public static let sections: [String: [String]] = {
    var map: [String: [String]] = ["": ["name", "workload", "api", "selfHosted", "constraints", "hybrid"]]
    for field in all { map[field.section, default: []].append(field.key) }
    return map
  }()
}

/// Named hourly traffic shapes (relative weights for hours 0…23, local time).
public enum HourlyShape {
  public static let presets: [(name: String, weights: [Double], summary: String)] = [
    ("flat", [Double](repeating: 1, count: 24), "the same traffic every hour"),
    (
      "business-hours",
      [1, 1, 1, 1, 1, 1, 2, 4, 8, 10, 10, 10, 9, 10, 10, 10, 9, 6, 3, 2, 2, 1, 1, 1],
      "a working day: low at night, a plateau 09:00-17:00 about ten times the night"
    ),
    (
      "evening-peak",
      [3, 2, 1, 1, 1, 1, 2, 3, 4, 5, 5, 5, 6, 6, 6, 6, 7, 8, 10, 12, 12, 10, 7, 5],
      "consumer traffic: rising through the day to a peak 19:00-21:00"
    ),
  ]

  public static var presetNames: [String] { presets.map(\.name) }

  public static func preset(_ name: String) -> [Double]? { presets.first { $0.name == name }?.weights }
}
