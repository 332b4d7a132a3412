/// A day of the proleptic Gregorian calendar, as price files write it (`YYYY-MM-DD`).
///
/// Price lists start on a date and models are deprecated on one; a horizon starts on a month
/// (`YYYY-MM`, day 1). Only the calendar arithmetic the price schedule needs is here: no
/// clock, no time zone (price files give UTC dates).
public struct CalendarDate: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
  public var year: Int
  /// 1…12.
  public var month: Int
  /// 1…31 (at most the length of the month).
  public var day: Int

  /// A date, or `nil` when the month or day does not exist (2026-02-29, 2026-13-01).
  public init?(year: Int, month: Int, day: Int = 1) {
    guard (1...9999).contains(year), (1...12).contains(month),
      day >= 1, day <= CalendarDate.daysIn(year: year, month: month)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD` or `YYYY-MM` (day 1) strictly: four digits, two digits, two digits.
  ///
  /// Returns `nil` for anything else, including a time part (`2026-03-13T00:00:00Z`).
  public init?(parsing text: String) {
    let bytes = Array(text.utf8)
    guard bytes.count == 7 || bytes.count == 10, bytes[4] == UInt8(ascii: "-") else { return nil }
    if bytes.count == 10 && bytes[7] != UInt8(ascii: "-") { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for i in range {
        let b = bytes[i]
        guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(b - UInt8(ascii: "0"))
      }
      return value
    }
    guard let y = number(0..<4), let m = number(5..<7) else { return nil }
    var d = 1
    if bytes.count == 10 {
      guard let parsed = number(8..<10) else { return nil }
      d = parsed
    }
    self.init(year: y, month: m, day: d)
  }

  /// True in a Gregorian leap year.
  public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

  /// Days in a month of a year (28…31); 0 for a month outside 1…12.
  public static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 1, 3, 5, 7, 8, 10, 12: return 31
    case 4, 6, 9, 11: return 30
    case 2: return isLeap(year) ? 29 : 28
    default: return 0
    }
  }

  /// Days in this date's month.
  public var daysInMonth: Int { CalendarDate.daysIn(year: year, month: month) }

  /// The first day of the month `months` months after this date's month (negative goes back).
  ///
  /// Returns `nil` outside years 1…9999.
  public func firstOfMonth(adding months: Int) -> CalendarDate? {
    let (q, r) = (month - 1 + months).quotientAndRemainder(dividingBy: 12)
    let y = year + q + (r < 0 ? -1 : 0)
    let m = (r < 0 ? r + 12 : r) + 1
    return CalendarDate(year: y, month: m, day: 1)
  }

  /// Days from this date to `other` (negative when `other` is earlier).
  public func days(to other: CalendarDate) -> Int { other.dayNumber - dayNumber }

  /// Days since 0001-01-01 (day 0).
  var dayNumber: Int {
    let y = year - 1
    var n = y * 365 + y / 4 - y / 100 + y / 400
    for m in 1..<month { n += CalendarDate.daysIn(year: year, month: m) }
    return n + day - 1
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    func pad(_ v: Int, _ width: Int) -> String {
      let s = String(v)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }
}
