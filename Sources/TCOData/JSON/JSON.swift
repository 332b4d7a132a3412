/// A JSON document; objects keep their keys in input order (the writer sorts them).
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  /// Structural equality; objects compare as maps (key order carries no meaning in JSON).
  ///
  /// Linear in the size of both values: objects of more than a few members are matched
  /// through a hash table.
  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.number(let x), .number(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)): return sameMembers(x, y)
    default: return false
    }
  }

  /// Whether every member of `x` has a member of `y` with the same key and an equal value,
  /// and both have as many members.
  static func sameMembers(_ x: [(key: String, value: JSONValue)], _ y: [(key: String, value: JSONValue)]) -> Bool {
    guard x.count == y.count else { return false }
    if y.count <= 8 {
      return x.allSatisfy { member in y.contains { $0.key == member.key && $0.value == member.value } }
    }
    // Indices of `y` by key (a key may repeat in a value built in code).
    let byKey = Dictionary(grouping: y.indices, by: { y[$0].key })
    return x.allSatisfy { member in
      guard let candidates = byKey[member.key] else { return false }
      return candidates.contains { y[$0].value == member.value }
    }
  }

  /// The member `key` of an object, or `nil`.
  public subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members.first { $0.key == key }?.value }
    return nil
  }

  /// A short name of the value's type for error messages: "a number", "a string", ….
  public var typeDescription: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}

/// A JSON text that is not well formed, with its 1-based position.
public struct JSONSyntaxError: Error, Sendable, Equatable {
  public var message: String
  public var line: Int
  public var column: Int
}

/// A strict RFC 8259 parser: no comments, no trailing commas, no duplicate keys (two keys
/// are the same when their Unicode scalars are), nesting at most 64 deep, strings of valid
/// UTF-8 without raw control characters (U+0000 to U+001F).
///
/// Numbers must be finite and representable without loss of range: a literal whose
/// magnitude is above `Double.greatestFiniteMagnitude` (`1e400`) is an error, and so is a
/// literal that is not zero but would round to zero or to a subnormal double (`1e-400`,
/// `1e-310`: below `Double.leastNormalMagnitude`, 2.2250738585072014e-308). Zero written any
/// way (`0`, `-0.0`, `0e-999`) is allowed. Values are correctly rounded.
///
/// Time and memory are linear in the input (duplicate keys are found through fingerprints
/// and hash sets), and an error message quotes at most 60 characters of the input, then
/// "...", with control characters escaped.
public struct JSONParser {
  let bytes: [UInt8]
  var index = 0
  var depth = 0
  /// Scratch space for strings with escapes, reused from one string to the next.
  var scratch: [UInt8] = []
  /// Members of the objects being parsed, innermost last: keys, their fingerprints
  /// (`fingerprint(_:)`) and values.
  var keyStack: [String] = []
  var printStack: [UInt64] = []
  var valueStack: [JSONValue] = []
  /// Elements of the arrays being parsed, innermost last.
  var itemStack: [JSONValue] = []
  /// Recently seen short keys by fingerprint (`parseKey()`), filled on first use.
  var internedKeys: [String] = []
  var internedPrints: [UInt64] = []
  static let internSlots = 1024
  static let maximumDepth = 64
  /// The longest piece of input an error message quotes, in characters.
  static let quoteLimit = 60
  /// Objects with more members than this check duplicate keys through hash sets.
  static let linearKeyCheckLimit = 32

  public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    var parser = JSONParser(bytes: Array(text.utf8))
    return try parser.document()
  }

  public static func parse(bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    var parser = JSONParser(bytes: bytes)
    return try parser.document()
  }

  init(bytes: [UInt8]) {
    self.bytes = bytes
    // Skip a UTF-8 byte order mark.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
  }

  mutating func document() throws(JSONSyntaxError) -> JSONValue {
    skipSpace()
    if index >= bytes.count { throw error("the document is empty: expected a JSON value") }
    let value = try parseValue()
    skipSpace()
    if index < bytes.count { throw error("unexpected \(describe(bytes[index])) after the end of the document") }
    return value
  }

  /// An error at the current position (computed here, so the parse itself never counts lines).
  func error(_ message: String) -> JSONSyntaxError {
    var line = 1
    var column = 1
    var i = 0
    while i < min(index, bytes.count) {
      if bytes[i] == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if bytes[i] & 0xC0 != 0x80 {
        column += 1
      }
      i += 1
    }
    return JSONSyntaxError(message: message, line: line, column: column)
  }

  func describe(_ byte: UInt8) -> String {
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x" + String(byte, radix: 16, uppercase: true)
  }

  /// `text` in double quotes for a message: control characters, quotes and backslashes
  /// escaped as in JSON, cut after 60 characters with "...".
  static func quoted(_ text: String) -> String {
    var out = "\""
    var count = 0
    for scalar in text.unicodeScalars {
      if count == quoteLimit {
        out += "..."
        break
      }
      count += 1
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// Moves `index` over white space (runs of eight spaces at a time, as in indented files).
  @inline(__always)
  mutating func skipSpace() {
    if index < bytes.count && bytes[index] > 0x20 { return }
    skipSpaceRun()
  }

  mutating func skipSpaceRun() {
    let n = bytes.count
    var i = index
    while i < n {
      let b = bytes[i]
      guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { break }
      i += 1
      while i + 8 <= n && word(at: i) == 0x20 &* Self.ones { i += 8 }
    }
    index = i
  }

  mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    guard index < bytes.count else { throw error("unexpected end of the document: expected a value") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    default: throw error("unexpected \(describe(bytes[index])): expected a value")
    }
  }

  mutating func literal(_ word: StaticString, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { throw error("unexpected \(describe(bytes[index])): expected a value") }
    let start = word.utf8Start
    for i in 0..<count where bytes[index + i] != start[i] {
      throw error("unexpected \(describe(bytes[index])): expected a value")
    }
    index += count
    return value
  }

  mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
  }

  /// A 64-bit hash of a key's UTF-8, read eight bytes at a time: a cheap first comparison
  /// for duplicate keys and the slot of a key in the table of shared keys.
  static func fingerprint(_ utf8: UnsafeRawBufferPointer) -> UInt64 {
    let count = utf8.count
    var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
    func mix(_ w: UInt64) {
      hash = (hash ^ w) &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 32
    }
    var k = 0
    while k + 8 <= count {
      mix(utf8.loadUnaligned(fromByteOffset: k, as: UInt64.self))
      k += 8
    }
    if k < count {
      // The last bytes: the word ending at the end when there is one, else byte by byte.
      if count >= 8 {
        mix(utf8.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
      } else {
        var w: UInt64 = 0
        while k < count {
          w = w << 8 | UInt64(utf8[k])
          k += 1
        }
        mix(w)
      }
    }
    return hash
  }

  /// Whether two byte buffers hold the same bytes (eight at a time).
  static func sameBytes(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
    let count = a.count
    guard b.count == count else { return false }
    var k = 0
    while k + 8 <= count {
      if a.loadUnaligned(fromByteOffset: k, as: UInt64.self) != b.loadUnaligned(fromByteOffset: k, as: UInt64.self) {
        return false
      }
      k += 8
    }
    while k < count {
      if a[k] != b[k] { return false }
      k += 1
    }
    return true
  }

  /// Duplicate-key bookkeeping of one object.
  struct KeyIndex {
    /// One bit per fingerprint of a key so far (bit `print % 128`), while the object is
    /// small: most new keys miss it and need no comparison at all.
    var bloom: (UInt64, UInt64) = (0, 0)
    /// Fingerprints of the keys so far, once the object is large (a seeded hash set, so
    /// crafted keys cannot make it slow).
    var prints = Set<UInt64>()
    /// The keys' UTF-8, kept only once two keys of a large object have shared a fingerprint.
    var keys: Set<[UInt8]>? = nil
  }

  /// Whether `key` (with fingerprint `print`) is already a key of the object whose keys
  /// start at `base` in `keyStack`. Keys are the same when their Unicode scalars are
  /// (RFC 8259 §8.3; canonically equivalent spellings are different keys). Small objects
  /// compare fingerprints, then bytes; large ones use hash sets, filled once, so a whole
  /// object costs time linear in its size.
  mutating func isDuplicate(_ key: String, _ print: UInt64, base: Int, index: inout KeyIndex) -> Bool {
    let count = keyStack.count - base
    if count < Self.linearKeyCheckLimit {
      let bit: UInt64 = 1 << (print & 63)
      let seen = print & 64 == 0 ? index.bloom.0 : index.bloom.1
      if print & 64 == 0 { index.bloom.0 |= bit } else { index.bloom.1 |= bit }
      if seen & bit == 0 { return false }
      for i in base..<keyStack.count where printStack[i] == print && keyStack[i].utf8.elementsEqual(key.utf8) {
        return true
      }
      return false
    }
    if index.prints.isEmpty {
      index.prints.reserveCapacity(2 * count)
      for i in base..<keyStack.count { index.prints.insert(printStack[i]) }
    }
    if index.prints.insert(print).inserted && index.keys == nil { return false }
    // A fingerprint seen before: compare the bytes of every key from now on.
    if index.keys == nil { index.keys = Set(keyStack[base...].map { Array($0.utf8) }) }
    return index.keys?.insert(Array(key.utf8)).inserted == false
  }

  mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    index += 1
    skipSpace()
    if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return .object([])
    }
    // Members are gathered on stacks shared by all objects, then moved out in one array.
    let base = keyStack.count
    var keyIndex = KeyIndex()
    while true {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error(
          index < bytes.count ? "expected a key in double quotes" : "unexpected end of the document inside an object")
      }
      let keyStart = index
      let (key, print) = try parseKey()
      if isDuplicate(key, print, base: base, index: &keyIndex) {
        index = keyStart
        throw error("duplicate key \(Self.quoted(key))")
      }
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw error("expected ':' after the key \(Self.quoted(key))")
      }
      index += 1
      skipSpace()
      let value = try parseValue()
      keyStack.append(key)
      printStack.append(print)
      valueStack.append(value)
      skipSpace()
      guard index < bytes.count else { throw error("unexpected end of the document inside an object") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        depth -= 1
        // Members are moved out (a swap leaves an empty key and null behind), so no reference
        // count changes hands twice.
        var members: [(key: String, value: JSONValue)] = []
        members.reserveCapacity(keyStack.count - base)
        for i in base..<keyStack.count {
          var key = ""
          var value = JSONValue.null
          swap(&key, &keyStack[i])
          swap(&value, &valueStack[i])
          members.append((key, value))
        }
        keyStack.removeLast(members.count)
        printStack.removeLast(members.count)
        valueStack.removeLast(members.count)
        return .object(members)
      }
      throw error("expected ',' or '}' after a member of an object")
    }
  }

  mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    index += 1
    skipSpace()
    if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return .array([])
    }
    // Elements are gathered on a stack shared by all arrays, then moved out in one array.
    let base = itemStack.count
    while true {
      skipSpace()
      let item = try parseValue()
      itemStack.append(item)
      skipSpace()
      guard index < bytes.count else { throw error("unexpected end of the document inside an array") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        depth -= 1
        var items: [JSONValue] = []
        items.reserveCapacity(itemStack.count - base)
        for i in base..<itemStack.count {
          var item = JSONValue.null
          swap(&item, &itemStack[i])
          items.append(item)
        }
        itemStack.removeLast(items.count)
        return .array(items)
      }
      throw error("expected ',' or ']' after an element of an array")
    }
  }

  /// Eight bytes of the input from `i` (which must be at most `bytes.count - 8`) as one word.
  @inline(__always)
  func word(at i: Int) -> UInt64 {
    precondition(i >= 0 && i + 8 <= bytes.count)
    return UInt64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i, as: UInt64.self) })
  }

  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The high bit of each byte of `w` (little-endian order) that is a quote, a backslash,
  /// a control character or not ASCII; the lowest set bit is exact, bits above it may be
  /// spurious (a borrow), so it finds the first such byte.
  @inline(__always)
  static func stringSpecialMask(_ w: UInt64) -> UInt64 {
    let quote = w ^ (0x22 &* ones)
    let backslash = w ^ (0x5C &* ones)
    let zeroInQuote = (quote &- ones) & ~quote
    let zeroInBackslash = (backslash &- ones) & ~backslash
    let control = (w &- 0x20 &* ones) & ~w
    return (zeroInQuote | zeroInBackslash | control | w) & highBits
  }

  /// Moves `index` over plain string content (eight bytes at a time where it can) to the
  /// next quote or backslash; throws on a control character, invalid UTF-8 or the end.
  mutating func scanPlainRun() throws(JSONSyntaxError) {
    let n = bytes.count
    var i = index
    while true {
      if i + 8 <= n {
        let mask = Self.stringSpecialMask(word(at: i))
        if mask == 0 {
          i += 8
          continue
        }
        i += mask.trailingZeroBitCount >> 3
      }
      guard i < n else {
        index = i
        throw error("unterminated string")
      }
      let b = bytes[i]
      if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
        index = i
        return
      }
      if b < 0x20 {
        index = i
        throw error("control character in a string: escape it")
      }
      if b < 0x80 {
        i += 1
      } else {
        index = i
        try skipUTF8Sequence()
        i = index
      }
    }
  }

  /// A string from the opening quote at `index`; a string without escapes becomes a `String`
  /// in one go from its bytes, one with escapes goes through the scratch buffer.
  mutating func parseString() throws(JSONSyntaxError) -> String {
    index += 1
    let start = index
    try scanPlainRun()
    if bytes[index] == UInt8(ascii: "\"") {
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      index += 1
      return text
    }
    try parseEscapes(from: start)
    return String(decoding: scratch, as: UTF8.self)
  }

  /// A key from the opening quote at `index`, with its fingerprint. Short keys without
  /// escapes are shared through a small table, so a key repeated in every object of a price
  /// file is allocated once (and later comparisons of it find the same storage).
  mutating func parseKey() throws(JSONSyntaxError) -> (key: String, fingerprint: UInt64) {
    index += 1
    let start = index
    try scanPlainRun()
    guard bytes[index] == UInt8(ascii: "\"") else {
      try parseEscapes(from: start)
      let key = String(decoding: scratch, as: UTF8.self)
      return (key, scratch.withUnsafeBytes { Self.fingerprint($0) })
    }
    let end = index
    index += 1
    return bytes.withUnsafeBytes { whole in
      let utf8 = UnsafeRawBufferPointer(rebasing: whole[start..<end])
      let print = Self.fingerprint(utf8)
      guard utf8.count <= 64 else { return (String(decoding: utf8, as: UTF8.self), print) }
      if internedKeys.isEmpty {
        internedKeys = Array(repeating: "", count: Self.internSlots)
        internedPrints = Array(repeating: 0, count: Self.internSlots)
      }
      let slot = Int(truncatingIfNeeded: print >> 40) & (Self.internSlots - 1)
      if internedPrints[slot] == print {
        var candidate = internedKeys[slot]
        if candidate.withUTF8({ Self.sameBytes(UnsafeRawBufferPointer($0), utf8) }) { return (candidate, print) }
      }
      let key = String(decoding: utf8, as: UTF8.self)
      internedKeys[slot] = key
      internedPrints[slot] = print
      return (key, print)
    }
  }

  /// Decodes the rest of a string into `scratch`: `start` is just after its opening quote,
  /// `index` at its first backslash; ends after the closing quote.
  mutating func parseEscapes(from start: Int) throws(JSONSyntaxError) {
    scratch.removeAll(keepingCapacity: true)
    var runStart = start
    while true {
      scratch.append(contentsOf: bytes[runStart..<index])
      if bytes[index] == UInt8(ascii: "\"") {
        index += 1
        return
      }
      index += 1
      guard index < bytes.count else { throw error("unterminated string") }
      let e = bytes[index]
      index += 1
      switch e {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(e)
      case UInt8(ascii: "b"): scratch.append(0x08)
      case UInt8(ascii: "f"): scratch.append(0x0C)
      case UInt8(ascii: "n"): scratch.append(0x0A)
      case UInt8(ascii: "r"): scratch.append(0x0D)
      case UInt8(ascii: "t"): scratch.append(0x09)
      case UInt8(ascii: "u"):
        var code = try hex4()
        if (0xD800..<0xDC00).contains(code) {
          guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
          else {
            throw error("unpaired surrogate in a \\u escape")
          }
          index += 2
          let low = try hex4()
          guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate in a \\u escape") }
          code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(code) {
          throw error("unpaired surrogate in a \\u escape")
        }
        guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape") }
        UTF8.encode(scalar) { scratch.append($0) }
      default:
        index -= 2
        throw error("invalid escape \\\(Character(Unicode.Scalar(e)))")
      }
      runStart = index
      try scanPlainRun()
    }
  }

  /// Steps over one multi-byte UTF-8 sequence starting at `index` (a byte of 0x80 or more),
  /// or throws at its first bad byte: overlong forms, surrogates and values above U+10FFFF
  /// are invalid (RFC 3629).
  mutating func skipUTF8Sequence() throws(JSONSyntaxError) {
    let lead = bytes[index]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      high = 0x9F
    case 0xF0:
      length = 4
      low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      high = 0x8F
    default: throw error("invalid UTF-8 in a string")
    }
    for offset in 1..<length {
      let i = index + offset
      guard i < bytes.count, bytes[i] >= low, bytes[i] <= high else {
        index = i
        throw error("invalid UTF-8 in a string")
      }
      low = 0x80
      high = 0xBF
    }
    index += length
  }

  mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error("incomplete \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[index]
      let digit: UInt32
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
      default: throw error("invalid hex digit in a \\u escape")
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  func isDigit(_ i: Int) -> Bool {
    i < bytes.count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9")
  }

  mutating func skipDigits() -> Range<Int> {
    let start = index
    while isDigit(index) { index += 1 }
    return start..<index
  }

  /// A number from `index`: the grammar is checked first, then the value is computed from
  /// the digit ranges (exactly for up to 19 significant digits and powers of ten up to 22,
  /// otherwise through the standard library's correctly rounded conversion of at most 800
  /// significant digits, which is all a double can depend on).
  mutating func parseNumber() throws(JSONSyntaxError) -> Double {
    let start = index
    let negative = bytes[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    guard index < bytes.count else { throw error("incomplete number") }
    let integer: Range<Int>
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if isDigit(index) { throw error("a number cannot have leading zeros") }
      integer = (index - 1)..<index
    } else {
      integer = skipDigits()
      if integer.isEmpty { throw error("invalid number") }
    }
    var fraction = index..<index
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      fraction = skipDigits()
      if fraction.isEmpty { throw error("expected digits after the decimal point") }
    }
    // The written exponent, saturated far beyond any double's range.
    var exponent = 0
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      var exponentNegative = false
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        exponentNegative = bytes[index] == UInt8(ascii: "-")
        index += 1
      }
      let digits = skipDigits()
      if digits.isEmpty { throw error("expected digits in the exponent") }
      for i in digits where exponent < 1_000_000 { exponent = exponent * 10 + Int(bytes[i] - UInt8(ascii: "0")) }
      if exponentNegative { exponent = -exponent }
    }
    let end = index
    guard let magnitude = Self.decimalValue(bytes, integer: integer, fraction: fraction, exponent: exponent) else {
      return negative ? -0.0 : 0.0
    }
    if magnitude.isFinite && magnitude >= Double.leastNormalMagnitude { return negative ? -magnitude : magnitude }
    let text = String(decoding: bytes[start..<end], as: UTF8.self)
    let shown = text.utf8.count > Self.quoteLimit ? String(text.prefix(Self.quoteLimit - 3)) + "..." : text
    index = start
    if !magnitude.isFinite { throw error("the number \(shown) is out of range") }
    throw error(
      "the number \(shown) is too close to zero: a number that is not 0 must have a magnitude of at least "
        + "\(Double.leastNormalMagnitude)")
  }

  static let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22,
  ]

  /// The magnitude of the decimal `integer.fraction × 10^exponent`, correctly rounded (may be
  /// infinite, zero or subnormal), or `nil` when every digit is zero.
  static func decimalValue(_ bytes: [UInt8], integer: Range<Int>, fraction: Range<Int>, exponent: Int) -> Double? {
    // The first 19 significant digits in `mantissa`; value ≈ mantissa × 10^scale.
    var mantissa: UInt64 = 0
    var digitCount = 0
    var scale = exponent
    var truncated = false
    for i in integer {
      let d = UInt64(bytes[i] &- UInt8(ascii: "0"))
      if digitCount == 0 && d == 0 { continue }
      if digitCount < 19 {
        mantissa = mantissa &* 10 &+ d
        digitCount += 1
      } else {
        scale += 1
        truncated = true
      }
    }
    for i in fraction {
      let d = UInt64(bytes[i] &- UInt8(ascii: "0"))
      if digitCount == 0 && d == 0 {
        scale -= 1
        continue
      }
      if digitCount < 19 {
        mantissa = mantissa &* 10 &+ d
        digitCount += 1
        scale -= 1
      } else {
        truncated = true
      }
    }
    if digitCount == 0 { return nil }
    if !truncated && mantissa <= 1 << 53 && scale >= -22 && scale <= 22 {
      // Both operands are exact, so one correctly rounded operation gives the exact result.
      let m = Double(mantissa)
      return scale >= 0 ? m * exactPowersOfTen[scale] : m / exactPowersOfTen[-scale]
    }
    // The value is 0.d1d2d3… × 10^pointExponent with d1 ≠ 0.
    let pointExponent = scale + digitCount
    if pointExponent > 310 { return .infinity }
    if pointExponent < -330 { return 0 }
    var digits: [UInt8] = Array("0.".utf8)
    var sticky = false
    for i in integer.lowerBound..<(fraction.isEmpty ? integer.upperBound : fraction.upperBound) {
      let b = bytes[i]
      if b == UInt8(ascii: ".") || (digits.count == 2 && b == UInt8(ascii: "0")) { continue }
      if digits.count < 802 {
        digits.append(b)
      } else if b != UInt8(ascii: "0") {
        sticky = true
        break
      }
    }
    // A non-zero digit beyond the 800th only matters as "more than what is written".
    if sticky { digits.append(UInt8(ascii: "1")) }
    digits.append(contentsOf: "e\(pointExponent)".utf8)
    return Double(String(decoding: digits, as: UTF8.self)) ?? .nan
  }
}

/// Writes JSON deterministically: keys sorted, two-space indentation, numbers in their
/// shortest exact form, a final newline.
///
/// The text is built in one byte buffer; strings are copied in runs of bytes that need no
/// escape, found eight bytes at a time.
public enum JSONWriter {
  public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
    var out = JSONOutput(capacity: 4096)
    emit(value, into: &out, indent: pretty ? 0 : -1)
    if pretty { out.append(UInt8(ascii: "\n")) }
    return out.text()
  }

  /// A new line and 64 levels of indentation, to copy from.
  static let newlineAndSpaces = [UInt8(ascii: "\n")] + [UInt8](repeating: UInt8(ascii: " "), count: 128)

  /// A new line followed by `level` two-space indents.
  static func newline(_ level: Int, into out: inout JSONOutput) {
    let width = 2 * level
    if width < newlineAndSpaces.count {
      newlineAndSpaces.withUnsafeBufferPointer { out.append(UnsafeBufferPointer(rebasing: $0[0...width])) }
    } else {
      out.append(UInt8(ascii: "\n"))
      for _ in 0..<width { out.append(UInt8(ascii: " ")) }
    }
  }

  @inline(__always)
  static func append(_ text: StaticString, to out: inout JSONOutput) {
    text.withUTF8Buffer { out.append($0) }
  }

  /// Whether the bytes `x` come before the bytes `y` (eight at a time, then one by one).
  static func precedes(_ x: UnsafeRawBufferPointer, _ y: UnsafeRawBufferPointer) -> Bool {
    let common = min(x.count, y.count)
    var k = 0
    while k + 8 <= common {
      // Read most significant byte first, so integer order is byte order.
      let u = UInt64(bigEndian: x.loadUnaligned(fromByteOffset: k, as: UInt64.self))
      let v = UInt64(bigEndian: y.loadUnaligned(fromByteOffset: k, as: UInt64.self))
      if u != v { return u < v }
      k += 8
    }
    while k < common {
      if x[k] != y[k] { return x[k] < y[k] }
      k += 1
    }
    return x.count < y.count
  }

  /// The order in which to write `members`: by key, comparing Unicode scalar values (the
  /// order of their UTF-8 bytes). The keys are copied once into one buffer, so comparing
  /// touches no reference counts; keys already in order are not sorted again.
  static func keyOrder(_ members: [(key: String, value: JSONValue)]) -> [Int] {
    var keyBytes: [UInt8] = []
    var starts: [Int] = []
    starts.reserveCapacity(members.count + 1)
    for member in members {
      starts.append(keyBytes.count)
      var key = member.key
      key.withUTF8 { keyBytes.append(contentsOf: $0) }
    }
    starts.append(keyBytes.count)
    return keyBytes.withUnsafeBytes { all in
      func key(_ i: Int) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: all[starts[i]..<starts[i + 1]]) }
      var order = Array(members.indices)
      if (1..<max(1, members.count)).contains(where: { !precedes(key($0 - 1), key($0)) }) {
        order.sort { precedes(key($0), key($1)) }
      }
      return order
    }
  }

  static func emit(_ value: JSONValue, into out: inout JSONOutput, indent: Int) {
    let pretty = indent >= 0
    switch value {
    case .null: append("null", to: &out)
    case .bool(let b): b ? append("true", to: &out) : append("false", to: &out)
    case .number(let x):
      guard x.isFinite else {
        append("null", to: &out)
        return
      }
      var text = Format.number(x)
      text.withUTF8 { out.append($0) }
    case .string(let s): escape(s, into: &out)
    case .array(let items):
      if items.isEmpty {
        append("[]", to: &out)
        return
      }
      let numbers = items.allSatisfy {
        if case .number = $0 { return true }
        return false
      }
      out.append(UInt8(ascii: "["))
      if pretty && numbers {
        // Lists of numbers (an hourly shape, a distribution) read better on one line.
        for (i, item) in items.enumerated() {
          if i > 0 { append(", ", to: &out) }
          emit(item, into: &out, indent: -1)
        }
        out.append(UInt8(ascii: "]"))
        return
      }
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        if pretty { newline(indent + 1, into: &out) }
        emit(item, into: &out, indent: pretty ? indent + 1 : -1)
      }
      if pretty { newline(indent, into: &out) }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      if members.isEmpty {
        append("{}", to: &out)
        return
      }
      out.append(UInt8(ascii: "{"))
      let order = keyOrder(members)
      for (i, m) in order.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        if pretty { newline(indent + 1, into: &out) }
        escape(members[m].key, into: &out)
        if pretty {
          append(": ", to: &out)
        } else {
          out.append(UInt8(ascii: ":"))
        }
        emit(members[m].value, into: &out, indent: pretty ? indent + 1 : -1)
      }
      if pretty { newline(indent, into: &out) }
      out.append(UInt8(ascii: "}"))
    }
  }

  static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  /// The high bit of each byte of `w` (little-endian order) that must be escaped: a quote, a
  /// backslash, a control character or DEL; the lowest set bit is exact.
  @inline(__always)
  static func escapeMask(_ w: UInt64) -> UInt64 {
    let ones = JSONParser.ones
    let quote = w ^ (0x22 &* ones)
    let backslash = w ^ (0x5C &* ones)
    let delete = w ^ (0x7F &* ones)
    let zeros = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((delete &- ones) & ~delete)
    let control = (w &- 0x20 &* ones) & ~w
    return (zeros | control) & JSONParser.highBits
  }

  /// `s` as a JSON string: `"` and `\` escaped, `\n`, `\r`, `\t` by name, other control
  /// characters and DEL as `\u00xx`; everything else, non-ASCII included, as is.
  static func escape(_ s: String, into out: inout JSONOutput) {
    out.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { text in
      let raw = UnsafeRawBufferPointer(text)
      let count = text.count
      var runStart = 0
      var i = 0
      while true {
        // Skip eight plain bytes at a time, then find the next byte to escape.
        while i + 8 <= count {
          let mask = escapeMask(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
          if mask != 0 {
            i += mask.trailingZeroBitCount >> 3
            break
          }
          i += 8
        }
        if i + 8 > count {
          while i < count {
            let b = text[i]
            if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == 0x7F { break }
            i += 1
          }
        }
        out.append(UnsafeBufferPointer(rebasing: text[runStart..<i]))
        if i >= count { break }
        let b = text[i]
        switch b {
        case UInt8(ascii: "\""): append("\\\"", to: &out)
        case UInt8(ascii: "\\"): append("\\\\", to: &out)
        case 0x0A: append("\\n", to: &out)
        case 0x0D: append("\\r", to: &out)
        case 0x09: append("\\t", to: &out)
        default:
          append("\\u00", to: &out)
          out.append(hexDigits[Int(b >> 4)])
          out.append(hexDigits[Int(b & 0xF)])
        }
        i += 1
        runStart = i
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}

/// The writer's growing byte buffer: an append is a capacity check and a copy.
struct JSONOutput: ~Copyable {
  var base: UnsafeMutablePointer<UInt8>
  var count = 0
  var capacity: Int

  init(capacity: Int) {
    self.capacity = max(16, capacity)
    base = .allocate(capacity: self.capacity)
  }

  deinit { base.deallocate() }

  /// Makes room for `extra` more bytes, at least doubling the capacity.
  mutating func reserve(_ extra: Int) {
    guard capacity - count < extra else { return }
    let newCapacity = max(2 * capacity, count + extra)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    reserve(1)
    (base + count).initialize(to: byte)
    count += 1
  }

  @inline(__always)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, bytes.count > 0 else { return }
    reserve(bytes.count)
    (base + count).initialize(from: source, count: bytes.count)
    count += bytes.count
  }

  /// The bytes written so far as a `String` (they are valid UTF-8: copied from strings, or ASCII).
  func text() -> String {
    String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
  }
}
