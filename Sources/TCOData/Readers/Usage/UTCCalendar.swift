import TCOModel

/// Proleptic Gregorian dates in UTC, from unix seconds and RFC 3339 timestamps; years 1970–9999.
enum UTCCalendar {
  static let secondsPerDay = 86_400
  /// 9999-12-31T23:59:59Z.
  static let maximumSeconds = 253_402_300_799

  static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

  static func daysInMonth(_ year: Int, _ month: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Leap years in 1…year−1.
  static func leapYears(before year: Int) -> Int {
    let y = year - 1
    return y / 4 - y / 100 + y / 400
  }

  /// Days from 1970-01-01 to the date (valid dates of 1970–9999 only).
  static func days(year: Int, month: Int, day: Int) -> Int {
    var n = (year - 1970) * 365 + leapYears(before: year) - leapYears(before: 1970)
    for m in 1..<month { n += daysInMonth(year, m) }
    return n + day - 1
  }

  /// The date `n` days after 1970-01-01 (`n ≥ 0`).
  static func date(days n: Int) -> (year: Int, month: Int, day: Int) {
    var year = 1970 + n / 366
    while days(year: year + 1, month: 1, day: 1) <= n { year += 1 }
    var rest = n - days(year: year, month: 1, day: 1)
    var month = 1
    while rest >= daysInMonth(year, month) {
      rest -= daysInMonth(year, month)
      month += 1
    }
    return (year, month, rest + 1)
  }

  /// `YYYY-MM-DD` of day `n` after 1970-01-01.
  static func dateString(days n: Int) -> String {
    let d = date(days: n)
    func pad(_ x: Int, _ width: Int) -> String {
      let s = String(x)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(d.year, 4))-\(pad(d.month, 2))-\(pad(d.day, 2))"
  }

  /// Unix seconds of an RFC 3339 timestamp such as `2025-06-01T00:00:00Z` or
  /// `2025-06-01T02:00:00.000+02:00`; fractional seconds are dropped. `nil` when malformed or out of range.
  static func seconds(rfc3339 text: String) -> Int? {
    let b = Array(text.utf8)
    func digits(_ start: Int, _ count: Int) -> Int? {
      guard start + count <= b.count else { return nil }
      var v = 0
      for i in start..<start + count {
        guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
        v = v * 10 + Int(b[i] - 0x30)
      }
      return v
    }
    func at(_ i: Int, _ c: Character) -> Bool { i < b.count && b[i] == c.asciiValue }
    guard b.count >= 20, let year = digits(0, 4), at(4, "-"), let month = digits(5, 2), at(7, "-"),
      let day = digits(8, 2), at(10, "T") || at(10, "t") || at(10, " "), let hour = digits(11, 2), at(13, ":"),
      let minute = digits(14, 2), at(16, ":"), let second = digits(17, 2)
    else { return nil }
    guard (1970...9999).contains(year), (1...12).contains(month), day >= 1, day <= daysInMonth(year, month),
      hour < 24, minute < 60, second < 60
    else { return nil }
    var i = 19
    if at(i, ".") {
      i += 1
      let start = i
      while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
      guard i > start else { return nil }
    }
    var offset = 0
    if at(i, "Z") || at(i, "z") {
      i += 1
    } else if at(i, "+") || at(i, "-") {
      guard let oh = digits(i + 1, 2), at(i + 3, ":"), let om = digits(i + 4, 2), oh < 24, om < 60 else { return nil }
      offset = (oh * 60 + om) * 60 * (at(i, "-") ? -1 : 1)
      i += 6
    } else {
      return nil
    }
    guard i == b.count else { return nil }
    let local = days(year: year, month: month, day: day) * secondsPerDay + hour * 3600 + minute * 60 + second
    let utc = local - offset
    guard utc >= 0, utc <= maximumSeconds else { return nil }
    return utc
  }
}
