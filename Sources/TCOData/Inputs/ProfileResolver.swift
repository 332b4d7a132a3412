import TCOModel

/// A profile resolved against the catalog: the scenario, and notes about where figures came from.
public struct ResolvedProfile: Sendable {
  public var scenario: Scenario
  public var name: String?
  /// Warnings raised while resolving (estimates used, benchmark basis, batch API missing).
  public var warnings: [String]
  /// Inputs given as distributions; the scenario holds their medians.
  public var distributions: [(parameter: ScenarioParameter, distribution: Distribution)] = []
  /// The catalog entries the scenario used, for provenance in reports.
  public var apiEntry: APIModelEntry?
  public var gpuEntry: GPUEntry?
  public var throughputEntry: ThroughputEntry?
  /// The capacity model's estimate the serving rates come from; `nil` when the rates were given.
  public var serving: ServingResolution?
  /// The configuration `--gpu auto` chose and the alternatives it weighed; `nil` without `auto`.
  public var gpuChoice: GPUChoice?
  /// The date of the catalog the profile was priced with.
  public var catalogAsOf: String = ""
}

extension ProfileValues {
  /// Fills every default and catalog figure and checks the rules that span several fields.
  public func resolve(catalog: Catalog) throws(ProfileError) -> ResolvedProfile {
    var warnings: [String] = []
    let workload = try resolveWorkload()
    let (api, apiEntry) = try resolveAPI(catalog: catalog, workload: workload, warnings: &warnings)
    if text(.gpu) == GPUChoice.auto { return try resolveAutoGPU(catalog: catalog) }
    let (selfHosted, gpuEntry, throughputEntry, serving) = try resolveSelfHosted(
      catalog: catalog, workload: workload, warnings: &warnings)
    let constraints = Constraints(
      dataMustStayInPerimeter: boolOrDefault(.dataMustStayInPerimeter),
      needsFrontierModel: boolOrDefault(.needsFrontierModel),
      teamSize: integer(.teamSize),
      latencyBudgetMs: number(.latencyBudgetMs))
    let scenario = Scenario(
      workload: workload, api: api, selfHosted: selfHosted, horizonMonths: integerOrDefault(.horizonMonths),
      discountRate: numberOrDefault(.discountRate), constraints: constraints,
      hybrid: HybridSettings(frontierShare: numberOrDefault(.frontierShare)))
    return ResolvedProfile(
      scenario: scenario, name: name, warnings: warnings, distributions: distributions, apiEntry: apiEntry,
      gpuEntry: gpuEntry, throughputEntry: throughputEntry, serving: serving, catalogAsOf: catalog.asOf)
  }

  func resolveWorkload() throws(ProfileError) -> Workload {
    let names = [
      "tokensPerDay with inputShare", "inputTokensPerDay with outputTokensPerDay",
      "requestsPerMonth (or requestsPerDay) with inputTokensPerRequest and outputTokensPerRequest",
    ]
    let present = VolumeFields.forms.indices.filter { setsAny(of: VolumeFields.forms[$0]) }
    if present.isEmpty {
      throw ProfileError(path: "workload", message: "no daily volume given: set " + names.joined(separator: "; or "))
    }
    if present.count > 1 {
      let paths = present.compactMap { i in VolumeFields.forms[i].first { values[$0] != nil } }
      throw error(
        paths[1],
        "the volume is given two ways (\(paths.map { "'\($0)'" }.joined(separator: " and "))): use one of "
          + names.joined(separator: "; "))
    }
    func required(_ path: String, with other: String) throws(ProfileError) -> Double {
      guard let x = number(path) else { throw error(other, "needs '\(path)' too") }
      return x
    }
    let volume: VolumeForm
    switch present[0] {
    case 0:
      let anchor = values["workload.tokensPerDay"] != nil ? "workload.tokensPerDay" : "workload.inputShare"
      volume = .tokens(
        tokensPerDay: try required("workload.tokensPerDay", with: anchor),
        inputShare: try required("workload.inputShare", with: anchor))
    case 1:
      let anchor =
        values["workload.inputTokensPerDay"] != nil ? "workload.inputTokensPerDay" : "workload.outputTokensPerDay"
      volume = .inputOutput(
        inputTokensPerDay: try required("workload.inputTokensPerDay", with: anchor),
        outputTokensPerDay: try required("workload.outputTokensPerDay", with: anchor))
    default:
      let perDay = number(.requestsPerDay)
      let perMonth = number(.requestsPerMonth)
      let anchor = VolumeFields.requests.first { values[$0] != nil }!
      if perDay != nil && perMonth != nil {
        throw error("workload.requestsPerDay", "give requestsPerDay or requestsPerMonth, not both")
      }
      guard let requests = perDay ?? perMonth else {
        throw error(anchor, "needs 'workload.requestsPerMonth' (or 'workload.requestsPerDay') too")
      }
      volume = .requests(
        requests: requests, perMonth: perMonth != nil,
        inputTokensPerRequest: try required("workload.inputTokensPerRequest", with: anchor),
        outputTokensPerRequest: try required("workload.outputTokensPerRequest", with: anchor))
    }
    // Tokens per request: the volume's own with requests, else an optional shape beside it.
    var shape: RequestTokens?
    if case .requests = volume {
    } else if values["workload.inputTokensPerRequest"] != nil || values["workload.outputTokensPerRequest"] != nil {
      let anchor =
        values["workload.inputTokensPerRequest"] != nil
        ? "workload.inputTokensPerRequest" : "workload.outputTokensPerRequest"
      shape = RequestTokens(
        inputTokens: try required("workload.inputTokensPerRequest", with: anchor),
        outputTokens: try required("workload.outputTokensPerRequest", with: anchor))
    }
    let total = volume.inputTokensPerDay + volume.outputTokensPerDay
    guard total > 0 else {
      throw ProfileError(
        path: "workload", message: "the daily volume is zero: input plus output tokens must be above 0")
    }
    guard total <= InputDescriptor.largest else {
      throw ProfileError(path: "workload", message: "the daily volume \(Format.number(total)) tokens is above 1e15")
    }
    var workload = Workload(
      volume: volume, cachedInputShare: numberOrDefault(.cachedInputShare),
      batchShare: numberOrDefault(.batchShare), monthlyGrowth: numberOrDefault(.monthlyGrowth),
      hourlyShape: self.shape(.hourlyShape))
    workload.statedRequestTokens = shape
    return workload
  }

  func unknownID(_ path: String, _ id: String, kind: String, in ids: [String]) -> ProfileError {
    let hints = closestMatches(to: id, in: ids)
    let hint = hints.isEmpty ? " See 'llm-tco catalog'." : " Did you mean \(quotedList(hints))?"
    return error(path, "unknown \(kind) '\(shownInput(id))'.\(hint)")
  }

  func resolveAPI(
    catalog: Catalog, workload: Workload, warnings: inout [String]
  ) throws(ProfileError) -> (APIPricing, APIModelEntry?) {
    var entry: APIModelEntry?
    if let id = text(.apiModel) {
      guard let found = catalog.apiModel(id) else {
        throw unknownID("api.model", id, kind: "API model", in: catalog.apiModels.map(\.id))
      }
      entry = found
    }
    // The horizon starts in `startMonth`, else in the month of the catalog's date (never the clock).
    var start = catalog.asOfDate.flatMap { CalendarDate(year: $0.year, month: $0.month) }
    if let text = text(.startMonth) {
      guard let month = CalendarDate(parsing: text) else {
        throw error("startMonth", "must be \(InputDescriptor.startMonth.allowed), got '\(text)'")
      }
      start = month
    }
    let tier = ServiceTier(rawValue: textOrDefault(.apiServiceTier)) ?? .standard
    let listed = entry.map { $0.prices(on: start).base.standard }
    guard let input = number(.apiInputPrice) ?? listed?.inputPerMTok else {
      throw error("api.inputPerMTok", "is required: set 'api.model' to a catalog model, or give the API's prices")
    }
    guard let output = number(.apiOutputPrice) ?? listed?.outputPerMTok else {
      throw error("api.outputPerMTok", "is required: set 'api.model' to a catalog model, or give the API's prices")
    }
    let cached = number(.apiCachedInputPrice) ?? listed?.perMTok(.cachedInput) ?? input
    let schedule = entry?.schedule
    let statedBatch = number(.apiBatchDiscount)
    var api = APIPricing(
      model: entry?.id, inputPerMTok: input, cachedInputPerMTok: cached, outputPerMTok: output,
      batchDiscount: statedBatch ?? (entry == nil ? numberOrDefault(.apiBatchDiscount) : 0),
      discount: numberOrDefault(.apiDiscount), annualPriceChange: numberOrDefault(.apiPriceChange),
      fixedMonthly: numberOrDefault(.apiFixedMonthly), setupCost: numberOrDefault(.apiSetupCost),
      schedule: schedule, horizonStart: start, serviceTier: tier, longContextShare: number(.longContextShare))
    api.batchDiscountOverridesSchedule = schedule != nil && statedBatch != nil
    if let entry, let schedule, let start {
      warnings += priceWarnings(
        entry: entry, schedule: schedule, start: start, workload: workload, api: api, catalog: catalog)
    } else if tier != .standard {
      warnings.append(
        "api.serviceTier '\(tier.rawValue)' applies to catalog models only: the stated prices were used as they are.")
    }
    return (api, entry)
  }

  /// What a reader of the API cost must know: tiers without a request shape, batch or service
  /// tiers the source does not list, dated price changes inside the horizon, deprecation.
  func priceWarnings(
    entry: APIModelEntry, schedule: APIPriceSchedule, start: CalendarDate, workload: Workload, api: APIPricing,
    catalog: Catalog
  ) -> [String] {
    var warnings: [String] = []
    let id = entry.id
    let list = schedule.prices(on: start)
    let shape: RequestShape =
      api.longContextShare.map { .longContextShare($0) }
      ?? workload.requestTokens.map { .inputTokensPerRequest($0.inputTokens) } ?? .unknown
    if let first = list.longContextTiers.first {
      let threshold = Format.count(first.aboveInputTokens)
      let prices =
        "input \(Format.price(list.base.standard.inputPerMTok)) -> \(Format.price(first.prices.standard.inputPerMTok)), "
        + "output \(Format.price(list.base.standard.outputPerMTok)) -> \(Format.price(first.prices.standard.outputPerMTok))"
        + " per 1M"
      switch shape {
      case .unknown:
        warnings.append(
          "\(id) charges more for every token of a request above \(threshold) input tokens (\(prices)). The profile "
            + "gives no request shape, so every request was assumed to be at or below \(threshold) input tokens; set "
            + "workload.inputTokensPerRequest or workload.longContextShare.")
      case .longContextShare(let share) where share > 0 && list.longContextTiers.count > 1:
        warnings.append(
          "\(id) has \(list.longContextTiers.count) long-context tiers; workload.longContextShare prices its share at "
            + "the lowest (above \(threshold) input tokens). Set workload.inputTokensPerRequest for the higher ones.")
      case .inputTokensPerRequest(let n) where n > first.aboveInputTokens:
        let band = list.band(forInputTokensPerRequest: n)
        warnings.append(
          "Requests of \(Format.count(n)) input tokens are above \(id)'s long-context threshold: all their tokens pay "
            + "\(Format.price(band.standard.inputPerMTok)) input, \(Format.price(band.standard.outputPerMTok)) output "
            + "per 1M.")
      default: break
      }
    }
    if workload.batchShare > 0, !api.batchDiscountOverridesSchedule {
      let bands = [list.base] + list.longContextTiers.map(\.prices)
      if bands.allSatisfy({ $0.batch == nil }) {
        warnings.append(
          "The catalog lists no batch price for \(id), so its batch share is billed at standard prices; set "
            + "api.batchDiscount if the provider offers one.")
      }
    }
    if api.serviceTier != .standard, !list.base.lists(api.serviceTier) {
      warnings.append(
        "\(id) lists no '\(api.serviceTier.rawValue)' prices in its source: standard prices were used.")
    }
    for change in schedule.changes where change.start > start {
      let months = (change.start.year - start.year) * 12 + change.start.month - start.month
      guard months < integerOrDefault(.horizonMonths) else { continue }
      let old = schedule.changes.last { $0.start < change.start }?.prices ?? schedule.initial
      warnings.append(
        "\(id)'s prices change on \(change.start) (month \(months) of the horizon): input "
          + "\(Format.price(old.base.standard.inputPerMTok)) -> \(Format.price(change.prices.base.standard.inputPerMTok)), "
          + "output \(Format.price(old.base.standard.outputPerMTok)) -> "
          + "\(Format.price(change.prices.base.standard.outputPerMTok)) per 1M; the horizon uses the new prices from then."
      )
    }
    if let date = catalog.asOfDate {
      if let days = schedule.daysUntilDeprecation(from: date), let d = schedule.deprecationDate {
        if days <= 0 {
          warnings.append(
            "\(id) was deprecated on \(d), before the catalog date \(catalog.asOf): the provider may no longer serve it. "
              + "Price its successor.")
        } else if days <= 90 {
          warnings.append(
            "\(id) is deprecated on \(d), \(days) days after the catalog date \(catalog.asOf): price its successor too."
          )
        }
      } else if schedule.deprecatedWithoutDate {
        warnings.append("\(id) is marked deprecated in its source (no date given): price its successor too.")
      }
    }
    return warnings
  }

  func resolveSelfHosted(
    catalog: Catalog, workload: Workload, warnings: inout [String]
  ) throws(ProfileError) -> (SelfHosting, GPUEntry?, ThroughputEntry?, ServingResolution?) {
    var gpuEntry: GPUEntry?
    let gpuID = text(.gpu)
    if let id = gpuID {
      gpuEntry = catalog.gpu(id)
      if gpuEntry == nil && CapacityCatalog.gpu(id) == nil {
        throw unknownID("selfHosted.gpu", id, kind: "GPU", in: catalog.gpus.map(\.id))
      }
    }
    let explicitServing =
      number(.prefillTokensPerSecond) != nil && number(.decodeTokensPerSecond) != nil
    var throughputEntry: ThroughputEntry?
    var serving: ServingResolution?
    var precision = text(.precision)
    if let precision, !catalog.precisions.contains(precision), !explicitServing {
      throw unknownID("selfHosted.precision", precision, kind: "precision", in: catalog.precisions)
    }
    if let model = text(.model) {
      guard catalog.selfHostedModels.contains(model) else {
        throw unknownID("selfHosted.model", model, kind: "open-weight model", in: catalog.selfHostedModels)
      }
      if gpuID == nil, !explicitServing {
        throw ProfileError(
          path: "selfHosted.gpu",
          message: "is required to size '\(model)': one of " + quotedList(CapacityCatalog.gpus.map(\.id))
            + ", or 'auto' to pick the cheapest",
          origin: origins["selfHosted.model"])
      }
      if let architecture = CapacityCatalog.model(model), let id = gpuID, !explicitServing {
        // The capacity model: memory fit, batch and rates for the workload's request shape.
        guard let spec = CapacityCatalog.gpu(id) else {
          throw error(
            "selfHosted.gpu",
            "the capacity model has no hardware figures for '\(id)' (it knows "
              + quotedList(CapacityCatalog.gpus.map(\.id))
              + "); give selfHosted.prefillTokensPerSecond and decodeTokensPerSecond")
        }
        let format: WeightPrecision
        if let given = precision {
          guard let p = WeightPrecision(rawValue: given), architecture.precisions.contains(p) else {
            throw error(
              "selfHosted.precision",
              "'\(given)' is not a format \(model) is served in; allowed: "
                + quotedList(architecture.precisions.map(\.rawValue)))
          }
          format = p
        } else {
          format = Self.defaultPrecision(for: architecture)
        }
        precision = format.rawValue
        let resolved = try resolveServing(
          model: architecture, gpu: spec, precision: format, gpusPerReplica: integer(.gpusPerReplica),
          workload: workload)
        serving = resolved
      } else if let id = gpuID {
        // A model with benchmark points only: the catalog's two-constant fit.
        let onGPU = catalog.throughput(model: model, gpu: id)
        let options = catalog.throughput(model: model).map { "\($0.gpu) (\($0.precision))" }.joined(separator: ", ")
        if onGPU.isEmpty && !explicitServing {
          throw error(
            "selfHosted.gpu",
            "the catalog has no throughput for '\(model)' on '\(id)'; it has \(options). Or give "
              + "selfHosted.prefillTokensPerSecond, decodeTokensPerSecond and gpusPerReplica")
        }
        if precision == nil { precision = (onGPU.first { $0.precision == "fp8" } ?? onGPU.first)?.precision }
        throughputEntry = onGPU.first { $0.precision == precision }
        if throughputEntry == nil && !explicitServing {
          throw error(
            "selfHosted.precision",
            "the catalog has no '\(precision ?? "")' figures for '\(model)' on '\(id)'; it has "
              + quotedList(onGPU.map(\.precision)))
        }
      }
    }
    let fit = throughputEntry?.fit
    let modelled = serving?.estimate
    guard
      let prefill = number(.prefillTokensPerSecond) ?? modelled?.prefillTokensPerSecond
        ?? fit?.prefillTokensPerSecond
    else {
      throw error(
        "selfHosted.prefillTokensPerSecond",
        "is required: set selfHosted.model and selfHosted.gpu to catalog ids, or give the serving rates")
    }
    guard let decode = number(.decodeTokensPerSecond) ?? modelled?.decodeTokensPerSecond ?? fit?.decodeTokensPerSecond
    else {
      throw error(
        "selfHosted.decodeTokensPerSecond",
        "is required: set selfHosted.model and selfHosted.gpu to catalog ids, or give the serving rates")
    }
    let acquisition = Acquisition(rawValue: text(.acquisition) ?? "rent") ?? .rent
    let provisioning = Provisioning(rawValue: text(.provisioning) ?? "always-on") ?? .alwaysOn
    if provisioning == .autoscaled && acquisition == .buy {
      throw error(
        "selfHosted.provisioning", "'autoscaled' is for rented GPUs only: owned GPUs cost the same busy or idle")
    }
    let minReplicas = integerOrDefault(.minReplicas)
    if provisioning == .alwaysOn && minReplicas < 1 {
      throw error(
        "selfHosted.minReplicas", "must be at least 1 for always-on provisioning (0 is allowed with autoscaled)")
    }
    var hourly = number(.gpuHourlyRate)
    var purchase = number(.gpuPurchasePrice)
    var watts = number(.gpuPowerWatts)
    let gpuName = gpuEntry.map { "'\($0.id)'" } ?? "the GPU"
    switch acquisition {
    case .rent:
      hourly = hourly ?? gpuEntry?.rentPerHourTypical
      if hourly == nil {
        throw error(
          "selfHosted.gpuHourlyRate",
          gpuEntry == nil
            ? "is required to rent: set selfHosted.gpu to a catalog id, or give the rate"
            : "is required: the catalog has no rent for \(gpuName)",
          causedBy: ["selfHosted.acquisition", "selfHosted.gpu"])
      }
    case .buy:
      if purchase == nil { purchase = gpuEntry?.purchasePrice }
      if let g = gpuEntry, let p = purchase, p == g.purchasePrice,
        g.purchasePriceIsEstimate || g.purchasePriceNote != nil
      {
        warnings.append(
          "The purchase price of \(g.id) (\(Format.money(p))) is \(g.purchasePriceNote ?? "an estimate"); "
            + "set selfHosted.gpuPurchasePrice to your quote.")
      }
      if purchase == nil {
        throw error(
          "selfHosted.gpuPurchasePrice",
          gpuEntry == nil
            ? "is required to buy: set selfHosted.gpu to a catalog id, or give the price"
            : "is required: no source in the catalog gives a purchase price for \(gpuName)",
          causedBy: ["selfHosted.acquisition", "selfHosted.gpu"])
      }
      if watts == nil { watts = gpuEntry?.boardPowerWatts }
      if let g = gpuEntry, let w = watts, w == g.boardPowerWatts, g.powerIsEstimate {
        warnings.append(
          "The board power of \(g.id) (\(Format.number(w)) W) is an unsourced estimate; set selfHosted.gpuPowerWatts "
            + "to your hardware's figure.")
      }
      if watts == nil {
        throw error(
          "selfHosted.gpuPowerWatts",
          gpuEntry == nil
            ? "is required to buy: set selfHosted.gpu to a catalog id, or give the power"
            : "is required: no source in the catalog gives the power of \(gpuName)",
          causedBy: ["selfHosted.acquisition", "selfHosted.gpu"])
      }
    }
    // Warn about the figures in use, whoever typed them: a result's inputs fed back warn alike.
    if let t = throughputEntry, let fit, t.basis == .maxThroughput,
      prefill == fit.prefillTokensPerSecond || decode == fit.decodeTokensPerSecond
    {
      warnings.append(
        "Throughput of \(t.model) on \(t.gpu) (\(t.precision)) is fitted to \(t.engine) max-throughput "
          + "benchmarks: an upper bound that a service under latency targets will not reach; "
          + "the target utilization must leave room for that.")
    }
    if let serving { warnings.append(serving.warning) }
    let selfHosted = SelfHosting(
      model: text(.model), gpu: gpuEntry?.id ?? gpuID, precision: throughputEntry?.precision ?? precision,
      gpusPerReplica: integer(.gpusPerReplica) ?? serving?.estimate.gpusPerReplica ?? throughputEntry?.gpusPerReplica
        ?? 1,
      prefillTokensPerSecond: prefill, decodeTokensPerSecond: decode,
      prefixCaching: boolOrDefault(.prefixCaching), utilization: numberOrDefault(.utilization),
      minReplicas: minReplicas, provisioning: provisioning, acquisition: acquisition, gpuHourlyRate: hourly,
      reservedDiscount: numberOrDefault(.reservedDiscount), gpuPurchasePrice: purchase,
      serverOverhead: numberOrDefault(.serverOverhead),
      depreciationMonths: integerOrDefault(.depreciationMonths),
      residualValue: numberOrDefault(.residualValue),
      costOfCapital: numberOrDefault(.costOfCapital),
      maintenancePerYear: numberOrDefault(.maintenancePerYear), gpuPowerWatts: watts,
      powerOverhead: numberOrDefault(.powerOverhead),
      idlePowerFraction: numberOrDefault(.idlePowerFraction), pue: numberOrDefault(.pue),
      electricityPerKWh: numberOrDefault(.electricityPerKWh),
      colocationPerKWMonth: numberOrDefault(.colocationPerKWMonth),
      staffFTE: numberOrDefault(.staffFTE),
      staffCostPerYear: numberOrDefault(.staffCostPerYear),
      otherMonthly: numberOrDefault(.otherMonthly), setupCost: numberOrDefault(.selfHostedSetupCost),
      annualPriceChange: numberOrDefault(.gpuPriceChange), maxLoad: numberOrDefault(.maxLoad),
      spareReplicas: integerOrDefault(.spareReplicas))
    return (selfHosted, gpuEntry, throughputEntry, serving)
  }
}

extension ResolvedProfile {
  /// The resolved profile as JSON, every default filled in and distributions kept as given:
  /// feeding it back gives the same result.
  public var inputsJSON: JSONValue {
    var document = scenario.profileJSON(name: name)
    if let serving {
      // Rates the capacity model derived are left out (feeding the inputs back derives them
      // again); the engine and targets it used are written in their place.
      let h = scenario.selfHosted
      if h.prefillTokensPerSecond == serving.estimate.prefillTokensPerSecond,
        h.decodeTokensPerSecond == serving.estimate.decodeTokensPerSecond
      {
        document = document.removing(path: ["selfHosted", "prefillTokensPerSecond"])
          .removing(path: ["selfHosted", "decodeTokensPerSecond"])
      }
      document = document.replacing(path: ["selfHosted", "engine"], with: .string(serving.engine.rawValue))
      if let t = serving.ttftTargetMs {
        document = document.replacing(path: ["selfHosted", "ttftTargetMs"], with: .number(t))
      }
      if let t = serving.tpotTargetMs {
        document = document.replacing(path: ["selfHosted", "tpotTargetMs"], with: .number(t))
      }
    }
    for (parameter, distribution) in distributions {
      document = document.replacing(
        path: parameter.name.split(separator: ".").map(String.init), with: distribution.json)
    }
    return document
  }

  /// A note for commands that do not simulate: which inputs are distributions and that their
  /// medians were used.
  public var medianNote: String? {
    guard !distributions.isEmpty else { return nil }
    let listed = distributions.map { "\($0.parameter.name) = \(Format.significant($0.distribution.median, 4))" }
    return "\(distributions.count) input\(distributions.count == 1 ? " is a distribution" : "s are distributions"); "
      + "this uses the median\(distributions.count == 1 ? "" : "s") (\(listed.joined(separator: ", "))). "
      + "Run 'llm-tco simulate' for the spread."
  }
}

extension JSONValue {
  /// The document without the member at `path` (object keys); unchanged when it is absent.
  public func removing(path: [String]) -> JSONValue {
    guard let first = path.first, case .object(var members) = self else { return self }
    guard let i = members.firstIndex(where: { $0.key == first }) else { return self }
    if path.count == 1 {
      members.remove(at: i)
    } else {
      members[i].value = members[i].value.removing(path: Array(path.dropFirst()))
    }
    return .object(members)
  }

  /// The document with the value at `path` (object keys) replaced; missing keys are created.
  public func replacing(path: [String], with value: JSONValue) -> JSONValue {
    guard let first = path.first else { return value }
    guard case .object(var members) = self else { return self }
    if let i = members.firstIndex(where: { $0.key == first }) {
      members[i].value = members[i].value.replacing(path: Array(path.dropFirst()), with: value)
    } else {
      members.append((first, JSONValue.object([]).replacing(path: Array(path.dropFirst()), with: value)))
    }
    return .object(members)
  }
}

extension ProfileValues {
  /// The built-in example: a support assistant at 5M tokens/day, gpt-4o against llama-3.1-70b
  /// on rented H100 SXM GPUs.
  public static var builtInExample: ProfileValues {
    var v = ProfileValues()
    v.name = "Support assistant (built-in example)"
    v.set("workload.tokensPerDay", .number(5_000_000), origin: .builtIn)
    v.set("workload.inputShare", .number(0.75), origin: .builtIn)
    v.set("api.model", .text("gpt-4o"), origin: .builtIn)
    v.set("selfHosted.model", .text("llama-3.1-70b"), origin: .builtIn)
    v.set("selfHosted.gpu", .text("h100-sxm"), origin: .builtIn)
    v.set("selfHosted.precision", .text("fp8"), origin: .builtIn)
    return v
  }
}

extension Scenario {
  /// The scenario as a profile document with every input filled in: feeding it back to the
  /// resolver gives the same scenario. Written from the input descriptors.
  public func profileJSON(name: String? = nil) -> JSONValue {
    var document = JSONValue.object([])
    for section in ["workload", "api", "selfHosted", "constraints", "hybrid"] {
      document = document.replacing(path: [section], with: .object([]))
    }
    for input in InputDescriptor.all {
      guard let value = input.read(self) else { continue }
      document = document.replacing(path: input.path.split(separator: ".").map(String.init), with: value.json)
    }
    if let name { document = document.replacing(path: ["name"], with: .string(name)) }
    return document
  }
}

extension FieldValue {
  /// The value as profile JSON.
  public var json: JSONValue {
    switch self {
    case .number(let x): return .number(x)
    case .integer(let i): return .number(Double(i))
    case .bool(let b): return .bool(b)
    case .text(let t): return .string(t)
    case .shape(let w): return .array(w.map { .number($0) })
    case .distribution(let d): return d.json
    }
  }
}
