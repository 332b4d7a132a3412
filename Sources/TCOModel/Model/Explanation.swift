/// One step of a derivation: a reported quantity, the formula that produced it, the values
/// substituted into it, and the result.
public struct ExplanationStep: Sendable, Equatable {
  public var quantity: String
  public var formula: String
  /// Symbol and value pairs, in the order the formula uses them.
  public var values: [(symbol: String, value: Double)]
  public var result: Double
  public var unit: String

  public init(
    quantity: String, formula: String, values: [(symbol: String, value: Double)], result: Double, unit: String
  ) {
    self.quantity = quantity
    self.formula = formula
    self.values = values
    self.result = result
    self.unit = unit
  }

  public static func == (a: ExplanationStep, b: ExplanationStep) -> Bool {
    a.quantity == b.quantity && a.formula == b.formula && a.result == b.result && a.unit == b.unit
      && a.values.count == b.values.count
      && zip(a.values, b.values).allSatisfy { $0.symbol == $1.symbol && $0.value == $1.value }
  }

  /// The value substituted for `symbol`, if any.
  public func value(_ symbol: String) -> Double? { values.first { $0.symbol == symbol }?.value }
}

extension Evaluation {
  /// The derivation of every reported figure, in the order a reviewer checks them: volume,
  /// API bill, capacity and replicas, each self-hosted component, break-even, horizon.
  public var explanation: [ExplanationStep] {
    let s = scenario
    let w = s.workload
    let a = s.api
    let h = s.selfHosted
    var steps: [ExplanationStep] = []
    func step(_ quantity: String, _ formula: String, _ values: [(String, Double)], _ result: Double, _ unit: String) {
      steps.append(
        ExplanationStep(
          quantity: quantity, formula: formula, values: values.map { ($0.0, $0.1) }, result: result, unit: unit))
    }
    let i = w.inputTokensPerDay
    let o = w.outputTokensPerDay
    // Volume.
    switch w.volume {
    case .tokens(let t, let share):
      step("input tokens per day", "I = T * s", [("T", t), ("s", share)], i, "tokens/day")
      step("output tokens per day", "O = T * (1 - s)", [("T", t), ("s", share)], o, "tokens/day")
    case .inputOutput:
      step("input tokens per day", "I (given)", [("I", i)], i, "tokens/day")
      step("output tokens per day", "O (given)", [("O", o)], o, "tokens/day")
    case .requests(let r, let perMonth, let ir, let or):
      let perDay = w.volume.requestsPerDay ?? r
      if perMonth {
        step(
          "requests per day", "r = requestsPerMonth / DAYS_PER_MONTH",
          [("requestsPerMonth", r), ("DAYS_PER_MONTH", daysPerMonth)], perDay, "requests/day")
      }
      step(
        "input tokens per day", "I = r * inputTokensPerRequest", [("r", perDay), ("inputTokensPerRequest", ir)], i,
        "tokens/day")
      step(
        "output tokens per day", "O = r * outputTokensPerRequest", [("r", perDay), ("outputTokensPerRequest", or)], o,
        "tokens/day")
    }
    step(
      "tokens per month", "(I + O) * DAYS_PER_MONTH", [("I", i), ("O", o), ("DAYS_PER_MONTH", daysPerMonth)],
      steadyState.monthlyMTok * 1e6, "tokens/month")

    // API bill.
    let api = steadyState.api
    let e = s.apiPrices(month: 0)
    if a.schedule == nil {
      let d: [(String, Double)] = [("b", w.batchShare), ("d", a.batchDiscount)]
      step("API effective input price", "e_i = p_i * (1 - b * d)", [("p_i", a.inputPerMTok)] + d, e.input, "USD/1M")
      step(
        "API effective cached input price", "e_c = p_c (no batch discount)", [("p_c", a.cachedInputPerMTok)],
        e.cachedInput, "USD/1M")
      step("API effective output price", "e_o = p_o * (1 - b * d)", [("p_o", a.outputPerMTok)] + d, e.output, "USD/1M")
    } else {
      let shape: String
      switch s.apiRequestShape {
      case .inputTokensPerRequest: shape = "the band of a request of n input tokens (the tier above its threshold)"
      case .longContextShare: shape = "(1 - lambda) * base band + lambda * lowest long-context tier"
      case .unknown: shape = "the base band (no request shape: long-context tiers not applied)"
      }
      var values: [(String, Double)] = [("b", w.batchShare)]
      switch s.apiRequestShape {
      case .inputTokensPerRequest(let n): values.append(("n", n))
      case .longContextShare(let l): values.append(("lambda", l))
      case .unknown: break
      }
      let formula =
        "(1 - b) * price in tier '\(a.serviceTier.rawValue)' + b * batch price, of " + shape
        + ", prices in force in month 0"
      step("API effective input price", "e_i = " + formula, values, e.input, "USD/1M")
      step("API effective cached input price", "e_c = " + formula, values, e.cachedInput, "USD/1M")
      step("API effective output price", "e_o = " + formula, values, e.output, "USD/1M")
    }
    let common: [(String, Double)] = [("DAYS_PER_MONTH", daysPerMonth), ("n", a.discount)]
    let tail = " / 1e6 * DAYS_PER_MONTH * (1 - n)"
    step(
      "API input tokens", "I * (1 - c) * e_i" + tail,
      [("I", i), ("c", w.cachedInputShare), ("e_i", e.input)] + common, api.input, "USD/month")
    step(
      "API cached input tokens", "I * c * e_c" + tail,
      [("I", i), ("c", w.cachedInputShare), ("e_c", e.cachedInput)] + common, api.cachedInput, "USD/month")
    step("API output tokens", "O * e_o" + tail, [("O", o), ("e_o", e.output)] + common, api.output, "USD/month")
    step(
      "API monthly total", "input + cachedInput + output + F_a",
      [("input", api.input), ("cachedInput", api.cachedInput), ("output", api.output), ("F_a", a.fixedMonthly)],
      api.total, "USD/month")

    // Capacity.
    let own = steadyState.selfHosted
    let cap = own.capacity
    let ip = s.prefillTokensPerDay
    if h.prefixCaching {
      step("prefill tokens per day", "Ip = I * (1 - c)", [("I", i), ("c", w.cachedInputShare)], ip, "tokens/day")
    } else {
      step("prefill tokens per day", "Ip = I (prefix caching off)", [("I", i)], ip, "tokens/day")
    }
    step(
      "busy replicas", "z = (Ip / P + O / D) / SECONDS_PER_DAY",
      [
        ("Ip", ip), ("P", h.prefillTokensPerSecond), ("O", o), ("D", h.decodeTokensPerSecond),
        ("SECONDS_PER_DAY", secondsPerDay),
      ], cap.busyReplicas, "replicas")
    switch h.provisioning {
    case .alwaysOn:
      step(
        "busiest hour", "peak = 24 * max_h w_h", [("max w_h", w.normalizedShape.max() ?? 0)], s.peakFactor,
        "x average")
      step(
        "effective utilization", "U_eff = min(U, max(U, maxLoad) / peak)",
        [("U", h.utilization), ("maxLoad", h.maxLoad), ("peak", s.peakFactor)], s.effectiveUtilization, "share")
      step(
        "replicas", "R = max(r_0, ceil(z / U_eff)) + spare",
        [
          ("r_0", Double(h.minReplicas)), ("z", cap.busyReplicas), ("U_eff", s.effectiveUtilization),
          ("spare", Double(h.spareReplicas)),
        ], Double(cap.replicas), "replicas")
      step(
        "GPUs", "G = R * k", [("R", Double(cap.replicas)), ("k", Double(h.gpusPerReplica))], Double(cap.gpus), "GPUs")
      step(
        "utilization", "u = z / R", [("z", cap.busyReplicas), ("R", Double(cap.replicas))], cap.utilization, "share")
    case .autoscaled:
      step(
        "replica-hours per day", "sum over hours h of (max(r_0, ceil(z * 24 * w_h / U)) + spare)",
        [
          ("r_0", Double(h.minReplicas)), ("z", cap.busyReplicas), ("U", h.utilization),
          ("max w_h", w.normalizedShape.max() ?? 0), ("spare", Double(h.spareReplicas)),
        ], Double(cap.replicaHoursPerDay), "replica-hours/day")
      step(
        "peak replicas", "max over hours h of max(r_0, ceil(z * 24 * w_h / U)) + spare",
        [
          ("z", cap.busyReplicas), ("U", h.utilization), ("max w_h", w.normalizedShape.max() ?? 0),
          ("spare", Double(h.spareReplicas)),
        ],
        Double(cap.replicas), "replicas")
      step(
        "utilization", "u = z / (replica-hours per day / 24)",
        [("z", cap.busyReplicas), ("replica-hours per day", Double(cap.replicaHoursPerDay))], cap.utilization, "share")
    }

    // Self-hosted components.
    switch h.acquisition {
    case .rent:
      if h.provisioning == .alwaysOn {
        step(
          "GPU-hours per month", "G * HOURS_PER_MONTH", [("G", Double(cap.gpus)), ("HOURS_PER_MONTH", hoursPerMonth)],
          own.gpuHours, "GPU-hours")
      } else {
        step(
          "GPU-hours per month", "k * DAYS_PER_MONTH * replica-hours per day",
          [
            ("k", Double(h.gpusPerReplica)), ("DAYS_PER_MONTH", daysPerMonth),
            ("replica-hours per day", Double(cap.replicaHoursPerDay)),
          ], own.gpuHours, "GPU-hours")
      }
      step(
        "GPU rent", "GPU-hours * h * (1 - e)",
        [("GPU-hours", own.gpuHours), ("h", h.gpuHourlyRate ?? 0), ("e", h.reservedDiscount)], own.gpuRent, "USD/month")
    case .buy:
      let k = s.capitalPerGPU
      let rm = h.costOfCapital / 12
      let n = Double(own.gpusOwned)
      step(
        "capital per GPU", "K = C_g * (1 + sigma)", [("C_g", h.gpuPurchasePrice ?? 0), ("sigma", h.serverOverhead)], k,
        "USD")
      if rm > 0 {
        step(
          "capital charge per GPU", "A = (K - rho * K / (1 + r_m)^L) * r_m / (1 - (1 + r_m)^-L)",
          [("K", k), ("rho", h.residualValue), ("r_m", rm), ("L", Double(h.depreciationMonths))],
          s.monthlyCapitalCharge, "USD/month")
      } else {
        step(
          "capital charge per GPU", "A = K * (1 - rho) / L",
          [("K", k), ("rho", h.residualValue), ("L", Double(h.depreciationMonths))], s.monthlyCapitalCharge, "USD/month"
        )
      }
      step("capital charge", "N * A", [("N", n), ("A", s.monthlyCapitalCharge)], own.capital, "USD/month")
      step(
        "maintenance", "N * K * mu / 12", [("N", n), ("K", k), ("mu", h.maintenancePerYear)], own.maintenance,
        "USD/month")
      step(
        "kW per GPU at full load", "W' = W * (1 + pi_o) / 1000",
        [("W", h.gpuPowerWatts ?? 0), ("pi_o", h.powerOverhead)], s.kilowattsPerGPU, "kW")
      let load = n > 0 ? Double(h.gpusPerReplica) * cap.busyReplicas / n : 0
      step(
        "load of the owned fleet", "u' = k * z / N",
        [("k", Double(h.gpusPerReplica)), ("z", cap.busyReplicas), ("N", n)], load, "share")
      step(
        "power", "N * W' * (iota + (1 - iota) * u') * HOURS_PER_MONTH * PUE * p_e",
        [
          ("N", n), ("W'", s.kilowattsPerGPU), ("iota", h.idlePowerFraction), ("u'", load),
          ("HOURS_PER_MONTH", hoursPerMonth), ("PUE", h.pue), ("p_e", h.electricityPerKWh),
        ], own.power, "USD/month")
      step(
        "colocation", "N * W' * p_k", [("N", n), ("W'", s.kilowattsPerGPU), ("p_k", h.colocationPerKWMonth)],
        own.colocation, "USD/month")
    }
    step("staff", "f * S / 12", [("f", h.staffFTE), ("S", h.staffCostPerYear)], own.staff, "USD/month")
    step("other", "F_o", [("F_o", h.otherMonthly)], own.other, "USD/month")
    switch h.acquisition {
    case .rent:
      step(
        "self-hosted monthly total", "rent + staff + other",
        [("rent", own.gpuRent), ("staff", own.staff), ("other", own.other)], own.total, "USD/month")
    case .buy:
      step(
        "self-hosted monthly total", "capital + maintenance + power + colocation + staff + other",
        [
          ("capital", own.capital), ("maintenance", own.maintenance), ("power", own.power),
          ("colocation", own.colocation), ("staff", own.staff), ("other", own.other),
        ], own.total, "USD/month")
    }
    step(
      "monthly savings", "API total - self-hosted total", [("API total", api.total), ("self-hosted total", own.total)],
      steadyState.savings, "USD/month")
    let mtok = steadyState.monthlyMTok
    step(
      "API per 1M tokens", "API total / ((I + O) * DAYS_PER_MONTH / 1e6)",
      [("API total", api.total), ("(I + O) * DAYS_PER_MONTH / 1e6", mtok)], steadyState.apiPerMTok, "USD/1M tokens")
    step(
      "self-hosted per 1M tokens", "self-hosted total / ((I + O) * DAYS_PER_MONTH / 1e6)",
      [("self-hosted total", own.total), ("(I + O) * DAYS_PER_MONTH / 1e6", mtok)], steadyState.selfHostedPerMTok,
      "USD/1M tokens")

    // Break-even.
    let b = breakEven
    step(
      "API marginal cost per 1M tokens", "(API total - F_a) / ((I + O) * DAYS_PER_MONTH / 1e6)",
      [("API total", api.total), ("F_a", a.fixedMonthly), ("(I + O) * DAYS_PER_MONTH / 1e6", mtok)],
      b.apiMarginalPerMTok, "USD/1M tokens")
    let curve = s.selfHostedCurve
    step(
      "self-hosted marginal cost per 1M tokens",
      "(slope + sum of step weight * step rate) / ((I + O) * DAYS_PER_MONTH / 1e6); one step = one replica at utilization U",
      [
        ("slope", curve.slope), ("sum of weight * rate", curve.marginal - curve.slope),
        ("(I + O) * DAYS_PER_MONTH / 1e6", mtok),
      ], b.selfHostedMarginalPerMTok, "USD/1M tokens")
    if let lambda = b.scale, let tokens = b.tokensPerDay {
      if curve.steps.count > 1 {
        let rates = curve.steps.enumerated().map { ("rate_\($0.offset + 1)", $0.element.rate) }
        step(
          "break-even scale",
          "lambda* = inf { lambda : Self(lambda') <= API(lambda') for all lambda' >= lambda }, Self(lambda) = F + slope * lambda + sum over hourly terms t of weight * max(r_0, ceil(lambda * rate_t)), API(lambda) = F_a + a * lambda",
          [
            ("F", curve.fixed), ("slope", curve.slope), ("weight", curve.steps.first?.weight ?? 0),
            ("r_0", Double(curve.minimum)), ("F_a", a.fixedMonthly), ("a", api.variable),
          ] + rates, lambda, "x today's volume")
      } else {
        step(
          "break-even scale",
          "lambda* = inf { lambda : Self(lambda') <= API(lambda') for all lambda' >= lambda }, Self(lambda) = F + slope * lambda + weight * max(r_0, ceil(lambda * rate)), API(lambda) = F_a + a * lambda",
          [
            ("F", curve.fixed), ("slope", curve.slope), ("weight", curve.steps.first?.weight ?? 0),
            ("rate", curve.steps.first?.rate ?? 0), ("r_0", Double(curve.minimum)), ("F_a", a.fixedMonthly),
            ("a", api.variable),
          ], lambda, "x today's volume")
      }
      step(
        "break-even volume", "lambda* * (I + O)", [("lambda*", lambda), ("I + O", w.tokensPerDay)], tokens, "tokens/day"
      )
    }

    // Horizon.
    let hz = horizon
    if let schedule = a.schedule, let start = a.horizonStart {
      for change in schedule.changes {
        let m = start.days(to: change.start) < 0 ? -1 : monthsBetween(start, change.start)
        guard m >= 0, m < s.horizonMonths else { continue }
        let before = s.apiPrices(month: max(m - 1, 0))
        let after = s.apiPrices(month: m)
        step(
          "API price change on \(change.start) (month \(m))", "e_i and e_o from the price list starting that day",
          [("e_i before", before.input), ("e_i after", after.input), ("e_o before", before.output)],
          after.output, "USD/1M output")
      }
    }
    step(
      "API cash over the horizon", "sum over months m of API_m (+ S_a in month 0)",
      hz.years.map { ("year \($0.year)", $0.api) }, hz.apiTotal, "USD")
    var selfValues = hz.years.map { ("year \($0.year)", $0.selfHosted) }
    if h.acquisition == .buy { selfValues.append(("end credit (in the last year)", hz.endCredit)) }
    step(
      "self-hosted cash over the horizon",
      "sum over months m of cash_m (+ S_s in month 0"
        + (h.acquisition == .buy
          ? "; purchases, replacements net of residual; minus the end-of-horizon book value" : "") + ")", selfValues,
      hz.selfHostedTotal, "USD")
    step(
      "horizon savings", "API total - self-hosted total",
      [("API total", hz.apiTotal), ("self-hosted total", hz.selfHostedTotal)], hz.savings, "USD")
    step(
      "API net present value", "sum over m of API cash_m / (1 + r / 12)^m",
      [("r", s.discountRate), ("months", Double(s.horizonMonths))], hz.apiNPV, "USD")
    step(
      "self-hosted net present value",
      "sum over m of cash_m / (1 + r / 12)^m" + (h.acquisition == .buy ? " - end credit / (1 + r / 12)^H" : ""),
      [("r", s.discountRate), ("months", Double(s.horizonMonths))], hz.selfHostedNPV, "USD")
    return steps
  }
}

/// Whole months from the month of `a` to the month of `b`.
func monthsBetween(_ a: CalendarDate, _ b: CalendarDate) -> Int { (b.year - a.year) * 12 + (b.month - a.month) }
