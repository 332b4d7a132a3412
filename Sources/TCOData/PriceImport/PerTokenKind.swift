import TCOModel

/// One optional value per token kind (a price, a tiered price), set and read by kind: what both
/// importers gather from an entry before building its price list.
struct PerTokenKind<Value> {
  var input: Value? = nil
  var cachedInput: Value? = nil
  var cacheWrite: Value? = nil
  var output: Value? = nil

  var isEmpty: Bool { input == nil && cachedInput == nil && cacheWrite == nil && output == nil }

  subscript(kind: TokenKind) -> Value? {
    get {
      switch kind {
      case .input: return input
      case .cachedInput: return cachedInput
      case .cacheWrite: return cacheWrite
      case .output: return output
      }
    }
    set {
      switch kind {
      case .input: input = newValue
      case .cachedInput: cachedInput = newValue
      case .cacheWrite: cacheWrite = newValue
      case .output: output = newValue
      }
    }
  }
}

extension PerTokenKind where Value == Double {
  /// The prices as a partial list (USD per 1M tokens).
  var partial: PartialTokenPrices {
    PartialTokenPrices(
      inputPerMTok: input, cachedInputPerMTok: cachedInput, cacheWritePerMTok: cacheWrite, outputPerMTok: output)
  }
}
