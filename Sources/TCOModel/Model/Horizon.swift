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

/// The totals of a projection, without its monthly rows.
public struct HorizonTotals: Sendable, Equatable {
  public var apiTotal: Double
  public var selfHostedTotal: Double
  public var apiNPV: Double
  public var selfHostedNPV: Double
  public var paybackMonth: Int?
  public var endCredit: Double
  public var savings: Double { apiTotal - selfHostedTotal }
}

/// The API's effective prices over a projection: which price period each month is in
/// (`Scenario.apiPriceCalendar`) and each period's prices (`Scenario.apiPrices(period:)`).
struct HorizonPrices {
  var monthPeriod: [Int]
  var prices: [EffectiveTokenPrices]

  init(monthPeriod: [Int], prices: [EffectiveTokenPrices]) {
    self.monthPeriod = monthPeriod
    self.prices = prices
  }

  /// The calendar and prices of `scenario`'s horizon.
  init(_ scenario: Scenario) {
    let calendar = scenario.apiPriceCalendar(months: scenario.horizonMonths)
    self.init(monthPeriod: calendar.monthPeriod, prices: calendar.periods.map { scenario.apiPrices(period: $0) })
  }
}

/// GPUs bought (or last replaced) in the same month.
struct Cohort {
  var month: Int
  var count: Int
  /// `q_t` at the cohort's purchase month.
  var priceFactor: Double
}

extension Scenario {
  /// Projects both routes month by month over `horizonMonths`, with growth, price trends,
  /// purchases, replacements and the end-of-horizon book value.
  public func horizon() throws(ModelError) -> Horizon {
    var rows: [HorizonMonth] = []
    rows.reserveCapacity(horizonMonths)
    var years: [HorizonYear] = []
    let totals = try projectHorizon { row in
      rows.append(row)
      if row.month % 12 == 0 { years.append(HorizonYear(year: row.month / 12 + 1, months: 0, api: 0, selfHosted: 0)) }
      years[years.count - 1].months += 1
      years[years.count - 1].api += row.apiCash
      years[years.count - 1].selfHosted += row.selfHostedCash
    }
    if selfHosted.acquisition == .buy { years[years.count - 1].selfHosted -= totals.endCredit }
    return Horizon(
      months: rows, endCredit: totals.endCredit, apiTotal: totals.apiTotal, selfHostedTotal: totals.selfHostedTotal,
      apiNPV: totals.apiNPV, selfHostedNPV: totals.selfHostedNPV, paybackMonth: totals.paybackMonth, years: years)
  }

  /// The horizon's totals only; allocates nothing when GPUs are rented (the simulation's path).
  public func horizonTotals() throws(ModelError) -> HorizonTotals {
    try projectHorizon { _ in }
  }

  /// The one projection loop behind `horizon()` and `horizonTotals()`.
  ///
  /// Volume and price factors are carried by repeated multiplication (`v_m = v_{m−1}·(1 + g)`,
  /// `q_m = q_{m−1}·(1 + a_s)^(1/12)`), equal to the powers of the specification within rounding.
  func projectHorizon(
    prices: HorizonPrices? = nil, _ sink: (HorizonMonth) -> Void
  ) throws(ModelError) -> HorizonTotals {
    if selfHosted.acquisition == .buy {
      var failure: ModelError?
      let capacity = max(horizonMonths, 1)
      let totals = withUnsafeTemporaryAllocation(of: Cohort.self, capacity: capacity) { cohorts in
        withUnsafeTemporaryAllocation(of: Int.self, capacity: capacity) { due in
          do throws(ModelError) {
            return try projectHorizon(cohorts: cohorts, due: due, prices: prices, sink)
          } catch {
            failure = error
            return HorizonTotals(
              apiTotal: 0, selfHostedTotal: 0, apiNPV: 0, selfHostedNPV: 0, paybackMonth: nil, endCredit: 0)
          }
        }
      }
      if let failure { throw failure }
      return totals
    }
    return try projectHorizon(
      cohorts: UnsafeMutableBufferPointer(start: nil, count: 0), due: UnsafeMutableBufferPointer(start: nil, count: 0),
      prices: prices, sink)
  }

  /// The projection, with room for one cohort per month when GPUs are bought.
  ///
  /// `due` is a ring (capacity one per month) of cohort indices in the order they fall due for
  /// replacement: every cohort once, by the month of its last purchase, and among cohorts of the same month by index (a
  /// month's replacements are re-queued in index order, then its new cohort, the highest index).
  /// The cohorts due in month `m` are therefore at its front, in the index order the sums need,
  /// and each month reads only those (not every cohort: that made a projection quadratic in months).
  func projectHorizon(
    cohorts: UnsafeMutableBufferPointer<Cohort>, due: UnsafeMutableBufferPointer<Int>, prices given: HorizonPrices?,
    _ sink: (HorizonMonth) -> Void
  ) throws(ModelError) -> HorizonTotals {
    let s = selfHosted
    let h = horizonMonths
    let z1 = busyReplicas(volumeFactor: 1)
    let lifetime = s.depreciationMonths
    let k = capitalPerGPU
    let growth = 1 + workload.monthlyGrowth
    let apiRatio = power(1 + api.annualPriceChange, 1.0 / 12)
    let gpuRatio = power(1 + s.annualPriceChange, 1.0 / 12)
    let discountRatio = 1 + discountRate / 12
    var v = 1.0
    var apiPrice = 1.0
    var q = 1.0
    var discount = 1.0
    var cohortCount = 0
    var dueStart = 0
    var owned = 0
    var ownedPriceFactors = 0.0
    var totals = HorizonTotals(
      apiTotal: 0, selfHostedTotal: 0, apiNPV: 0, selfHostedNPV: 0, paybackMonth: nil, endCredit: 0)
    // What does not change from month to month, computed once: the utilization replicas are sized
    // at (the busiest-hour rule) and the capital charge per GPU.
    let ueff = effectiveUtilization
    let capitalCharge = s.acquisition == .buy ? monthlyCapitalCharge : 0
    // The API's prices change only where the schedule does: each period's prices computed once
    // (or given by a caller that has them, the simulation).
    let calendar = given ?? HorizonPrices(self)
    var period = -1
    var prices = EffectiveTokenPrices(input: 0, cachedInput: 0, output: 0)
    for m in 0..<h {
      if m > 0 {
        v *= growth
        apiPrice *= apiRatio
        q *= gpuRatio
        discount *= discountRatio
      }
      if calendar.monthPeriod[m] != period {
        period = calendar.monthPeriod[m]
        prices = calendar.prices[period]
      }
      let apiCost = apiCost(prices: prices, volumeFactor: v, priceFactor: apiPrice)
      guard let cap = capacity(busyReplicas: z1 * v, effectiveUtilization: ueff) else {
        throw .capacityTooLarge(month: m, tokensPerDay: workload.tokensPerDay * v)
      }
      var purchases = 0.0
      var residual = 0.0
      let cost: SelfHostedCost
      var selfCash: Double
      switch s.acquisition {
      case .rent:
        cost = selfHostedCost(capacity: cap, priceFactor: q)
        selfCash = cost.total
      case .buy:
        // Each cohort due is taken from the front of the ring and queued again at its back.
        var checked = 0
        while checked < cohortCount, cohorts[due[dueStart]].month + lifetime == m {
          let i = due[dueStart]
          due[(dueStart + cohortCount) % due.count] = i
          let c = Double(cohorts[i].count)
          purchases += c * k * q
          residual += c * s.residualValue * k * cohorts[i].priceFactor
          ownedPriceFactors += c * (q - cohorts[i].priceFactor)
          cohorts[i].month = m
          cohorts[i].priceFactor = q
          dueStart = (dueStart + 1) % due.count
          checked += 1
        }
        if cap.gpus > owned {
          let added = cap.gpus - owned
          purchases += Double(added) * k * q
          cohorts[cohortCount] = Cohort(month: m, count: added, priceFactor: q)
          due[(dueStart + cohortCount) % due.count] = cohortCount
          cohortCount += 1
          owned = cap.gpus
          ownedPriceFactors += Double(added) * q
        }
        cost = selfHostedCost(
          capacity: cap, priceFactor: q, ownedGPUs: owned, ownedPriceFactors: ownedPriceFactors,
          capitalCharge: capitalCharge)
        selfCash = purchases - residual + cost.maintenance + cost.power + cost.colocation + cost.staff + cost.other
      }
      var apiCash = apiCost.total
      if m == 0 {
        apiCash += api.setupCost
        selfCash += s.setupCost
      }
      sink(
        HorizonMonth(
          month: m, volumeFactor: v, api: apiCost, selfHosted: cost, apiCash: apiCash, selfHostedCash: selfCash,
          purchases: purchases, residualRecovered: residual))
      totals.apiNPV += apiCash / discount
      totals.selfHostedNPV += selfCash / discount
      totals.apiTotal += apiCash
      totals.selfHostedTotal += selfCash
      if totals.paybackMonth == nil && totals.selfHostedTotal <= totals.apiTotal { totals.paybackMonth = m }
    }
    if s.acquisition == .buy {
      for i in 0..<cohortCount {
        let age = Double(h - cohorts[i].month)
        totals.endCredit +=
          Double(cohorts[i].count) * k * cohorts[i].priceFactor
          * (1 - (1 - s.residualValue) * age / Double(lifetime))
      }
      totals.selfHostedTotal -= totals.endCredit
      totals.selfHostedNPV -= totals.endCredit / (discount * discountRatio)
    }
    return totals
  }
}
