/// USD per 1M tokens of each kind a workload pays on average over its request-size bands, its
/// batch share and its service tier: the prices the monthly API bill multiplies its tokens by.
public struct EffectiveTokenPrices: Sendable, Equatable {
  /// Uncached input.
  public var input: Double
  public var cachedInput: Double
  public var output: Double

  public init(input: Double, cachedInput: Double, output: Double) {
    self.input = input
    self.cachedInput = cachedInput
    self.output = output
  }
}

extension PriceBand {
  /// Per kind: `(1 − b)·price(tier) + b·batch price`, a kind without a batch price paying its
  /// standard price in batch (cached input, most often).
  ///
  /// With `batchDiscount = d`, batch prices are the standard input and output prices less `d`
  /// (cached input at its standard price) instead of the listed ones.
  public func effectivePrices(batchShare b: Double, tier: ServiceTier, batchDiscount: Double? = nil)
    -> EffectiveTokenPrices
  {
    let t = prices(tier: tier)
    if b == 0 {
      return EffectiveTokenPrices(
        input: t.perMTok(.input), cachedInput: t.perMTok(.cachedInput), output: t.perMTok(.output))
    }
    let batch =
      batchDiscount.map {
        TokenPrices(
          inputPerMTok: standard.inputPerMTok * (1 - $0), cachedInputPerMTok: standard.cachedInputPerMTok,
          cacheWritePerMTok: standard.cacheWritePerMTok, outputPerMTok: standard.outputPerMTok * (1 - $0))
      } ?? batchPrices
    return EffectiveTokenPrices(
      input: (1 - b) * t.perMTok(.input) + b * batch.perMTok(.input),
      cachedInput: (1 - b) * t.perMTok(.cachedInput) + b * batch.perMTok(.cachedInput),
      output: (1 - b) * t.perMTok(.output) + b * batch.perMTok(.output))
  }
}

extension PriceList {
  /// The effective prices of traffic of this shape, as `dailyCost` prices it (without cache writes):
  ///
  /// - `inputTokensPerRequest = n`: the band of a request of `n` input tokens (the cliff);
  /// - `longContextShare = λ`: `(1 − λ)·base + λ·lowest tier`, kind by kind;
  /// - unknown: the base band.
  public func effectivePrices(
    shape: RequestShape, batchShare b: Double, tier: ServiceTier, batchDiscount d: Double? = nil
  ) -> EffectiveTokenPrices {
    switch shape {
    case .inputTokensPerRequest(let n):
      return band(forInputTokensPerRequest: n).effectivePrices(batchShare: b, tier: tier, batchDiscount: d)
    case .longContextShare(let share):
      let low = base.effectivePrices(batchShare: b, tier: tier, batchDiscount: d)
      guard let first = longContextTiers.first, share > 0 else { return low }
      let high = first.prices.effectivePrices(batchShare: b, tier: tier, batchDiscount: d)
      return EffectiveTokenPrices(
        input: (1 - share) * low.input + share * high.input,
        cachedInput: (1 - share) * low.cachedInput + share * high.cachedInput,
        output: (1 - share) * low.output + share * high.output)
    case .unknown:
      return base.effectivePrices(batchShare: b, tier: tier, batchDiscount: d)
    }
  }
}
