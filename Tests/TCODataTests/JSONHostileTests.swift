import Foundation
import Testing

@testable import TCOData

/// The parser on inputs built to hurt it: many keys, huge literals, numbers at the edges of
/// the double range, raw control characters, invalid UTF-8, long strings; and the writer on
/// the largest real file.
@Suite("JSON parser and writer on hostile input")
struct JSONHostileTests {
  /// The error of parsing `text`, or `nil` when it parses.
  func syntaxError(_ text: String) -> JSONSyntaxError? {
    syntaxError(bytes: Array(text.utf8))
  }

  func syntaxError(bytes: [UInt8]) -> JSONSyntaxError? {
    do {
      _ = try JSONParser.parse(bytes: bytes)
      return nil
    } catch {
      return error
    }
  }

  func seconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try body()
    let elapsed = clock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  }

  /// `{` on line 1, then `"k0": 0,` … one key per line, indented by two spaces.
  func manyKeys(_ count: Int, extra: String? = nil) -> String {
    var text = "{\n"
    for i in 0..<count {
      text += "  \"k\(i)\": \(i)"
      text += i < count - 1 || extra != nil ? ",\n" : "\n"
    }
    if let extra { text += "  " + extra + "\n" }
    return text + "}"
  }

  @Test("80,000 keys parse in seconds, not minutes (the check was quadratic), and a late duplicate is found")
  func manyKeysAreLinear() throws {
    let text = manyKeys(80_000)
    var value = JSONValue.null
    let elapsed = try seconds { value = try JSONParser.parse(text) }
    #expect(elapsed < 5, "80,000 keys took \(elapsed) s")
    guard case .object(let members) = value else {
      Issue.record("not an object")
      return
    }
    #expect(members.count == 80_000)
    #expect(value["k79999"] == .number(79_999))

    // Line 1 is "{", key i is on line i + 2, so the duplicate after the last key is on line 80,002,
    // after its two spaces of indentation.
    let duplicate = try #require(syntaxError(manyKeys(80_000, extra: #""k40000": 1"#)))
    #expect(duplicate.message == #"duplicate key "k40000""#)
    #expect(duplicate.line == 80_002 && duplicate.column == 3)
  }

  @Test("A duplicate is found in a small object too, after an escaped spelling of the same key")
  func escapedDuplicate() throws {
    // "\u0061" is "a": the same key written two ways.
    let error = try #require(syntaxError(#"{"a": 1, "b": 2, "\u0061": 3}"#))
    #expect(error.message == #"duplicate key "a""#)
    #expect(error.line == 1 && error.column == 18)
    // Different keys with the same first bytes and length are not duplicates.
    #expect(syntaxError(#"{"price_per_token_a": 1, "price_per_token_b": 2}"#) == nil)
  }

  @Test("Keys are the same when their Unicode scalars are: a canonically equivalent spelling is another key")
  func keysCompareByScalars() throws {
    // U+00E9 and "e" + U+0301 render alike but are different scalar sequences (RFC 8259 section 8.3).
    let value = try JSONParser.parse("{\"\u{E9}\": 1, \"e\u{301}\": 2}")
    guard case .object(let members) = value else {
      Issue.record("not an object")
      return
    }
    #expect(members.count == 2)
  }

  @Test("In a large object, two different keys sharing a fingerprint are not duplicates; equal keys are")
  func fingerprintCollision() {
    var parser = JSONParser(bytes: [])
    var index = JSONParser.KeyIndex()
    // 40 keys (past the 32 compared one by one), all given the same fingerprint 7.
    for i in 0..<40 {
      let key = "key\(i)"
      #expect(!parser.isDuplicate(key, 7, base: 0, index: &index), "\(key)")
      parser.keyStack.append(key)
      parser.printStack.append(7)
      parser.valueStack.append(.null)
    }
    #expect(parser.isDuplicate("key3", 7, base: 0, index: &index))
    #expect(parser.isDuplicate("key39", 7, base: 0, index: &index))
    #expect(!parser.isDuplicate("key40", 8, base: 0, index: &index))
  }

  @Test("Objects compare as maps in linear time, whatever the key order")
  func equalityIsLinear() throws {
    let forward = JSONValue.object((0..<50_000).map { (key: "k\($0)", value: .number(Double($0))) })
    let backward = JSONValue.object((0..<50_000).reversed().map { (key: "k\($0)", value: .number(Double($0))) })
    var changed = (0..<50_000).map { (key: "k\($0)", value: JSONValue.number(Double($0))) }
    changed[12_345].value = .number(-1)
    var same = false
    var different = true
    let elapsed = seconds {
      same = forward == backward
      different = forward == .object(changed)
    }
    #expect(same)
    #expect(!different)
    #expect(elapsed < 5, "comparing took \(elapsed) s")
  }

  @Test("A huge number literal gives a short error")
  func hugeNumberLiteral() throws {
    let digits = String(repeating: "9", count: 1 << 20)
    let error = try #require(syntaxError(#"{"a": "# + digits + "}"))
    #expect(error.message.utf8.count < 120, "message of \(error.message.utf8.count) bytes")
    #expect(error.message.hasPrefix("the number 999"))
    #expect(error.message.hasSuffix("... is out of range"))
    #expect(error.line == 1 && error.column == 7)
  }

  @Test("A long key is quoted short, with its control characters escaped")
  func longKeyQuotedShort() throws {
    let key = "\\u001b[2J" + String(repeating: "x", count: 100_000)
    let error = try #require(syntaxError("{\"" + key + "\": 1, \"" + key + "\": 2}"))
    // 60 characters of the key: ESC (shown as \u001b), "[2J", then 56 "x".
    #expect(error.message == #"duplicate key "\u001b[2J"# + String(repeating: "x", count: 56) + #"...""#)
    let missingColon = try #require(syntaxError("{\"" + key + "\" 1}"))
    #expect(missingColon.message.utf8.count < 140)
  }

  @Test(
    "Numbers too close to zero are errors naming their position; zero written any way is zero",
    arguments: ["1e-400", "-1e-400", "1e-310", "4.9e-324", "0.0000000001e-300", "2.2250738585072009e-308"])
  func underflow(literal: String) throws {
    let error = try #require(syntaxError("[1,\n " + literal + "]"))
    #expect(error.line == 2 && error.column == 2)
    #expect(error.message.hasPrefix("the number \(literal) is too close to zero"))
    #expect(error.message.contains("2.2250738585072014e-308"))
  }

  @Test("The smallest normal double and every spelling of zero parse")
  func smallestAccepted() throws {
    let value = try JSONParser.parse("[2.2250738585072014e-308, 0e-400, -0.0, 0.000e999, 1e-307]")
    #expect(
      value
        == .array([.number(Double.leastNormalMagnitude), .number(0), .number(0), .number(0), .number(1e-307)]))
    guard case .array(let items) = value, case .number(let negativeZero) = items[2] else {
      Issue.record("not an array of numbers")
      return
    }
    #expect(negativeZero.sign == .minus)
  }

  @Test(
    "Numbers beyond the largest double are errors",
    arguments: ["1e400", "-1e400", "1.8e308", "1e99999999999999999999999"])
  func overflow(literal: String) throws {
    let error = try #require(syntaxError(" " + literal))
    #expect(error.message == "the number \(literal) is out of range")
    #expect(error.line == 1 && error.column == 2)
    #expect(try JSONParser.parse("1.7976931348623157e308") == .number(Double.greatestFiniteMagnitude))
  }

  @Test("Long mantissas round correctly, including a halfway case decided past the 800th digit")
  func longMantissas() throws {
    // 0.1 followed by a million zeros and a 1 is 0.1 to the nearest double.
    let tenth = "0.1" + String(repeating: "0", count: 1_000_000) + "1"
    #expect(try JSONParser.parse(tenth) == .number(0.1))
    // 2^53 + 1 is halfway between 2^53 and 2^53 + 2: ties go to even (2^53); anything above
    // the tie, however far down, goes up.
    #expect(try JSONParser.parse("9007199254740993") == .number(9_007_199_254_740_992))
    let aboveTie = "9007199254740993." + String(repeating: "0", count: 1_000) + "1"
    #expect(try JSONParser.parse(aboveTie) == .number(9_007_199_254_740_994))
    let tieWithZeros = "9007199254740993." + String(repeating: "0", count: 1_000)
    #expect(try JSONParser.parse(tieWithZeros) == .number(9_007_199_254_740_992))
    // Many integer digits: 1 followed by 300 zeros is 1e300.
    #expect(try JSONParser.parse("1" + String(repeating: "0", count: 300)) == .number(1e300))
  }

  @Test("Numbers equal the standard library's correctly rounded conversion")
  func numbersMatchStandardLibrary() throws {
    var generator = SplitMix64(seed: 20_261_122)
    var checked = 0
    for _ in 0..<20_000 {
      let integerDigits = Int(generator.next() % 22) + 1
      var literal = generator.next() % 2 == 0 ? "-" : ""
      literal += String(generator.next() % 9 + 1)
      for _ in 1..<integerDigits { literal += String(generator.next() % 10) }
      if generator.next() % 2 == 0 {
        literal += "."
        for _ in 0..<Int(generator.next() % 20 + 1) { literal += String(generator.next() % 10) }
      }
      if generator.next() % 2 == 0 { literal += "e" + String(Int(generator.next() % 600) - 300) }
      guard let expected = Double(literal), expected.isFinite, abs(expected) >= Double.leastNormalMagnitude else {
        #expect(syntaxError(literal) != nil, "\(literal)")
        continue
      }
      #expect(try JSONParser.parse(literal) == .number(expected), "\(literal)")
      checked += 1
    }
    #expect(checked > 15_000)
  }

  @Test("Raw control characters in strings are rejected; DEL is allowed", arguments: Array(UInt8(0)..<0x20))
  func controlCharacters(byte: UInt8) throws {
    let error = try #require(syntaxError(bytes: [0x22, 0x61, byte, 0x62, 0x22]))
    #expect(error.message == "control character in a string: escape it")
    #expect(error.line == 1 && error.column == 3)
    #expect(try JSONParser.parse(bytes: [0x22, 0x61, 0x7F, 0x22]) == .string("a\u{7F}"))
  }

  @Test(
    "Invalid UTF-8 is rejected at its first bad byte",
    arguments: [
      ([0xC0, 0x80], 4),  // overlong NUL
      ([0xE0, 0x80, 0x80], 5),  // overlong: E0 must be followed by A0...BF
      ([0xED, 0xA0, 0x80], 5),  // a UTF-16 surrogate
      ([0xF4, 0x90, 0x80, 0x80], 5),  // above U+10FFFF
      ([0xF5, 0x80, 0x80, 0x80], 4),  // no such lead byte
      ([0x80], 4),  // a lone continuation byte
      ([0xE2, 0x82, 0x41], 5),  // cut short (the column counts characters, and E2 82 starts one)
    ])
  func invalidUTF8(sequence: [UInt8], column: Int) throws {
    // `"ab` then the sequence then `"`.
    let error = try #require(syntaxError(bytes: [0x22, 0x61, 0x62] + sequence + [0x22]))
    #expect(error.message == "invalid UTF-8 in a string")
    #expect(error.line == 1 && error.column == column)
  }

  @Test("A 1 MB string with escapes and multi-byte characters parses and round-trips")
  func megabyteString() throws {
    // Each piece is 15 bytes of JSON text: 7 ASCII, "é" (2 bytes), "😀" (4 bytes), and a \n escape.
    let piece = #"abcdefgé😀\n"#
    let expectedPiece = "abcdefgé😀\n"
    let count = 1_000_000 / piece.utf8.count
    let text = "\"" + String(repeating: piece, count: count) + "\""
    let value = try JSONParser.parse(text)
    #expect(value == .string(String(repeating: expectedPiece, count: count)))
    #expect(try JSONParser.parse(JSONWriter.write(value)) == value)
    // Without escapes the string takes the direct path.
    let plain = String(repeating: "abcdefgé😀", count: count)
    #expect(try JSONParser.parse("\"" + plain + "\"") == .string(plain))
  }

  @Test("The writer escapes control characters, quotes, backslashes and DEL, and nothing else")
  func writerEscapes() {
    let value = JSONValue.string("a\"b\\c\n\r\t\u{1}\u{1B}\u{7F}é😀/")
    #expect(JSONWriter.write(value, pretty: false) == #""a\"b\\c\n\r\t\u0001\u001b\u007fé😀/""#)
    let nested = JSONValue.object([
      (key: "b", value: .array([.number(1), .number(2.5)])), (key: "a", value: .array([.string("x"), .object([])])),
    ])
    #expect(JSONWriter.write(nested) == "{\n  \"a\": [\n    \"x\",\n    {}\n  ],\n  \"b\": [1, 2.5]\n}\n")
  }

  @Test("The LiteLLM price file survives parse, write and parse again")
  func litellmRoundTrip() throws {
    let path = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("shared/reference/prices/litellm-1.109.1-model_prices_and_context_window.json").path
    let data = try #require(FileManager.default.contents(atPath: path), "missing \(path)")
    let value = try JSONParser.parse(bytes: [UInt8](data))
    guard case .object(let models) = value else {
      Issue.record("not an object")
      return
    }
    // Python's json module counts 4,553 top-level keys in this file.
    #expect(models.count == 4_553)
    // Pretty output (the compact form is covered by the small round trip in ProfileTests).
    let pretty = JSONWriter.write(value)
    #expect(try JSONParser.parse(pretty) == value)
  }

  @Test("Nesting is allowed to 64 levels and refused at 65")
  func nestingLimit() {
    #expect(syntaxError(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)) == nil)
    let error = syntaxError(String(repeating: "[", count: 65) + String(repeating: "]", count: 65))
    #expect(error?.message == "nesting deeper than 64 levels")
    #expect(error?.column == 65)
  }
}

/// A small seeded generator (SplitMix64) so the random cases are the same on every run.
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
