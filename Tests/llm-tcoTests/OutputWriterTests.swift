import TCOData
import TCOModel
import Testing

@testable import TCOReport
@testable import llm_tco

/// Issue 16: the byte writers of large outputs write what the `String` routines they replace write.
@Suite("Output writers")
struct OutputWriterTests {
  static func number(_ x: Double) -> String {
    var out = TextBytes(capacity: 8)
    out.appendNumber(x)
    return out.text
  }

  static func jsonNumber(_ x: Double) -> String {
    var out = TextBytes(capacity: 8)
    out.appendJSONNumber(x)
    return out.text
  }

  @Test("Numbers: the texts written by hand")
  func numbersByHand() {
    #expect(Self.number(0) == "0")
    #expect(Self.number(-0.0) == "0")
    #expect(Self.number(123.45) == "123.45")
    #expect(Self.number(-123.45) == "-123.45")
    #expect(Self.number(0.1) == "0.1")
    #expect(Self.number(0.05) == "0.05")
    #expect(Self.number(0.01) == "0.01")
    #expect(Self.number(-0.5) == "-0.5")
    #expect(Self.number(1e15) == "1000000000000000")
    #expect(Self.number(-1e15) == "-1000000000000000")
    #expect(Self.number(1e16) == "1e+16")
    #expect(Self.number(1e-300) == "1e-300")
    #expect(Self.number(69_999_999_999_999.99) == "69999999999999.99")
    #expect(Self.number(1234.5678) == "1234.5678")
    #expect(Self.jsonNumber(.nan) == "null")
    #expect(Self.jsonNumber(.infinity) == "null")
    #expect(Self.jsonNumber(-.infinity) == "null")
    #expect(Self.jsonNumber(2.5) == "2.5")
  }

  static let edgeValues: [Double] = [
    0, -0.0, 1, -1, 0.01, -0.01, 0.001, 0.0001, 0.00001, 0.015, 0.1 + 0.2, 1e-300, 1e15, 1e15 + 0.5, 1e15 + 2,
    -1e15, 1e16, 9e13, 8.99e13, 7e13, 7e13 - 0.01, 7e13 + 0.01, 70_368_744_177_663.99, 70_368_744_177_664.01,
    9_007_199_254_740_992, 4.375, 14_158.73, 0.3, 2.675, 1.005, Double.leastNormalMagnitude,
    Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude, Double.pi,
    1.0 / 3.0, Double(Int64.max), Double(Int64.min), Double.nan, Double.infinity, -Double.infinity,
  ]

  @Test("Numbers: the same text as Format.number on edge values", arguments: edgeValues)
  func numbersLikeFormat(_ x: Double) {
    #expect(Self.number(x) == Format.number(x))
  }

  @Test("Numbers: amounts in cents at every magnitude read as Format.number reads them")
  func centsLikeFormat() {
    // A fixed linear congruential sequence: whole numbers of cents of 1 to 16 digits, and values
    // near them that are not whole cents.
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 11
    }
    var mismatches: [Double] = []
    for digits in 1...16 {
      var limit: UInt64 = 1
      for _ in 0..<digits { limit *= 10 }
      for _ in 0..<400 {
        let cents = Double(next() % limit)
        for x in [cents / 100, -cents / 100, Format.roundCents(cents / 100 + 0.003), cents / 100 + 0.001] {
          if Self.number(x) != Format.number(x) { mismatches.append(x) }
        }
      }
    }
    #expect(mismatches.isEmpty)
  }

  static let integerValues: [Int64] = [0, 1, -1, 9, 10, -10, 123_456_789, Int64.max, Int64.min]

  @Test("Integers: the same text as String(n)", arguments: integerValues)
  func integers(_ n: Int64) {
    var out = TextBytes(capacity: 1)
    out.appendInteger(n)
    #expect(out.text == String(n))
  }

  @Test("The buffer grows past its capacity and keeps every byte")
  func growth() {
    var out = TextBytes(capacity: 1)
    var expected = ""
    for i in 0..<1000 {
      out.append(string: "é\(i)")
      out.append(",")
      expected += "é\(i),"
    }
    #expect(out.text == expected)
    #expect(out.last == UInt8(ascii: ","))
    out.removeLast()
    #expect(out.text == String(expected.dropLast()))
  }

  static func sweep(_ specs: [(String, Double, Double)], steps: Int, log: Bool = false) throws -> (
    [SweepPoint], [SweepAxis], ResolvedProfile
  ) {
    let loaded = try loadProfile(try parseArguments([], options: compareCommand.options), context: fixtureContext())
    let axes = try specs.map { flag, from, to in
      let parameter = try #require(InputDescriptor.withFlag(flag)?.parameter)
      return SweepAxis(parameter: parameter, from: from, to: to, steps: steps, logarithmic: log)
    }
    return (loaded.resolved.scenario.sweep(axes), axes, loaded.resolved)
  }

  static let sweeps: [([(String, Double, Double)], Int, Bool)] = [
    ([("tokens-per-day", 1e6, 1e9)], 13, true),
    ([("utilization", 0.2, 1), ("gpu-hourly-rate", 1.5, 6)], 9, false),
    // Keys out of order: "values" lists them sorted.
    ([("utilization", 0.2, 1), ("tokens-per-day", 1e6, 3e9)], 7, false),
    // The same input twice: both values, in the given order.
    ([("utilization", 0.2, 1), ("utilization", 0.5, 0.9)], 3, false),
  ]

  @Test("sweepJSON writes JSONWriter's text of the sweep document", arguments: sweeps)
  func sweepJSONLikeWriter(_ specs: [(String, Double, Double)], _ steps: Int, _ log: Bool) throws {
    let (points, axes, profile) = try Self.sweep(specs, steps: steps, log: log)
    #expect(!points.isEmpty)
    #expect(sweepJSON(points, axes, profile) == JSONWriter.write(sweepDocument(points, axes, profile)))
  }

  @Test("sweepCSV writes the header, then the values and figures of each point", arguments: sweeps)
  func sweepCSVByPoint(_ specs: [(String, Double, Double)], _ steps: Int, _ log: Bool) throws {
    let (points, axes, _) = try Self.sweep(specs, steps: steps, log: log)
    var expected =
      (axes.map { $0.parameter.name } + [
        "monthlyApi", "monthlySelfHosted", "monthlySavings", "replicas", "gpus", "cheaper",
      ]).joined(separator: ",") + "\n"
    for p in points {
      let values = p.values.map { Format.number(Format.roundSignificant($0, 10)) }
      let costs = [p.monthlyApi, p.monthlySelfHosted, p.monthlySavings].map { Format.number(Format.roundCents($0)) }
      expected += (values + costs + [String(p.replicas), String(p.gpus), p.cheaper.rawValue]).joined(separator: ",")
      expected += "\n"
    }
    #expect(sweepCSV(points, axes) == expected)
  }

  @Test("sweepTable lays its rows out as Columns.row does", arguments: sweeps)
  func sweepTableLikeColumns(_ specs: [(String, Double, Double)], _ steps: Int, _ log: Bool) throws {
    let (points, axes, profile) = try Self.sweep(specs, steps: steps, log: log)
    let valueWidth = axes.count == 1 ? 20 : 16
    var c = Columns(labelWidth: valueWidth * axes.count, columnWidths: [10, 12, 10, 5, 10])
    for p in points {
      let label = zip(axes, p.values).map { padRight(sensitivityValue($0.parameter, $1), valueWidth) }.joined()
      c.row(
        label,
        [
          Format.compactMoney(p.monthlyApi), Format.compactMoney(p.monthlySelfHosted),
          Format.compactMoney(p.monthlySavings), String(p.gpus), p.cheaper == .api ? "API" : "self-host",
        ])
    }
    let lines = sweepTable(points, axes, profile).split(separator: "\n", omittingEmptySubsequences: false)
    // The title, a blank line and the header, then the rows.
    #expect(lines.count > 3 + points.count)
    #expect(lines[3..<(3 + points.count)].map(String.init) == c.lines)
  }

  @Test("TextRow: a label wider than its column, non-ASCII text and empty cells")
  func textRowEdges() {
    let cases: [(String, [String])] = [
      ("a label much wider than its column", ["$1", "two", "", "é", "x"]),
      ("näive", ["ünïcode", " lead", "", "", ""]),
      ("", ["", "", "", "", ""]),
      ("", ["1", "2"]),
    ]
    for (label, cells) in cases {
      var c = Columns(labelWidth: 12, columnWidths: [6, 6, 6, 4, 4])
      c.row(label, cells)
      var out = TextBytes(capacity: 16)
      var row = TextRow(labelWidth: 12, columnWidths: [6, 6, 6, 4, 4])
      row.begin(&out)
      row.label(Array(label.utf8), into: &out)
      for cell in cells { row.cell(RowCell(cell), into: &out) }
      row.end(&out)
      #expect(out.text == c.lines[0] + "\n")
    }
  }

  @Test("wrap counts a line's width as it grows, and wraps as recounting every candidate line does")
  func wrapEqualsRecounting() {
    // The definition: a word joins the line while the joined line has at most `width` characters.
    func reference(_ text: String, width: Int, first: String, rest: String?) -> [String] {
      let continuation = rest ?? String(repeating: " ", count: first.count)
      var lines: [String] = []
      var line = first
      var lineHasWord = false
      for word in text.split(separator: " ", omittingEmptySubsequences: true) {
        let candidate = lineHasWord ? line + " " + word : line + word
        if lineHasWord && candidate.count > width {
          lines.append(line)
          line = continuation + word
        } else {
          line = candidate
        }
        lineHasWord = true
      }
      lines.append(line)
      return lines
    }
    // Pieces that join their neighbours into one character: a combining accent, a zero-width
    // joiner, an emoji modifier, an Arabic number sign (a prefix), CR before LF, regional flags.
    let pieces = [
      "ab", "word", "x", "\u{301}", "e\u{301}", "\u{200D}", "\u{1F44D}", "\u{1F3FD}", "\u{600}", "\r", "\n", "\r\n",
      "\u{1F1EB}", "\u{1F1F7}", "日本", "  ", " ", "-", "$1.2M",
    ]
    var g = SplitMix64(seed: 4)
    for _ in 0..<4_000 {
      let text = (0..<Int.random(in: 0...30, using: &g)).map { _ in pieces.randomElement(using: &g)! }.joined()
      let first = ["", "  ", "Note: ", "\u{600}", "\r", "é"].randomElement(using: &g)!
      let rest: String? = [nil, "    ", "\n", "\u{301}"].randomElement(using: &g)!
      let width = Int.random(in: 1...40, using: &g)
      #expect(
        wrap(text, width: width, first: first, rest: rest) == reference(text, width: width, first: first, rest: rest),
        "\(Array(text.unicodeScalars)) width \(width)")
    }
  }

  @Test("containsControlCharacters finds exactly the scalars escapingControlCharacters rewrites")
  func controlCharacters() {
    var samples = ["", "plain ASCII", "a\nb\tc", "\r\n", "© 2026 · 5 °C", "\u{A0}nbsp", "é", "日本語", "\u{1F600}"]
    // Every C0 control, DEL, the C1 range and its neighbours, at every offset of a 20-byte text
    // (so at each place in an eight-byte word, and in the tail).
    let specials: [Unicode.Scalar] =
      (0..<0x20).compactMap(Unicode.Scalar.init) + [
        "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "\u{A9}", "\u{C2}", "\u{142}",
      ]
    for scalar in specials {
      for offset in 0..<20 {
        var text = String(repeating: "x", count: offset)
        text.unicodeScalars.append(scalar)
        text += String(repeating: "y", count: 19 - offset)
        samples.append(text)
      }
    }
    for text in samples {
      for keepNewlines in [true, false] {
        // The scalar-by-scalar definition (escapingControlCharacters' own test of a scalar).
        let changed = text.unicodeScalars.contains { scalar in
          let v = scalar.value
          let control = v < 0x20 || (v >= 0x7F && v < 0xA0)
          return control && !(keepNewlines && (scalar == "\n" || scalar == "\t"))
        }
        #expect(escapingControlCharacters(text, keepNewlines: keepNewlines) != text || !changed)
        #expect(
          containsControlCharacters(text, keepNewlines: keepNewlines) == changed,
          "\(Array(text.utf8)) keepNewlines: \(keepNewlines)")
      }
    }
    #expect(containsControlCharacters("tab\there") == false)
    #expect(containsControlCharacters("tab\there", keepNewlines: false))
    #expect(containsControlCharacters(String(repeating: "long line\n", count: 1000) + "\u{1B}[31m"))
    #expect(containsControlCharacters(String(repeating: "long line\n", count: 1000) + "\u{9B}"))
  }

  @Test("JSONText writes JSONWriter's text: the schemas, a compare result, a sweep")
  func jsonTextLikeWriter() throws {
    let catalog = fixtureContext().catalog
    let loaded = try loadProfile(try parseArguments([], options: compareCommand.options), context: fixtureContext())
    let evaluation = try loaded.resolved.scenario.evaluate()
    let (points, axes, profile) = try Self.sweep([("utilization", 0.2, 1), ("gpu-hourly-rate", 1.5, 6)], steps: 4)
    let documents = [
      Schemas.profile(catalog: catalog), Schemas.result(catalog: catalog),
      compareDocument(evaluation, profile: loaded.resolved, warnings: ["a \"warning\"\n"]),
      sweepDocument(points, axes, profile),
    ]
    for document in documents { #expect(JSONText.write(document) == JSONWriter.write(document)) }
  }

  @Test("JSONText writes JSONWriter's text: keys to sort, strings to escape, deep nesting, odd numbers")
  func jsonTextHostile() {
    var strings = ["", "plain", "quote \" backslash \\ slash /", "é日本\u{1F600}", "\u{7F}\u{80}\u{9F}"]
    strings += (0..<0x20).map { String(Unicode.Scalar(UInt8($0))) + "x" }
    let keys = [
      "b", "a", "ab", "a\u{0}", "abcdefgh", "abcdefghi", "abcdefgg", "abcdefgh", "é", "Z", "", "\u{1}", "aaaaaaaab",
      "aaaaaaaaa", "\"", "\\",
    ]
    var members: [(key: String, value: JSONValue)] = keys.enumerated().map { (key: $1, value: .number(Double($0))) }
    members.append((key: "strings", value: .array(strings.map(JSONValue.string))))
    members.append(
      (key: "numbers", value: .array([.number(0), .number(-0.0), .number(.nan), .number(1e-300), .number(1e16)])))
    members.append(
      (
        key: "mixed",
        value: .array([.number(1), .string("x"), .null, .bool(true), .bool(false), .array([]), .object([])])
      ))
    var deep = JSONValue.object(members)
    for level in 0..<70 { deep = .array([.object([(key: "level \(level)", value: deep), (key: "a", value: .null)])]) }
    #expect(JSONText.write(deep) == JSONWriter.write(deep))
    for key in keys {
      #expect(
        JSONText.write(.object([(key: key, value: .string(key))]))
          == JSONWriter.write(.object([(key: key, value: .string(key))])))
    }
  }
}
