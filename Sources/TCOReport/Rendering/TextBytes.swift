import TCOData

/// A report's text built as UTF-8 bytes in one growing buffer, for the renderers of large outputs
/// (a sweep writes up to a million rows): an append is a capacity check and a copy, with no `String`
/// made per value.
struct TextBytes {
  var bytes: [UInt8] = []

  init(capacity: Int) { bytes.reserveCapacity(max(16, capacity)) }

  /// The text: the bytes are valid UTF-8 (copied from strings, or ASCII).
  var text: String { String(decoding: bytes, as: UTF8.self) }

  @inline(__always)
  mutating func append(_ byte: UInt8) { bytes.append(byte) }

  mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

  /// `n` in decimal, as `String(n)` writes it.
  mutating func appendInteger(_ n: Int64) {
    if n < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = n.magnitude
    let start = bytes.count
    repeat {
      bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    bytes[start...].reverse()
  }

  /// `x` exactly as `Format.number(x)` writes it: "0" for both zeros, whole numbers up to 1e15 as
  /// integers, anything else in Swift's shortest round-trip form (`"\(x)"`).
  ///
  /// Amounts in cents (`Format.roundCents`) below 7e13 are written from their integer count of
  /// cents, with no call to the standard library's conversion. It is the same text: a double `x`
  /// that is the nearest double to `m / 100` (`m` a whole number) has at most two decimals
  /// written, and below 2^46 (7.04e13) its spacing to the next double is under 0.008, while every
  /// other decimal with as few or fewer significant digits lies at least 0.01 from `m / 100`; so
  /// the decimal `m / 100` is the one shortest text that reads back as `x`. (`m / 100` is never
  /// halfway between two doubles: a multiple of 1/4 below 2^51 is a double itself.)
  mutating func appendNumber(_ x: Double) {
    if x == 0 {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    let a = abs(x)
    if x == x.rounded(), a <= 1e15 {
      appendInteger(Int64(x))
      return
    }
    if a < 7e13 {
      let cents = (a * 100).rounded()
      if cents >= 1, cents / 100 == a {
        // `a` is not whole, so neither is `cents / 100`: there is a non-zero decimal.
        let n = UInt64(cents)
        if x < 0 { bytes.append(UInt8(ascii: "-")) }
        appendInteger(Int64(n / 100))
        let fraction = n % 100
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction / 10))
        if fraction % 10 != 0 { bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction % 10)) }
        return
      }
    }
    append(x.description)
  }

  /// `x` as `JSONWriter` writes a number: `null` when it is not finite, else `Format.number(x)`.
  mutating func appendJSONNumber(_ x: Double) {
    if x.isFinite { appendNumber(x) } else { append("null") }
  }

  /// `JSONWriter`'s pretty layout: a new line and `level` two-space indents.
  mutating func newline(_ level: Int) {
    bytes.append(UInt8(ascii: "\n"))
    for _ in 0..<max(0, 2 * level) { bytes.append(UInt8(ascii: " ")) }
  }
}

/// `text` as a JSON string, quoted and escaped exactly as `JSONWriter` writes it.
func jsonQuoted(_ text: String) -> [UInt8] {
  Array(JSONWriter.write(.string(text), pretty: false).utf8)
}
