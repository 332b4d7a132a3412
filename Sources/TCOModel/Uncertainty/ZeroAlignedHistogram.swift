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
    let binCount = last - first
    let top = binCount - 1
    // The bin of a finite value: `whole(q.rounded(.down))` for q = x / w ≥ 0, and
    // `−max(1, whole(q'.rounded(.up)))` for q' = −x / w > 0 (a value below zero is counted below
    // zero even when −x / w underflows), held within the bins. One floor serves both signs:
    // x / w is exactly −(−x / w), and ⌊−a⌋ = −⌈a⌉, so for x < 0 the bin is ⌊x / w⌋, or −1 where
    // that floor is 0 (only from x / w = −0, an underflow). Holding q within the bins' whole
    // bounds before the floor holds the floor within them; those bounds lie within ±9e15, where
    // `whole` clamps, so the conversion to `Int` cannot trap, and truncation is the floor, less
    // one when it lies above q. Without a branch on the sign, which can be as often one way as
    // the other: a mispredicted branch per value took most of the time (a million values of
    // `uncertain-support.json`: 11.1 ms with the branch, 3.9 ms without).
    let lowest = Double(first)
    let highest = Double(first + top)
    @inline(__always) func bin(_ x: Double) -> Int {
      let q = min(max(x / width, lowest), highest)
      let t = Int(q)
      let floor = t - (Double(t) > q ? 1 : 0)
      let below = (x < 0 ? 1 : 0) & (floor == 0 ? 1 : 0)
      return max(floor - below - first, 0)
    }
    var counts = [Int](repeating: 0, count: binCount)
    counts.withUnsafeMutableBufferPointer { c in
      if abs(lowest) < 0x1p50 && abs(highest) < 0x1p50 {
        // Two values at a time, each lane computing `bin` in `Double` without a conversion to
        // `Int` or a branch (the conversion's range checks took half of the time, and compiled
        // one by one, the comparisons became branches taken as often one way as the other).
        let near = NearBins(width: width, lowest: lowest, highest: highest)
        var i = 0
        while i + 1 < values.count {
          let x = SIMD2(values[i], values[i + 1])
          if all((x - x) .== 0) {
            let b = near.bins(x)
            c[b.0] += 1
            c[b.1] += 1
          } else {
            // NaN (samples beyond the GPU limit) or infinite: each finite one alone.
            if x[0].isFinite { c[near.bins(SIMD2(repeating: x[0])).0] += 1 }
            if x[1].isFinite { c[near.bins(SIMD2(repeating: x[1])).0] += 1 }
          }
          i += 2
        }
        if i < values.count, values[i].isFinite { c[near.bins(SIMD2(repeating: values[i])).0] += 1 }
      } else {
        for x in values where x.isFinite { c[bin(x)] += 1 }
      }
    }
    self.counts = counts
  }

  /// `bin` of two finite values in the lanes of a vector when every bin number lies within
  /// ±2^50, in `Double`: whole numbers that small are exact, and so is every step below but the
  /// quotient. The nearest whole number `t` to the held quotient `q` is `(q + 1.5·2^52) − 1.5·2^52`
  /// (the sum lies in [2^52, 2^53), where doubles are one apart, and rounds to nearest), the floor
  /// is `t`, less one when `t` lies above `q`, and the bin's index is read from the low bits of
  /// the bin number plus 2^52.
  struct NearBins {
    let width: SIMD2<Double>
    let lowest: SIMD2<Double>
    let highest: SIMD2<Double>

    init(width: Double, lowest: Double, highest: Double) {
      self.width = SIMD2(repeating: width)
      self.lowest = SIMD2(repeating: lowest)
      self.highest = SIMD2(repeating: highest)
    }

    @inline(__always) func bins(_ x: SIMD2<Double>) -> (Int, Int) {
      let one = SIMD2<Double>(repeating: 1)
      let zero = SIMD2<Double>()
      var q = x / width
      q.replace(with: lowest, where: q .< lowest)
      q.replace(with: highest, where: q .> highest)
      let magic = SIMD2<Double>(repeating: 0x1.8p52)
      let t = (q + magic) - magic
      let floor = t - one.replacing(with: zero, where: .!(t .> q))
      // Below zero however close: −1 where the floor is 0 only through an underflow to −0.
      let below = one.replacing(with: zero, where: .!((x .< zero) .& (floor .== zero)))
      var bin = floor - below - lowest
      bin.replace(with: zero, where: bin .< zero)
      let bits = unsafeBitCast(bin + 0x1p52, to: SIMD2<UInt64>.self) & 0xF_FFFF_FFFF_FFFF
      return (Int(truncatingIfNeeded: bits[0]), Int(truncatingIfNeeded: bits[1]))
    }
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
