#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An uncertain input: a probability distribution instead of a number.
public enum Distribution: Sendable, Equatable {
  /// Uniform between `low` and `high`.
  case uniform(low: Double, high: Double)
  /// Triangular with its peak at `mode`.
  case triangular(low: Double, mode: Double, high: Double)
  /// Lognormal with the given 10th and 90th percentiles.
  case lognormal(p10: Double, p90: Double)

  /// z such that Φ(z) = 0.9.
  static let z90 = 1.2815515655446004
  /// Lognormal draws are truncated to these quantiles, so a draw is never 0 or infinite.
  public static let lognormalTail = 1e-9

  /// Whether the parameters describe a distribution: low < high (low ≤ mode ≤ high), 0 < p10 < p90.
  public var isValid: Bool {
    switch self {
    case .uniform(let lo, let hi): return lo < hi
    case .triangular(let lo, let mode, let hi): return lo < hi && lo <= mode && mode <= hi
    case .lognormal(let p10, let p90): return p10 > 0 && p10 < p90
    }
  }

  /// The quantile function (inverse CDF) at probability `p` in (0, 1).
  public func quantile(_ p: Double) -> Double {
    switch self {
    case .uniform(let lo, let hi):
      return lo + p * (hi - lo)
    case .triangular(let a, let c, let b):
      let split = (c - a) / (b - a)
      if p < split { return a + ((p * (b - a) * (c - a)).squareRoot()) }
      return b - (((1 - p) * (b - a) * (b - c)).squareRoot())
    case .lognormal(let p10, let p90):
      let mu = (log(p10) + log(p90)) / 2
      let sigma = (log(p90) - log(p10)) / (2 * Self.z90)
      let clamped = min(max(p, Self.lognormalTail), 1 - Self.lognormalTail)
      return exp(mu + sigma * inverseNormal(clamped))
    }
  }

  public var median: Double { quantile(0.5) }

  /// The interval every draw falls in (lognormal: its truncation quantiles).
  public var support: ClosedRange<Double> {
    switch self {
    case .uniform(let lo, let hi): return lo...hi
    case .triangular(let lo, _, let hi): return lo...hi
    case .lognormal: return quantile(Self.lognormalTail)...quantile(1 - Self.lognormalTail)
    }
  }

  /// Mean of the (untruncated) distribution.
  public var mean: Double {
    switch self {
    case .uniform(let lo, let hi): return (lo + hi) / 2
    case .triangular(let a, let c, let b): return (a + b + c) / 3
    case .lognormal(let p10, let p90):
      let mu = (log(p10) + log(p90)) / 2
      let sigma = (log(p90) - log(p10)) / (2 * Self.z90)
      return exp(mu + sigma * sigma / 2)
    }
  }
}

extension Distribution {
  /// The lognormal's log-mean and log-standard deviation, `μ = (ln p10 + ln p90)/2` and
  /// `σ = (ln p90 − ln p10)/(2·z₀.₉)`; `nil` for the other kinds.
  var logParameters: (mu: Double, sigma: Double)? {
    guard case .lognormal(let p10, let p90) = self else { return nil }
    return ((log(p10) + log(p90)) / 2, (log(p90) - log(p10)) / (2 * Self.z90))
  }

  /// The cumulative distribution function, `P(X ≤ x)`.
  public func cdf(_ x: Double) -> Double {
    switch self {
    case .uniform(let lo, let hi): return min(1, max(0, (x - lo) / (hi - lo)))
    case .triangular(let a, let c, let b):
      if x <= a { return 0 }
      if x >= b { return 1 }
      if x <= c { return (x - a) * (x - a) / ((b - a) * (c - a)) }
      return 1 - (b - x) * (b - x) / ((b - a) * (b - c))
    case .lognormal:
      guard let (mu, sigma) = logParameters else { return 0 }
      if x <= 0 { return 0 }
      return 0.5 * erfc(-(log(x) - mu) / (sigma * 2.0.squareRoot()))
    }
  }

  /// Whether draws of this distribution are truncated to `range`: a lognormal whose far tails
  /// (the quantiles `lognormalTail` and `1 − lognormalTail`) leave it. A uniform or triangular
  /// distribution must lie inside its range and is never truncated.
  public func isTruncated(to range: NumberRange) -> Bool {
    guard case .lognormal = self else { return false }
    let s = support
    return !(range.contains(s.lowerBound) && range.contains(s.upperBound))
  }
}

/// A distribution prepared for drawing many samples: its constants (the lognormal's `μ` and `σ`,
/// the triangular's widths, the probabilities of a truncated range) computed once. Draws equal
/// `Distribution.quantile` bit for bit when the draw is not truncated.
public struct DistributionSampler: Sendable {
  enum Kind: Sendable { case uniform, triangular, lognormal, truncatedLognormal }
  let kind: Kind
  /// uniform: low, width; triangular: low, high, split, high − low, mode − low, high − mode;
  /// lognormal: μ, σ, and when truncated the probabilities' start and span.
  let a: Double, b: Double, c: Double, d: Double, e: Double, f: Double
  /// The truncated lognormal's range, which every draw is held in.
  let range: NumberRange

  /// Prepares `distribution`; with `range`, a lognormal whose tails leave it is truncated to it:
  /// a draw is `quantile(F(a) + u·(F(b) − F(a)))`, `F` the CDF and `a`, `b` the range's bounds
  /// (each no further out than the lognormal's own `lognormalTail` quantiles).
  public init(_ distribution: Distribution, truncatedTo range: NumberRange? = nil) {
    self.range = range ?? .closed(-largestMagnitude, largestMagnitude)
    switch distribution {
    case .uniform(let lo, let hi):
      (kind, a, b, c, d, e, f) = (.uniform, lo, hi - lo, 0, 0, 0, 0)
    case .triangular(let lo, let mode, let hi):
      (kind, a, b, c, d, e, f) = (.triangular, lo, hi, (mode - lo) / (hi - lo), hi - lo, mode - lo, hi - mode)
    case .lognormal:
      let (mu, sigma) = distribution.logParameters ?? (0, 1)
      if let range, distribution.isTruncated(to: range) {
        let tail = Distribution.lognormalTail
        let low = max(tail, distribution.cdf(range.lower))
        // The upper tail from erfc, so a bound far out keeps its digits: F(b) = 1 − Q(b).
        let above = range.upper <= 0 ? 1 : 0.5 * erfc((log(range.upper) - mu) / (sigma * 2.0.squareRoot()))
        let high = min(1 - tail, 1 - above)
        (kind, a, b, c, d, e, f) = (.truncatedLognormal, mu, sigma, low, max(0, high - low), 0, 0)
      } else {
        (kind, a, b, c, d, e, f) = (.lognormal, mu, sigma, 0, 0, 0, 0)
      }
    }
  }

  /// The draw for a uniform `u` in (0, 1).
  @inline(__always) public func draw(_ u: Double) -> Double {
    switch kind {
    case .uniform: return uniform(u)
    case .triangular: return triangular(u)
    case .lognormal: return lognormal(u)
    case .truncatedLognormal: return truncatedLognormal(u)
    }
  }

  /// `draw(u)` for `count` values of `u`, each from `unit(j)`, each given to `use(j, draw)`: the
  /// kind is looked up once, not once a draw.
  @inline(__always) func draw(
    count: Int, _ unit: (Int) -> Double, _ use: (Int, Double) -> Void
  ) {
    @inline(__always) func each(_ draw: (Double) -> Double) {
      for j in 0..<count { use(j, draw(unit(j))) }
    }
    switch kind {
    case .uniform: each(uniform)
    case .triangular: each(triangular)
    case .lognormal: each(lognormal)
    case .truncatedLognormal: each(truncatedLognormal)
    }
  }

  @inline(__always) func uniform(_ u: Double) -> Double { a + u * b }

  @inline(__always) func triangular(_ u: Double) -> Double {
    // Both sides (each square root is of a number ≥ 0), then the one for `u`, picked through
    // the bit patterns: which side applies is random (the left with probability c), and a
    // branch on it was mispredicted so often that taking it out made a run of
    // `uncertain-support.json`, with two triangular inputs, 5 % faster.
    let below = a + ((u * d * e).squareRoot())
    let above = b - (((1 - u) * d * f).squareRoot())
    let pick = UInt64(bitPattern: u < c ? -1 : 0)
    return Double(bitPattern: (below.bitPattern & pick) | (above.bitPattern & ~pick))
  }

  @inline(__always) func lognormal(_ u: Double) -> Double {
    let clamped = min(max(u, Distribution.lognormalTail), 1 - Distribution.lognormalTail)
    return exp(a + b * inverseNormal(clamped))
  }

  @inline(__always) func truncatedLognormal(_ u: Double) -> Double {
    let p = min(max(c + u * d, Distribution.lognormalTail), 1 - Distribution.lognormalTail)
    return range.clamping(exp(a + b * inverseNormal(p)))
  }
}

/// Φ⁻¹(p), the standard normal quantile: M. J. Wichura's algorithm AS 241 (PPND16, Applied
/// Statistics 37(3):477–484, 1988), rational functions of degree 7 with a relative error of
/// about 1e-16. The central 85 % of probabilities (|p − ½| ≤ 0.425) need no library call; the
/// tails one `log` and one square root.
func inverseNormal(_ p: Double) -> Double {
  let q = p - 0.5
  if abs(q) <= 0.425 {
    let r = 0.180625 - q * q
    let numerator =
      (((((((2.5090809287301226727e3 * r + 3.3430575583588128105e4) * r + 6.7265770927008700853e4) * r
        + 4.5921953931549871457e4) * r + 1.3731693765509461125e4) * r + 1.9715909503065514427e3) * r
        + 1.3314166789178437745e2) * r + 3.3871328727963666080)
    let denominator =
      (((((((5.2264952788528545610e3 * r + 2.8729085735721942674e4) * r + 3.9307895800092710610e4) * r
        + 2.1213794301586595867e4) * r + 5.3941960214247511077e3) * r + 6.8718700749205790830e2) * r
        + 4.2313330701600911252e1) * r + 1)
    return q * numerator / denominator
  }
  // The distance to the nearer end, as √(−ln r).
  var r = (-log(q < 0 ? p : 1 - p)).squareRoot()
  let x: Double
  if r <= 5 {
    r -= 1.6
    x =
      (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r + 2.41780725177450611770e-1) * r
        + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.76949722146069140550) * r
        + 4.63033784615654529590) * r + 1.42343711074968357734)
      / (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r + 1.51986665636164571966e-2) * r
        + 1.48103976427480074590e-1) * r + 6.89767334985100004550e-1) * r + 1.67638483018380384940) * r
        + 2.05319162663775882187) * r + 1)
  } else {
    r -= 5
    x =
      (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.24266094738807843860e-3) * r
        + 2.65321895265761230930e-2) * r + 2.96560571828504891230e-1) * r + 1.78482653991729133580) * r
        + 5.46378491116411436990) * r + 6.65790464350110377720)
      / (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r + 1.84631831751005468180e-5) * r
        + 7.86869131145613259100e-4) * r + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
        + 5.99832206555887937690e-1) * r + 1)
  }
  return q < 0 ? -x : x
}
