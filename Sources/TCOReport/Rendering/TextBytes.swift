import TCOData

/// A report's text built as UTF-8 bytes in one growing buffer, for the renderers of large outputs
/// (a sweep writes up to a million rows): an append is a capacity check and a copy, with no `String`
/// made per value.
struct TextBytes: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int) {
    self.capacity = max(16, capacity)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// The text: the bytes are valid UTF-8 (copied from strings, or ASCII).
  var text: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

  /// The last byte written, `nil` when there is none.
  var last: UInt8? { count > 0 ? base[count - 1] : nil }

  /// The text written from byte `start` on.
  func text(from start: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: base + start, count: count - start), as: UTF8.self)
  }

  /// Makes room for `extra` more bytes, at least doubling the capacity.
  @inline(__always)
  mutating func reserve(_ extra: Int) {
    guard capacity - count < extra else { return }
    grow(extra)
  }

  mutating func grow(_ extra: Int) {
    let newCapacity = max(2 * capacity, count + extra)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Drops the last byte, if any.
  mutating func removeLast() { count = max(0, count - 1) }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, bytes.count > 0 else { return }
    reserve(bytes.count)
    (base + count).initialize(from: source, count: bytes.count)
    count += bytes.count
  }

  /// A literal's bytes.
  @inline(__always)
  mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { append($0) }
  }

  mutating func append(string text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  mutating func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { append($0) }
  }

  mutating func append(_ bytes: ArraySlice<UInt8>) {
    bytes.withUnsafeBufferPointer { append($0) }
  }

  /// `n` in decimal, as `String(n)` writes it.
  mutating func appendInteger(_ n: Int64) {
    reserve(20)
    if n < 0 {
      base[count] = UInt8(ascii: "-")
      count += 1
    }
    var magnitude = n.magnitude
    var digits = 1
    var rest = magnitude / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    var i = count + digits
    count = i
    repeat {
      i -= 1
      base[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
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
      append(UInt8(ascii: "0"))
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
        if x < 0 { append(UInt8(ascii: "-")) }
        appendInteger(Int64(n / 100))
        let fraction = n % 100
        append(UInt8(ascii: "."))
        append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction / 10))
        if fraction % 10 != 0 { append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction % 10)) }
        return
      }
    }
    append(string: x.description)
  }

  /// `x` as `JSONWriter` writes a number: `null` when it is not finite, else `Format.number(x)`.
  mutating func appendJSONNumber(_ x: Double) {
    if x.isFinite { appendNumber(x) } else { append("null") }
  }

  /// `JSONWriter`'s pretty layout: a new line and `level` two-space indents.
  mutating func newline(_ level: Int) {
    let width = max(0, 2 * level)
    if width < newlineAndSpaces.count {
      newlineAndSpaces.withUnsafeBufferPointer { append(UnsafeBufferPointer(rebasing: $0[0...width])) }
    } else {
      append(UInt8(ascii: "\n"))
      for _ in 0..<width { append(UInt8(ascii: " ")) }
    }
  }
}

/// A new line and 64 levels of two-space indentation, to copy from.
private let newlineAndSpaces = [UInt8(ascii: "\n")] + [UInt8](repeating: UInt8(ascii: " "), count: 128)

/// `text` as a JSON string, quoted and escaped exactly as `JSONWriter` writes it.
func jsonQuoted(_ text: String) -> [UInt8] {
  Array(JSONWriter.write(.string(text), pretty: false).utf8)
}
