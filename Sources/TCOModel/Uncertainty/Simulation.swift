import Dispatch

/// An input drawn from a distribution in each sample.
public struct UncertainInput: Sendable, Equatable {
  public var parameter: ScenarioParameter
  public var distribution: Distribution

  public init(parameter: ScenarioParameter, distribution: Distribution) {
    self.parameter = parameter
    self.distribution = distribution
  }
}

/// The figures the simulation reports.
public enum SimulationMetric: String, CaseIterable, Sendable {
  case monthlyApi, monthlySelfHosted, monthlySavings, horizonSavings, breakEvenTokensPerDay
}

/// Mean and percentiles of one metric over the samples that have it.
public struct Summary: Sendable, Equatable {
  public var count: Int
  public var mean: Double
  public var p5: Double
  public var p10: Double
  public var p50: Double
  public var p90: Double
  public var p95: Double
}

/// What one sample gives.
public struct SampleOutcome: Sendable, Equatable {
  public var monthlyApi: Double
  public var monthlySelfHosted: Double
  public var horizonSavings: Double
  /// NaN when self-hosting never breaks even.
  public var breakEvenTokensPerDay: Double
  public var monthlySavings: Double { monthlyApi - monthlySelfHosted }
}

extension Scenario {
  /// The metrics of one sample: steady state, exact break-even volume, horizon savings.
  /// Allocates nothing when GPUs are rented. `nil` when the sample's demand needs more than
  /// `maximumGPUs` GPUs.
  public func sampleOutcome() -> SampleOutcome? {
    guard let own = steadySelfHostedCost(), let horizon = try? horizonTotals() else { return nil }
    return SampleOutcome(
      monthlyApi: apiCost(volumeFactor: 1).total, monthlySelfHosted: own.total, horizonSavings: horizon.savings,
      breakEvenTokensPerDay: breakEvenTokensPerDay ?? .nan)
  }
}

/// The result of a Monte Carlo run.
public struct SimulationResult: Sendable {
  public var samples: Int
  public var seed: UInt64
  /// Per metric; `nil` when no sample has it (break-even when none breaks even).
  public var summaries: [SimulationMetric: Summary]
  /// Shares of valid samples where self-hosting is cheaper.
  public var probabilitySelfHostedCheaperMonthly: Double
  public var probabilitySelfHostedCheaperHorizon: Double
  /// Samples in which self-hosting never breaks even (counted, not dropped silently).
  public var noBreakEvenSamples: Int
  /// Samples whose demand needed more than `maximumGPUs` GPUs (left out of every figure).
  public var invalidSamples: Int
  /// Horizon savings histogram: `bins + 1` edges and `bins` counts.
  public var histogramEdges: [Double]
  public var histogramCounts: [Int]
  /// Per sample, when kept: the drawn inputs (sample-major) and the outcomes (NaN when invalid).
  public var drawn: [Double]
  public var outcomes: [SampleOutcome]
}

/// The SplitMix64 generator: small, fast, and good enough to seed and drive a simulation.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  var state: UInt64
  public init(seed: UInt64) { state = seed }
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// A random stream per sample: SplitMix64 keyed by the seed and the sample index, so a sample's
/// draws do not depend on which thread runs it.
struct SampleRandom {
  var generator: SplitMix64
  init(seed: UInt64, sample: Int) {
    generator = SplitMix64(seed: seed &+ UInt64(truncatingIfNeeded: sample) &* 0xD1B5_4A32_D192_ED03)
  }
  /// Uniform in (0, 1), never 0 or 1.
  mutating func unit() -> Double { (Double(generator.next() >> 11) + 0.5) * 0x1p-53 }
}

/// Monte Carlo over the whole model.
public struct Simulation: Sendable {
  public var base: Scenario
  public var inputs: [UncertainInput]

  public init(base: Scenario, inputs: [UncertainInput]) {
    self.base = base
    self.inputs = inputs
  }

  /// The scenario of sample `index` and its drawn values.
  public func scenario(sample index: Int, seed: UInt64) -> Scenario {
    var s = base
    var random = SampleRandom(seed: seed, sample: index)
    for input in inputs { input.parameter.set(input.distribution.quantile(random.unit()), in: &s) }
    return s
  }

  /// Runs `samples` samples on `threads` threads. The result is identical for any thread count.
  ///
  /// - Parameters:
  ///   - keepSamples: keep every sample's draws and outcomes (for a CSV).
  ///   - progress: called from worker threads with the number of samples just finished.
  public func run(
    samples n: Int, seed: UInt64, threads: Int, keepSamples: Bool = false, bins: Int = 12,
    progress: (@Sendable (Int) -> Void)? = nil
  ) -> SimulationResult {
    let k = inputs.count
    var api = [Double](repeating: .nan, count: n)
    var own = [Double](repeating: .nan, count: n)
    var horizon = [Double](repeating: .nan, count: n)
    var breakEven = [Double](repeating: .nan, count: n)
    var savings = [Double](repeating: .nan, count: n)
    var drawn = [Double](repeating: .nan, count: keepSamples ? n * k : 0)
    let workers = max(1, min(threads, n))
    let tallies = ConcurrentSlots<Tally>(count: workers)
    let chunk = 4096
    api.withUnsafeMutableBufferPointer { apiBuffer in
      own.withUnsafeMutableBufferPointer { ownBuffer in
        horizon.withUnsafeMutableBufferPointer { horizonBuffer in
          breakEven.withUnsafeMutableBufferPointer { breakEvenBuffer in
            savings.withUnsafeMutableBufferPointer { savingsBuffer in
              drawn.withUnsafeMutableBufferPointer { drawnBuffer in
                let buffers = Buffers(
                  api: apiBuffer, own: ownBuffer, horizon: horizonBuffer, breakEven: breakEvenBuffer,
                  savings: savingsBuffer,
                  drawn: drawnBuffer)
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                  // Worker w takes chunks w, w + workers, …: an even share without coordination.
                  var tally = Tally()
                  var start = worker * chunk
                  while start < n {
                    let end = min(n, start + chunk)
                    for i in start..<end {
                      evaluate(sample: i, seed: seed, keep: keepSamples, into: buffers, tally: &tally)
                    }
                    progress?(end - start)
                    start += workers * chunk
                  }
                  tallies.set(worker, tally)
                }
              }
            }
          }
        }
      }
    }
    var total = Tally()
    for w in 0..<workers { if let t = tallies.get(w) { total.merge(t) } }
    return summarize(
      samples: n, seed: seed, tally: total, api: api, own: own, horizon: horizon, breakEven: breakEven,
      savings: savings,
      drawn: drawn, keep: keepSamples, bins: bins, threads: workers)
  }

  /// Counts and extremes gathered by one worker (merged after the run; order-independent).
  struct Tally {
    var invalid = 0, noBreakEven = 0, cheaperMonthly = 0, cheaperHorizon = 0
    var horizonMin = Double.infinity, horizonMax = -Double.infinity

    mutating func merge(_ o: Tally) {
      invalid += o.invalid
      noBreakEven += o.noBreakEven
      cheaperMonthly += o.cheaperMonthly
      cheaperHorizon += o.cheaperHorizon
      horizonMin = min(horizonMin, o.horizonMin)
      horizonMax = max(horizonMax, o.horizonMax)
    }
  }

  /// Output buffers shared by the workers; each sample writes only its own slots.
  struct Buffers: @unchecked Sendable {
    var api: UnsafeMutableBufferPointer<Double>
    var own: UnsafeMutableBufferPointer<Double>
    var horizon: UnsafeMutableBufferPointer<Double>
    var breakEven: UnsafeMutableBufferPointer<Double>
    var savings: UnsafeMutableBufferPointer<Double>
    var drawn: UnsafeMutableBufferPointer<Double>
  }

  /// One sample: draw, evaluate, store. Allocates nothing for rented GPUs.
  func evaluate(sample i: Int, seed: UInt64, keep: Bool, into b: Buffers, tally: inout Tally) {
    var s = base
    var random = SampleRandom(seed: seed, sample: i)
    for (j, input) in inputs.enumerated() {
      let x = input.distribution.quantile(random.unit())
      input.parameter.set(x, in: &s)
      if keep { b.drawn[i * inputs.count + j] = x }
    }
    guard let outcome = s.sampleOutcome() else {
      tally.invalid += 1
      return
    }
    b.api[i] = outcome.monthlyApi
    b.own[i] = outcome.monthlySelfHosted
    b.horizon[i] = outcome.horizonSavings
    b.breakEven[i] = outcome.breakEvenTokensPerDay
    b.savings[i] = outcome.monthlySavings
    if outcome.monthlySavings > 0 { tally.cheaperMonthly += 1 }
    if outcome.horizonSavings > 0 { tally.cheaperHorizon += 1 }
    if outcome.breakEvenTokensPerDay.isNaN { tally.noBreakEven += 1 }
    tally.horizonMin = min(tally.horizonMin, outcome.horizonSavings)
    tally.horizonMax = max(tally.horizonMax, outcome.horizonSavings)
  }

  func summarize(
    samples n: Int, seed: UInt64, tally: Tally, api: [Double], own: [Double], horizon: [Double], breakEven: [Double],
    savings: [Double], drawn: [Double], keep: Bool, bins: Int, threads: Int
  ) -> SimulationResult {
    let valid = n - tally.invalid
    let columns: [(SimulationMetric, [Double])] = [
      (.monthlyApi, api), (.monthlySelfHosted, own), (.monthlySavings, savings), (.horizonSavings, horizon),
      (.breakEvenTokensPerDay, breakEven),
    ]
    // Histogram edges come from the workers' extremes, so it can be filled alongside the quantiles.
    var edges: [Double] = []
    let lo = tally.horizonMin
    let hi = tally.horizonMax
    let width = hi > lo ? (hi - lo) / Double(bins) : 1
    if valid > 0 { edges = (0...bins).map { lo + Double($0) * width } }
    let computed = ConcurrentSlots<Summary?>(count: columns.count)
    let histogram = ConcurrentSlots<[Int]>(count: 1)
    @Sendable func summarizeTask(_ c: Int) {
      if c == columns.count {
        var counts = [Int](repeating: 0, count: valid > 0 ? bins : 0)
        if valid > 0 {
          for x in horizon where x.isFinite { counts[min(bins - 1, Int(((x - lo) / width).rounded(.down)))] += 1 }
        }
        histogram.set(0, counts)
      } else {
        let values = columns[c].1
        computed.set(c, summary(of: valid == n && c != 4 ? values : values.filter { !$0.isNaN }))
      }
    }
    // Six tasks (five summaries and the histogram) shared by the run's threads.
    let tasks = columns.count + 1
    DispatchQueue.concurrentPerform(iterations: min(threads, tasks)) { worker in
      for c in stride(from: worker, to: tasks, by: min(threads, tasks)) { summarizeTask(c) }
    }
    var summaries: [SimulationMetric: Summary] = [:]
    for (c, column) in columns.enumerated() { summaries[column.0] = computed.get(c) ?? nil }
    var outcomes: [SampleOutcome] = []
    if keep {
      outcomes = (0..<n).map {
        SampleOutcome(
          monthlyApi: api[$0], monthlySelfHosted: own[$0], horizonSavings: horizon[$0],
          breakEvenTokensPerDay: breakEven[$0])
      }
    }
    return SimulationResult(
      samples: n, seed: seed, summaries: summaries,
      probabilitySelfHostedCheaperMonthly: valid > 0 ? Double(tally.cheaperMonthly) / Double(valid) : 0,
      probabilitySelfHostedCheaperHorizon: valid > 0 ? Double(tally.cheaperHorizon) / Double(valid) : 0,
      noBreakEvenSamples: tally.noBreakEven, invalidSamples: tally.invalid, histogramEdges: edges,
      histogramCounts: histogram.get(0) ?? [], drawn: drawn, outcomes: outcomes)
  }
}

/// Write-once slots filled from concurrent iterations, one slot each.
final class ConcurrentSlots<T>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<T?>
  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }
  deinit {
    slots.deinitialize()
    slots.deallocate()
  }
  /// Each slot is written by one iteration only, before any read.
  func set(_ i: Int, _ value: T) { slots[i] = value }
  func get(_ i: Int) -> T? { slots[i] }
}

/// Mean and the 5th, 10th, 50th, 90th and 95th percentiles, with linear interpolation between
/// order statistics (NumPy's default). `nil` for no values.
public func summary(of values: [Double]) -> Summary? {
  guard !values.isEmpty else { return nil }
  var sum = 0.0
  for x in values { sum += x }
  let q = quantiles(values, [0.05, 0.10, 0.50, 0.90, 0.95])
  return Summary(
    count: values.count, mean: sum / Double(values.count), p5: q[0], p10: q[1], p50: q[2], p90: q[3], p95: q[4])
}

/// Quantiles at probabilities `ps` (ascending), by selection rather than a full sort:
/// position `h = (n − 1)·p`, value `x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])`.
public func quantiles(_ values: [Double], _ ps: [Double]) -> [Double] {
  var a = values
  let n = a.count
  var needed: [Int] = []
  for p in ps {
    let h = Double(n - 1) * p
    let lo = Int(h.rounded(.down))
    needed.append(lo)
    if lo + 1 < n { needed.append(lo + 1) }
  }
  needed = Array(Set(needed)).sorted()
  a.withUnsafeMutableBufferPointer { buffer in
    needed.withUnsafeBufferPointer { ks in multiSelect(buffer, ks, 0, ks.count, from: 0, to: n - 1) }
  }
  return ps.map { p in
    let h = Double(n - 1) * p
    let lo = Int(h.rounded(.down))
    let fraction = h - Double(lo)
    return lo + 1 < n ? a[lo] + fraction * (a[lo + 1] - a[lo]) : a[lo]
  }
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
