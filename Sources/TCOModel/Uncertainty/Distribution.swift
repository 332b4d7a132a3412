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
    case .uniform:
      return a + u * b
    case .triangular:
      if u < c { return a + ((u * d * e).squareRoot()) }
      return b - (((1 - u) * d * f).squareRoot())
    case .lognormal:
      let clamped = min(max(u, Distribution.lognormalTail), 1 - Distribution.lognormalTail)
      return exp(a + b * inverseNormal(clamped))
    case .truncatedLognormal:
      let p = min(max(c + u * d, Distribution.lognormalTail), 1 - Distribution.lognormalTail)
      return range.clamping(exp(a + b * inverseNormal(p)))
    }
  }
}

/// Φ⁻¹(p): P. J. Acklam's rational approximation (relative error below 1.2e-9), refined by one
/// Halley step on `erfc` to full double precision.
enum Acklam {
  static let a = (
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
    -3.066479806614716e+01, 2.506628277459239e+00
  )
  static let b = (
    -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
    -1.328068155288572e+01
  )
  static let c = (
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
    4.374664141464968e+00, 2.938163982698783e+00
  )
  static let d = (
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
  )
}

func inverseNormal(_ p: Double) -> Double {
  let a = Acklam.a
  let b = Acklam.b
  let c = Acklam.c
  let d = Acklam.d
  let low = 0.02425
  var x: Double
  if p < low {
    let q = (-2 * log(p)).squareRoot()
    x =
      (((((c.0 * q + c.1) * q + c.2) * q + c.3) * q + c.4) * q + c.5)
      / ((((d.0 * q + d.1) * q + d.2) * q + d.3) * q + 1)
  } else if p <= 1 - low {
    let q = p - 0.5
    let r = q * q
    x =
      (((((a.0 * r + a.1) * r + a.2) * r + a.3) * r + a.4) * r + a.5) * q
      / (((((b.0 * r + b.1) * r + b.2) * r + b.3) * r + b.4) * r + 1)
  } else {
    let q = (-2 * log(1 - p)).squareRoot()
    x =
      -(((((c.0 * q + c.1) * q + c.2) * q + c.3) * q + c.4) * q + c.5)
      / ((((d.0 * q + d.1) * q + d.2) * q + d.3) * q + 1)
  }
  // Halley refinement: e = Φ(x) − p.
  let e = 0.5 * erfc(-x / 2.0.squareRoot()) - p
  let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
  x -= u / (1 + x * u / 2)
  return x
}
