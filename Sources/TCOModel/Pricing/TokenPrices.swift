/// The four kinds of text token an API bills, each at its own price.
public enum TokenKind: String, Sendable, CaseIterable {
  /// Uncached input (prompt) tokens.
  case input
  /// Input tokens read from the provider's prompt cache.
  case cachedInput
  /// Input tokens written to the prompt cache (default time to live, usually 5 minutes).
  case cacheWrite
  /// Output (completion) tokens, reasoning included.
  case output
}

/// A provider's processing tier for interactive traffic.
public enum ServiceTier: String, Sendable, CaseIterable {
  /// The list price.
  case standard
  /// Faster or guaranteed processing at a higher price (OpenAI, Google "priority").
  case priority
  /// Slower, interruptible processing at a lower price (OpenAI, Google "flex").
  case flex
}

/// Complete prices of the four token kinds, USD per 1M tokens.
public struct TokenPrices: Sendable, Equatable {
  /// USD per 1M uncached input tokens.
  public var inputPerMTok: Double
  /// USD per 1M cached input tokens read; `nil` when the source lists none (billed as input).
  public var cachedInputPerMTok: Double?
  /// USD per 1M tokens written to the cache; `nil` when the source lists none (billed as input).
  public var cacheWritePerMTok: Double?
  /// USD per 1M output tokens.
  public var outputPerMTok: Double

  public init(
    inputPerMTok: Double, cachedInputPerMTok: Double? = nil, cacheWritePerMTok: Double? = nil,
    outputPerMTok: Double
  ) {
    self.inputPerMTok = inputPerMTok
    self.cachedInputPerMTok = cachedInputPerMTok
    self.cacheWritePerMTok = cacheWritePerMTok
    self.outputPerMTok = outputPerMTok
  }

  /// The price of one kind, USD per 1M tokens; cached reads and cache writes without a listed
  /// price cost the input price.
  public func perMTok(_ kind: TokenKind) -> Double {
    switch kind {
    case .input: return inputPerMTok
    case .cachedInput: return cachedInputPerMTok ?? inputPerMTok
    case .cacheWrite: return cacheWritePerMTok ?? inputPerMTok
    case .output: return outputPerMTok
    }
  }

  /// These prices with every kind the override lists replaced by its price.
  public func overridden(by partial: PartialTokenPrices) -> TokenPrices {
    TokenPrices(
      inputPerMTok: partial.inputPerMTok ?? inputPerMTok,
      cachedInputPerMTok: partial.cachedInputPerMTok ?? cachedInputPerMTok,
      cacheWritePerMTok: partial.cacheWritePerMTok ?? cacheWritePerMTok,
      outputPerMTok: partial.outputPerMTok ?? outputPerMTok)
  }
}

/// Prices for some token kinds only (a batch or service-tier price list), USD per 1M tokens.
///
/// A kind left `nil` keeps the standard price: a source that gives a batch price for input
/// and output but none for cached input bills batch cached input at the normal cached price.
public struct PartialTokenPrices: Sendable, Equatable {
  public var inputPerMTok: Double?
  public var cachedInputPerMTok: Double?
  public var cacheWritePerMTok: Double?
  public var outputPerMTok: Double?

  public init(
    inputPerMTok: Double? = nil, cachedInputPerMTok: Double? = nil, cacheWritePerMTok: Double? = nil,
    outputPerMTok: Double? = nil
  ) {
    self.inputPerMTok = inputPerMTok
    self.cachedInputPerMTok = cachedInputPerMTok
    self.cacheWritePerMTok = cacheWritePerMTok
    self.outputPerMTok = outputPerMTok
  }

  /// True when no kind has a price.
  public var isEmpty: Bool {
    inputPerMTok == nil && cachedInputPerMTok == nil && cacheWritePerMTok == nil && outputPerMTok == nil
  }
}

/// The prices of one request-size band: standard, batch and service tiers.
public struct PriceBand: Sendable, Equatable {
  /// The standard (list) prices.
  public var standard: TokenPrices
  /// Batch API prices per kind; `nil` when the source lists no batch price (batch traffic then
  /// pays the standard prices).
  public var batch: PartialTokenPrices?
  /// Priority and flex prices per kind, where the source lists them.
  public var priority: PartialTokenPrices?
  public var flex: PartialTokenPrices?

  public init(
    standard: TokenPrices, batch: PartialTokenPrices? = nil, priority: PartialTokenPrices? = nil,
    flex: PartialTokenPrices? = nil
  ) {
    self.standard = standard
    self.batch = batch
    self.priority = priority
    self.flex = flex
  }

  /// The prices interactive traffic pays in a service tier; kinds the tier does not list, and
  /// a tier the source does not list at all, pay the standard price.
  public func prices(tier: ServiceTier) -> TokenPrices {
    switch tier {
    case .standard: return standard
    case .priority: return priority.map { standard.overridden(by: $0) } ?? standard
    case .flex: return flex.map { standard.overridden(by: $0) } ?? standard
    }
  }

  /// The prices batch traffic pays: the batch price of each kind the source lists, the
  /// standard price of the others.
  public var batchPrices: TokenPrices { batch.map { standard.overridden(by: $0) } ?? standard }

  /// True when the source lists prices for the tier (always true for `standard`).
  public func lists(_ tier: ServiceTier) -> Bool {
    switch tier {
    case .standard: return true
    case .priority: return priority != nil
    case .flex: return flex != nil
    }
  }
}
