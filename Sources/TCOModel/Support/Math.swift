#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Hours in a month: 8760 / 12.
public let hoursPerMonth = 730.0
/// Days in a month: 365 / 12.
public let daysPerMonth = 365.0 / 12.0
/// Seconds in a day.
public let secondsPerDay = 86_400.0
/// The most GPUs any computed fleet may hold; a larger demand is an input error, not a trap.
public let maximumGPUs = 1_000_000

/// The largest magnitude any numeric input may have, so no sum or product overflows.
public let largestMagnitude = 1e15

/// `base` raised to `exponent` (the C library's `pow`).
@inline(__always) public func power(_ base: Double, _ exponent: Double) -> Double { pow(base, exponent) }

/// `ln(1 + x)`, exact for small `x`.
@inline(__always) func log1pOf(_ x: Double) -> Double { log1p(x) }
/// `e^x − 1`, exact for small `x`.
@inline(__always) func expm1Of(_ x: Double) -> Double { expm1(x) }
/// `e^x`.
@inline(__always) func expOf(_ x: Double) -> Double { exp(x) }

/// Base-10 logarithm.
@inline(__always) public func log10Of(_ x: Double) -> Double { log10(x) }

/// Whole replicas needed for `x` busy replicas: `ceil` with an absolute tolerance of 1e-9,
/// so 2.0000000001 → 2.
///
/// Returns `nil` when `x` is not finite or is above `limit`; the caller turns that into an
/// error instead of trapping on the `Double`→`Int` conversion.
@inline(__always) func ceilWithTolerance(_ x: Double, limit: Int = maximumGPUs) -> Int? {
  guard x.isFinite else { return nil }
  let c = (x - 1e-9).rounded(.up)
  if c <= 0 { return 0 }
  guard c <= Double(limit) else { return nil }
  return Int(c)
}
