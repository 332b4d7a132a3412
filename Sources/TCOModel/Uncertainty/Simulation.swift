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
  /// Horizon savings histogram on zero-aligned bins (`ZeroAlignedHistogram`): `counts.count + 1`
  /// edges and the counts.
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

  /// Each input's sampler, its constants computed once; a lognormal whose far tails leave its
  /// input's valid range is truncated to the range.
  var samplers: [DistributionSampler] {
    inputs.map { DistributionSampler($0.distribution, truncatedTo: $0.parameter.range) }
  }

  /// The scenario of sample `index` and its drawn values.
  public func scenario(sample index: Int, seed: UInt64) -> Scenario {
    var s = base
    var random = SampleRandom(seed: seed, sample: index)
    for (input, sampler) in zip(inputs, samplers) { input.parameter.set(sampler.draw(random.unit()), in: &s) }
    return s
  }

  /// Runs `samples` samples on `threads` threads. The result is identical for any thread count.
  ///
  /// Memory: three numbers per sample (monthly API, monthly self-hosted, horizon savings). The
  /// break-even volume is computed in a second pass over the samples, once the horizon savings
  /// are summarised, into the same buffer; the monthly savings then reuse it too.
  ///
  /// - Parameters:
  ///   - keepSamples: keep every sample's draws and outcomes (for a CSV; seven numbers more per sample).
  ///   - bins: the histogram's target number of bins (see `ZeroAlignedHistogram`).
  ///   - progress: called from worker threads with the number of samples just finished.
  public func run(
    samples n: Int, seed: UInt64, threads: Int, keepSamples: Bool = false, bins: Int = 12,
    progress: (@Sendable (Int) -> Void)? = nil
  ) -> SimulationResult {
    let k = inputs.count
    let workers = max(1, min(threads, n))
    let context = RunContext(
      base: base, writers: inputs.map(\.parameter.write), samplers: samplers, kernel: SampleKernel(base), seed: seed)
    let api = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    let own = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    let third = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    defer {
      api.deallocate()
      own.deallocate()
      third.deallocate()
    }
    var drawn = [Double](repeating: .nan, count: keepSamples ? n * k : 0)
    var breakEvenKept = [Double](repeating: .nan, count: keepSamples ? n : 0)
    // Pass 1: draw, evaluate the steady state and the horizon (the break-even too, when kept).
    let tallies = ConcurrentSlots<Tally>(count: workers)
    drawn.withUnsafeMutableBufferPointer { drawnBuffer in
      breakEvenKept.withUnsafeMutableBufferPointer { breakEvenBuffer in
        let buffers = Buffers(
          api: api, own: own, horizon: third, drawn: drawnBuffer, breakEven: breakEvenBuffer)
        forEachChunk(n: n, workers: workers, progress: progress) { worker, range in
          var tally = tallies.get(worker) ?? Tally()
          var s = context.base
          for i in range { context.evaluate(sample: i, scenario: &s, keep: keepSamples, into: buffers, tally: &tally) }
          tallies.set(worker, tally)
        }
      }
    }
    var total = Tally()
    for w in 0..<workers { if let t = tallies.get(w) { total.merge(t) } }
    let valid = n - total.invalid
    var outcomes: [SampleOutcome] = []
    if keepSamples {
      outcomes = (0..<n).map {
        SampleOutcome(
          monthlyApi: api[$0], monthlySelfHosted: own[$0], horizonSavings: third[$0],
          breakEvenTokensPerDay: breakEvenKept[$0])
      }
    }
    var summaries: [SimulationMetric: Summary] = [:]
    // The horizon savings: histogram, then quantiles (selection reorders the buffer).
    let histogram = ZeroAlignedHistogram(
      low: total.horizonMin, high: total.horizonMax, values: UnsafeBufferPointer(third), targetBins: bins)
    summaries[.horizonSavings] = summarizeInPlace(third, threads: workers)
    // Pass 2: the break-even volume of every valid sample, into the freed buffer.
    var noBreakEven = 0
    if keepSamples {
      for i in 0..<n { third[i] = breakEvenKept[i] }
      for x in outcomes where !x.monthlyApi.isNaN && x.breakEvenTokensPerDay.isNaN { noBreakEven += 1 }
    } else {
      let counts = ConcurrentSlots<Int>(count: workers)
      let shared = SendableBuffers([api, third])
      forEachChunk(n: n, workers: workers, progress: nil) { worker, range in
        var none = counts.get(worker) ?? 0
        var s = context.base
        let api = shared.items[0]
        let out = shared.items[1]
        for i in range {
          guard !api[i].isNaN else {
            out[i] = .nan
            continue
          }
          context.draw(sample: i, into: &s)
          let x = s.breakEvenTokensPerDay ?? .nan
          if x.isNaN { none += 1 }
          out[i] = x
        }
        counts.set(worker, none)
      }
      for w in 0..<workers { noBreakEven += counts.get(w) ?? 0 }
    }
    summaries[.breakEvenTokensPerDay] = summarizeInPlace(third, threads: workers)
    // The monthly savings, into the same buffer; then the two monthly costs in place.
    for i in 0..<n { third[i] = api[i] - own[i] }
    let rest: [(SimulationMetric, UnsafeMutableBufferPointer<Double>)] = [
      (.monthlySavings, third), (.monthlyApi, api), (.monthlySelfHosted, own),
    ]
    let computed = ConcurrentSlots<Summary?>(count: rest.count)
    let buffers = SendableBuffers(rest.map(\.1))
    let tasks = rest.count
    DispatchQueue.concurrentPerform(iterations: min(workers, tasks)) { worker in
      for c in stride(from: worker, to: tasks, by: min(workers, tasks)) {
        computed.set(c, summarizeInPlace(buffers.items[c], threads: 1))
      }
    }
    for (c, metric) in rest.map(\.0).enumerated() { summaries[metric] = computed.get(c) ?? nil }
    if valid == 0 { summaries = [:] }
    return SimulationResult(
      samples: n, seed: seed, summaries: summaries,
      probabilitySelfHostedCheaperMonthly: valid > 0 ? Double(total.cheaperMonthly) / Double(valid) : 0,
      probabilitySelfHostedCheaperHorizon: valid > 0 ? Double(total.cheaperHorizon) / Double(valid) : 0,
      noBreakEvenSamples: noBreakEven, invalidSamples: total.invalid, histogramEdges: histogram.edges,
      histogramCounts: histogram.counts, drawn: drawn, outcomes: outcomes)
  }

  /// Runs `body` over chunks of `0..<n` on `workers` threads: worker w takes chunks w, w + workers, …
  /// (an even share without coordination; which thread runs a sample changes no result).
  func forEachChunk(
    n: Int, workers: Int, progress: (@Sendable (Int) -> Void)?, _ body: @Sendable (Int, Range<Int>) -> Void
  ) {
    let chunk = 4096
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var start = worker * chunk
      while start < n {
        let end = min(n, start + chunk)
        body(worker, start..<end)
        progress?(end - start)
        start += workers * chunk
      }
    }
  }

  /// What every worker reads: the base scenario, the inputs' writers and samplers, the kernel.
  struct RunContext: @unchecked Sendable {
    let base: Scenario
    let writers: [@Sendable (inout Scenario, Double) -> Void]
    let samplers: [DistributionSampler]
    let kernel: SampleKernel
    let seed: UInt64

    /// Writes sample `i`'s draws into `s`. Every sample writes the same inputs, so a scenario
    /// reused from the previous sample holds exactly the base with this sample's draws.
    @inline(__always) func draw(sample i: Int, into s: inout Scenario) {
      var random = SampleRandom(seed: seed, sample: i)
      for j in 0..<samplers.count { writers[j](&s, samplers[j].draw(random.unit())) }
    }

    /// One sample: draw, evaluate, store. Allocates nothing for rented GPUs.
    func evaluate(sample i: Int, scenario s: inout Scenario, keep: Bool, into b: Buffers, tally: inout Tally) {
      var random = SampleRandom(seed: seed, sample: i)
      let k = samplers.count
      for j in 0..<k {
        let x = samplers[j].draw(random.unit())
        writers[j](&s, x)
        if keep { b.drawn[i * k + j] = x }
      }
      guard let c = kernel.costs(s) else {
        tally.invalid += 1
        b.api[i] = .nan
        b.own[i] = .nan
        b.horizon[i] = .nan
        return
      }
      b.api[i] = c.api
      b.own[i] = c.selfHosted
      b.horizon[i] = c.horizonSavings
      if c.api - c.selfHosted > 0 { tally.cheaperMonthly += 1 }
      if c.horizonSavings > 0 { tally.cheaperHorizon += 1 }
      if c.horizonSavings.isFinite {
        tally.horizonMin = min(tally.horizonMin, c.horizonSavings)
        tally.horizonMax = max(tally.horizonMax, c.horizonSavings)
      }
      if keep { b.breakEven[i] = s.breakEvenTokensPerDay ?? .nan }
    }
  }

  /// Counts and extremes gathered by one worker (merged after the run; order-independent).
  struct Tally {
    var invalid = 0, cheaperMonthly = 0, cheaperHorizon = 0
    var horizonMin = Double.infinity, horizonMax = -Double.infinity

    mutating func merge(_ o: Tally) {
      invalid += o.invalid
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
    var drawn: UnsafeMutableBufferPointer<Double>
    var breakEven: UnsafeMutableBufferPointer<Double>
  }

  struct SendableBuffers: @unchecked Sendable {
    let items: [UnsafeMutableBufferPointer<Double>]
    init(_ items: [UnsafeMutableBufferPointer<Double>]) { self.items = items }
  }
}

/// The summary of the non-NaN values of `buffer`, computed in place: the NaNs are moved out
/// (the others keep their order, so the mean sums them in sample order, as `summary(of:)` does),
/// then the order statistics are selected within the buffer. `nil` when every value is NaN.
func summarizeInPlace(_ buffer: UnsafeMutableBufferPointer<Double>, threads: Int) -> Summary? {
  var count = 0
  var sum = 0.0
  for i in 0..<buffer.count {
    let x = buffer[i]
    if x.isNaN { continue }
    sum += x
    buffer[count] = x
    count += 1
  }
  guard count > 0 else { return nil }
  let values = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
  let q = quantilesInPlace(values, [0.05, 0.10, 0.50, 0.90, 0.95])
  return Summary(count: count, mean: sum / Double(count), p5: q[0], p10: q[1], p50: q[2], p90: q[3], p95: q[4])
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
  return a.withUnsafeMutableBufferPointer { quantilesInPlace($0, ps) }
}

/// `quantiles` within `a` itself, which it reorders.
func quantilesInPlace(_ a: UnsafeMutableBufferPointer<Double>, _ ps: [Double]) -> [Double] {
  let n = a.count
  var needed: [Int] = []
  for p in ps {
    let h = Double(n - 1) * p
    let lo = Int(h.rounded(.down))
    needed.append(lo)
    if lo + 1 < n { needed.append(lo + 1) }
  }
  needed = Array(Set(needed)).sorted()
  needed.withUnsafeBufferPointer { ks in multiSelect(a, ks, 0, ks.count, from: 0, to: n - 1) }
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
