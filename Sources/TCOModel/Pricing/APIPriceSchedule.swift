/// Prices a whole request pays once its input passes a threshold (a long-context surcharge).
///
/// Both LiteLLM (`*_above_200k_tokens`) and genai-prices (`{base, tiers}`) implement a cliff:
/// a request whose input tokens (cached ones included) exceed `aboveInputTokens` pays this
/// tier's prices for *all* its tokens, input and output, not only for the tokens past the
/// threshold. A request of exactly `aboveInputTokens` tokens still pays the lower prices.
public struct LongContextTier: Sendable, Equatable {
  /// The threshold in input tokens per request; the tier applies strictly above it.
  public var aboveInputTokens: Double
  public var prices: PriceBand

  public init(aboveInputTokens: Double, prices: PriceBand) {
    self.aboveInputTokens = aboveInputTokens
    self.prices = prices
  }
}

/// The prices in force over one period: the base band and the long-context tiers above it.
public struct PriceList: Sendable, Equatable {
  /// Prices of requests at or below the lowest threshold (all requests when there is no tier).
  public var base: PriceBand
  /// Tiers by ascending threshold.
  public var longContextTiers: [LongContextTier]

  /// A list; tiers are sorted by threshold.
  public init(base: PriceBand, longContextTiers: [LongContextTier] = []) {
    self.base = base
    self.longContextTiers = longContextTiers.sorted { $0.aboveInputTokens < $1.aboveInputTokens }
  }

  /// The band a request of `inputTokens` input tokens pays: the tier with the highest threshold
  /// strictly below `inputTokens`, or the base band.
  public func band(forInputTokensPerRequest inputTokens: Double) -> PriceBand {
    longContextTiers.last { inputTokens > $0.aboveInputTokens }?.prices ?? base
  }
}

/// A price list in force from a date on.
public struct PriceChange: Sendable, Equatable {
  /// The first day the prices apply (UTC).
  public var start: CalendarDate
  public var prices: PriceList

  public init(start: CalendarDate, prices: PriceList) {
    self.start = start
    self.prices = prices
  }
}

/// An API model's prices over time: the list in force before any dated change, the dated
/// changes, and the model's deprecation.
public struct APIPriceSchedule: Sendable, Equatable {
  /// Days in an average month, 365 / 12 (the cost model's `DAYS_PER_MONTH`).
  public static let daysPerMonth = 365.0 / 12.0

  /// Prices in force before the first change (for all time when there is none).
  public var initial: PriceList
  /// Dated changes by ascending start date (distinct dates).
  public var changes: [PriceChange]
  /// The day the provider retires the model, when the source gives one.
  public var deprecationDate: CalendarDate?
  /// True when the source marks the model deprecated without a date (genai-prices `deprecated`).
  public var deprecatedWithoutDate: Bool

  /// A schedule; changes are sorted by date, and of two changes on one date the later one wins.
  public init(
    initial: PriceList, changes: [PriceChange] = [], deprecationDate: CalendarDate? = nil,
    deprecatedWithoutDate: Bool = false
  ) {
    self.initial = initial
    var sorted: [PriceChange] = []
    for change in changes {
      sorted.removeAll { $0.start == change.start }
      sorted.append(change)
    }
    self.changes = sorted.sorted { $0.start < $1.start }
    self.deprecationDate = deprecationDate
    self.deprecatedWithoutDate = deprecatedWithoutDate
  }

  /// A schedule with one undated price list.
  public init(_ list: PriceList) { self.init(initial: list) }

  /// The list in force on a day: the latest change that started on or before it, else `initial`.
  public func prices(on date: CalendarDate) -> PriceList {
    changes.last { $0.start <= date }?.prices ?? initial
  }

  /// The list in force on the first day of month `m` (0-based) of a horizon starting in the
  /// month of `horizonStart`; `nil` when that month is outside years 1…9999 or `m < 0`.
  public func prices(inMonth m: Int, horizonStart: CalendarDate) -> PriceList? {
    guard m >= 0, let first = horizonStart.firstOfMonth(adding: m) else { return nil }
    return prices(on: first)
  }

  /// The lists in force during month `m` of a horizon starting in the month of `horizonStart`,
  /// each with the share of the month's calendar days it covers (shares sum to 1).
  ///
  /// A change on the 1st gives one list for the whole month; a change on the 13th of a 31-day
  /// month gives the old list 12/31 of the month and the new one 19/31. Returns `nil` when the
  /// month is outside years 1…9999 or `m < 0`.
  public func blend(inMonth m: Int, horizonStart: CalendarDate) -> [(share: Double, prices: PriceList)]? {
    period(inMonth: m, horizonStart: horizonStart).map { $0.parts.map { ($0.share, list($0.list)) } }
  }

  /// `blend(inMonth:horizonStart:)` as positions in the schedule (`list(_:)` reads them): what
  /// stays the same from month to month, so the prices of a period are computed once.
  public func period(inMonth m: Int, horizonStart: CalendarDate) -> PricePeriod? {
    guard m >= 0, let first = horizonStart.firstOfMonth(adding: m) else { return nil }
    let days = first.daysInMonth
    var parts: [PricePeriod.Part] = []
    var day = 1
    var current = changes.lastIndex { $0.start <= first } ?? PricePeriod.initial
    for (i, change) in changes.enumerated()
    where change.start > first && change.start.year == first.year
      && change.start.month == first.month
    {
      let length = change.start.day - day
      if length > 0 { parts.append(.init(share: Double(length) / Double(days), list: current)) }
      day = change.start.day
      current = i
    }
    if parts.isEmpty { return .whole(current) }
    parts.append(.init(share: Double(days - day + 1) / Double(days), list: current))
    return PricePeriod(parts: parts)
  }

  /// The list at a position of a `PricePeriod`: `initial`, or a change's list.
  public func list(_ position: Int) -> PriceList {
    position == PricePeriod.initial ? initial : changes[position].prices
  }

  /// `list(position).effectivePrices(…)`, without copying the list.
  @inline(__always)
  func effectivePrices(
    list position: Int, shape: RequestShape, batchShare b: Double, tier: ServiceTier, batchDiscount d: Double?
  ) -> EffectiveTokenPrices {
    position == PricePeriod.initial
      ? initial.effectivePrices(shape: shape, batchShare: b, tier: tier, batchDiscount: d)
      : changes[position].prices.effectivePrices(shape: shape, batchShare: b, tier: tier, batchDiscount: d)
  }

  /// The base standard prices of the list in force on `date` (`prices(on:)`), without copying it.
  func baseStandardPrices(on date: CalendarDate?) -> TokenPrices {
    guard let date, let i = changes.lastIndex(where: { $0.start <= date }) else { return initial.base.standard }
    return changes[i].prices.base.standard
  }

  /// Whether the model is past its deprecation date on `date` (`false` without a date).
  public func isDeprecated(on date: CalendarDate) -> Bool {
    guard let d = deprecationDate else { return false }
    return date >= d
  }

  /// Days from `date` to the deprecation date (negative once past it); `nil` without a date.
  public func daysUntilDeprecation(from date: CalendarDate) -> Int? { deprecationDate.map { date.days(to: $0) } }
}

/// Which of a schedule's lists are in force during one month, and for what share of its days:
/// the part of a month's API price that does not depend on the workload.
public struct PricePeriod: Sendable, Equatable {
  /// The position of `initial`; a change's position is its index in `changes`.
  public static let initial = -1

  public struct Part: Sendable, Equatable {
    public var share: Double
    public var list: Int
  }

  /// The list in force for the whole month; unused when `split` is not empty.
  public private(set) var whole: Int
  /// The lists of a month in which a price changes after the 1st (shares sum to 1); empty
  /// otherwise, so that the usual month allocates nothing.
  public private(set) var split: [Part]

  public init(parts: [Part]) {
    if parts.count <= 1 {
      whole = parts.first?.list ?? Self.initial
      split = []
    } else {
      whole = parts.first?.list ?? Self.initial
      split = parts
    }
  }

  /// One list for the whole month.
  public static func whole(_ list: Int) -> PricePeriod {
    var p = PricePeriod(parts: [])
    p.whole = list
    return p
  }

  /// The lists with their shares.
  public var parts: [Part] { split.isEmpty ? [Part(share: 1, list: whole)] : split }
}
