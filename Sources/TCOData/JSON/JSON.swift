/// A JSON document; objects keep their keys in input order (the writer sorts them).
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.number(let x), .number(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      // Key order carries no meaning in JSON: compare as maps.
      return x.count == y.count
        && x.allSatisfy { member in y.contains { $0.key == member.key && $0.value == member.value } }
    default: return false
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

/// A strict RFC 8259 parser: no comments, no trailing commas, no duplicate keys, finite
/// numbers only, nesting at most 64 deep.
public struct JSONParser {
  let bytes: [UInt8]
  var index = 0
  var depth = 0
  static let maximumDepth = 64

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

  mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
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
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw error("unexpected \(describe(bytes[index])): expected a value")
    }
  }

  mutating func literal(_ word: String, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
    let w = Array(word.utf8)
    guard index + w.count <= bytes.count, Array(bytes[index..<index + w.count]) == w else {
      throw error("unexpected \(describe(bytes[index])): expected a value")
    }
    index += w.count
    return value
  }

  mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
  }

  mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    index += 1
    var members: [(key: String, value: JSONValue)] = []
    skipSpace()
    if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error(
          index < bytes.count ? "expected a key in double quotes" : "unexpected end of the document inside an object")
      }
      let keyStart = index
      let key = try parseString()
      if members.contains(where: { $0.key == key }) {
        index = keyStart
        throw error("duplicate key \"\(key)\"")
      }
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw error("expected ':' after the key \"\(key)\"")
      }
      index += 1
      skipSpace()
      members.append((key, try parseValue()))
      skipSpace()
      guard index < bytes.count else { throw error("unexpected end of the document inside an object") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        depth -= 1
        return .object(members)
      }
      throw error("expected ',' or '}' after a member of an object")
    }
  }

  mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    index += 1
    var items: [JSONValue] = []
    skipSpace()
    if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return .array(items)
    }
    while true {
      skipSpace()
      items.append(try parseValue())
      skipSpace()
      guard index < bytes.count else { throw error("unexpected end of the document inside an array") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        depth -= 1
        return .array(items)
      }
      throw error("expected ',' or ']' after an element of an array")
    }
  }

  mutating func parseString() throws(JSONSyntaxError) -> String {
    index += 1
    var scalars = String.UnicodeScalarView()
    var raw: [UInt8] = []
    func flush() throws(JSONSyntaxError) {
      if raw.isEmpty { return }
      guard let text = String(validating: raw, as: UTF8.self) else { throw error("invalid UTF-8 in a string") }
      scalars.append(contentsOf: text.unicodeScalars)
      raw.removeAll(keepingCapacity: true)
    }
    while true {
      guard index < bytes.count else { throw error("unterminated string") }
      let b = bytes[index]
      if b == UInt8(ascii: "\"") {
        index += 1
        try flush()
        return String(scalars)
      }
      if b < 0x20 { throw error("control character in a string: escape it") }
      if b != UInt8(ascii: "\\") {
        raw.append(b)
        index += 1
        continue
      }
      try flush()
      index += 1
      guard index < bytes.count else { throw error("unterminated string") }
      let e = bytes[index]
      index += 1
      switch e {
      case UInt8(ascii: "\""): scalars.append("\"")
      case UInt8(ascii: "\\"): scalars.append("\\")
      case UInt8(ascii: "/"): scalars.append("/")
      case UInt8(ascii: "b"): scalars.append("\u{08}")
      case UInt8(ascii: "f"): scalars.append("\u{0C}")
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
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
        scalars.append(scalar)
      default:
        index -= 2
        throw error("invalid escape \\\(Character(Unicode.Scalar(e)))")
      }
    }
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

  mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
    let start = index
    func digits() -> Int {
      let s = index
      while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
      return index - s
    }
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count else { throw error("incomplete number") }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      if index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
        throw error("a number cannot have leading zeros")
      }
    } else if digits() == 0 {
      throw error("invalid number")
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      if digits() == 0 { throw error("expected digits after the decimal point") }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
      if digits() == 0 { throw error("expected digits in the exponent") }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      index = start
      throw error("the number \(text) is out of range")
    }
    return .number(value)
  }
}

/// Writes JSON deterministically: keys sorted, two-space indentation, numbers in their
/// shortest exact form, a final newline.
public enum JSONWriter {
  public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
    var out = ""
    emit(value, into: &out, indent: pretty ? 0 : -1)
    if pretty { out += "\n" }
    return out
  }

  static func emit(_ value: JSONValue, into out: inout String, indent: Int) {
    let pretty = indent >= 0
    let pad = pretty ? String(repeating: "  ", count: indent + 1) : ""
    let closePad = pretty ? String(repeating: "  ", count: indent) : ""
    switch value {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let x): out += x.isFinite ? Format.number(x) : "null"
    case .string(let s): escape(s, into: &out)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      let numbers = items.allSatisfy {
        if case .number = $0 { return true }
        return false
      }
      if pretty && numbers {
        // Lists of numbers (an hourly shape, a distribution) read better on one line.
        out += "["
        for (i, item) in items.enumerated() {
          if i > 0 { out += ", " }
          emit(item, into: &out, indent: -1)
        }
        out += "]"
        return
      }
      out += pretty ? "[\n" : "["
      for (i, item) in items.enumerated() {
        out += pad
        emit(item, into: &out, indent: pretty ? indent + 1 : -1)
        if i < items.count - 1 { out += "," }
        if pretty { out += "\n" }
      }
      out += closePad + "]"
    case .object(let members):
      if members.isEmpty {
        out += "{}"
        return
      }
      out += pretty ? "{\n" : "{"
      let sorted = members.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
      for (i, member) in sorted.enumerated() {
        out += pad
        escape(member.key, into: &out)
        out += pretty ? ": " : ":"
        emit(member.value, into: &out, indent: pretty ? indent + 1 : -1)
        if i < sorted.count - 1 { out += "," }
        if pretty { out += "\n" }
      }
      out += closePad + "}"
    }
  }

  static func escape(_ s: String, into out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
