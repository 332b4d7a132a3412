/// The exact searches of `bestSplit` and `bestOverflow` without visiting every candidate.
///
/// Both searches scan candidates in a fixed order and replace the best when a candidate is lower
/// by more than the tolerance (`beats`). That rule, not the plain minimum, decides the answer, so
/// a fast path must give the scan's answer exactly. It does so in three steps:
///
/// 1. A few candidates near the least value of a lower bound are evaluated; `U` is the lowest.
/// 2. Every candidate whose lower bound is below `B = U·(1 + w)` is evaluated: the lower bound is
///    quasiconvex, so these form one interval, found by bisection. All others cost at least `B`.
/// 3. Sorting those totals, the lowest `t_k` with `t_k < thr(t_{k+1})` (or `< thr(B)`) is a cut:
///    the first candidate of the scan at or below `t_k` always becomes the best (everything before
///    it costs at least `t_{k+1}`), and after it nothing above `t_k` can (it would have to be lower
///    than the best). So scanning only the candidates at or below `t_k` gives the same answer.
///
/// With no cut in the window (more than a few hundred totals within 1e-9 of each other) `w` is
/// widened; in the end the caller scans every candidate. Cost: O(log N) bound evaluations plus
/// the window, instead of O(N) candidates (N reaches millions near `maximumGPUs`).

/// The scan's replacement rule: `total` is lower than `best` by more than the tolerance.
@inline(__always) func beats(_ total: Double, _ best: Double) -> Bool {
  total < best - 1e-9 * max(1, abs(best))
}

/// The candidate counts above which the searches use the window instead of scanning everything.
enum HybridSearch {
  /// Split candidates (0, the upper limit and every replica step) scanned one by one up to this.
  static let exhaustiveSplitCandidates = 4096
  /// With the displayed candidates, the sorted list of split candidates is built up to this size.
  static let displayedListLimit = 65_536
  /// Overflow replica counts scanned one by one up to this.
  static let exhaustiveOverflowCandidates = 4096
  /// Window widths tried, relative to the lowest total evaluated.
  static let windows: [Double] = [1e-7, 1e-5, 1e-3]
}

/// The key (share or replica count) the scan would pick among `evaluated`, which must hold every
/// candidate whose total is below `bound`; `nil` when no cut exists below `bound`.
func scanWinner(_ evaluated: [(key: Double, total: Double)], bound: Double) -> Double? {
  var below = evaluated.filter { $0.total < bound }
  guard !below.isEmpty else { return nil }
  let totals = below.map(\.total).sorted()
  var cut: Double?
  for (k, t) in totals.enumerated() {
    let next = k + 1 < totals.count ? totals[k + 1] : bound
    if t < next - 1e-9 * max(1, abs(next)) {
      cut = t
      break
    }
  }
  guard let cut else { return nil }
  below.removeAll { $0.total > cut }
  below.sort { $0.key < $1.key }
  var bestKey = -Double.infinity
  var bestTotal = Double.infinity
  var found = false
  var previous = -Double.infinity
  for c in below {
    // Equal keys are the same candidate (equal totals): the scan skips the repeats.
    if c.key == previous { continue }
    previous = c.key
    if !found || beats(c.total, bestTotal) {
      found = true
      bestKey = c.key
      bestTotal = c.total
    }
  }
  return found ? bestKey : nil
}

/// Where a quasiconvex lower bound `g` on `[a, b]` may be below `level`: every `x` outside the
/// returned interval has `g(x) > level`. `x0` is a point where `g` is (near) least; `nil` when
/// even there it is above `level` (then nowhere is it below). Margins of 1e-10 (relative) cover
/// the rounding of `g`'s evaluation, which is at most a few ulps of its nonnegative terms.
func sublevelInterval(
  _ a: Double, _ b: Double, least x0: Double, level: Double, _ g: (Double) -> Double
) -> (lo: Double, hi: Double)? {
  let high = level * (1 + 1e-10)
  guard g(x0) < high * (1 - 1e-12) else { return nil }
  func edge(outside start: Double, inside: Double) -> Double {
    if !(g(start) >= high) { return start }
    var out = start
    var inn = inside
    for _ in 0..<200 {
      let mid = out + (inn - out) / 2
      if mid == out || mid == inn { break }
      if g(mid) >= high { out = mid } else { inn = mid }
    }
    return out
  }
  return (edge(outside: a, inside: x0), edge(outside: b, inside: x0))
}

/// The split candidates of one scenario and their totals, read once from the cost curve.
///
/// `total(at:)` is the candidate total of `Scenario.bestSplit` with the same operations in the same
/// order; `nil` where that scan stops (a step needs more than `maximumGPUs` GPUs).
struct SplitCandidates {
  let curve: CostCurve
  /// The curve's step terms, read once (`CostCurve.step(_:)` copies the inline storage per call).
  let steps: [CostCurve.Step]
  let a1: Double
  let apiFixed: Double
  let upper: Double
  let minimum: Double
  let limit: Double
  /// The first replica step `j` of every generating step term.
  let firstStep: Int
  /// The step terms with a positive rate (those that generate candidates), with the last `j`
  /// whose share `j / rate` is below `upper` (and `j ≤` the replica limit).
  let generators: [(rate: Double, lastStep: Int)]

  init(_ s: Scenario, upper: Double) {
    curve = s.selfHostedCurve
    steps = curve.steps
    a1 = s.apiCost(volumeFactor: 1).variable
    apiFixed = s.api.fixedMonthly
    self.upper = upper
    minimum = Double(curve.minimum)
    limit = Double(maximumGPUs / max(curve.gpusPerReplica, 1))
    let replicaLimit = maximumGPUs / max(s.selfHosted.gpusPerReplica, 1)
    firstStep = max(curve.minimum, 1)
    var generators: [(rate: Double, lastStep: Int)] = []
    for step in steps where step.rate > 0 {
      let rate = step.rate
      generators.append((rate, Self.lastStep(rate: rate, below: upper, first: firstStep, limit: replicaLimit)))
    }
    self.generators = generators
  }

  /// The largest `j` in `first…limit` with `Double(j) / rate < x` (`first − 1` when none).
  static func lastStep(rate: Double, below x: Double, first: Int, limit: Int) -> Int {
    guard first <= limit else { return first - 1 }
    let estimate = x * rate
    var j = estimate.isFinite ? Int(max(Double(first - 1), min(Double(limit), estimate.rounded(.down)))) : limit
    while j >= first && !(Double(j) / rate < x) { j -= 1 }
    while j < limit && Double(j + 1) / rate < x { j += 1 }
    return j
  }

  /// How many candidates the scan has: 0, the upper limit, and every replica step below it.
  var count: Int { generators.reduce(2) { $0 + max(0, $1.lastStep - firstStep + 1) } }

  /// Every candidate share, sorted (the reference scan's list).
  var allShares: [Double] {
    var shares: [Double] = [0, upper]
    for g in generators where g.lastStep >= firstStep {
      for j in firstStep...g.lastStep { shares.append(Double(j) / g.rate) }
    }
    shares.sort()
    return shares
  }

  /// The candidate total at share `f`; `nil` where the scan stops.
  @inline(__always) func total(at f: Double) -> Double? {
    var total = f < 1 ? (1 - f) * a1 + apiFixed : 0
    if f > 0 {
      var own = curve.fixed + curve.slope * f
      for step in steps {
        guard let n = wholeCeilWithTolerance(f * step.rate, limit: limit) else { return nil }
        own += step.weight * max(minimum, n)
      }
      total += own
    }
    return total
  }

  /// A lower bound of `total(at:)` for `0 < f < 1`, term by term no larger (the rounded
  /// ceiling is at least `f·rate − 1e-9`) and summed in the same order, so never above the
  /// rounded total. Convex in `f`.
  @inline(__always) func lowerBound(at f: Double) -> Double {
    var own = curve.fixed + curve.slope * f
    for step in steps {
      own += step.weight * max(minimum, f * step.rate - 2e-9)
    }
    return ((1 - f) * a1 + apiFixed) + own
  }

  /// The reference scan: the index of the best among sorted `shares` (-1 when none).
  func scan(_ shares: [Double]) -> Int {
    var bestIndex = -1
    var bestTotal = Double.infinity
    var previous = -Double.infinity
    for (i, f) in shares.enumerated() {
      // Hours of equal weight give equal shares: a repeated share has the same total, which cannot
      // replace the best (it must be lower by more than the tolerance).
      if f == previous { continue }
      previous = f
      guard let total = total(at: f) else { break }
      if bestIndex < 0 || beats(total, bestTotal) {
        bestTotal = total
        bestIndex = i
      }
    }
    return bestIndex
  }

  /// The share the reference scan picks, found from a window of candidates; `nil` when no window
  /// settles it (the caller then scans every candidate).
  func fastBest() -> Double? {
    // The bound's argument needs nonnegative terms (valid inputs give them).
    guard steps.allSatisfy({ $0.weight >= 0 }), a1 >= 0, apiFixed >= 0, curve.fixed >= 0, curve.slope >= 0, minimum >= 0
    else { return nil }
    var anchors: [(key: Double, total: Double)] = []
    func add(_ f: Double) {
      if let t = total(at: f) { anchors.append((f, t)) }
    }
    add(0)
    add(upper)
    // The least lower bound on (0, upper): it is convex and piecewise linear, with corners where
    // `f·rate − 2e-9` meets the minimum.
    var least = upper / 2
    var leastValue = lowerBound(at: least)
    for x in [0, upper] + generators.map({ (minimum + 2e-9) / $0.rate }) where x >= 0 && x <= upper {
      let v = lowerBound(at: x)
      if v < leastValue {
        least = x
        leastValue = v
      }
    }
    for g in generators where g.lastStep >= firstStep {
      let j = Int(min(Double(g.lastStep), max(Double(firstStep), (least * g.rate).rounded(.down))))
      for k in max(firstStep, j - 1)...min(g.lastStep, j + 2) { add(Double(k) / g.rate) }
    }
    guard let lowest = anchors.map(\.total).min(), lowest.isFinite, lowest > 0 else { return nil }
    for w in HybridSearch.windows {
      let bound = lowest * (1 + w)
      var evaluated = anchors
      if upper > 0, let (lo, hi) = sublevelInterval(0, upper, least: least, level: bound, lowerBound(at:)) {
        for g in generators where g.lastStep >= firstStep {
          let from = max(firstStep, Int(max(0, (lo * g.rate).rounded(.down))) - 1)
          let to = min(g.lastStep, Int(min(Double(g.lastStep), (hi * g.rate).rounded(.up))) + 1)
          if from > to { continue }
          for j in from...to {
            let f = Double(j) / g.rate
            if let t = total(at: f) { evaluated.append((f, t)) }
          }
        }
      }
      if let key = scanWinner(evaluated, bound: bound) { return key }
    }
    return nil
  }

  /// Shares at or below `x` (or strictly below), the upper limit and 0 included.
  func count(atMost x: Double, strictly: Bool) -> Int {
    var n = (strictly ? 0 < x : 0 <= x) ? 1 : 0
    if strictly ? upper < x : upper <= x { n += 1 }
    for g in generators where g.lastStep >= firstStep {
      n += stepsAtMost(x, g, strictly: strictly)
    }
    return n
  }

  /// Replica-step shares of one generator at or below `x` (or strictly below).
  func stepsAtMost(_ x: Double, _ g: (rate: Double, lastStep: Int), strictly: Bool) -> Int {
    func inside(_ j: Int) -> Bool { strictly ? Double(j) / g.rate < x : Double(j) / g.rate <= x }
    let estimate = x * g.rate
    var j =
      estimate.isFinite
      ? Int(max(Double(firstStep - 1), min(Double(g.lastStep), estimate.rounded(.down)))) : g.lastStep
    while j >= firstStep && !inside(j) { j -= 1 }
    while j < g.lastStep && inside(j + 1) { j += 1 }
    return max(0, j - firstStep + 1)
  }

  /// The share at `index` of the sorted list (`0 ..< count`), without building it.
  func share(at index: Int) -> Double {
    if index <= 0 { return 0 }
    if index >= count - 1 { return upper }
    // The smallest replica-step share with at least `index` shares (0 included) at or below it.
    var best = upper
    for g in generators where g.lastStep >= firstStep {
      var lo = firstStep
      var hi = g.lastStep
      guard count(atMost: Double(hi) / g.rate, strictly: false) >= index + 1 else { continue }
      while lo < hi {
        let mid = lo + (hi - lo) / 2
        if count(atMost: Double(mid) / g.rate, strictly: false) >= index + 1 { hi = mid } else { lo = mid + 1 }
      }
      best = min(best, Double(lo) / g.rate)
    }
    return best
  }
}

/// The overflow search over replica counts `0…top`, on `OverflowTerms`.
extension OverflowTerms {
  /// A lower bound of `point(replicas:).total` for `r ≥ 1` replicas (any real `r`): the API
  /// part without its fixed cost and with its share reduced by the 1e-15 cut-off, the
  /// self-hosted part as computed. Quasiconvex in `r`.
  func lowerBound(replicas r: Double) -> Double {
    let capacity = r * maxLoad
    var served = 0.0
    for d in demand { served += min(d, capacity) }
    let overflowShare = total > 0 ? max(0, (total - served) / total) : 0
    let selfShare = (1 - phi) * (1 - overflowShare)
    let apiShare = 1 - selfShare
    let own = fixed + alpha * r + beta * selfShare
    return a1 * max(0, apiShare - 1e-15) + own
  }

  /// The replica count the reference scan over `0…top` picks; `nil` when no window settles it.
  func fastBest(top: Int) -> Int? {
    guard top >= 2, alpha >= 0, beta >= 0, fixed >= 0, a1 >= 0, apiFixed >= 0, phi >= 0, phi <= 1, maxLoad > 0
    else { return nil }
    var anchors: [(key: Double, total: Double)] = []
    var seen: Set<Int> = []
    func add(_ r: Int) {
      if r >= 0 && r <= top && seen.insert(r).inserted { anchors.append((Double(r), point(replicas: r).total)) }
    }
    add(0)
    add(1)
    add(top)
    var least = 1.0
    var leastValue = lowerBound(replicas: 1)
    for x in [Double(top)] + demand.map({ $0 / maxLoad }) where x >= 1 && x <= Double(top) {
      let v = lowerBound(replicas: x)
      if v < leastValue {
        least = x
        leastValue = v
      }
    }
    let center = Int(least.rounded(.down))
    for r in (center - 1)...(center + 2) { add(r) }
    guard let lowest = anchors.map(\.total).min(), lowest.isFinite, lowest > 0 else { return nil }
    for w in HybridSearch.windows {
      let bound = lowest * (1 + w)
      var evaluated = anchors
      if let (lo, hi) = sublevelInterval(1, Double(top), least: least, level: bound, lowerBound(replicas:)) {
        let from = max(1, Int(lo.rounded(.down)))
        let to = min(top, Int(hi.rounded(.up)))
        if from <= to {
          for r in from...to where !seen.contains(r) { evaluated.append((Double(r), point(replicas: r).total)) }
        }
      }
      if let key = scanWinner(evaluated, bound: bound) { return Int(key) }
    }
    return nil
  }
}
