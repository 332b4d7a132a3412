/// Quantiles at probabilities `ps` (ascending), by selection rather than a full sort:
/// position `h = (n − 1)·p`, value `x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])`.
public func quantiles(_ values: [Double], _ ps: [Double]) -> [Double] {
  var a = values
  return a.withUnsafeMutableBufferPointer { quantilesInPlace($0, ps) }
}

/// `quantiles` within `a` itself, which it may reorder; `extremes`, when the caller has them, are
/// the smallest and largest value of `a`, which holds no NaN then.
func quantilesInPlace(
  _ a: UnsafeMutableBufferPointer<Double>, _ ps: [Double], extremes: (low: Double, high: Double)? = nil
) -> [Double] {
  let needed = quantileRanks(count: a.count, ps)
  return interpolatedQuantiles(count: a.count, ps, ranks: needed, orderStatistics(a, ranks: needed, extremes: extremes))
}

/// The ranks (0-based positions in sorted order) the quantiles at `ps` of `n` values interpolate
/// between: `⌊h⌋` and, below the last, `⌊h⌋ + 1` for each `h = (n − 1)·p`; sorted and distinct.
func quantileRanks(count n: Int, _ ps: [Double]) -> [Int] {
  var needed: [Int] = []
  for p in ps {
    let h = Double(n - 1) * p
    let lo = Int(h.rounded(.down))
    needed.append(lo)
    if lo + 1 < n { needed.append(lo + 1) }
  }
  return Array(Set(needed)).sorted()
}

/// The quantiles at `ps` of `n` values given the values `found` at `ranks` (`quantileRanks`).
func interpolatedQuantiles(count n: Int, _ ps: [Double], ranks: [Int], _ found: [Double]) -> [Double] {
  func value(_ rank: Int) -> Double { found[ranks.firstIndex(of: rank)!] }
  return ps.map { p in
    let h = Double(n - 1) * p
    let lo = Int(h.rounded(.down))
    let fraction = h - Double(lo)
    return lo + 1 < n ? value(lo) + fraction * (value(lo + 1) - value(lo)) : value(lo)
  }
}

/// The values at ranks `ks` (sorted, distinct, within `a`) of `a` in ascending order; `a` may be
/// reordered. Large buffers go through buckets (`bucketedOrderStatistics`); small ones, or data
/// the buckets do not split finely enough, through selection over the whole buffer.
func orderStatistics(
  _ a: UnsafeMutableBufferPointer<Double>, ranks ks: [Int], extremes: (low: Double, high: Double)? = nil
) -> [Double] {
  if a.count >= Buckets.minimumCount, let found = bucketedOrderStatistics(a, ranks: ks, extremes: extremes) {
    return found
  }
  return selectedOrderStatistics(a, ranks: ks)
}

/// `orderStatistics` by selection over the whole buffer.
func selectedOrderStatistics(_ a: UnsafeMutableBufferPointer<Double>, ranks ks: [Int]) -> [Double] {
  ks.withUnsafeBufferPointer { multiSelect(a, $0, 0, $0.count, from: 0, to: a.count - 1) }
  return ks.map { a[$0] }
}

/// The sizes behind `bucketedOrderStatistics`.
enum Buckets {
  /// Below this many values, selection over the whole buffer is as fast.
  static let minimumCount = 1 << 16
  /// Buckets of equal width between the smallest and largest value: a power of two
  /// (`BucketGrid.bucket` masks with it).
  static let count = 4096
  /// The most values the wanted buckets may hold together, as a share of all values (it bounds
  /// the memory; more means a peaked distribution, left to selection).
  static let maximumShare = 8
}

/// Equal-width buckets between a smallest and a largest value, numbered so that the bucket never
/// decreases as the value grows: `(x − low)·scale` rounded (subtraction and multiplication by a
/// positive number round monotonically), held at the last bucket. A value between the extremes
/// lands in `0..<Buckets.count`; `Buckets.count` itself is a spare bucket for what is not
/// counted (NaN).
struct BucketGrid {
  let low: Double
  let scale: Double
  let top = Double(Buckets.count - 1)

  /// `nil` when the extremes, or the scale between them, are not finite and positive: infinite
  /// values, or a range too narrow or too wide for `Double`. Equal extremes give one bucket.
  init?(low: Double, high: Double) {
    guard low.isFinite, high.isFinite, low <= high else { return nil }
    self.low = low
    if low == high {
      scale = 0
      return
    }
    scale = Double(Buckets.count) / (high - low)
    guard scale.isFinite, scale > 0 else { return nil }
  }

  /// `(x − low)·scale` rounded to the nearest whole number through 2^52 (in [2^52, 2^53) doubles
  /// are one apart, so the low bits of the sum are that number): no range checks of a conversion
  /// to `Int`, and as monotone in `x` as the floor. `x` lies between the extremes; the mask keeps
  /// any other value (a caller's error) within the buckets' memory.
  @inline(__always) func bucket(_ x: Double) -> Int {
    Int(truncatingIfNeeded: (min((x - low) * scale, top) + 0x1p52).bitPattern & UInt64(Buckets.count - 1))
  }

  /// `bucket(x)`, or the spare bucket for NaN, without a branch.
  @inline(__always) func bucketOrSpare(_ x: Double) -> Int { x.isNaN ? Buckets.count : bucket(x) }
}

/// Values read by index where they lie: a buffer's, or the difference of two buffers' (the
/// monthly savings, API less self-hosted, summarised without being stored).
protocol IndexedValues {
  var count: Int { get }
  func value(_ i: Int) -> Double
}

extension UnsafeMutableBufferPointer: IndexedValues where Element == Double {
  @inline(__always) func value(_ i: Int) -> Double { self[i] }
}

/// `minuend[i] − subtrahend[i]`, computed when read.
struct Difference: IndexedValues {
  let minuend: UnsafeMutableBufferPointer<Double>
  let subtrahend: UnsafeMutableBufferPointer<Double>
  var count: Int { minuend.count }
  @inline(__always) func value(_ i: Int) -> Double { minuend[i] - subtrahend[i] }
}

/// The values at ranks `ks` by two passes without a data-dependent branch on the common path:
/// the first counts the values in each of `Buckets.count` equal-width buckets, the second gathers
/// the values of the buckets that hold a wanted rank, and each rank is then selected among its
/// bucket's values. Exact: the bucket never decreases as the value grows (`BucketGrid`), so
/// bucket `b` holds exactly the values at sorted positions `cum(b) ..< cum(b + 1)`. `nil` when the
/// extremes are not finite or the wanted buckets hold more than a `1 / Buckets.maximumShare` of
/// the values.
func bucketedOrderStatistics(
  _ a: UnsafeMutableBufferPointer<Double>, ranks ks: [Int], extremes: (low: Double, high: Double)? = nil
) -> [Double]? {
  var lo = Double.infinity
  var hi = -Double.infinity
  if let extremes {
    (lo, hi) = extremes
  } else {
    for x in a {
      guard !x.isNaN else { return nil }
      lo = min(lo, x)
      hi = max(hi, x)
    }
  }
  if lo == hi { return ks.map { _ in lo } }
  guard a.count < Int(Int32.max), let grid = BucketGrid(low: lo, high: hi) else { return nil }
  let counts = UnsafeMutableBufferPointer<Int32>.allocate(capacity: Buckets.count + 1)
  defer { counts.deallocate() }
  counts.initialize(repeating: 0)
  for x in a { counts[grid.bucket(x)] &+= 1 }
  return bucketedSelection(a, grid, counts: UnsafeBufferPointer(counts), ranks: ks)
}

/// The values at ranks `ks` (among the values that are not NaN) of `values`, given their
/// `counts` on `grid` (NaN in the spare bucket): the values of the buckets that hold a wanted
/// rank are gathered in one pass, and each rank is selected among its bucket's. `nil` when those
/// buckets hold more than a `1 / Buckets.maximumShare` of the values.
func bucketedSelection<V: IndexedValues>(
  _ values: V, _ grid: BucketGrid, counts: UnsafeBufferPointer<Int32>, ranks ks: [Int]
) -> [Double]? {
  let n = values.count
  // The bucket of each rank, and the values below it.
  var wanted: [(bucket: Int, below: Int)] = []
  var below = 0
  var b = 0
  for k in ks {
    while below + Int(counts[b]) <= k {
      below += Int(counts[b])
      b += 1
    }
    wanted.append((b, below))
  }
  // A slot per distinct wanted bucket, sized by its count; none for the spare bucket.
  var slotOf = [Int32](repeating: -1, count: Buckets.count + 1)
  var slotStart: [Int] = []
  var size = 0
  for w in wanted where slotOf[w.bucket] < 0 {
    slotOf[w.bucket] = Int32(slotStart.count)
    slotStart.append(size)
    size += Int(counts[w.bucket])
  }
  guard size <= n / Buckets.maximumShare + 1 else { return nil }
  let gathered = UnsafeMutableBufferPointer<Double>.allocate(capacity: size)
  defer { gathered.deallocate() }
  var fill = slotStart
  slotOf.withUnsafeBufferPointer { slot in
    for i in 0..<n {
      let x = values.value(i)
      let s = Int(slot[grid.bucketOrSpare(x)])
      if s >= 0 {
        gathered[fill[s]] = x
        fill[s] += 1
      }
    }
  }
  // Each rank selected among its bucket's values, counted from the bucket's first sorted
  // position (a bucket holding two ranks is selected twice: the second selection is as exact).
  var found: [Double] = []
  for (k, w) in zip(ks, wanted) {
    let s = Int(slotOf[w.bucket])
    let values = UnsafeMutableBufferPointer(
      rebasing: gathered[slotStart[s]..<(slotStart[s] + Int(counts[w.bucket]))])
    let local = k - w.below
    [local].withUnsafeBufferPointer { multiSelect(values, $0, 0, 1, from: 0, to: values.count - 1) }
    found.append(values[local])
  }
  return found
}

/// What `bucketedSummary` found: the summary (`nil` when every value is NaN), or that the
/// buckets cannot answer and the values must be selected among themselves.
enum BucketedSummary {
  case answered(Summary?)
  case declined
}

/// The summary of the values of `values` that are not NaN, as `summary(of:)` gives it over them,
/// without moving or copying any but the few it selects among: one pass sums them in index order
/// (as `summary(of:)` sums) and counts them in the buckets between `extremes` (the smallest and
/// largest value that is not NaN; `low > high` when there is none), a second gathers the values
/// of the buckets that hold a wanted rank (`bucketedSelection`). Declined when the extremes are
/// not finite or those buckets hold too many values.
///
/// The sum adds +0 for a NaN: it starts at +0 and so is never −0, the one value to which adding
/// +0 is not the identity; the values are summed in the same order, so the mean has the same bits.
func bucketedSummary<V: IndexedValues>(_ values: V, extremes: (low: Double, high: Double)) -> BucketedSummary {
  let n = values.count
  guard extremes.low <= extremes.high else { return .answered(nil) }
  guard n < Int(Int32.max), let grid = BucketGrid(low: extremes.low, high: extremes.high) else { return .declined }
  let counts = UnsafeMutableBufferPointer<Int32>.allocate(capacity: Buckets.count + 1)
  defer { counts.deallocate() }
  counts.initialize(repeating: 0)
  var sum = 0.0
  for i in 0..<n {
    let x = values.value(i)
    sum += x.isNaN ? 0 : x
    counts[grid.bucketOrSpare(x)] &+= 1
  }
  let count = n - Int(counts[Buckets.count])
  guard count > 0 else { return .answered(nil) }
  let ps = Summary.probabilities
  let ranks = quantileRanks(count: count, ps)
  let found: [Double]
  if extremes.low == extremes.high {
    found = ranks.map { _ in extremes.low }
  } else {
    guard let selected = bucketedSelection(values, grid, counts: UnsafeBufferPointer(counts), ranks: ranks) else {
      return .declined
    }
    found = selected
  }
  return .answered(
    Summary(count: count, sum: sum, quantiles: interpolatedQuantiles(count: count, ps, ranks: ranks, found)))
}

/// Places every order statistic `ks[kLo..<kHi]` (sorted, all within `lo...hi`) at its index:
/// one partition serves every wanted index on its side, so a few statistics cost about two
/// passes over the data instead of one quickselect each.
func multiSelect(
  _ a: UnsafeMutableBufferPointer<Double>, _ ks: UnsafeBufferPointer<Int>, _ kLo: Int, _ kHi: Int,
  from lo: Int, to hi: Int
) {
  guard kLo < kHi, hi > lo else { return }
  if hi - lo < 16 {
    // Insertion sort of a small range.
    for i in (lo + 1)...hi {
      let x = a[i]
      var j = i - 1
      while j >= lo && a[j] > x {
        a[j + 1] = a[j]
        j -= 1
      }
      a[j + 1] = x
    }
    return
  }
  let mid = lo + (hi - lo) / 2
  if a[mid] < a[lo] { a.swapAt(mid, lo) }
  if a[hi] < a[lo] { a.swapAt(hi, lo) }
  if a[hi] < a[mid] { a.swapAt(hi, mid) }
  let pivot = a[mid]
  var i = lo
  var j = hi
  while i <= j {
    while a[i] < pivot { i += 1 }
    while a[j] > pivot { j -= 1 }
    if i <= j {
      a.swapAt(i, j)
      i += 1
      j -= 1
    }
  }
  // a[lo...j] ≤ pivot ≤ a[i...hi]; indices strictly between j and i hold the pivot value.
  var split = kLo
  while split < kHi && ks[split] <= j { split += 1 }
  multiSelect(a, ks, kLo, split, from: lo, to: j)
  var right = split
  while right < kHi && ks[right] < i { right += 1 }
  multiSelect(a, ks, right, kHi, from: i, to: hi)
}
