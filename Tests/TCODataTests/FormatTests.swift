import Testing

@testable import TCOData

@Suite("Number formatting")
struct FormatTests {
  @Test("Thousands separators: by hand, and as the character-by-character definition places them")
  func grouping() {
    #expect(Format.group("1") == "1")
    #expect(Format.group("999") == "999")
    #expect(Format.group("1000") == "1,000")
    #expect(Format.group("1234567") == "1,234,567")
    #expect(Format.group("123456789012345") == "123,456,789,012,345")
    #expect(Format.money(14_159.2) == "$14,159")
    #expect(Format.moneyCents(-1_234_567.891) == "-$1,234,567.89")
    // A comma before every third digit from the right, counted from the right.
    func reference(_ digits: String) -> String {
      var out: [Character] = []
      for (i, ch) in digits.reversed().enumerated() {
        if i > 0 && i % 3 == 0 { out.append(",") }
        out.append(ch)
      }
      return String(out.reversed())
    }
    for length in 0...19 {
      let digits = String(String(repeating: "9876543210", count: 2).prefix(length))
      #expect(Format.group(digits) == reference(digits), "\(digits)")
    }
  }
}
