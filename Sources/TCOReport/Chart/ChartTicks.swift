import TCOData
import TCOModel

/// An axis laid out: its domain rounded out to "nice" ticks, and the map from a value to a
/// position from 0 (the low end) to 1 (the high end).
struct AxisLayout {
  var low: Double
  var high: Double
  var ticks: [Double]
  var logarithmic: Bool

  /// Ticks for `range`: at most `maxTicks` multiples of 1, 2, 2.5 or 5 times a power of ten on a
  /// linear axis (whole numbers when `integral`), powers of ten on a logarithmic one (with 2 and
  /// 5 times them when the range spans less than two decades).
  init(_ range: ClosedRange<Double>, scale: ChartScale, maxTicks: Int, integral: Bool = false, months: Bool = false) {
    logarithmic = scale == .logarithmic
    if logarithmic {
      // The data's own range, a little wider; ticks at the powers of ten inside it (and 2 and 5
      // times them when fewer than three fall inside).
      let lo = max(range.lowerBound, 1e-300) / 1.15
      let hi = max(range.upperBound * 1.15, lo * 10)
      low = lo
      high = hi
      let first = log10Of(lo).rounded(.up)
      let last = log10Of(hi).rounded(.down)
      let decades = Int(max(0, min(last - first, 300)))
      var ticks: [Double] = []
      let stride = max(1, (decades + maxTicks - 1) / max(maxTicks - 1, 1))
      for d in Swift.stride(from: 0, through: decades, by: stride) { ticks.append(power(10, first + Double(d))) }
      if ticks.count < 3 {
        for d in -1...decades {
          ticks += [2, 5].map { $0 * power(10, first + Double(d)) }.filter { $0 >= lo && $0 <= hi }
        }
        ticks.sort()
      }
      self.ticks = ticks
      return
    }
    let span = range.upperBound - range.lowerBound
    var step = Self.niceStep(span / Double(max(maxTicks - 1, 1)))
    if integral { step = max(step.rounded(.up), 1) }
    if months {
      // Months tick at whole quarters, half-years, years or multiples of a year.
      let raw = span / Double(max(maxTicks - 1, 1))
      step = [1.0, 2, 3, 6, 12, 24, 36, 60, 120, 240, 600].first { $0 >= raw } ?? step
    }
    let first = (range.lowerBound / step).rounded(.down)
    let last = (range.upperBound / step).rounded(.up)
    let lowEnd = first * step
    let highEnd = max(last * step, lowEnd + step)
    let count = Int(min(max((highEnd - lowEnd) / step, 1), 1000).rounded())
    low = lowEnd
    high = highEnd
    ticks = (0...count).map { lowEnd + Double($0) * step }
  }

  /// The smallest of 1, 2, 2.5, 5 or 10 times a power of ten at least `raw`.
  static func niceStep(_ raw: Double) -> Double {
    guard raw.isFinite, raw > 0 else { return 1 }
    let decade = power(10, log10Of(raw).rounded(.down))
    for m in [1.0, 2, 2.5, 5, 10] where m * decade >= raw * (1 - 1e-12) { return m * decade }
    return 10 * decade
  }

  /// The position of `value`, 0 at `low` and 1 at `high` (outside when the value is).
  func position(_ value: Double) -> Double {
    if logarithmic {
      let v = max(value, low * 1e-3)
      return (log10Of(v) - log10Of(low)) / (log10Of(high) - log10Of(low))
    }
    return (value - low) / (high - low)
  }
}
