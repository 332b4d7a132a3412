import TCOData
import TCOModel

extension SolveVariable {
  /// A value of the variable in its own units.
  public func formatted(_ x: Double) -> String {
    switch self {
    case .tokensPerDay, .requestsPerMonth: return Format.count(x)
    case .utilization, .apiDiscount, .cachedInputShare, .monthlyGrowth: return Format.significant(x, 4)
    case .gpuHourlyRate, .electricityPrice: return "$" + Format.significant(x, 4)
    case .gpuPurchasePrice, .staffCost: return Format.money(x)
    case .apiPriceScale, .staffFTE: return Format.significant(x, 4)
    }
  }
}

extension SolveResult {
  /// One or two sentences: where self-hosting is cheaper, or why no threshold exists.
  public var sentence: String {
    let name = variable.rawValue
    func show(_ x: Double) -> String { variable.formatted(x) }
    let costs = basis == .monthly ? "monthly costs" : "\(horizonMonths)-month totals"
    guard !thresholds.isEmpty else {
      let cheaper = (savingsAtLow ?? savingsAtHigh ?? 0) > 0
      let lo = show(range.lowerBound)
      let hi = range.upperBound >= largestMagnitude ? "no upper limit" : show(range.upperBound)
      if cheaper {
        return "No threshold: self-hosting is cheaper on \(costs) across the whole range of \(name) (\(lo) to \(hi))."
      }
      var because = ""
      if let s = savingsAtHigh, let t = savingsAtLow {
        because = " Even at its most favourable end self-hosting costs \(Format.money(-max(s, t))) more."
      }
      return
        "No threshold: the API stays cheaper on \(costs) across the whole range of \(name) (\(lo) to \(hi)).\(because)"
    }
    var parts: [String] = []
    var lower: Double? = thresholds.first?.selfHostedCheaper == .below ? range.lowerBound : nil
    for t in thresholds {
      switch t.selfHostedCheaper {
      case .above: lower = t.value
      case .below:
        if let l = lower {
          parts.append(
            l == range.lowerBound ? "\(name) <= \(show(t.value))" : "\(show(l)) <= \(name) <= \(show(t.value))")
        }
        lower = nil
      }
    }
    if let l = lower { parts.append("\(name) >= \(show(l))") }
    var sentence = "Self-hosting is cheaper on \(costs) when " + parts.prefix(4).joined(separator: ", or ")
    if parts.count > 4 { sentence += ", and in \(parts.count - 4) more intervals" }
    sentence += "; the current value is \(show(current))."
    return sentence
  }
}

extension SolveError {
  /// Why the solver cannot answer, as a phrase for an error message.
  public func message(variable: SolveVariable) -> String {
    switch self {
    case .notApplicable(let why):
      switch why {
      case .rentWhenBuying:
        return
          "gpu-hourly-rate only matters when GPUs are rented; this profile buys them (solve gpu-purchase-price instead)"
      case .purchaseWhenRenting:
        return
          "gpu-purchase-price only matters when GPUs are bought; this profile rents them (solve gpu-hourly-rate instead)"
      case .electricityWhenRenting: return "electricity-price only matters when GPUs are bought; rent includes power"
      case .requestsWithoutRequests:
        return "requests-per-month needs a profile whose volume is given in requests (solve tokens-per-day instead)"
      case .growthOnMonthlyBasis: return "monthly-growth does not change steady-state monthly costs; use --basis horizon"
      }
    case .tooManySteps(let count, let range):
      return "more than \(count) replica steps lie between \(variable.formatted(range.lowerBound)) and "
        + "\(variable.formatted(range.upperBound)); narrow the search with --range LO..HI"
    case .demandTooLarge:
      return "the demand of this profile needs more than \(Format.count(Double(maximumGPUs))) GPUs within the horizon: "
        + "check the volume and growth"
    case .noValidValue:
      return "no value of \(variable.rawValue) keeps the demand within \(Format.count(Double(maximumGPUs))) GPUs"
    case .outsideValidRange(let r, let valid):
      return "the range \(variable.formatted(r.lowerBound))..\(variable.formatted(r.upperBound)) lies outside the "
        + "valid range \(variable.formatted(valid.lowerBound))..\(variable.formatted(valid.upperBound))"
    }
  }
}
