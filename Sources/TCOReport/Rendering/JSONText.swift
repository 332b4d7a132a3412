import TCOData

/// `JSONWriter.write(value)` (pretty), byte for byte, with less work per object: keys are put in
/// order by their first eight bytes held in one integer (the whole keys compared only when those
/// are equal), in scratch space on the stack, and the text goes into one `TextBytes` buffer.
///
/// The layout is `JSONWriter`'s: keys sorted by their UTF-8 bytes (equal keys in their given
/// order), two-space indentation, arrays of numbers on one line, numbers as `Format.number` writes
/// them (`null` when not finite), strings escaped as `JSONWriter.escape` does, a final new line.
public enum JSONText {
  public static func write(_ value: JSONValue) -> String {
    var out = TextBytes(capacity: 4096)
    emit(value, indent: 0, into: &out)
    out.append(UInt8(ascii: "\n"))
    return out.text
  }

  static func emit(_ value: JSONValue, indent: Int, into out: inout TextBytes) {
    switch value {
    case .null: out.append("null")
    case .bool(let b): b ? out.append("true") : out.append("false")
    case .number(let x): out.appendJSONNumber(x)
    case .string(let s): appendQuoted(s, into: &out)
    case .array(let items):
      if items.isEmpty {
        out.append("[]")
        return
      }
      let numbers = items.allSatisfy {
        if case .number = $0 { return true }
        return false
      }
      out.append(UInt8(ascii: "["))
      if numbers {
        for (i, item) in items.enumerated() {
          if i > 0 { out.append(", ") }
          if case .number(let x) = item { out.appendJSONNumber(x) }
        }
        out.append(UInt8(ascii: "]"))
        return
      }
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        out.newline(indent + 1)
        emit(item, indent: indent + 1, into: &out)
      }
      out.newline(indent)
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      if members.isEmpty {
        out.append("{}")
        return
      }
      out.append(UInt8(ascii: "{"))
      withUnsafeTemporaryAllocation(of: Int.self, capacity: members.count) { order in
        sortedOrder(members, into: order)
        for (i, m) in order.enumerated() {
          if i > 0 { out.append(UInt8(ascii: ",")) }
          out.newline(indent + 1)
          appendQuoted(members[m].key, into: &out)
          out.append(": ")
          emit(members[m].value, indent: indent + 1, into: &out)
        }
      }
      out.newline(indent)
      out.append(UInt8(ascii: "}"))
    }
  }

  /// The first eight UTF-8 bytes of `key`, most significant first, zero-padded.
  static func prefix(_ key: String) -> UInt64 {
    var key = key
    return key.withUTF8 { bytes in
      var word: UInt64 = 0
      for k in 0..<8 { word = word << 8 | UInt64(k < bytes.count ? bytes[k] : 0) }
      return word
    }
  }

  /// The indices of `members` in the order of their keys' UTF-8 bytes; equal keys keep their
  /// order (an insertion sort: objects are small, and most are written in order already).
  static func sortedOrder(_ members: [(key: String, value: JSONValue)], into order: UnsafeMutableBufferPointer<Int>) {
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: members.count) { prefixes in
      for (i, member) in members.enumerated() {
        prefixes[i] = prefix(member.key)
        order[i] = i
      }
      func precedes(_ a: Int, _ b: Int) -> Bool {
        if prefixes[a] != prefixes[b] { return prefixes[a] < prefixes[b] }
        return members[a].key.utf8.lexicographicallyPrecedes(members[b].key.utf8)
      }
      for i in 1..<members.count {
        let item = order[i]
        var j = i
        while j > 0 && precedes(item, order[j - 1]) {
          order[j] = order[j - 1]
          j -= 1
        }
        order[j] = item
      }
    }
  }

  static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  /// `s` in double quotes: `"` and `\` escaped, `\n`, `\r`, `\t` by name, other control
  /// characters and DEL as `\u00xx`; everything else, non-ASCII included, as is.
  static func appendQuoted(_ s: String, into out: inout TextBytes) {
    out.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { text in
      var runStart = 0
      for (i, b) in text.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == 0x7F
      {
        out.append(UnsafeBufferPointer(rebasing: text[runStart..<i]))
        switch b {
        case UInt8(ascii: "\""): out.append("\\\"")
        case UInt8(ascii: "\\"): out.append("\\\\")
        case 0x0A: out.append("\\n")
        case 0x0D: out.append("\\r")
        case 0x09: out.append("\\t")
        default:
          out.append("\\u00")
          out.append(hexDigits[Int(b >> 4)])
          out.append(hexDigits[Int(b & 0xF)])
        }
        runStart = i + 1
      }
      out.append(UnsafeBufferPointer(rebasing: text[runStart...]))
    }
    out.append(UInt8(ascii: "\""))
  }
}
