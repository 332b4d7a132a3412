import TCOModel

/// Locale-independent number formatting for reports, tables and sentences.
///
/// Everything here is deterministic and uses ASCII only, so output is byte-stable across
/// machines. Values are rounded only for presentation.
public enum Format {
  /// `x` with exactly `decimals` digits after the point, optionally with thousands separators.
  public static func fixed(_ x: Double, _ decimals: Int, grouping: Bool = false) -> String {
    guard x.isFinite else { return x.isNaN ? "n/a" : (x > 0 ? "inf" : "-inf") }
    let scale = power(10, Double(decimals))
    let scaled = (abs(x) * scale).rounded()
    guard scaled < 9e15 else { return x < 0 ? "-\(abs(x))" : "\(x)" }
    let n = Int64(scaled)
    let unit = Int64(scale)
    let whole = n / unit
    let fraction = n % unit
    var digits = String(whole)
    if grouping { digits = group(digits) }
    let negative = x < 0 && n != 0
    var result = (negative ? "-" : "") + digits
    if decimals > 0 {
      let f = String(fraction)
      result += "." + String(repeating: "0", count: decimals - f.count) + f
    }
    return result
  }

  /// Digits with a comma before every group of three from the right ("1234567" → "1,234,567").
  static func group(_ digits: String) -> String {
    let bytes = Array(digits.utf8)
    guard bytes.count > 3 else { return digits }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 3)
    for (j, byte) in bytes.enumerated() {
      if j > 0 && (bytes.count - j) % 3 == 0 { out.append(UInt8(ascii: ",")) }
      out.append(byte)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Money for reading: "$12.34" under $1,000, "$14,159" from $1,000, "-$5.00" when negative.
  public static func money(_ x: Double) -> String {
    let sign = x < 0 && abs(x) >= 0.005 ? "-" : ""
    let a = abs(x)
    if a < 1000 { return sign + "$" + fixed(a, 2) }
    return sign + "$" + fixed(a, 0, grouping: true)
  }

  /// Money in at most 8 characters for narrow columns: "$950", "$12.3k", "$456k", "-$1.23M".
  public static func compactMoney(_ x: Double) -> String {
    let sign = x < 0 && abs(x) >= 0.5 ? "-" : ""
    let a = abs(x)
    if a < 1000 { return sign + "$" + fixed(a, 0) }
    return sign + "$" + count(a)
  }

  /// Money with cents always: "$14,158.73".
  public static func moneyCents(_ x: Double) -> String {
    let sign = x < 0 && abs(x) >= 0.005 ? "-" : ""
    return sign + "$" + fixed(abs(x), 2, grouping: true)
  }

  /// A price per 1M tokens: "$4.38", or three significant digits under a dollar ("$0.0562").
  public static func price(_ x: Double) -> String {
    let a = abs(x)
    if a == 0 || a >= 1 { return money(x) }
    let decimals = min(6, max(2, 2 - Int(log10Of(a).rounded(.down))))
    return (x < 0 ? "-" : "") + "$" + fixed(a, decimals)
  }

  /// A large count in compact form: "950", "12.5k", "5.00M", "1.23B", "4.50T".
  public static func count(_ x: Double) -> String {
    let a = abs(x)
    let sign = x < 0 ? "-" : ""
    let units: [(Double, String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")]
    for (size, suffix) in units where a >= size * 0.9995 {
      let v = a / size
      let decimals = v >= 99.95 ? 0 : (v >= 9.995 ? 1 : 2)
      return sign + fixed(v, decimals) + suffix
    }
    if a == a.rounded() { return sign + fixed(a, 0) }
    return sign + significant(a, 3)
  }

  /// A share as a percentage: 0.0617 → "6.2%", 0.6 → "60%".
  public static func percent(_ share: Double) -> String {
    let p = share * 100
    if abs(p) < 0.005 { return "0%" }
    if p == p.rounded() { return fixed(p, 0) + "%" }
    if abs(p) >= 10 { return fixed(p, 0) + "%" }
    if abs(p) >= 0.1 { return fixed(p, 1) + "%" }
    return fixed(p, 2) + "%"
  }

  /// `x` rounded to `digits` significant digits, printed in the shortest form that reads back
  /// as the rounded value ("1234.57", "1e-07", "5000000").
  public static func significant(_ x: Double, _ digits: Int) -> String {
    number(roundSignificant(x, digits))
  }

  /// `x` rounded to `digits` significant digits (the value, not a string).
  public static func roundSignificant(_ x: Double, _ digits: Int) -> Double {
    guard x.isFinite, x != 0 else { return x == 0 ? 0 : x }
    let exponent = log10Of(abs(x)).rounded(.down)
    let shift = Double(digits - 1) - exponent
    // Scale by a power of ten held exactly where possible: divide by 10^-shift when shift < 0.
    if shift >= 0 {
      let s = power(10, shift)
      guard s.isFinite else { return x }
      let r = (x * s).rounded() / s
      return r.isFinite ? r : x
    } else {
      let s = power(10, -shift)
      let r = (x / s).rounded() * s
      return r.isFinite ? r : x
    }
  }

  /// Money rounded to cents (the value).
  public static func roundCents(_ x: Double) -> Double {
    guard x.isFinite, abs(x) < 9e13 else { return x }
    return (x * 100).rounded() / 100
  }

  /// "1st", "2nd", "3rd", "4th", "11th", "21st".
  public static func ordinal(_ n: Int) -> String {
    let suffix: String
    switch (n % 10, n % 100) {
    case (_, 11...13): suffix = "th"
    case (1, _): suffix = "st"
    case (2, _): suffix = "nd"
    case (3, _): suffix = "rd"
    default: suffix = "th"
    }
    return "\(n)\(suffix)"
  }

  /// A 0-based month index in words: "month 3 (the 4th month)".
  public static func month(_ m: Int) -> String { "month \(m) (the \(ordinal(m + 1)) month)" }

  /// The shortest text that reads back as `x`; integral values print without ".0".
  public static func number(_ x: Double) -> String {
    if x == 0 { return "0" }
    if x == x.rounded(), abs(x) <= 1e15 { return String(Int64(x)) }
    return "\(x)"
  }
}
