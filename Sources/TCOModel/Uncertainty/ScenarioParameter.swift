/// A real-valued input of a scenario, by its profile path: read it, or write a new value
/// (used to draw samples, sweep and move one input at a time). Switching on the case is cheap.
public enum ScenarioParameter: String, CaseIterable, Sendable {
  case tokensPerDay = "workload.tokensPerDay"
  case inputShare = "workload.inputShare"
  case inputTokensPerDay = "workload.inputTokensPerDay"
  case outputTokensPerDay = "workload.outputTokensPerDay"
  case requestsPerDay = "workload.requestsPerDay"
  case requestsPerMonth = "workload.requestsPerMonth"
  case inputTokensPerRequest = "workload.inputTokensPerRequest"
  case outputTokensPerRequest = "workload.outputTokensPerRequest"
  case cachedInputShare = "workload.cachedInputShare"
  case batchShare = "workload.batchShare"
  case monthlyGrowth = "workload.monthlyGrowth"
  case apiInputPrice = "api.inputPerMTok"
  case apiCachedInputPrice = "api.cachedInputPerMTok"
  case apiOutputPrice = "api.outputPerMTok"
  case apiBatchDiscount = "api.batchDiscount"
  case apiDiscount = "api.discount"
  case apiPriceChange = "api.annualPriceChange"
  case apiFixedMonthly = "api.fixedMonthly"
  case apiSetupCost = "api.setupCost"
  case prefillTokensPerSecond = "selfHosted.prefillTokensPerSecond"
  case decodeTokensPerSecond = "selfHosted.decodeTokensPerSecond"
  case utilization = "selfHosted.utilization"
  case gpuHourlyRate = "selfHosted.gpuHourlyRate"
  case reservedDiscount = "selfHosted.reservedDiscount"
  case gpuPurchasePrice = "selfHosted.gpuPurchasePrice"
  case serverOverhead = "selfHosted.serverOverhead"
  case residualValue = "selfHosted.residualValue"
  case costOfCapital = "selfHosted.costOfCapital"
  case maintenancePerYear = "selfHosted.maintenancePerYear"
  case gpuPowerWatts = "selfHosted.gpuPowerWatts"
  case powerOverhead = "selfHosted.powerOverhead"
  case idlePowerFraction = "selfHosted.idlePowerFraction"
  case pue = "selfHosted.pue"
  case electricityPerKWh = "selfHosted.electricityPerKWh"
  case colocationPerKWMonth = "selfHosted.colocationPerKWMonth"
  case staffFTE = "selfHosted.staffFTE"
  case staffCostPerYear = "selfHosted.staffCostPerYear"
  case otherMonthly = "selfHosted.otherMonthly"
  case selfHostedSetupCost = "selfHosted.setupCost"
  case gpuPriceChange = "selfHosted.annualPriceChange"
  case discountRate = "discountRate"
  case latencyBudgetMs = "constraints.latencyBudgetMs"
  case frontierShare = "hybrid.frontierShare"
  case maxLoad = "hybrid.maxLoad"

  /// The registry entry of this input.
  public var field: ProfileField? { ProfileField.at(rawValue) }

  /// The input's value in `s`; `nil` when it does not apply (another volume form, say).
  public func value(in s: Scenario) -> Double? {
    let w = s.workload
    switch self {
    case .tokensPerDay: if case .tokens(let t, _) = w.volume { return t } else { return nil }
    case .inputShare: if case .tokens(_, let share) = w.volume { return share } else { return nil }
    case .inputTokensPerDay: if case .inputOutput(let i, _) = w.volume { return i } else { return nil }
    case .outputTokensPerDay: if case .inputOutput(_, let o) = w.volume { return o } else { return nil }
    case .requestsPerDay: if case .requests(let r, false, _, _) = w.volume { return r } else { return nil }
    case .requestsPerMonth: if case .requests(let r, true, _, _) = w.volume { return r } else { return nil }
    case .inputTokensPerRequest: if case .requests(_, _, let i, _) = w.volume { return i } else { return nil }
    case .outputTokensPerRequest: if case .requests(_, _, _, let o) = w.volume { return o } else { return nil }
    case .cachedInputShare: return w.cachedInputShare
    case .batchShare: return w.batchShare
    case .monthlyGrowth: return w.monthlyGrowth
    case .apiInputPrice: return s.api.inputPerMTok
    case .apiCachedInputPrice: return s.api.cachedInputPerMTok
    case .apiOutputPrice: return s.api.outputPerMTok
    case .apiBatchDiscount: return s.api.batchDiscount
    case .apiDiscount: return s.api.discount
    case .apiPriceChange: return s.api.annualPriceChange
    case .apiFixedMonthly: return s.api.fixedMonthly
    case .apiSetupCost: return s.api.setupCost
    case .prefillTokensPerSecond: return s.selfHosted.prefillTokensPerSecond
    case .decodeTokensPerSecond: return s.selfHosted.decodeTokensPerSecond
    case .utilization: return s.selfHosted.utilization
    case .gpuHourlyRate: return s.selfHosted.acquisition == .rent ? s.selfHosted.gpuHourlyRate : nil
    case .reservedDiscount: return s.selfHosted.acquisition == .rent ? s.selfHosted.reservedDiscount : nil
    case .gpuPurchasePrice: return s.selfHosted.acquisition == .buy ? s.selfHosted.gpuPurchasePrice : nil
    case .serverOverhead: return s.selfHosted.acquisition == .buy ? s.selfHosted.serverOverhead : nil
    case .residualValue: return s.selfHosted.acquisition == .buy ? s.selfHosted.residualValue : nil
    case .costOfCapital: return s.selfHosted.acquisition == .buy ? s.selfHosted.costOfCapital : nil
    case .maintenancePerYear: return s.selfHosted.acquisition == .buy ? s.selfHosted.maintenancePerYear : nil
    case .gpuPowerWatts: return s.selfHosted.acquisition == .buy ? s.selfHosted.gpuPowerWatts : nil
    case .powerOverhead: return s.selfHosted.acquisition == .buy ? s.selfHosted.powerOverhead : nil
    case .idlePowerFraction: return s.selfHosted.acquisition == .buy ? s.selfHosted.idlePowerFraction : nil
    case .pue: return s.selfHosted.acquisition == .buy ? s.selfHosted.pue : nil
    case .electricityPerKWh: return s.selfHosted.acquisition == .buy ? s.selfHosted.electricityPerKWh : nil
    case .colocationPerKWMonth: return s.selfHosted.acquisition == .buy ? s.selfHosted.colocationPerKWMonth : nil
    case .staffFTE: return s.selfHosted.staffFTE
    case .staffCostPerYear: return s.selfHosted.staffCostPerYear
    case .otherMonthly: return s.selfHosted.otherMonthly
    case .selfHostedSetupCost: return s.selfHosted.setupCost
    case .gpuPriceChange: return s.selfHosted.annualPriceChange
    case .discountRate: return s.discountRate
    case .latencyBudgetMs: return s.constraints.latencyBudgetMs
    case .frontierShare: return s.hybrid.frontierShare
    case .maxLoad: return s.hybrid.maxLoad
    }
  }

  /// Writes `x` into `s` (a volume input of another form is ignored).
  public func set(_ x: Double, in s: inout Scenario) {
    switch self {
    case .tokensPerDay:
      if case .tokens(_, let share) = s.workload.volume {
        s.workload.volume = .tokens(tokensPerDay: x, inputShare: share)
      }
    case .inputShare:
      if case .tokens(let t, _) = s.workload.volume { s.workload.volume = .tokens(tokensPerDay: t, inputShare: x) }
    case .inputTokensPerDay:
      if case .inputOutput(_, let o) = s.workload.volume {
        s.workload.volume = .inputOutput(inputTokensPerDay: x, outputTokensPerDay: o)
      }
    case .outputTokensPerDay:
      if case .inputOutput(let i, _) = s.workload.volume {
        s.workload.volume = .inputOutput(inputTokensPerDay: i, outputTokensPerDay: x)
      }
    case .requestsPerDay, .requestsPerMonth:
      if case .requests(_, let perMonth, let i, let o) = s.workload.volume {
        s.workload.volume = .requests(
          requests: x, perMonth: perMonth, inputTokensPerRequest: i, outputTokensPerRequest: o)
      }
    case .inputTokensPerRequest:
      if case .requests(let r, let perMonth, _, let o) = s.workload.volume {
        s.workload.volume = .requests(
          requests: r, perMonth: perMonth, inputTokensPerRequest: x, outputTokensPerRequest: o)
      }
    case .outputTokensPerRequest:
      if case .requests(let r, let perMonth, let i, _) = s.workload.volume {
        s.workload.volume = .requests(
          requests: r, perMonth: perMonth, inputTokensPerRequest: i, outputTokensPerRequest: x)
      }
    case .cachedInputShare: s.workload.cachedInputShare = x
    case .batchShare: s.workload.batchShare = x
    case .monthlyGrowth: s.workload.monthlyGrowth = x
    case .apiInputPrice: s.api.inputPerMTok = x
    case .apiCachedInputPrice: s.api.cachedInputPerMTok = x
    case .apiOutputPrice: s.api.outputPerMTok = x
    case .apiBatchDiscount: s.api.batchDiscount = x
    case .apiDiscount: s.api.discount = x
    case .apiPriceChange: s.api.annualPriceChange = x
    case .apiFixedMonthly: s.api.fixedMonthly = x
    case .apiSetupCost: s.api.setupCost = x
    case .prefillTokensPerSecond: s.selfHosted.prefillTokensPerSecond = x
    case .decodeTokensPerSecond: s.selfHosted.decodeTokensPerSecond = x
    case .utilization: s.selfHosted.utilization = x
    case .gpuHourlyRate: s.selfHosted.gpuHourlyRate = x
    case .reservedDiscount: s.selfHosted.reservedDiscount = x
    case .gpuPurchasePrice: s.selfHosted.gpuPurchasePrice = x
    case .serverOverhead: s.selfHosted.serverOverhead = x
    case .residualValue: s.selfHosted.residualValue = x
    case .costOfCapital: s.selfHosted.costOfCapital = x
    case .maintenancePerYear: s.selfHosted.maintenancePerYear = x
    case .gpuPowerWatts: s.selfHosted.gpuPowerWatts = x
    case .powerOverhead: s.selfHosted.powerOverhead = x
    case .idlePowerFraction: s.selfHosted.idlePowerFraction = x
    case .pue: s.selfHosted.pue = x
    case .electricityPerKWh: s.selfHosted.electricityPerKWh = x
    case .colocationPerKWMonth: s.selfHosted.colocationPerKWMonth = x
    case .staffFTE: s.selfHosted.staffFTE = x
    case .staffCostPerYear: s.selfHosted.staffCostPerYear = x
    case .otherMonthly: s.selfHosted.otherMonthly = x
    case .selfHostedSetupCost: s.selfHosted.setupCost = x
    case .gpuPriceChange: s.selfHosted.annualPriceChange = x
    case .discountRate: s.discountRate = x
    case .latencyBudgetMs: s.constraints.latencyBudgetMs = x
    case .frontierShare: s.hybrid.frontierShare = x
    case .maxLoad: s.hybrid.maxLoad = x
    }
  }
}
