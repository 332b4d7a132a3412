/// Why the model could not produce a result for inputs that passed validation.
public enum ModelError: Error, Sendable, Equatable {
  /// The demand of `month` needs more than `maximumGPUs` GPUs.
  case capacityTooLarge(month: Int, tokensPerDay: Double)
}

/// The API bill of one month, by component. Every component is USD per month.
public struct APICost: Sendable, Equatable {
  public var input: Double
  public var cachedInput: Double
  public var output: Double
  public var fixed: Double
  /// The part that scales with volume.
  public var variable: Double { input + cachedInput + output }
  public var total: Double { variable + fixed }
}

/// Replicas and GPUs provisioned for a given demand.
public struct Capacity: Sendable, Equatable {
  /// Average busy replicas, `z` (replica-seconds per day / 86400).
  public var busyReplicas: Double
  /// Replicas provisioned; for autoscaled, those of the busiest hour.
  public var replicas: Int
  /// GPUs provisioned; for autoscaled, those of the busiest hour.
  public var gpus: Int
  /// Replica-hours run per day: 24·R always-on, Σ_h R_h autoscaled.
  public var replicaHoursPerDay: Int
  /// Achieved utilization of the provisioned replicas (0 when none run).
  public var utilization: Double
}

/// The self-hosted cost of one month (accrual view), by component, USD per month.
public struct SelfHostedCost: Sendable, Equatable {
  public var gpuRent: Double = 0
  public var capital: Double = 0
  public var maintenance: Double = 0
  public var power: Double = 0
  public var colocation: Double = 0
  public var staff: Double = 0
  public var other: Double = 0
  public var capacity: Capacity
  /// GPUs owned (buy); equals provisioned GPUs when renting.
  public var gpusOwned: Int
  /// GPU-hours rented this month (rent only).
  public var gpuHours: Double = 0

  public var total: Double {
    gpuRent + capital + maintenance + power + colocation + staff + other
  }
}

extension Scenario {
  /// API cost for volume factor `v` (daily tokens I·v, O·v), price factor `p` and horizon month `m`.
  ///
  /// `API = DAYS_PER_MONTH · (I(1−c)·e_i + I·c·e_c + O·e_o)/1e6 · v · (1 − n) · p + F_a`, where
  /// `e` are the effective prices of `apiPrices(month:)`. The steady state (compare, break-even)
  /// is month 0; the horizon calls this for every month. Linear in `v`.
  public func apiCost(volumeFactor v: Double, priceFactor p: Double = 1, month m: Int = 0) -> APICost {
    apiCost(prices: apiPrices(month: m), volumeFactor: v, priceFactor: p)
  }

  /// `apiCost(volumeFactor:priceFactor:month:)` at the effective prices `e` of the month.
  @inline(__always)
  public func apiCost(prices e: EffectiveTokenPrices, volumeFactor v: Double, priceFactor p: Double) -> APICost {
    // Fields read in place (a copy of the workload would retain its arrays).
    let scale = daysPerMonth / 1e6 * v * (1 - api.discount) * p
    let i = workload.inputTokensPerDay
    return APICost(
      input: i * (1 - workload.cachedInputShare) * e.input * scale,
      cachedInput: i * workload.cachedInputShare * e.cachedInput * scale,
      output: workload.outputTokensPerDay * e.output * scale,
      fixed: api.fixedMonthly)
  }

  /// The request shape long-context tiers see: `longContextShare` when given, else the
  /// workload's input tokens per request, else unknown (base prices).
  public var apiRequestShape: RequestShape {
    if let share = api.longContextShare { return .longContextShare(share) }
    if let r = workload.requestTokens { return .inputTokensPerRequest(r.inputTokens) }
    return .unknown
  }

  /// USD per 1M tokens of each kind in horizon month `m`, before the negotiated discount and
  /// the yearly price trend.
  ///
  /// Without a schedule: `e_i = p_i·(1 − b·d)`, `e_c = p_c` (cached input keeps its price in
  /// batch), `e_o = p_o·(1 − b·d)`. With one: the lists in force during the month (weighted by
  /// the days each covers when a price changes mid-month), each averaged over the request shape,
  /// the batch share `b` (batch prices per kind) and the service tier; then each kind is scaled
  /// by `p_k / s_k`, the stated price over the schedule's base standard price in month 0 (1 when
  /// nothing overrides it). A kind the schedule prices at 0 takes the stated price as an addition.
  public func apiPrices(month m: Int = 0) -> EffectiveTokenPrices {
    apiPrices(period: apiPricePeriod(month: m))
  }

  /// Which of the schedule's lists are in force in horizon month `m` (`nil` without a schedule):
  /// without a start month the initial list; past year 9999 the last list.
  public func apiPricePeriod(month m: Int) -> PricePeriod? {
    guard let schedule = api.schedule else { return nil }
    guard let start = api.horizonStart else { return .whole(PricePeriod.initial) }
    if schedule.changes.isEmpty { return .whole(PricePeriod.initial) }
    let (month, overflow) = m.addingReportingOverflow(api.priceMonthOffset)
    guard !overflow else { return .whole(schedule.changes.count - 1) }
    return schedule.period(inMonth: month, horizonStart: start) ?? .whole(schedule.changes.count - 1)
  }

  /// The periods of months `0..<months` (`apiPricePeriod(month:)`), each run of months with
  /// the same period stored once: the horizon computes a period's prices once, not every month.
  public func apiPriceCalendar(months: Int) -> (periods: [PricePeriod?], monthPeriod: [Int]) {
    var periods: [PricePeriod?] = []
    var monthPeriod: [Int] = []
    monthPeriod.reserveCapacity(max(months, 0))
    for m in 0..<max(months, 0) {
      let p = apiPricePeriod(month: m)
      if periods.isEmpty || periods[periods.count - 1] != p { periods.append(p) }
      monthPeriod.append(periods.count - 1)
    }
    return (periods, monthPeriod)
  }

  /// Every real-valued input `apiPrices(period:)` reads (the rest, the schedule, start month and
  /// service tier, are not real-valued): two scenarios with identical keys and the same schedule
  /// have the same prices in every period.
  public var apiPriceKey: APIPriceKey {
    APIPriceKey(
      shape: apiRequestShape, batchShare: workload.batchShare, batchDiscount: api.batchDiscount,
      input: api.inputPerMTok, cachedInput: api.cachedInputPerMTok, output: api.outputPerMTok)
  }

  /// The effective prices of a period of `apiPricePeriod(month:)`.
  public func apiPrices(period: PricePeriod?) -> EffectiveTokenPrices {
    let b = workload.batchShare
    guard let schedule = api.schedule, let period else {
      let batch = 1 - b * api.batchDiscount
      return EffectiveTokenPrices(
        input: api.inputPerMTok * batch, cachedInput: api.cachedInputPerMTok, output: api.outputPerMTok * batch)
    }
    let shape = apiRequestShape
    let tier = api.serviceTier
    let d: Double? = api.batchDiscountOverridesSchedule ? api.batchDiscount : nil
    // The base standard prices in force when the horizon starts (month 0).
    let reference = schedule.baseStandardPrices(on: api.horizonStart)
    var e: EffectiveTokenPrices
    if period.split.isEmpty {
      e = schedule.effectivePrices(list: period.whole, shape: shape, batchShare: b, tier: tier, batchDiscount: d)
    } else {
      e = EffectiveTokenPrices(input: 0, cachedInput: 0, output: 0)
      for part in period.split {
        let x = schedule.effectivePrices(list: part.list, shape: shape, batchShare: b, tier: tier, batchDiscount: d)
        e.input += part.share * x.input
        e.cachedInput += part.share * x.cachedInput
        e.output += part.share * x.output
      }
    }
    func scaled(_ x: Double, stated: Double, own: Double) -> Double {
      own > 0 ? x * (stated / own) : x + stated
    }
    return EffectiveTokenPrices(
      input: scaled(e.input, stated: api.inputPerMTok, own: reference.perMTok(.input)),
      cachedInput: scaled(e.cachedInput, stated: api.cachedInputPerMTok, own: reference.perMTok(.cachedInput)),
      output: scaled(e.output, stated: api.outputPerMTok, own: reference.perMTok(.output)))
  }

  /// Input tokens per day that need prefill work, `I·(1−c)` with prefix caching, else `I`.
  public var prefillTokensPerDay: Double {
    selfHosted.prefixCaching
      ? workload.inputTokensPerDay * (1 - workload.cachedInputShare) : workload.inputTokensPerDay
  }

  /// Average busy replicas at volume factor `v`: `(Ip/P + O/D) · v / 86400`. Inlined: the
  /// simulation calls it on a scenario it reads through a pointer, and a call copied the scenario.
  @inline(__always)
  public func busyReplicas(volumeFactor v: Double) -> Double {
    let work =
      prefillTokensPerDay / selfHosted.prefillTokensPerSecond
      + workload.outputTokensPerDay / selfHosted.decodeTokensPerSecond
    return work * v / secondsPerDay
  }

  /// The busiest hour's traffic relative to the day's average, `peak = 24 · max_h w_h` (1 for a flat day).
  public var peakFactor: Double {
    let peak = 24 * (workload.normalizedShape.max() ?? 0)
    return peak <= 1 + 1e-12 ? 1 : peak
  }

  /// The utilization always-on replicas are sized at, so the busiest hour carries at most `maxLoad`:
  /// `U_eff = min(U, max(U, maxLoad) / peak)`. A flat day gives `U`; autoscaled capacity is sized
  /// hour by hour at `U` and keeps it.
  public var effectiveUtilization: Double {
    let u = selfHosted.utilization
    guard selfHosted.provisioning == .alwaysOn else { return u }
    return min(u, max(u, selfHosted.maxLoad) / peakFactor)
  }

  /// Replicas and GPUs for `z` busy replicas; `nil` when that needs more than `maximumGPUs` GPUs.
  ///
  /// Always-on: `max(r_0, ceil(z / U_eff)) + spare`. Autoscaled, each hour:
  /// `max(r_0, ceil(z · 24 · w_h / U)) + spare`.
  ///
  /// `effectiveUtilization` may be given when the caller has it (the horizon computes it once).
  public func capacity(busyReplicas z: Double, effectiveUtilization ueff: Double? = nil) -> Capacity? {
    // Fields read in place: a copy of `selfHosted` (three strings) would be made every month.
    let k = selfHosted.gpusPerReplica
    let replicaLimit = maximumGPUs / max(k, 1)
    switch selfHosted.provisioning {
    case .alwaysOn:
      guard let needed = ceilWithTolerance(z / (ueff ?? effectiveUtilization), limit: replicaLimit) else { return nil }
      let r = max(selfHosted.minReplicas, needed) + selfHosted.spareReplicas
      guard r <= replicaLimit else { return nil }
      return Capacity(
        busyReplicas: z, replicas: r, gpus: r * k, replicaHoursPerDay: 24 * r,
        utilization: r > 0 ? z / Double(r) : 0)
    case .autoscaled:
      var sum = 0
      var peak = 0
      for w in workload.normalizedShape {
        guard let needed = ceilWithTolerance(z * 24 * w / selfHosted.utilization, limit: replicaLimit)
        else { return nil }
        let r = max(selfHosted.minReplicas, needed) + selfHosted.spareReplicas
        guard r <= replicaLimit else { return nil }
        sum += r
        peak = max(peak, r)
      }
      return Capacity(
        busyReplicas: z, replicas: peak, gpus: peak * k, replicaHoursPerDay: sum,
        utilization: sum > 0 ? z / (Double(sum) / 24) : 0)
    }
  }

  /// Capital per GPU, `K = C_g · (1 + σ)`.
  public var capitalPerGPU: Double { (selfHosted.gpuPurchasePrice ?? 0) * (1 + selfHosted.serverOverhead) }

  /// The level monthly capital charge per GPU at price factor 1, `A`.
  ///
  /// `A = (K − ρK/(1+r_m)^L) · r_m / (1 − (1+r_m)^−L)`, or `K(1−ρ)/L` when `r_m = 0`. Written with
  /// `log1p`/`expm1` so the annuity factor keeps its precision as `r_m` approaches 0 (where
  /// `1 − (1+r_m)^−L` cancels): it tends to `1/L`, never to infinity.
  public var monthlyCapitalCharge: Double {
    let s = selfHosted
    let k = capitalPerGPU
    let l = Double(s.depreciationMonths)
    let rm = s.costOfCapital / 12
    if rm == 0 { return k * (1 - s.residualValue) / l }
    let logGrowth = l * log1pOf(rm)  // ln((1 + r_m)^L)
    let discount = -expm1Of(-logGrowth)  // 1 − (1 + r_m)^−L, exact for small r_m
    return k * (1 - s.residualValue * expOf(-logGrowth)) * rm / discount
  }

  /// Kilowatts one GPU draws at full load, host share included: `W · (1 + π_o) / 1000`.
  public var kilowattsPerGPU: Double {
    (selfHosted.gpuPowerWatts ?? 0) * (1 + selfHosted.powerOverhead) / 1000
  }

  /// Self-hosted accrual cost for one month.
  ///
  /// - Parameters:
  ///   - capacity: the capacity provisioned for the month's demand.
  ///   - priceFactor: `q_m`, applied to rent.
  ///   - ownedGPUs: for buy, `N_m`, the GPUs owned.
  ///   - ownedPriceFactors: for buy, `Σ q_t` over the owned GPUs (each priced at its purchase month).
  ///   - capitalCharge: `monthlyCapitalCharge`, when the caller has it (the horizon computes it once).
  public func selfHostedCost(
    capacity c: Capacity, priceFactor q: Double = 1, ownedGPUs: Int = 0, ownedPriceFactors: Double = 0,
    capitalCharge: Double? = nil
  ) -> SelfHostedCost {
    var cost = SelfHostedCost(capacity: c, gpusOwned: c.gpus)
    cost.staff = selfHosted.staffMonthly
    cost.other = selfHosted.otherMonthly
    switch selfHosted.acquisition {
    case .rent:
      let hours =
        selfHosted.provisioning == .alwaysOn
        ? Double(c.gpus) * hoursPerMonth
        : Double(selfHosted.gpusPerReplica) * daysPerMonth * Double(c.replicaHoursPerDay)
      cost.gpuHours = hours
      cost.gpuRent = hours * (selfHosted.gpuHourlyRate ?? 0) * (1 - selfHosted.reservedDiscount) * q
    case .buy:
      let n = ownedGPUs
      cost.gpusOwned = n
      let a = capitalCharge ?? monthlyCapitalCharge
      let k = capitalPerGPU
      let weighted = ownedPriceFactors
      cost.capital = a * weighted
      cost.maintenance = k * weighted * selfHosted.maintenancePerYear / 12
      let kw = kilowattsPerGPU
      let load = n > 0 ? Double(selfHosted.gpusPerReplica) * c.busyReplicas / Double(n) : 0
      cost.power =
        Double(n) * kw * (selfHosted.idlePowerFraction + (1 - selfHosted.idlePowerFraction) * load) * hoursPerMonth
        * selfHosted.pue * selfHosted.electricityPerKWh
      cost.colocation = Double(n) * kw * selfHosted.colocationPerKWMonth
    }
    return cost
  }

  /// Steady-state (month 0) self-hosted cost at volume factor `v`: no growth, no price change,
  /// every owned GPU priced at factor 1. `nil` when the demand needs too many GPUs.
  public func steadySelfHostedCost(volumeFactor v: Double = 1) -> SelfHostedCost? {
    guard let c = capacity(busyReplicas: busyReplicas(volumeFactor: v)) else { return nil }
    return selfHostedCost(capacity: c, ownedGPUs: c.gpus, ownedPriceFactors: Double(c.gpus))
  }
}

/// What the API's effective prices depend on besides the schedule (`Scenario.apiPriceKey`).
public struct APIPriceKey: Sendable {
  var shape: RequestShape
  var batchShare: Double
  var batchDiscount: Double
  var input: Double
  var cachedInput: Double
  var output: Double

  /// Whether every number is the same, bit for bit (so that `-0.0` and `0.0` differ).
  public func isIdentical(to o: APIPriceKey) -> Bool {
    func same(_ a: Double, _ b: Double) -> Bool { a.bitPattern == b.bitPattern }
    let shapes: Bool
    switch (shape, o.shape) {
    case (.unknown, .unknown): shapes = true
    case (.inputTokensPerRequest(let a), .inputTokensPerRequest(let b)): shapes = same(a, b)
    case (.longContextShare(let a), .longContextShare(let b)): shapes = same(a, b)
    default: shapes = false
    }
    return shapes && same(batchShare, o.batchShare) && same(batchDiscount, o.batchDiscount) && same(input, o.input)
      && same(cachedInput, o.cachedInput) && same(output, o.output)
  }
}
