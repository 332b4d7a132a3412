/// How the input tokens of a workload are spread over request sizes, for long-context tiers.
public enum RequestShape: Sendable, Equatable {
  /// Every request has this many input tokens (cached ones included).
  case inputTokensPerRequest(Double)
  /// This share (0…1) of input tokens is in requests above the lowest tier's threshold; the
  /// rest is in requests at or below it.
  case longContextShare(Double)
  /// Not stated: every request is priced at the base (below-threshold) prices.
  case unknown
}

/// A day of API traffic, in tokens, with the shares that choose its prices.
public struct APITokenUsage: Sendable, Equatable {
  /// Input tokens per day, cached ones included (`I`).
  public var inputTokensPerDay: Double
  /// Output tokens per day (`O`).
  public var outputTokensPerDay: Double
  /// Share of input tokens read from the prompt cache (`c`, 0…1).
  public var cachedInputShare: Double
  /// Share of input tokens written to the prompt cache (`w`, 0…1, `c + w ≤ 1`).
  public var cacheWriteShare: Double
  /// Share of all traffic sent through the batch API (`b`, 0…1).
  public var batchShare: Double
  public var requestShape: RequestShape

  public init(
    inputTokensPerDay: Double, outputTokensPerDay: Double, cachedInputShare: Double = 0,
    cacheWriteShare: Double = 0, batchShare: Double = 0, requestShape: RequestShape = .unknown
  ) {
    self.inputTokensPerDay = inputTokensPerDay
    self.outputTokensPerDay = outputTokensPerDay
    self.cachedInputShare = cachedInputShare
    self.cacheWriteShare = cacheWriteShare
    self.batchShare = batchShare
    self.requestShape = requestShape
  }

  /// The first invalid field, or `nil` when all are finite and in range.
  public func validate() -> APITokenUsageError? {
    func bad(_ field: String, _ value: Double, _ allowed: String) -> APITokenUsageError {
      APITokenUsageError(field: field, message: "\(field) is \(value): it must be \(allowed)")
    }
    if !(inputTokensPerDay.isFinite && inputTokensPerDay >= 0) {
      return bad("inputTokensPerDay", inputTokensPerDay, "a finite number ≥ 0")
    }
    if !(outputTokensPerDay.isFinite && outputTokensPerDay >= 0) {
      return bad("outputTokensPerDay", outputTokensPerDay, "a finite number ≥ 0")
    }
    for (field, value) in [
      ("cachedInputShare", cachedInputShare), ("cacheWriteShare", cacheWriteShare), ("batchShare", batchShare),
    ] where !(value >= 0 && value <= 1) {
      return bad(field, value, "between 0 and 1")
    }
    if cachedInputShare + cacheWriteShare > 1 + 1e-12 {
      return APITokenUsageError(
        field: "cacheWriteShare",
        message: "cachedInputShare + cacheWriteShare is \(cachedInputShare + cacheWriteShare): it must be at most 1")
    }
    switch requestShape {
    case .inputTokensPerRequest(let n) where !(n.isFinite && n >= 0):
      return bad("inputTokensPerRequest", n, "a finite number ≥ 0")
    case .longContextShare(let s) where !(s >= 0 && s <= 1):
      return bad("longContextShare", s, "between 0 and 1")
    default: return nil
    }
  }
}

/// A usage field out of range, named as the profile names it.
public struct APITokenUsageError: Error, Sendable, Equatable {
  public var field: String
  public var message: String
}

/// An API's variable (per-token) cost and what was assumed to compute it.
public struct APIVariableCost: Sendable, Equatable {
  /// USD for the period asked (a day, or a month of `DAYS_PER_MONTH` days).
  public var usd: Double
  /// The price list has long-context tiers and the usage states no request shape: base prices
  /// were used for every request.
  public var tiersIgnoredForUnknownShape: Bool
  /// `longContextShare` was applied to the lowest tier only, though the list has higher ones.
  public var higherTiersIgnored: Bool
  /// Batch traffic was priced at standard prices because the source lists no batch price.
  public var batchPricedAtStandard: Bool
  /// The service tier asked for is not listed: standard prices were used.
  public var serviceTierNotListed: Bool

  public init(
    usd: Double, tiersIgnoredForUnknownShape: Bool = false, higherTiersIgnored: Bool = false,
    batchPricedAtStandard: Bool = false, serviceTierNotListed: Bool = false
  ) {
    self.usd = usd
    self.tiersIgnoredForUnknownShape = tiersIgnoredForUnknownShape
    self.higherTiersIgnored = higherTiersIgnored
    self.batchPricedAtStandard = batchPricedAtStandard
    self.serviceTierNotListed = serviceTierNotListed
  }
}

extension TokenPrices {
  /// USD for `input` input and `output` output tokens, `c` of the input read from the cache and
  /// `w` written to it:
  ///
  ///     (I·(1 − c − w)·p_in + I·c·p_cached + I·w·p_write + O·p_out) / 1e6
  ///
  /// where a cached or cache-write price the source does not list is the input price.
  public func cost(input: Double, output: Double, cachedShare c: Double, cacheWriteShare w: Double) -> Double {
    let uncached = max(0, 1 - c - w)
    return
      (input * uncached * perMTok(.input) + input * c * perMTok(.cachedInput) + input * w * perMTok(.cacheWrite)
      + output * perMTok(.output)) / 1e6
  }
}

extension PriceBand {
  /// USD for the given tokens, a share `b` of them through the batch API:
  ///
  ///     (1 − b)·cost(prices of the service tier) + b·cost(batch prices)
  ///
  /// Batch prices are per kind; a kind without a batch price (often cached input) pays its
  /// standard price. Batch traffic ignores the service tier.
  public func cost(input: Double, output: Double, usage: APITokenUsage, tier: ServiceTier) -> Double {
    let c = usage.cachedInputShare
    let w = usage.cacheWriteShare
    let b = usage.batchShare
    let interactive = prices(tier: tier).cost(input: input, output: output, cachedShare: c, cacheWriteShare: w)
    if b == 0 { return interactive }
    let batched = batchPrices.cost(input: input, output: output, cachedShare: c, cacheWriteShare: w)
    return (1 - b) * interactive + b * batched
  }
}

extension PriceList {
  /// USD per day of `usage` at these prices.
  ///
  /// - `inputTokensPerRequest = n`: all traffic pays the band of a request of `n` input tokens
  ///   (the cliff: the highest tier whose threshold is below `n`, for all tokens).
  /// - `longContextShare = λ`: `λ` of the input tokens, and the same share of output tokens,
  ///   pay the lowest tier's prices; `1 − λ` pays the base prices. Higher tiers need `n`.
  /// - unknown shape: all traffic pays the base prices, and the result says tiers were ignored.
  public func dailyCost(_ usage: APITokenUsage, tier: ServiceTier = .standard) throws(APITokenUsageError)
    -> APIVariableCost
  {
    if let problem = usage.validate() { throw problem }
    let i = usage.inputTokensPerDay
    let o = usage.outputTokensPerDay
    var result = APIVariableCost(usd: 0)
    var bands: [PriceBand]
    switch usage.requestShape {
    case .inputTokensPerRequest(let n):
      let band = band(forInputTokensPerRequest: n)
      bands = [band]
      result.usd = band.cost(input: i, output: o, usage: usage, tier: tier)
    case .longContextShare(let share):
      if let first = longContextTiers.first {
        bands = [base, first.prices]
        result.usd =
          base.cost(input: i * (1 - share), output: o * (1 - share), usage: usage, tier: tier)
          + first.prices.cost(input: i * share, output: o * share, usage: usage, tier: tier)
        result.higherTiersIgnored = share > 0 && longContextTiers.count > 1
      } else {
        bands = [base]
        result.usd = base.cost(input: i, output: o, usage: usage, tier: tier)
      }
    case .unknown:
      bands = [base]
      result.usd = base.cost(input: i, output: o, usage: usage, tier: tier)
      result.tiersIgnoredForUnknownShape = !longContextTiers.isEmpty
    }
    result.batchPricedAtStandard = usage.batchShare > 0 && bands.contains { $0.batch == nil }
    result.serviceTierNotListed = bands.contains { !$0.lists(tier) }
    return result
  }
}

extension APIPriceSchedule {
  /// USD per day of `usage` at the prices in force on `date`.
  public func dailyCost(_ usage: APITokenUsage, tier: ServiceTier = .standard, on date: CalendarDate)
    throws(APITokenUsageError) -> APIVariableCost
  {
    try prices(on: date).dailyCost(usage, tier: tier)
  }

  /// USD for month `m` (0-based) of a horizon that starts in the month of `horizonStart`, at
  /// `DAYS_PER_MONTH` days of `usage`:
  ///
  ///     cost_m = DAYS_PER_MONTH · Σ_k share_k · daily(list_k)
  ///
  /// where the lists are those in force during the month, each weighted by the share of the
  /// month's calendar days it covers (one list, share 1, unless a price changes mid-month).
  /// Volume growth, negotiated discounts and `annualPriceChange` are the caller's. Returns
  /// `nil` when the month is outside years 1…9999 or `m < 0`.
  public func monthlyCost(
    _ usage: APITokenUsage, tier: ServiceTier = .standard, month m: Int,
    horizonStart: CalendarDate
  ) throws(APITokenUsageError) -> APIVariableCost? {
    guard let parts = blend(inMonth: m, horizonStart: horizonStart) else { return nil }
    var total = APIVariableCost(usd: 0)
    for part in parts {
      let daily = try part.prices.dailyCost(usage, tier: tier)
      total.usd += APIPriceSchedule.daysPerMonth * part.share * daily.usd
      total.tiersIgnoredForUnknownShape = total.tiersIgnoredForUnknownShape || daily.tiersIgnoredForUnknownShape
      total.higherTiersIgnored = total.higherTiersIgnored || daily.higherTiersIgnored
      total.batchPricedAtStandard = total.batchPricedAtStandard || daily.batchPricedAtStandard
      total.serviceTierNotListed = total.serviceTierNotListed || daily.serviceTierNotListed
    }
    return total
  }
}
