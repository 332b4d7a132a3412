/// A histogram whose bins are `width` wide and start at a multiple of `width`, so that zero is
/// always an edge: the bins below it count exactly the samples that lose money.
public struct ZeroAlignedHistogram: Sendable, Equatable {
  /// `counts.count + 1` edges, each a whole multiple of the bin width.
  public var edges: [Double]
  public var counts: [Int]

  /// Bins of a "nice" width (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) at least
  /// `(max − min) / targetBins`, so there are between about 0.8× and 1× `targetBins` bins plus
  /// the two partly filled ones at the ends. A value below zero is counted below zero however
  /// close it is; zero itself is in the bin that starts at zero. Non-finite values are skipped;
  /// no finite value gives no bins.
  public init(_ values: [Double], targetBins: Int = 12) {
    var low = Double.infinity
    var high = -Double.infinity
    for x in values where x.isFinite {
      low = min(low, x)
      high = max(high, x)
    }
    self = values.withUnsafeBufferPointer { Self(low: low, high: high, values: $0, targetBins: targetBins) }
  }

  /// The histogram of `values` whose finite values lie in `low...high` (their extremes, gathered
  /// while the values were computed); no bins when `low > high`.
  public init(low: Double, high: Double, values: UnsafeBufferPointer<Double>, targetBins: Int = 12) {
    guard low <= high else {
      edges = []
      counts = []
      return
    }
    let width = Self.niceWidth(atLeast: (high - low) / Double(max(targetBins, 1)), scale: max(abs(low), abs(high)))
    // Bin numbers count widths from zero: the first starts at or below the lowest value, and the
    // last edge lies above the highest.
    let first = low < 0 ? -Self.whole((-low / width).rounded(.up)) : Self.whole((low / width).rounded(.down))
    let last = max(Self.whole((high / width).rounded(.down)) + 1, first + 1)
    edges = (first...last).map { Double($0) * width }
    var counts = [Int](repeating: 0, count: last - first)
    let top = counts.count - 1
    for x in values where x.isFinite {
      // `whole(q.rounded(.down))` for q = x / w ≥ 0 and `whole(q.rounded(.up))` for q = -x / w > 0,
      // without the C library's rounding (baseline x86-64 has no rounding instruction) and
      // without a branch on the sign: both are computed, and the sign picks one. For
      // 0 ≤ q ≤ 9e15, truncation is the floor, and the ceiling is one more when the truncation
      // is below q; beyond 9e15 each clamps to 9e15 as `whole` does (9e15 is whole).
      let q = min(abs(x) / width, 9e15)
      let down = Int(q)
      let up = down + (Double(down) < q ? 1 : 0)
      // Exact on the sign: ceil(-x / w) ≥ 1 bins below zero, even when -x / w underflows.
      let bin = (x < 0 ? -max(1, up) : down) - first
      counts[min(max(bin, 0), top)] += 1
    }
    self.counts = counts
  }

  /// A whole number of widths as an `Int`, held within ±9e15 so the conversion cannot trap.
  static func whole(_ q: Double) -> Int { Int(max(min(q, 9e15), -9e15)) }

  /// The smallest nice width (a mantissa above times a power of ten) at least `raw`; for a
  /// range of zero width, a nice width near a tenth of the values' size (or 1 for zeros).
  static func niceWidth(atLeast raw: Double, scale: Double) -> Double {
    let target = raw > 0 ? raw : (scale > 0 ? scale / 10 : 1)
    let exponent = log10Of(target).rounded(.down)
    let decade = power(10, exponent)
    for mantissa in [1.0, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] where mantissa * decade >= target * (1 - 1e-12) {
      return mantissa * decade
    }
    return 10 * decade
  }
}
