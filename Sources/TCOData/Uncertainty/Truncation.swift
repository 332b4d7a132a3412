import TCOModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension Distribution {
  /// Whether the simulation truncates a draw to its input's valid range: a draw is the quantile at
  /// `F(a) + u·(F(b) − F(a))` for the range's bounds `a` and `b`, not a value clamped to them.
  ///
  /// A lognormal's far tail (it reaches 1 in 10⁹ past its p10 and p90) can leave a bounded range
  /// even when its median is well inside (`~0.3..0.5` for a utilization reaches 1.28). While this
  /// is `false`, such a lognormal is refused; once `TCOModel` samples truncated distributions,
  /// it is accepted and `ProfileValues.truncationNotes` says so.
  static var samplingTruncatesToRange: Bool { true }

  /// The probability a lognormal puts outside `range` (its share of draws truncated); 0 for a
  /// uniform or triangular distribution, whose support must lie inside the range.
  public func shareOutside(_ range: NumberRange) -> Double {
    guard case .lognormal(let p10, let p90) = self, p10 > 0, p10 < p90 else { return 0 }
    let mu = (log(p10) + log(p90)) / 2
    let sigma = (log(p90) - log(p10)) / (2 * 1.2815515655446004)
    // P(X < x) and P(X > x) from erfc each, so a far tail keeps its digits.
    func z(_ x: Double) -> Double { (log(x) - mu) / (sigma * 2.0.squareRoot()) }
    let below = range.lower <= 0 ? 0 : 0.5 * erfc(-z(range.lower))
    let above = range.upper >= InputDescriptor.largest ? 0 : 0.5 * erfc(z(range.upper))
    return max(0, below) + max(0, above)
  }
}

extension ProfileValues {
  /// One note per lognormal input whose far tail leaves its valid range: its draws are truncated
  /// to the range (JSON paths quoted, for `flagStyle`).
  public var truncationNotes: [String] {
    distributions.compactMap { parameter, distribution in
      guard case .lognormal(let p10, let p90) = distribution else { return nil }
      let range = parameter.range
      let support = distribution.support
      guard !(range.contains(support.lowerBound) && range.contains(support.upperBound)) else { return nil }
      let share = distribution.shareOutside(range)
      let shown = share >= 0.0001 ? Format.percent(share) : "less than 0.01%"
      return "'\(parameter.name)': the lognormal (p10 \(Format.significant(p10, 4)), p90 "
        + "\(Format.significant(p90, 4))) reaches \(Format.significant(support.lowerBound, 4)) to "
        + "\(Format.significant(support.upperBound, 4)) in its far tails, past the valid range; its draws are "
        + "truncated to the range (\(shown) of its probability lies outside)."
    }
  }
}
