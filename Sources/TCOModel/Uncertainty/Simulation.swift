import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

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

extension Summary {
  /// The probabilities of the percentiles reported.
  static let probabilities = [0.05, 0.10, 0.50, 0.90, 0.95]

  /// `count` values summing to `sum`, with their `quantiles` at `probabilities`.
  init(count: Int, sum: Double, quantiles q: [Double]) {
    self.init(count: count, mean: sum / Double(count), p5: q[0], p10: q[1], p50: q[2], p90: q[3], p95: q[4])
  }
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
}

/// Consecutive samples as a run finishes them: their drawn inputs and outcomes.
public struct SampleBlock: @unchecked Sendable {
  /// The index of the first sample.
  public let start: Int
  /// The drawn inputs, sample-major: `count × inputs` values in the order of `Simulation.inputs`.
  public let drawn: UnsafeBufferPointer<Double>
  /// The outcomes in sample order; every field NaN for a sample beyond the GPU limit.
  public let outcomes: UnsafeBufferPointer<SampleOutcome>
  public var count: Int { outcomes.count }
}

/// Where a run sends every sample (`--samples-out`), with memory that does not grow with the
/// number of samples: `render` turns a block into a piece on the worker threads (in any order),
/// and `emit` takes the pieces in sample order on the calling thread; `emit` returning false
/// stops the run.
public struct SampleSink<Piece> {
  public var render: @Sendable (SampleBlock) -> Piece
  public var emit: (Piece) -> Bool

  public init(render: @escaping @Sendable (SampleBlock) -> Piece, emit: @escaping (Piece) -> Bool) {
    self.render = render
    self.emit = emit
  }
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
  /// Uniform in (0, 1), never 0 or 1. (The 53 bits converted as a signed integer: the same
  /// value, and one instruction on x86-64 whether or not the compiler sees their range.)
  mutating func unit() -> Double { (Double(Int64(bitPattern: generator.next() >> 11)) + 0.5) * 0x1p-53 }
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
  /// One pass draws each sample and evaluates its steady state, break-even volume and horizon;
  /// memory is four numbers per sample (monthly API, monthly self-hosted, horizon savings,
  /// break-even). The summaries then read them where they lie, through buckets between the
  /// extremes gathered during the pass (`bucketedSummary`), or select them in place when the
  /// buckets decline.
  ///
  /// - Parameters:
  ///   - bins: the histogram's target number of bins (see `ZeroAlignedHistogram`).
  ///   - progress: called from worker threads with the number of samples just finished.
  public func run(
    samples n: Int, seed: UInt64, threads: Int, bins: Int = 12, progress: (@Sendable (Int) -> Void)? = nil
  ) -> SimulationResult {
    // Without a sink, nothing stops the run.
    run(samples: n, seed: seed, threads: threads, bins: bins, progress: progress, sink: nil as SampleSink<Never>?)!
  }

  /// `run(samples:seed:threads:bins:progress:)`, giving every sample to `sink` in order, a block
  /// of at most `blockSize` samples at a time. `nil` when the sink stopped the run.
  public func run<Piece>(
    samples n: Int, seed: UInt64, threads: Int, bins: Int = 12, progress: (@Sendable (Int) -> Void)? = nil,
    sink: SampleSink<Piece>, blockSize: Int = 1 << 15
  ) -> SimulationResult? {
    run(
      samples: n, seed: seed, threads: threads, bins: bins, progress: progress, sink: Optional(sink),
      blockSize: blockSize)
  }

  private func run<Piece>(
    samples n: Int, seed: UInt64, threads: Int, bins: Int, progress: (@Sendable (Int) -> Void)?,
    sink: SampleSink<Piece>?, blockSize: Int = 1 << 15
  ) -> SimulationResult? {
    let k = inputs.count
    let workers = max(1, min(threads, n))
    let context = RunContext(
      base: base, writers: inputs.map { RunContext.Writer(write: $0.parameter.write) }, samplers: samplers,
      kernel: SampleKernel(base), seed: seed)
    let api = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    let own = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    let third = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    let breakEven = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
    // With a sink, the current block's draws and outcomes (in sample order within the block).
    let block = sink == nil ? 0 : max(1, min(blockSize, n))
    let blockDrawn = UnsafeMutableBufferPointer<Double>.allocate(capacity: block * k)
    let blockOutcomes = UnsafeMutableBufferPointer<SampleOutcome>.allocate(capacity: block)
    defer {
      for b in [api, own, third, breakEven, blockDrawn] { b.deallocate() }
      blockOutcomes.deallocate()
    }
    let buffers = Buffers(
      api: api, own: own, horizon: third, breakEven: breakEven, drawn: blockDrawn, outcomes: blockOutcomes)
    let tallies = ConcurrentSlots<Tally>(count: workers)
    let chunk = 4096
    var blockStart = 0
    while blockStart < n {
      let blockEnd = sink == nil ? n : min(n, blockStart + block)
      let chunks = (blockEnd - blockStart + chunk - 1) / chunk
      let pieces = ConcurrentSlots<Piece>(count: sink == nil ? 0 : chunks)
      let render = sink?.render
      let first = blockStart
      // Each worker takes the next chunk not yet taken: a worker slowed by another process on its
      // processor takes fewer. Which worker runs a sample changes no result (every sample has
      // its own random stream and slots; the tallies are counts and extremes).
      let claims = ChunkClaims(count: chunks)
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        var tally = tallies.get(worker) ?? Tally()
        // A batch of scenarios, each holding the base and its sample's draws, and their constants.
        let batch = RunContext.batch
        let scenarios = UnsafeMutableBufferPointer<Scenario>.allocate(capacity: batch)
        scenarios.initialize(repeating: context.base)
        let constants = UnsafeMutableBufferPointer<SampleConstants>.allocate(capacity: batch)
        constants.initialize(repeating: SampleConstants(context.kernel, context.base))
        let randoms = UnsafeMutablePointer<SampleRandom>.allocate(capacity: batch)
        let ratios = UnsafeMutablePointer<(api: Double, gpu: Double)>.allocate(capacity: batch)
        let scratch = UnsafeMutablePointer<SampleLanes>.allocate(capacity: context.kernel.laneScratchCount)
        defer {
          randoms.deallocate()
          ratios.deallocate()
          scenarios.deinitialize()
          scenarios.deallocate()
          constants.deinitialize()
          constants.deallocate()
          scratch.deallocate()
        }
        let keep = render != nil
        // One sample at a time when the kernel has no lanes (a local scenario: passing one out of
        // the lanes' buffer copied it for every sample).
        var s = context.base
        while let c = claims.next() {
          let range = (first + c * chunk)..<min(blockEnd, first + (c + 1) * chunk)
          if context.kernel.usesLanes {
            // A batch at a time: its draws, then its constants, then its pairs of lanes. The long
            // chains in each step (a lognormal draw, `pow`) are independent from sample to
            // sample, so the processor overlaps them instead of waiting on each in turn.
            var i = range.lowerBound
            while i < range.upperBound {
              let count = min(batch, range.upperBound - i)
              context.drawBatch(
                from: i, count: count, blockStart: first, keep: keep, into: scenarios.baseAddress!, randoms: randoms,
                buffers)
              for j in 0..<count { ratios[j] = SampleConstants.monthlyRatios(scenarios.baseAddress! + j) }
              for j in 0..<count {
                constants[j] = SampleConstants(context.kernel, scenarios.baseAddress! + j, ratios: ratios[j])
              }
              // An odd count leaves the last pair's second lane with an earlier sample's scenario
              // and constants; its outcome is unused.
              for j in stride(from: 0, to: count, by: SampleLanes.scalarCount) {
                let outcomes = context.kernel.alwaysOnOutcomes(
                  scenarios.baseAddress! + j, constants: constants.baseAddress! + j, scratch: scratch)
                for lane in 0..<min(SampleLanes.scalarCount, count - j) {
                  context.store(
                    outcomes.outcome(lane), sample: i + j + lane, blockStart: first, keep: keep, into: buffers,
                    &tally)
                }
              }
              i += count
            }
          } else {
            for i in range {
              withUnsafeMutablePointer(to: &s) {
                context.drawBatch(
                  from: i, count: 1, blockStart: first, keep: keep, into: $0, randoms: randoms, buffers)
              }
              context.store(context.kernel.outcome(s), sample: i, blockStart: first, keep: keep, into: buffers, &tally)
            }
          }
          tally.include(range, buffers)
          if let render {
            let lo = range.lowerBound - first
            pieces.set(
              c,
              render(
                SampleBlock(
                  start: range.lowerBound,
                  drawn: UnsafeBufferPointer(rebasing: buffers.drawn[(lo * k)..<((lo + range.count) * k)]),
                  outcomes: UnsafeBufferPointer(rebasing: buffers.outcomes[lo..<(lo + range.count)]))))
          }
          progress?(range.count)
        }
        tallies.set(worker, tally)
      }
      if let sink {
        // Stopped: the samples after the block are never drawn, and there is nothing to summarise.
        for c in 0..<chunks {
          guard let piece = pieces.get(c), sink.emit(piece) else { return nil }
        }
      }
      blockStart = blockEnd
    }
    var total = Tally()
    for w in 0..<workers { if let t = tallies.get(w) { total.merge(t) } }
    let valid = n - total.invalid
    // The summaries: first every figure through the buckets (`bucketedSummary`, which reads the
    // values where they lie and moves none) and the histogram, as tasks taken in turn by the
    // workers; then, in place, the figures the buckets declined or that have too few values.
    // Selecting in place reorders a buffer, and the monthly savings (API less self-hosted) then
    // need a buffer of their own: they are written into the break-even buffer once its figure
    // is done, before the API and self-hosted buffers are reordered (the second round).
    let found = ConcurrentSlots<Summary?>(count: SimulationMetric.allCases.count)
    let histogramSlot = ConcurrentSlots<ZeroAlignedHistogram>(count: 1)
    let results = SendableBuffers([third, breakEven, api, own])
    let tally = total
    @Sendable func slot(_ metric: SimulationMetric) -> Int { SimulationMetric.allCases.firstIndex(of: metric)! }
    // Enough values for buckets, and the buckets answered: the figure is found.
    @Sendable func record(_ metric: SimulationMetric, _ attempt: @autoclosure () -> BucketedSummary) {
      guard n >= Buckets.minimumCount, case .answered(let summary) = attempt() else { return }
      found.set(slot(metric), summary)
    }
    // The dearest first, so that the last task taken is a short one.
    let buckets: [@Sendable () -> Void] = [
      {
        let horizon = results.items[0]
        histogramSlot.set(0, tally.horizonHistogram(UnsafeBufferPointer(horizon), targetBins: bins))
        record(.horizonSavings, bucketedSummary(horizon, extremes: tally.horizon.range))
      },
      {
        let difference = Difference(minuend: results.items[2], subtrahend: results.items[3])
        record(.monthlySavings, bucketedSummary(difference, extremes: tally.savings.range))
      },
      { record(.breakEvenTokensPerDay, bucketedSummary(results.items[1], extremes: tally.breakEven.range)) },
      { record(.monthlyApi, bucketedSummary(results.items[2], extremes: tally.api.range)) },
      { record(.monthlySelfHosted, bucketedSummary(results.items[3], extremes: tally.own.range)) },
    ]
    let claims = ChunkClaims(count: buckets.count)
    DispatchQueue.concurrentPerform(iterations: min(workers, buckets.count)) { _ in
      while let task = claims.next() { buckets[task]() }
    }
    @Sendable func inPlace(_ metric: SimulationMetric, _ buffer: UnsafeMutableBufferPointer<Double>) {
      if found.get(slot(metric)) == nil { found.set(slot(metric), summarizeInPlace(buffer)) }
    }
    let rounds: [[@Sendable () -> Void]] = [
      [
        { inPlace(.horizonSavings, results.items[0]) },
        {
          let (shared, api, own) = (results.items[1], results.items[2], results.items[3])
          inPlace(.breakEvenTokensPerDay, shared)
          if found.get(slot(.monthlySavings)) == nil {
            for i in 0..<n { shared[i] = api[i] - own[i] }
            inPlace(.monthlySavings, shared)
          }
        },
      ],
      [{ inPlace(.monthlyApi, results.items[2]) }, { inPlace(.monthlySelfHosted, results.items[3]) }],
    ]
    for round in rounds {
      let threads = min(workers, round.count)
      DispatchQueue.concurrentPerform(iterations: threads) { worker in
        for c in stride(from: worker, to: round.count, by: threads) { round[c]() }
      }
    }
    var summaries: [SimulationMetric: Summary] = [:]
    for metric in SimulationMetric.allCases { summaries[metric] = found.get(slot(metric)) ?? nil }
    let histogram = histogramSlot.get(0)!
    if valid == 0 { summaries = [:] }
    return SimulationResult(
      samples: n, seed: seed, summaries: summaries,
      probabilitySelfHostedCheaperMonthly: valid > 0 ? Double(total.cheaperMonthly) / Double(valid) : 0,
      probabilitySelfHostedCheaperHorizon: valid > 0 ? Double(total.cheaperHorizon) / Double(valid) : 0,
      noBreakEvenSamples: total.noBreakEven, invalidSamples: total.invalid, histogramEdges: histogram.edges,
      histogramCounts: histogram.counts)
  }

  /// What every worker reads: the base scenario, the inputs' parameters and samplers, the kernel.
  struct RunContext: @unchecked Sendable {
    let base: Scenario
    /// Each input's `write` closure, in a struct: in a bare array a closure is stored at the
    /// generic abstraction, and every call went through a thunk that retained it. Not the
    /// parameters themselves: reading one copied its name, a heap string whose reference count
    /// every worker then updated, a contended atomic operation per input and batch.
    let writers: [Writer]
    struct Writer {
      let write: @Sendable (inout Scenario, Double) -> Void
    }
    let samplers: [DistributionSampler]
    let kernel: SampleKernel
    let seed: UInt64
    /// Samples drawn, then given their constants, before their lanes run: an even number, so
    /// every pair of lanes lies in the batch. 8 and 16 were equally fast, 2 (one pair) 10 %
    /// slower, 64 slower again.
    static let batch = 16

    /// Draws samples `i..<(i + count)` into `scenarios[0..<count]`, input by input: the draws of
    /// one input for every sample of the batch, then the next input's. Each sample keeps its own
    /// random stream (`randoms`, scratch for `count` streams), so it gets the draws it would get
    /// alone, whatever the batch; the order only lets the processor overlap the samples'
    /// lognormal draws, which are long chains of dependent operations. The draws are kept in the
    /// block buffer when `keep`. Every sample writes the same inputs, so a scenario reused from an
    /// earlier sample holds exactly the base with this sample's draws. Allocates nothing.
    @inline(__always)
    func drawBatch(
      from i: Int, count: Int, blockStart: Int, keep: Bool, into scenarios: UnsafeMutablePointer<Scenario>,
      randoms: UnsafeMutablePointer<SampleRandom>, _ b: Buffers
    ) {
      for j in 0..<count { randoms[j] = SampleRandom(seed: seed, sample: i + j) }
      let k = samplers.count
      let slot = i - blockStart
      for input in 0..<k {
        let sampler = samplers[input]
        let write = writers[input].write
        sampler.draw(
          count: count, { randoms[$0].unit() },
          { j, x in
            write(&scenarios[j], x)
            if keep { b.drawn[(slot + j) * k + input] = x }
          })
      }
    }

    /// Stores sample `i`'s outcome (`nil` beyond the GPU limit: NaN in every figure), and counts
    /// it when it is beyond the limit (the other counts are taken by `Tally.include`).
    @inline(__always)
    func store(
      _ outcome: SampleOutcome?, sample i: Int, blockStart: Int, keep: Bool, into b: Buffers, _ tally: inout Tally
    ) {
      let slot = i - blockStart
      guard let o = outcome else {
        tally.invalid += 1
        b.api[i] = .nan
        b.own[i] = .nan
        b.horizon[i] = .nan
        b.breakEven[i] = .nan
        if keep {
          b.outcomes[slot] = SampleOutcome(
            monthlyApi: .nan, monthlySelfHosted: .nan, horizonSavings: .nan, breakEvenTokensPerDay: .nan)
        }
        return
      }
      b.api[i] = o.monthlyApi
      b.own[i] = o.monthlySelfHosted
      b.horizon[i] = o.horizonSavings
      b.breakEven[i] = o.breakEvenTokensPerDay
      if keep { b.outcomes[slot] = o }
    }
  }

  /// Counts and extremes gathered by one worker (merged after the run; order-independent).
  struct Tally {
    /// Samples beyond the GPU limit, where self-hosting is cheaper (monthly, over the horizon),
    /// and with a NaN break-even volume (those beyond the limit included).
    var invalid = 0, cheaperMonthly = 0, cheaperHorizon = 0, nanBreakEven = 0
    var noBreakEven: Int { nanBreakEven - invalid }
    /// Each metric's extremes over the valid samples, for its summary's buckets.
    var api = Extremes(), own = Extremes(), savings = Extremes(), horizon = Extremes(), breakEven = Extremes()

    mutating func merge(_ o: Tally) {
      invalid += o.invalid
      cheaperMonthly += o.cheaperMonthly
      cheaperHorizon += o.cheaperHorizon
      nanBreakEven += o.nanBreakEven
      api.merge(o.api)
      own.merge(o.own)
      savings.merge(o.savings)
      horizon.merge(o.horizon)
      breakEven.merge(o.breakEven)
    }

    /// Includes the outcomes of `range`, as stored in `b`, in the extremes and the counts of
    /// samples where self-hosting is cheaper and where a break-even volume is NaN (both kinds of
    /// NaN samples: those beyond the GPU limit are taken off at the end). Two samples at a time
    /// in the lanes of vectors, every metric in one loop, after a chunk of samples while they are
    /// in the cache: a NaN fails every comparison, and changes no bound. (Tallied sample by
    /// sample, the comparisons cost 3 % of a sample, and the counts' branches, taken as often
    /// one way as the other, more.)
    mutating func include(_ range: Range<Int>, _ b: Buffers) {
      typealias Pair = SIMD2<Double>
      typealias Count = SIMD2<Int64>
      var lows = (Pair(repeating: .infinity), Pair(repeating: .infinity), Pair(repeating: .infinity))
      var more = (Pair(repeating: .infinity), Pair(repeating: .infinity))
      var highs = (-lows.0, -lows.0, -lows.0)
      var moreHighs = (-lows.0, -lows.0)
      var counts = (Count(), Count(), Count())
      @inline(__always) func widen(_ low: inout Pair, _ high: inout Pair, to x: Pair) {
        low = low.replacing(with: x, where: x .< low)
        high = high.replacing(with: x, where: x .> high)
      }
      @inline(__always) func count(_ mask: SIMDMask<Count>, _ into: inout Count) {
        into &+= Count().replacing(with: 1, where: mask)
      }
      @inline(__always) func includePair(_ x: (Int) -> Pair, lanes: SIMDMask<Count>) {
        let (api, own, horizon, breakEven) = (x(0), x(1), x(2), x(3))
        let savings = api - own
        widen(&lows.0, &highs.0, to: api)
        widen(&lows.1, &highs.1, to: own)
        widen(&lows.2, &highs.2, to: savings)
        widen(&more.0, &moreHighs.0, to: horizon)
        widen(&more.1, &moreHighs.1, to: breakEven)
        count((savings .> 0) .& lanes, &counts.0)
        count((horizon .> 0) .& lanes, &counts.1)
        count(.!(breakEven .== breakEven) .& lanes, &counts.2)
      }
      let buffers = [b.api, b.own, b.horizon, b.breakEven].map { UnsafePointer($0.baseAddress!) }
      let (p0, p1, p2, p3) = (buffers[0], buffers[1], buffers[2], buffers[3])
      var i = range.lowerBound
      let both = SIMDMask<Count>(repeating: true)
      while i &+ 1 < range.upperBound {
        includePair(
          { k in
            let p = k == 0 ? p0 : k == 1 ? p1 : k == 2 ? p2 : p3
            return Pair(p[i], p[i &+ 1])
          }, lanes: both)
        i &+= 2
      }
      if i < range.upperBound {
        includePair(
          { k in
            let p = k == 0 ? p0 : k == 1 ? p1 : k == 2 ? p2 : p3
            return Pair(repeating: p[i])
          }, lanes: SIMDMask(arrayLiteral: true, false))
      }
      for lane in 0..<2 {
        api.merge(Extremes(low: lows.0[lane], high: highs.0[lane]))
        own.merge(Extremes(low: lows.1[lane], high: highs.1[lane]))
        savings.merge(Extremes(low: lows.2[lane], high: highs.2[lane]))
        horizon.merge(Extremes(low: more.0[lane], high: moreHighs.0[lane]))
        breakEven.merge(Extremes(low: more.1[lane], high: moreHighs.1[lane]))
      }
      cheaperMonthly += Int(counts.0.wrappedSum())
      cheaperHorizon += Int(counts.1.wrappedSum())
      nanBreakEven += Int(counts.2.wrappedSum())
    }

    /// The histogram of the horizon savings, whose finite extremes are those gathered unless
    /// some savings are infinite (then found again, skipping those).
    func horizonHistogram(_ values: UnsafeBufferPointer<Double>, targetBins: Int) -> ZeroAlignedHistogram {
      var (low, high) = horizon.range
      if !(low.isFinite && high.isFinite) {
        (low, high) = (.infinity, -.infinity)
        for x in values where x.isFinite {
          low = min(low, x)
          high = max(high, x)
        }
      }
      return ZeroAlignedHistogram(low: low, high: high, values: values, targetBins: targetBins)
    }
  }

  /// The smallest and largest of the values included that are not NaN (`low > high` before any).
  struct Extremes {
    var low = Double.infinity, high = -Double.infinity
    var range: (low: Double, high: Double) { (low, high) }

    mutating func merge(_ o: Extremes) {
      low = o.low < low ? o.low : low
      high = o.high > high ? o.high : high
    }
  }

  /// Output buffers shared by the workers; each sample writes only its own slots.
  struct Buffers: @unchecked Sendable {
    var api: UnsafeMutableBufferPointer<Double>
    var own: UnsafeMutableBufferPointer<Double>
    var horizon: UnsafeMutableBufferPointer<Double>
    var breakEven: UnsafeMutableBufferPointer<Double>
    /// The current block's draws and outcomes, indexed from the block's first sample.
    var drawn: UnsafeMutableBufferPointer<Double>
    var outcomes: UnsafeMutableBufferPointer<SampleOutcome>
  }

  struct SendableBuffers: @unchecked Sendable {
    let items: [UnsafeMutableBufferPointer<Double>]
    init(_ items: [UnsafeMutableBufferPointer<Double>]) { self.items = items }
  }
}

/// The summary of the non-NaN values of `buffer`, computed in place: the NaNs are moved out
/// (the others keep their order, so the mean sums them in sample order, as `summary(of:)` does),
/// then the order statistics are selected within the buffer (for the figures the buckets
/// declined, or that have too few values for buckets). `nil` when every value is NaN.
func summarizeInPlace(_ buffer: UnsafeMutableBufferPointer<Double>) -> Summary? {
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
  let ranks = quantileRanks(count: count, Summary.probabilities)
  let found = selectedOrderStatistics(values, ranks: ranks)
  return Summary(
    count: count, sum: sum, quantiles: interpolatedQuantiles(count: count, Summary.probabilities, ranks: ranks, found))
}

/// Hands out the indices `0..<count` one at a time to concurrent workers, each index once.
final class ChunkClaims: @unchecked Sendable {
  private let count: Int
  private var taken = 0
  private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

  init(count: Int) {
    self.count = count
    lock.initialize(to: pthread_mutex_t())
    pthread_mutex_init(lock, nil)
  }
  deinit {
    pthread_mutex_destroy(lock)
    lock.deallocate()
  }

  /// The next index not yet taken; `nil` when all are.
  func next() -> Int? {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    guard taken < count else { return nil }
    taken += 1
    return taken - 1
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
  return Summary(count: values.count, sum: sum, quantiles: quantiles(values, Summary.probabilities))
}
