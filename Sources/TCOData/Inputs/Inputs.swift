import TCOModel

// The table of every input of a profile, in the order of the specification. An entry names the
// JSON path, the flag, the kind and range, the default and how the value sits in a `Scenario`;
// everything else (decoder, flags, help, schema, writer, scenario parameters) derives from it.

extension InputDescriptor {
  // MARK: workload

  public static let tokensPerDay = number(
    "workload.tokensPerDay", "tokens-per-day", .above(0), .quantity, .none, "Tokens per day, input and output together",
    get: { if case .tokens(let t, _) = $0.workload.volume { t } else { nil } },
    set: { s, x in if case .tokens(_, let share) = s.workload.volume { s.workload.volume = .tokens(tokensPerDay: x, inputShare: share) } })
  public static let inputShare = number(
    "workload.inputShare", "input-share", .closed(0, 1), .share, .none,
    "Share of tokens that are input (with --tokens-per-day)",
    get: { if case .tokens(_, let share) = $0.workload.volume { share } else { nil } },
    set: { s, x in if case .tokens(let t, _) = s.workload.volume { s.workload.volume = .tokens(tokensPerDay: t, inputShare: x) } })
  public static let inputTokensPerDay = number(
    "workload.inputTokensPerDay", "input-tokens-per-day", .atLeast(0), .quantity, .none, "Input tokens per day",
    get: { if case .inputOutput(let i, _) = $0.workload.volume { i } else { nil } },
    set: { s, x in
      if case .inputOutput(_, let o) = s.workload.volume { s.workload.volume = .inputOutput(inputTokensPerDay: x, outputTokensPerDay: o) }
    })
  public static let outputTokensPerDay = number(
    "workload.outputTokensPerDay", "output-tokens-per-day", .atLeast(0), .quantity, .none, "Output tokens per day",
    get: { if case .inputOutput(_, let o) = $0.workload.volume { o } else { nil } },
    set: { s, x in
      if case .inputOutput(let i, _) = s.workload.volume { s.workload.volume = .inputOutput(inputTokensPerDay: i, outputTokensPerDay: x) }
    })
  public static let requestsPerDay = number(
    "workload.requestsPerDay", "requests-per-day", .above(0), .quantity, .none, "Requests per day",
    get: { if case .requests(let r, false, _, _) = $0.workload.volume { r } else { nil } },
    set: { s, x in s.workload.volume = s.workload.volume.settingRequests(x, perMonth: false) })
  public static let requestsPerMonth = number(
    "workload.requestsPerMonth", "requests-per-month", .above(0), .quantity, .none, "Requests per month",
    get: { if case .requests(let r, true, _, _) = $0.workload.volume { r } else { nil } },
    set: { s, x in s.workload.volume = s.workload.volume.settingRequests(x, perMonth: true) })
  public static let inputTokensPerRequest = number(
    "workload.inputTokensPerRequest", "input-tokens-per-request", .atLeast(0), .quantity, .none,
    "Input tokens per request (with any volume form: the request shape)",
    get: { $0.workload.requestTokens?.inputTokens },
    set: { s, x in
      if case .requests(let r, let m, _, let o) = s.workload.volume {
        s.workload.volume = .requests(requests: r, perMonth: m, inputTokensPerRequest: x, outputTokensPerRequest: o)
      } else {
        s.workload.statedRequestTokens?.inputTokens = x
      }
    })
  public static let outputTokensPerRequest = number(
    "workload.outputTokensPerRequest", "output-tokens-per-request", .atLeast(0), .quantity, .none,
    "Output tokens per request (with any volume form: the request shape)",
    get: { $0.workload.requestTokens?.outputTokens },
    set: { s, x in
      if case .requests(let r, let m, let i, _) = s.workload.volume {
        s.workload.volume = .requests(requests: r, perMonth: m, inputTokensPerRequest: i, outputTokensPerRequest: x)
      } else {
        s.workload.statedRequestTokens?.outputTokens = x
      }
    })
  public static let cachedInputShare = number(
    "workload.cachedInputShare", "cached-input-share", .closed(0, 1), .share, value(0),
    "Share of input billed at the cached price", get: { $0.workload.cachedInputShare },
    set: { $0.workload.cachedInputShare = $1 })
  public static let batchShare = number(
    "workload.batchShare", "batch-share", .closed(0, 1), .share, value(0), "Share of traffic that can use the batch API",
    get: { $0.workload.batchShare }, set: { $0.workload.batchShare = $1 })
  public static let monthlyGrowth = number(
    "workload.monthlyGrowth", "monthly-growth", .above(-1, upTo: 10), .share, value(0),
    "Compound volume growth per month", get: { $0.workload.monthlyGrowth }, set: { $0.workload.monthlyGrowth = $1 })
  public static let hourlyShape = other(
    "workload.hourlyShape", "hourly-shape", .shape, .value(.text("flat")),
    "Traffic by hour: 24 comma-separated weights or a preset", get: { $0.workload.hourlyShape.map { .shape($0) } })

  public static let longContextShare = number(
    "workload.longContextShare", "long-context-share", .closed(0, 1), .share, .sameAs("from inputTokensPerRequest"),
    "Share of input tokens in requests above a long-context price threshold", get: { $0.api.longContextShare },
    set: { $0.api.longContextShare = $1 })

  // MARK: api

  public static let apiModel = other(
    "api.model", "api", .id(.apiModel), .none, "API model id from the catalog", get: { $0.api.model.map { .text($0) } })
  public static let apiInputPrice = number(
    "api.inputPerMTok", "api-input-price", .atLeast(0), .money, .catalog, "USD per 1M uncached input tokens",
    get: { $0.api.inputPerMTok }, set: { $0.api.inputPerMTok = $1 })
  public static let apiCachedInputPrice = number(
    "api.cachedInputPerMTok", "api-cached-input-price", .atLeast(0), .money, .sameAs("catalog, else the input price"),
    "USD per 1M cached input tokens", get: { $0.api.cachedInputPerMTok }, set: { $0.api.cachedInputPerMTok = $1 })
  public static let apiOutputPrice = number(
    "api.outputPerMTok", "api-output-price", .atLeast(0), .money, .catalog, "USD per 1M output tokens",
    get: { $0.api.outputPerMTok }, set: { $0.api.outputPerMTok = $1 })
  public static let apiBatchDiscount = number(
    "api.batchDiscount", "api-batch-discount", .closed(0, 1), .share, value(0.5),
    "Batch API discount on uncached input and output (a catalog model: its own batch prices)",
    get: { $0.api.schedule == nil || $0.api.batchDiscountOverridesSchedule ? $0.api.batchDiscount : nil },
    set: {
      $0.api.batchDiscount = $1
      $0.api.batchDiscountOverridesSchedule = $0.api.schedule != nil
    })
  public static let apiDiscount = number(
    "api.discount", "api-discount", .halfOpen(0, 1), .share, value(0), "Negotiated discount on everything",
    get: { $0.api.discount }, set: { $0.api.discount = $1 })
  public static let apiPriceChange = number(
    "api.annualPriceChange", "api-price-change", .above(-1, upTo: 10), .share, value(0), "Yearly change of API prices",
    get: { $0.api.annualPriceChange }, set: { $0.api.annualPriceChange = $1 })
  public static let apiFixedMonthly = number(
    "api.fixedMonthly", "api-fixed-monthly", .atLeast(0), .money, value(0), "Fixed monthly cost of the API route",
    get: { $0.api.fixedMonthly }, set: { $0.api.fixedMonthly = $1 })
  public static let apiSetupCost = number(
    "api.setupCost", "api-setup-cost", .atLeast(0), .money, value(0), "One-time cost of the API route",
    get: { $0.api.setupCost }, set: { $0.api.setupCost = $1 })

  public static let apiServiceTier = other(
    "api.serviceTier", "api-service-tier", .choice(ServiceTier.allCases.map(\.rawValue)),
    .value(.text(ServiceTier.standard.rawValue)), "Processing tier of interactive traffic: standard, priority or flex",
    get: { .text($0.api.serviceTier.rawValue) })

  // MARK: selfHosted

  public static let model = other(
    "selfHosted.model", "model", .id(.selfHostedModel), .none, "Open-weight model id from the catalog",
    get: { $0.selfHosted.model.map { .text($0) } })
  public static let gpu = other(
    "selfHosted.gpu", "gpu", .id(.gpu), .none, "GPU id from the catalog", get: { $0.selfHosted.gpu.map { .text($0) } })
  public static let precision = other(
    "selfHosted.precision", "precision", .id(.precision), .sameAs("fp8, else the model's own format"),
    "Weight precision",
    get: { $0.selfHosted.precision.map { .text($0) } })
  public static let gpusPerReplica = other(
    "selfHosted.gpusPerReplica", "gpus-per-replica", .integer(lower: 1, upper: 1024),
    .sameAs("the size of 1, 2, 4, 8 with the most tokens/s per GPU"),
    "GPUs serving one copy of the model", get: { .integer($0.selfHosted.gpusPerReplica) })
  public static let prefillTokensPerSecond = number(
    "selfHosted.prefillTokensPerSecond", "prefill-tokens-per-second", .above(0), .quantity, .sameAs("capacity model"),
    "Input tokens/s one replica processes", get: { $0.selfHosted.prefillTokensPerSecond },
    set: { $0.selfHosted.prefillTokensPerSecond = $1 })
  public static let decodeTokensPerSecond = number(
    "selfHosted.decodeTokensPerSecond", "decode-tokens-per-second", .above(0), .quantity, .sameAs("capacity model"),
    "Output tokens/s one replica generates", get: { $0.selfHosted.decodeTokensPerSecond },
    set: { $0.selfHosted.decodeTokensPerSecond = $1 })
  public static let engine = other(
    "selfHosted.engine", "engine", .choice(ServingEngine.allCases.map(\.rawValue)),
    .sameAs(ServingEngine.vLLM.rawValue), "Serving engine the capacity estimate assumes",
    get: { _ in nil })
  public static let ttftTargetMs = other(
    "selfHosted.ttftTargetMs", "ttft-target-ms", .integer(lower: 1, upper: 600_000), .none,
    "Time-to-first-token target in ms: the batch meets it", get: { _ in nil })
  public static let tpotTargetMs = other(
    "selfHosted.tpotTargetMs", "tpot-target-ms", .integer(lower: 1, upper: 600_000), .none,
    "Time-per-output-token target in ms: the batch meets it", get: { _ in nil })
  public static let prefixCaching = other(
    "selfHosted.prefixCaching", "prefix-caching", .bool, .value(.bool(true)), "Cached input skips prefill work",
    get: { .bool($0.selfHosted.prefixCaching) })
  public static let utilization = number(
    "selfHosted.utilization", "utilization", .above(0, upTo: 1), .share, value(0.6), "Target average load of replicas",
    get: { $0.selfHosted.utilization }, set: { $0.selfHosted.utilization = $1 })
  public static let maxLoad = number(
    "selfHosted.maxLoad", "max-load", .above(0, upTo: 1), .share, value(0.9),
    "Highest load a replica may carry in any hour", get: { $0.selfHosted.maxLoad },
    set: { $0.selfHosted.maxLoad = $1 })
  public static let spareReplicas = other(
    "selfHosted.spareReplicas", "spare-replicas", .integer(lower: 0, upper: 1024), .value(.integer(0)),
    "Replicas added for redundancy (N+k)", get: { .integer($0.selfHosted.spareReplicas) })
  public static let minReplicas = other(
    "selfHosted.minReplicas", "min-replicas", .integer(lower: 0, upper: maximumGPUs), .value(.integer(1)),
    "Replicas kept at all times", get: { .integer($0.selfHosted.minReplicas) })
  public static let provisioning = other(
    "selfHosted.provisioning", "provisioning", .choice(Provisioning.allCases.map(\.rawValue)),
    .value(.text(Provisioning.alwaysOn.rawValue)), "always-on or autoscaled",
    get: { .text($0.selfHosted.provisioning.rawValue) })
  public static let acquisition = other(
    "selfHosted.acquisition", "acquisition", .choice(Acquisition.allCases.map(\.rawValue)),
    .value(.text(Acquisition.rent.rawValue)), "rent or buy", get: { .text($0.selfHosted.acquisition.rawValue) })
  public static let gpuHourlyRate = number(
    "selfHosted.gpuHourlyRate", "gpu-hourly-rate", .atLeast(0), .money, .catalog, "Rent: USD per GPU-hour",
    appliesTo: .rent, get: { $0.selfHosted.gpuHourlyRate }, set: { $0.selfHosted.gpuHourlyRate = $1 })
  public static let reservedDiscount = number(
    "selfHosted.reservedDiscount", "reserved-discount", .halfOpen(0, 1), .share, value(0),
    "Rent: commitment discount", appliesTo: .rent, get: { $0.selfHosted.reservedDiscount },
    set: { $0.selfHosted.reservedDiscount = $1 })
  public static let gpuPurchasePrice = number(
    "selfHosted.gpuPurchasePrice", "gpu-purchase-price", .atLeast(0), .money, .catalog, "Buy: USD per GPU",
    appliesTo: .buy, get: { $0.selfHosted.gpuPurchasePrice }, set: { $0.selfHosted.gpuPurchasePrice = $1 })
  public static let serverOverhead = number(
    "selfHosted.serverOverhead", "server-overhead", .atLeast(0), .share, value(0.25),
    "Buy: host and network, share of GPU price", appliesTo: .buy, get: { $0.selfHosted.serverOverhead },
    set: { $0.selfHosted.serverOverhead = $1 })
  public static let depreciationMonths = other(
    "selfHosted.depreciationMonths", "depreciation-months", .integer(lower: 1, upper: 600), .value(.integer(36)),
    "Buy: useful life in months", get: { .integer($0.selfHosted.depreciationMonths) })
  public static let residualValue = number(
    "selfHosted.residualValue", "residual-value", .closed(0, 1), .share, value(0.1),
    "Buy: resale value at end of life", appliesTo: .buy, get: { $0.selfHosted.residualValue },
    set: { $0.selfHosted.residualValue = $1 })
  public static let costOfCapital = number(
    "selfHosted.costOfCapital", "cost-of-capital", .atLeast(0), .share, value(0.08), "Buy: yearly cost of capital",
    appliesTo: .buy, get: { $0.selfHosted.costOfCapital }, set: { $0.selfHosted.costOfCapital = $1 })
  public static let maintenancePerYear = number(
    "selfHosted.maintenancePerYear", "maintenance-per-year", .atLeast(0), .share, value(0.05),
    "Buy: maintenance, share of price per year", appliesTo: .buy, get: { $0.selfHosted.maintenancePerYear },
    set: { $0.selfHosted.maintenancePerYear = $1 })
  public static let gpuPowerWatts = number(
    "selfHosted.gpuPowerWatts", "gpu-power", .atLeast(0), .quantity, .catalog, "Buy: board power of one GPU in W",
    appliesTo: .buy, get: { $0.selfHosted.gpuPowerWatts }, set: { $0.selfHosted.gpuPowerWatts = $1 })
  public static let powerOverhead = number(
    "selfHosted.powerOverhead", "power-overhead", .atLeast(0), .share, value(0.25),
    "Buy: host power, share of GPU power", appliesTo: .buy, get: { $0.selfHosted.powerOverhead },
    set: { $0.selfHosted.powerOverhead = $1 })
  public static let idlePowerFraction = number(
    "selfHosted.idlePowerFraction", "idle-power-fraction", .closed(0, 1), .share, value(0.3),
    "Buy: share of full power drawn idle", appliesTo: .buy, get: { $0.selfHosted.idlePowerFraction },
    set: { $0.selfHosted.idlePowerFraction = $1 })
  public static let pue = number(
    "selfHosted.pue", "pue", .atLeast(1), .quantity, value(1.4), "Buy: facility PUE", appliesTo: .buy,
    get: { $0.selfHosted.pue }, set: { $0.selfHosted.pue = $1 })
  public static let electricityPerKWh = number(
    "selfHosted.electricityPerKWh", "electricity-price", .atLeast(0), .money, value(0.10), "Buy: USD per kWh",
    appliesTo: .buy, get: { $0.selfHosted.electricityPerKWh }, set: { $0.selfHosted.electricityPerKWh = $1 })
  public static let colocationPerKWMonth = number(
    "selfHosted.colocationPerKWMonth", "colocation-price", .atLeast(0), .money, value(0),
    "Buy: USD per provisioned kW per month", appliesTo: .buy, get: { $0.selfHosted.colocationPerKWMonth },
    set: { $0.selfHosted.colocationPerKWMonth = $1 })
  public static let staffFTE = number(
    "selfHosted.staffFTE", "staff-fte", .atLeast(0), .quantity, value(0.5), "Engineers needed to run it",
    get: { $0.selfHosted.staffFTE }, set: { $0.selfHosted.staffFTE = $1 })
  public static let staffCostPerYear = number(
    "selfHosted.staffCostPerYear", "staff-cost", .atLeast(0), .money, value(200_000),
    "Loaded yearly cost per engineer", get: { $0.selfHosted.staffCostPerYear },
    set: { $0.selfHosted.staffCostPerYear = $1 })
  public static let otherMonthly = number(
    "selfHosted.otherMonthly", "other-monthly", .atLeast(0), .money, value(0), "Monitoring, storage, licences per month",
    get: { $0.selfHosted.otherMonthly }, set: { $0.selfHosted.otherMonthly = $1 })
  public static let selfHostedSetupCost = number(
    "selfHosted.setupCost", "setup-cost", .atLeast(0), .money, value(0), "One-time cost to set up self-hosting",
    get: { $0.selfHosted.setupCost }, set: { $0.selfHosted.setupCost = $1 })
  public static let gpuPriceChange = number(
    "selfHosted.annualPriceChange", "gpu-price-change", .above(-1, upTo: 10), .share, value(0),
    "Yearly change of GPU rent and prices", get: { $0.selfHosted.annualPriceChange },
    set: { $0.selfHosted.annualPriceChange = $1 })

  // MARK: top level, constraints, hybrid

  public static let horizonMonths = other(
    "horizonMonths", "horizon-months", .integer(lower: 1, upper: 600), .value(.integer(36)),
    "Length of the projection in months", get: { .integer($0.horizonMonths) })
  public static let startMonth = other(
    "startMonth", "start-month", .month, .sameAs("the month of the catalog's date"),
    "First month of the horizon (YYYY-MM): month m pays the API prices in force then",
    get: { s in
      guard let start = s.api.horizonStart, s.api.schedule?.changes.isEmpty == false else { return nil }
      return .text(String(start.description.prefix(7)))
    })
  public static let discountRate = number(
    "discountRate", "discount-rate", .atLeast(0), .share, value(0.08), "Yearly discount rate for NPV",
    get: { $0.discountRate }, set: { $0.discountRate = $1 })
  public static let dataMustStayInPerimeter = other(
    "constraints.dataMustStayInPerimeter", "data-must-stay-in-perimeter", .bool, .value(.bool(false)),
    "Rule out the API route", get: { .bool($0.constraints.dataMustStayInPerimeter) })
  public static let needsFrontierModel = other(
    "constraints.needsFrontierModel", "needs-frontier-model", .bool, .value(.bool(false)), "Rule out self-hosting",
    get: { .bool($0.constraints.needsFrontierModel) })
  public static let teamSize = other(
    "constraints.teamSize", "team-size", .integer(lower: 0, upper: 1_000_000), .none,
    "Engineers on the team (advisory under 3)", get: { $0.constraints.teamSize.map { .integer($0) } })
  public static let latencyBudgetMs = number(
    "constraints.latencyBudgetMs", "latency-budget-ms", .above(0), .quantity, .none,
    "Latency budget in ms (advisory only; see --ttft-target-ms)", get: { $0.constraints.latencyBudgetMs },
    set: { $0.constraints.latencyBudgetMs = $1 })
  public static let frontierShare = number(
    "hybrid.frontierShare", "frontier-share", .closed(0, 1), .share, value(0),
    "Hybrid: traffic that must stay on the API", get: { $0.hybrid.frontierShare }, set: { $0.hybrid.frontierShare = $1 })

  /// Every input of the profile format, in the order of the specification.
  public static let all: [InputDescriptor] = [
    tokensPerDay, inputShare, inputTokensPerDay, outputTokensPerDay, requestsPerDay, requestsPerMonth,
    inputTokensPerRequest, outputTokensPerRequest, cachedInputShare, batchShare, monthlyGrowth, hourlyShape,
    longContextShare,
    apiModel, apiInputPrice, apiCachedInputPrice, apiOutputPrice, apiBatchDiscount, apiDiscount, apiPriceChange,
    apiFixedMonthly, apiSetupCost, apiServiceTier,
    model, gpu, precision, gpusPerReplica, prefillTokensPerSecond, decodeTokensPerSecond, engine, ttftTargetMs,
    tpotTargetMs, prefixCaching, utilization,
    maxLoad, minReplicas, spareReplicas, provisioning, acquisition, gpuHourlyRate, reservedDiscount, gpuPurchasePrice, serverOverhead,
    depreciationMonths, residualValue, costOfCapital, maintenancePerYear, gpuPowerWatts, powerOverhead,
    idlePowerFraction, pue, electricityPerKWh, colocationPerKWMonth, staffFTE, staffCostPerYear, otherMonthly,
    selfHostedSetupCost, gpuPriceChange,
    horizonMonths, startMonth, discountRate, dataMustStayInPerimeter, needsFrontierModel, teamSize, latencyBudgetMs,
    frontierShare,
  ]

  /// The input at a JSON path.
  public static func at(_ path: String) -> InputDescriptor? { all.first { $0.path == path } }
  /// The input set by a flag (without dashes).
  public static func withFlag(_ flag: String) -> InputDescriptor? { all.first { $0.flag == flag } }

  /// The scenario parameters of every real-valued input, in table order.
  public static let parameters: [ScenarioParameter] = all.compactMap(\.parameter)

  /// The scenario parameter at a JSON path.
  public static func parameter(_ path: String) -> ScenarioParameter? { parameters.first { $0.name == path } }

  /// Keys allowed in each object of a profile; "" is the root.
  public static let sections: [String: [String]] = {
    var map: [String: [String]] = ["": ["name", "workload", "api", "selfHosted", "constraints", "hybrid"]]
    for input in all { map[input.section, default: []].append(input.key) }
    return map
  }()
}

extension VolumeForm {
  /// The form with its request count replaced, when it is stated in requests of that period.
  func settingRequests(_ x: Double, perMonth: Bool) -> VolumeForm {
    guard case .requests(_, let m, let i, let o) = self, m == perMonth else { return self }
    return .requests(requests: x, perMonth: m, inputTokensPerRequest: i, outputTokensPerRequest: o)
  }
}
