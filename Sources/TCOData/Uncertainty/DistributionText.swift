import TCOModel

extension Distribution {
  /// What is wrong with the parameters, for an error message; `nil` when they are valid.
  public var problem: String? {
    guard !isValid else { return nil }
    switch self {
    case .uniform(let lo, let hi):
      return "a uniform distribution needs low < high, got \(Format.number(lo))..\(Format.number(hi))"
    case .triangular: return "a triangular distribution needs low <= mode <= high and low < high"
    case .lognormal: return "a lognormal distribution needs 0 < p10 < p90"
    }
  }
}
