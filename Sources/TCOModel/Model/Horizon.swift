/// One month of the projection: costs (accrual) and cash of both routes.
public struct HorizonMonth: Sendable, Equatable {
  public var month: Int
  /// Volume factor `v_m = (1 + g)^m`.
  public var volumeFactor: Double
  public var api: APICost
  public var selfHosted: SelfHostedCost
  /// Cash paid for the API route this month (setup included in month 0).
  public var apiCash: Double
  /// Cash paid for the self-hosted route this month (setup, purchases, replacements net of
  /// residual value, running costs).
  public var selfHostedCash: Double
  /// Buy: cash spent on new and replacement GPUs this month.
  public var purchases: Double
  /// Buy: residual value recovered from replaced GPUs this month.
  public var residualRecovered: Double
}

/// Totals of one year (12-month block; the last may be shorter) of the projection.
public struct HorizonYear: Sendable, Equatable {
  /// 1-based year number.
  public var year: Int
  public var months: Int
  public var api: Double
  public var selfHosted: Double
}

/// The multi-year projection of both routes, in cash.
public struct Horizon: Sendable, Equatable {
  public var months: [HorizonMonth]
  /// Buy: book value of the GPUs owned at the end, credited (as a negative cash flow) in month H.
  public var endCredit: Double
  public var apiTotal: Double
  public var selfHostedTotal: Double
  public var apiNPV: Double
  public var selfHostedNPV: Double
  /// First month at which cumulative self-hosted cash ≤ cumulative API cash; `nil` if never.
  public var paybackMonth: Int?
  public var years: [HorizonYear]
  /// API total − self-hosted total: positive when self-hosting saves.
  public var savings: Double { apiTotal - selfHostedTotal }
  public var npvSavings: Double { apiNPV - selfHostedNPV }
}

extension Scenario {
  /// Projects both routes month by month over `horizonMonths`, with growth, price trends,
  /// purchases, replacements and the end-of-horizon book value.
  public func horizon() throws(ModelError) -> Horizon {
    let s = selfHosted
    let h = horizonMonths
    let z1 = busyReplicas(volumeFactor: 1)
    let monthlyRate = discountRate / 12
    let lifetime = s.depreciationMonths
    let k = capitalPerGPU
    // Owned GPUs in groups: the month of their current purchase, and how many.
    var groups: [(month: Int, count: Int)] = []
    var owned = 0
    var rows: [HorizonMonth] = []
    rows.reserveCapacity(h)
    var apiNPV = 0.0
    var selfNPV = 0.0
    var apiTotal = 0.0
    var selfTotal = 0.0
    var payback: Int?
    var years: [HorizonYear] = []

    func priceFactor(_ m: Int) -> Double { power(1 + s.annualPriceChange, Double(m) / 12) }

    for m in 0..<h {
      let v = power(1 + workload.monthlyGrowth, Double(m))
      let apiPrice = power(1 + api.annualPriceChange, Double(m) / 12)
      let q = priceFactor(m)
      let apiCost = apiCost(volumeFactor: v, priceFactor: apiPrice)
      guard let cap = capacity(busyReplicas: z1 * v) else {
        throw .capacityTooLarge(month: m, tokensPerDay: workload.tokensPerDay * v)
      }
      var purchases = 0.0
      var residual = 0.0
      let cost: SelfHostedCost
      switch s.acquisition {
      case .rent:
        cost = selfHostedCost(capacity: cap, priceFactor: q)
      case .buy:
        for i in groups.indices where groups[i].month + lifetime == m {
          purchases += Double(groups[i].count) * k * q
          residual += Double(groups[i].count) * s.residualValue * k * priceFactor(groups[i].month)
          groups[i].month = m
        }
        if cap.gpus > owned {
          purchases += Double(cap.gpus - owned) * k * q
          groups.append((m, cap.gpus - owned))
          owned = cap.gpus
        }
        cost = selfHostedCost(
          capacity: cap, priceFactor: q, owned: groups.map { ($0.count, priceFactor($0.month)) })
      }
      var apiCash = apiCost.total
      var selfCash: Double
      switch s.acquisition {
      case .rent: selfCash = cost.total
      case .buy:
        selfCash = purchases - residual + cost.maintenance + cost.power + cost.colocation + cost.staff + cost.other
      }
      if m == 0 {
        apiCash += api.setupCost
        selfCash += s.setupCost
      }
      rows.append(
        HorizonMonth(
          month: m, volumeFactor: v, api: apiCost, selfHosted: cost, apiCash: apiCash,
          selfHostedCash: selfCash, purchases: purchases, residualRecovered: residual))
      let discount = power(1 + monthlyRate, Double(m))
      apiNPV += apiCash / discount
      selfNPV += selfCash / discount
      apiTotal += apiCash
      selfTotal += selfCash
      if payback == nil && selfTotal <= apiTotal { payback = m }
      if m % 12 == 0 { years.append(HorizonYear(year: m / 12 + 1, months: 0, api: 0, selfHosted: 0)) }
      years[years.count - 1].months += 1
      years[years.count - 1].api += apiCash
      years[years.count - 1].selfHosted += selfCash
    }
    var endCredit = 0.0
    if s.acquisition == .buy {
      for g in groups {
        let age = Double(h - g.month)
        endCredit += Double(g.count) * k * priceFactor(g.month)
          * (1 - (1 - s.residualValue) * age / Double(lifetime))
      }
      selfTotal -= endCredit
      selfNPV -= endCredit / power(1 + monthlyRate, Double(h))
      years[years.count - 1].selfHosted -= endCredit
    }
    return Horizon(
      months: rows, endCredit: endCredit, apiTotal: apiTotal, selfHostedTotal: selfTotal,
      apiNPV: apiNPV, selfHostedNPV: selfNPV, paybackMonth: payback, years: years)
  }
}
