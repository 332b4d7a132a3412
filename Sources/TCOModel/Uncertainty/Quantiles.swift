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
  let n = a.count
  var needed: [Int] = []
  for p in ps {
    let h = Double(n - 1) * p
    let lo = Int(h.rounded(.down))
    needed.append(lo)
    if lo + 1 < n { needed.append(lo + 1) }
  }
  needed = Array(Set(needed)).sorted()
  let found = orderStatistics(a, ranks: needed, extremes: extremes)
  func value(_ rank: Int) -> Double { found[needed.firstIndex(of: rank)!] }
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
  ks.withUnsafeBufferPointer { multiSelect(a, $0, 0, $0.count, from: 0, to: a.count - 1) }
  return ks.map { a[$0] }
}

/// The sizes behind `bucketedOrderStatistics`.
enum Buckets {
  /// Below this many values, selection over the whole buffer is as fast.
  static let minimumCount = 1 << 16
  /// Buckets of equal width between the smallest and largest value.
  static let count = 4096
  /// The most values the wanted buckets may hold together, as a share of all values (it bounds
  /// the memory; more means a peaked distribution, left to selection).
  static let maximumShare = 8
}

/// The values at ranks `ks` by two passes without a data-dependent branch on the common path:
/// the first counts the values in each of `Buckets.count` equal-width buckets, the second gathers
/// the values of the buckets that hold a wanted rank, and each rank is then selected among its
/// bucket's values. Exact: the bucket index, `(x − lo)·scale` rounded, never decreases as `x` grows
/// (subtraction and multiplication by a positive number round monotonically), so bucket `b`
/// holds exactly the values at sorted positions `cum(b) ..< cum(b + 1)`. `nil` when the extremes
/// are not finite or the wanted buckets hold more than a `1 / Buckets.maximumShare` of the values.
func bucketedOrderStatistics(
  _ a: UnsafeMutableBufferPointer<Double>, ranks ks: [Int], extremes: (low: Double, high: Double)? = nil
) -> [Double]? {
  let n = a.count
  guard n < Int(Int32.max) else { return nil }
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
  let scale = Double(Buckets.count) / (hi - lo)
  guard lo.isFinite, hi.isFinite, scale.isFinite, scale > 0 else { return nil }
  let top = Double(Buckets.count - 1)
  // `(x − lo)·scale` rounded to the nearest whole number through 2^52 (in [2^52, 2^53) doubles are
  // one apart, so the low bits of the sum are that number): no range checks of a conversion to
  // `Int`, and as monotone in `x` as the floor.
  @inline(__always) func bucket(_ x: Double) -> Int {
    Int(truncatingIfNeeded: (min((x - lo) * scale, top) + 0x1p52).bitPattern & 0xFFFF)
  }
  var counts = [Int32](repeating: 0, count: Buckets.count)
  counts.withUnsafeMutableBufferPointer { c in
    for x in a { c[bucket(x)] &+= 1 }
  }
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
  // A slot per distinct wanted bucket, sized by its count.
  var slotOf = [Int32](repeating: -1, count: Buckets.count)
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
    for x in a {
      let s = Int(slot[bucket(x)])
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
