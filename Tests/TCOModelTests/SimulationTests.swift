import Dispatch
import TCOData
import TCOReport
import Testing

@testable import TCOModel

@Suite("Monte Carlo")
struct SimulationTests {
  /// API discount ~ uniform(0, 0.5): monthly API = X·(1 − n) + F is linear in the draw.
  func discountSimulation() -> (Simulation, x: Double, selfHosted: Double) {
    var s = makeScenario(input: 3e8, output: 1e8, cached: 0)
    s.api.fixedMonthly = 100
    let x = s.apiCost(volumeFactor: 1).variable
    let own = s.steadySelfHostedCost()!.total
    return (
      Simulation(base: s, inputs: [UncertainInput(parameter: .apiDiscount, distribution: .uniform(low: 0, high: 0.5))]),
      x, own
    )
  }

  @Test("Quantiles and mean of a uniform input mapped linearly to the monthly API cost")
  func linearQuantiles() throws {
    let (sim, x, _) = discountSimulation()
    let r = sim.run(samples: 200_000, seed: 11, threads: 2)
    let api = try #require(r.summaries[.monthlyApi])
    // API decreases with the discount: its p-quantile is X·(1 − q_{1−p}) + F, q_u = 0.5·u.
    for (p, value) in [(0.05, api.p5), (0.10, api.p10), (0.50, api.p50), (0.90, api.p90), (0.95, api.p95)] {
      let expected = x * (1 - 0.5 * (1 - p)) + 100
      #expect(abs(value - expected) < 0.003 * expected, "p\(p): \(value) vs \(expected)")
    }
    #expect(abs(api.mean - (x * 0.75 + 100)) < 0.002 * x)
    #expect(r.invalidSamples == 0)
    #expect(api.count == 200_000)
  }

  @Test("The probability that self-hosting is cheaper matches the share of the draw range")
  func probability() throws {
    var (sim, x, own) = discountSimulation()
    // Make the self-hosted cost cross inside the range: cheaper when n < 1 − (own − F)/X.
    sim.base.api.fixedMonthly = own - 0.8 * x
    let threshold = 0.2
    let r = sim.run(samples: 100_000, seed: 3, threads: 2)
    #expect(abs(r.probabilitySelfHostedCheaperMonthly - threshold / 0.5) < 0.006)
  }

  @Test("The same seed gives identical results for any number of threads")
  func determinism() throws {
    var base = makeScenario(input: 3e7, output: 1e7)
    base.horizonMonths = 24
    let sim = Simulation(
      base: base,
      inputs: [
        UncertainInput(parameter: .utilization, distribution: .uniform(low: 0.3, high: 0.9)),
        UncertainInput(parameter: .gpuHourlyRate, distribution: .lognormal(p10: 1.5, p90: 4)),
        UncertainInput(parameter: .monthlyGrowth, distribution: .triangular(low: 0, mode: 0.02, high: 0.06)),
        UncertainInput(parameter: .apiOutputPrice, distribution: .uniform(low: 2, high: 20)),
      ])
    let reference = sim.run(samples: 30_000, seed: 42, threads: 1)
    for threads in [2, 3, 8] {
      let r = sim.run(samples: 30_000, seed: 42, threads: threads)
      #expect(r.summaries == reference.summaries, "threads \(threads)")
      #expect(r.histogramCounts == reference.histogramCounts)
      #expect(r.noBreakEvenSamples == reference.noBreakEvenSamples)
      #expect(r.probabilitySelfHostedCheaperHorizon == reference.probabilitySelfHostedCheaperHorizon)
    }
    #expect(sim.run(samples: 30_000, seed: 43, threads: 2).summaries != reference.summaries)
  }

  @Test("Samples with no break-even are counted, and each sample matches the model evaluated on its own")
  func perSample() throws {
    var base = makeScenario(input: 3e7, output: 1e7)
    base.horizonMonths = 12
    // Input nearly free, so the drawn output price decides whether self-hosting ever catches up.
    base.api.inputPerMTok = 0.001
    base.api.cachedInputPerMTok = 0.001
    let sim = Simulation(
      base: base, inputs: [UncertainInput(parameter: .apiOutputPrice, distribution: .uniform(low: 0.01, high: 20))])
    let (kept, drawn, outcomes, _) = runCollecting(sim, samples: 2_000, seed: 5, threads: 2, blockSize: 4096 * 3 + 17)
    let r = try #require(kept)
    #expect(outcomes.count == 2_000 && drawn.count == 2_000)
    var none = 0
    for i in 0..<2_000 {
      let s = sim.scenario(sample: i, seed: 5)
      let e = try s.evaluate()
      if e.breakEven.tokensPerDay == nil { none += 1 }
      #expect(outcomes[i].monthlyApi == e.steadyState.api.total)
      #expect(close(outcomes[i].horizonSavings, e.horizon.savings, 1e-12))
      #expect(outcomes[i].breakEvenTokensPerDay.isNaN == (e.breakEven.tokensPerDay == nil))
      #expect(drawn[i] == s.api.outputPerMTok)
    }
    #expect(none > 0 && none < 2_000)
    #expect(r.noBreakEvenSamples == none)
    #expect(r.summaries[.breakEvenTokensPerDay]?.count == 2_000 - none)
  }

  @Test("A sink gets every sample once, in order, in blocks, for any thread count; false stops the run")
  func sinkBlocks() throws {
    var base = makeScenario(input: 3e7, output: 1e7)
    base.horizonMonths = 12
    let sim = Simulation(
      base: base,
      inputs: [
        UncertainInput(parameter: .apiOutputPrice, distribution: .uniform(low: 0.01, high: 20)),
        UncertainInput(parameter: .utilization, distribution: .uniform(low: 0.2, high: 0.9)),
      ])
    let n = 20_000
    let plain = sim.run(samples: n, seed: 3, threads: 2)
    let one = runCollecting(sim, samples: n, seed: 3, threads: 1, blockSize: 5_000)
    let three = runCollecting(sim, samples: n, seed: 3, threads: 3, blockSize: 5_000)
    #expect(try #require(one.result).summaries == plain.summaries)
    #expect(three.result?.summaries == plain.summaries)
    // Blocks of 5,000 in chunks of at most 4,096: 4,096 + 904 per block.
    #expect(one.starts == (0..<4).flatMap { [$0 * 5_000, $0 * 5_000 + 4_096] })
    #expect(three.starts == one.starts)
    #expect(one.drawn == three.drawn && one.drawn.count == 2 * n)
    #expect(one.outcomes.map(\.monthlyApi) == three.outcomes.map(\.monthlyApi))
    for i in [0, 4_095, 4_096, 4_999, 5_000, 19_999] {
      let s = sim.scenario(sample: i, seed: 3)
      #expect(one.drawn[2 * i] == s.api.outputPerMTok && one.drawn[2 * i + 1] == s.selfHosted.utilization)
      #expect(one.outcomes[i].monthlySelfHosted == s.sampleOutcome()?.monthlySelfHosted)
    }
    // A sink that refuses the second piece stops the run: no result, and no more pieces asked for.
    var emitted = 0
    let stopped = sim.run(
      samples: n, seed: 3, threads: 2,
      sink: SampleSink(
        render: { $0.count },
        emit: { _ in
          emitted += 1
          return emitted < 2
        }), blockSize: 5_000)
    #expect(stopped == nil && emitted == 2)
  }

  @Test("Bucketed order statistics equal the sorted data's: spread, tied, sorted, reversed and peaked data")
  func bucketedSelection() {
    var rng = SplitMix64(seed: 31)
    let n = 100_003
    let ranks = [0, 5_000, 5_001, 10_000, 50_001, 90_000, 95_000, 95_001, n - 1]
    var answered = 0
    var declined = 0
    for kind in 0..<7 {
      var values: [Double] =
        switch kind {
        case 0: (0..<n).map { _ in Double.random(in: -1e6..<1e6, using: &rng) }
        // Few distinct values: buckets bounded by ties.
        case 1: (0..<n).map { _ in Double(Int.random(in: 0..<50, using: &rng)) }
        case 2: (0..<n).map { Double($0) }
        case 3: (0..<n).map { Double(n - $0) * 0.5 }
        // Values spread over many orders of magnitude, and of both signs.
        case 4:
          (0..<n).map { _ in power(10, Double.random(in: -300..<300, using: &rng)) * (Bool.random(using: &rng) ? 1 : -1)
          }
        // One far outlier: nearly everything lands in one bucket, which is left to selection.
        case 5: (0..<n).map { i in i == 7 ? 1e12 : Double.random(in: 0..<1, using: &rng) }
        default: [Double](repeating: 3, count: n)
        }
      let sorted = values.sorted()
      let direct = values.withUnsafeMutableBufferPointer { bucketedOrderStatistics($0, ranks: ranks) }
      // The same with the extremes given, as the simulation's summaries give them.
      var copy = values
      let given = copy.withUnsafeMutableBufferPointer {
        bucketedOrderStatistics($0, ranks: ranks, extremes: (sorted[0], sorted[n - 1]))
      }
      #expect(given == direct)
      // Spread, sorted and equal data are answered by the buckets. Fifty tied values fill the
      // wanted buckets past an eighth of the data, and data whose range one value dominates
      // (orders of magnitude, an outlier) put most values in one bucket: left to selection.
      let expected = ![1, 4, 5].contains(kind)
      #expect((direct != nil) == expected)
      if let direct {
        #expect(direct == ranks.map { sorted[$0] }, "kind \(kind)")
        answered += 1
      } else {
        declined += 1
      }
      values.shuffle(using: &rng)
      let got = values.withUnsafeMutableBufferPointer { orderStatistics($0, ranks: ranks) }
      #expect(got == ranks.map { sorted[$0] }, "kind \(kind)")
    }
    // The buckets answered for ordinary data and declined (leaving it to selection) for the rest.
    #expect(answered == 4 && declined == 3)
  }

  @Test("Bucketed summaries equal summary(of:) over the values that are not NaN, or decline")
  func bucketedSummaries() {
    var rng = SplitMix64(seed: 77)
    let n = 20_001
    func spread() -> Double { Double.random(in: -5e5..<1e6, using: &rng) }
    func holed(_ x: Double) -> Double { Int.random(in: 0..<5, using: &rng) == 0 ? .nan : x }
    let kinds: [(name: String, values: [Double], answered: Bool)] = [
      ("spread", (0..<n).map { _ in spread() }, true),
      ("spread with NaN", (0..<n).map { _ in holed(spread()) }, true),
      // Equal values (NaN between them): one bucket, every quantile the value.
      ("equal with NaN", (0..<n).map { _ in holed(42.5) }, true),
      ("all NaN", [Double](repeating: .nan, count: n), true),
      ("one value", [7], true),
      // Five tied values fill the wanted buckets past an eighth; an infinity leaves no grid.
      ("tied", (0..<n).map { _ in holed(Double(Int.random(in: 0..<5, using: &rng))) }, false),
      ("infinite", (0..<n).map { i in i == 99 ? -.infinity : spread() }, false),
      ("outlier", (0..<n).map { i in i == 5 ? 1e12 : Double.random(in: 0..<1, using: &rng) }, false),
    ]
    for kind in kinds {
      let (name, shouldAnswer) = (kind.name, kind.answered)
      let kept = kind.values.filter { !$0.isNaN }
      let extremes = (low: kept.min() ?? .infinity, high: kept.max() ?? -.infinity)
      var values = kind.values
      let before = values
      let found = values.withUnsafeMutableBufferPointer { bucketedSummary($0, extremes: extremes) }
      switch found {
      case .answered(let got):
        #expect(shouldAnswer, "\(name)")
        #expect(got == summary(of: kept), "\(name)")
      case .declined:
        #expect(!shouldAnswer, "\(name)")
      }
      // Nothing is moved: the buffer is read where it lies.
      let unmoved = values.elementsEqual(before) { $0.bitPattern == $1.bitPattern }
      #expect(unmoved, "\(name)")
    }
    // The difference of two buffers, read as it is computed: NaN where either is.
    var a = (0..<n).map { _ in holed(spread()) }
    var b = (0..<n).map { _ in holed(spread()) }
    let differences = zip(a, b).map { $0 - $1 }.filter { !$0.isNaN }
    let found = a.withUnsafeMutableBufferPointer { a in
      b.withUnsafeMutableBufferPointer { b in
        bucketedSummary(
          Difference(minuend: a, subtrahend: b), extremes: (differences.min()!, differences.max()!))
      }
    }
    guard case .answered(let got) = found else {
      Issue.record("the differences were declined")
      return
    }
    #expect(got == summary(of: differences))
  }

  @Test("A run's summaries equal summary(of:) over its samples, through the buckets and their fallbacks")
  func runSummariesFromSamples() throws {
    // Enough samples for the buckets. Continuous draws with samples beyond the GPU limit and
    // samples without a break-even (NaN in every figure, or in one); then a small fleet with only
    // the utilization drawn: the API cost is one value, and the other figures take a few tied
    // values each, which the buckets decline (selected in place, the savings in the break-even
    // buffer after the break-even volumes).
    let n = 70_001
    var base = makeScenario(input: 3e10, output: 1e10)
    base.horizonMonths = 12
    let continuous = Simulation(
      base: base,
      inputs: [
        UncertainInput(parameter: .inputTokensPerDay, distribution: .uniform(low: 1e8, high: 4e14)),
        UncertainInput(parameter: .gpuHourlyRate, distribution: .lognormal(p10: 1.5, p90: 4)),
        UncertainInput(parameter: .monthlyGrowth, distribution: .triangular(low: -0.02, mode: 0.02, high: 0.08)),
        UncertainInput(parameter: .apiDiscount, distribution: .uniform(low: 0, high: 0.999)),
      ])
    var small = base
    small.workload.volume = .inputOutput(inputTokensPerDay: 3e8, outputTokensPerDay: 1e8)
    let tied = Simulation(
      base: small, inputs: [UncertainInput(parameter: .utilization, distribution: .uniform(low: 0.2, high: 0.9))])
    // Which figures the buckets answer (the others are selected in place): the continuous run's
    // break-even volumes have a far tail (API discounts near 1), the tied run's figures but the
    // API cost (one value) take a few values each.
    let answeredByBuckets: [String: Set<SimulationMetric>] = [
      "continuous": [.monthlyApi, .monthlySelfHosted, .monthlySavings, .horizonSavings], "tied": [.monthlyApi],
    ]
    for (name, sim) in [("continuous", continuous), ("tied", tied)] {
      let (kept, _, outcomes, _) = runCollecting(sim, samples: n, seed: 8, threads: 2)
      let r = try #require(kept)
      func column(_ f: (SampleOutcome) -> Double) -> [Double] { outcomes.map(f).filter { !$0.isNaN } }
      let columns: [SimulationMetric: [Double]] = [
        .monthlyApi: column(\.monthlyApi), .monthlySelfHosted: column(\.monthlySelfHosted),
        .monthlySavings: column(\.monthlySavings), .horizonSavings: column(\.horizonSavings),
        .breakEvenTokensPerDay: column(\.breakEvenTokensPerDay),
      ]
      for (metric, values) in columns {
        #expect(r.summaries[metric] == summary(of: values), "\(name) \(metric)")
        var copy = values
        let answered = copy.withUnsafeMutableBufferPointer {
          if case .answered = bucketedSummary($0, extremes: (values.min()!, values.max()!)) { return true }
          return false
        }
        #expect(answered == answeredByBuckets[name]!.contains(metric), "\(name) \(metric)")
      }
      if name == "continuous" {
        #expect(r.invalidSamples > 0 && r.noBreakEvenSamples > 0)
      }
    }
  }

  /// The histogram's bins as it computed them before, with the C library's rounding: the bin of
  /// `x ≥ 0` is `whole(⌊x / w⌋)`, of `x < 0` is `−max(1, whole(⌈−x / w⌉))`, `whole` holding a
  /// count within ±9e15.
  func referenceCounts(_ values: [Double], targetBins: Int) -> [Int] {
    let finite = values.filter(\.isFinite)
    guard let low = finite.min(), let high = finite.max() else { return [] }
    let width = ZeroAlignedHistogram.niceWidth(
      atLeast: (high - low) / Double(targetBins), scale: max(abs(low), abs(high)))
    let whole = ZeroAlignedHistogram.whole
    let first = low < 0 ? -whole((-low / width).rounded(.up)) : whole((low / width).rounded(.down))
    let last = max(whole((high / width).rounded(.down)) + 1, first + 1)
    var counts = [Int](repeating: 0, count: last - first)
    for x in finite {
      let bin = x < 0 ? -max(1, whole((-x / width).rounded(.up))) - first : whole((x / width).rounded(.down)) - first
      counts[min(max(bin, 0), counts.count - 1)] += 1
    }
    return counts
  }

  @Test("Histogram bins by truncation equal the C library's floor and ceiling, at exact edges and extremes")
  func histogramBins() {
    var random = SplitMix64(seed: 11)
    func unit() -> Double { Double(random.next() >> 11) * 0x1p-53 }
    var cases: [[Double]] = [
      // Exact multiples of the width (edges), zero of both signs, and a value just below zero.
      (-12...12).map { Double($0) * 2500 } + [0, -0.0, -1e-300, 1e-300],
      // Far from zero on a narrow range: |x| / w exceeds 9e15, where the bins are clamped.
      [1e20, 1e20 + 1e5, 1e20 + 5e4, -1e20, -1e20 - 1e5],
      [-1e20, -1e20 + 1e5, -1e20 + 3e4],
      // Subnormal values and their negatives.
      [.leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude / 4, -.leastNormalMagnitude / 4, 0],
      // Values below zero so close to it that x / w underflows to −0 (counted below zero, in the
      // first bin when that starts at zero).
      [-.leastNonzeroMagnitude, 1e300], [-Double.leastNormalMagnitude / 2048, 5e300, 1, -0.0],
      [-1e280, -.leastNonzeroMagnitude, 1e300, 0, -0.0],
      // Non-finite values are skipped.
      [.nan, .infinity, -.infinity, 3, -4],
      // Bin numbers near 2^50, on both sides of the bound of the path without conversions, and
      // a value just below a far edge; bin numbers above 2^51 (1 wide in 12 bins), where that
      // path's rounding would fail.
      (0..<40).map { 1e14 + Double($0) * 0.5 }, (0..<40).map { -1.2e15 - Double($0) * 0.5 },
      (0..<24).map { 3e15 + Double($0) * 0.5 },
      [1.1258999068426e15, 1.1258999068426e15 + 7, -1.1258999068426e15, (1.1258999068426e15 + 3).nextDown],
    ]
    for scale in [1e-3, 1, 1e6, 1e12] {
      cases.append((0..<5_000).map { _ in (unit() - 0.4) * scale })
      // Rounded to a coarse grid, so many values sit exactly on an edge.
      cases.append((0..<5_000).map { _ in ((unit() - 0.5) * 40).rounded() * scale / 8 })
    }
    // One unit in the last place apart in 4,096 bins: |x| / w reaches 2e19, which `Int` cannot
    // hold (the clamp at 9e15 keeps the conversion from trapping).
    let far = [1e300, 1e300.nextUp]
    #expect(ZeroAlignedHistogram(far, targetBins: 4096).counts == referenceCounts(far, targetBins: 4096))
    for values in cases {
      for bins in [1, 7, 12, 40] {
        let h = ZeroAlignedHistogram(values, targetBins: bins)
        #expect(h.counts == referenceCounts(values, targetBins: bins), "\(values.prefix(6)) in \(bins) bins")
      }
    }
  }

  @Test("Chunk claims hand out every index once to concurrent workers")
  func chunkClaims() {
    let count = 10_000
    let claims = ChunkClaims(count: count)
    let taken = ConcurrentSlots<[Int]>(count: 4)
    DispatchQueue.concurrentPerform(iterations: 4) { worker in
      var mine: [Int] = []
      while let c = claims.next() { mine.append(c) }
      taken.set(worker, mine)
    }
    let all = (0..<4).flatMap { taken.get($0) ?? [] }
    #expect(all.sorted() == Array(0..<count))
    #expect(claims.next() == nil)
  }

  @Test("Selection-based quantiles equal NumPy's linear interpolation on the sorted data")
  func quantileSelection() {
    var rng = SplitMix64(seed: 9)
    for n in [1, 2, 3, 10, 17, 1000, 4097] {
      let values = (0..<n).map { _ in
        Double(Int.random(in: 0..<50, using: &rng)) + Double.random(in: 0..<1, using: &rng)
      }
      let sorted = values.sorted()
      let ps = [0.0, 0.05, 0.1, 0.5, 0.9, 0.95, 1.0]
      let got = quantiles(values, ps)
      for (p, q) in zip(ps, got) {
        let h = Double(n - 1) * p
        let lo = Int(h.rounded(.down))
        let expected = lo + 1 < n ? sorted[lo] + (h - Double(lo)) * (sorted[lo + 1] - sorted[lo]) : sorted[lo]
        #expect(q == expected, "n=\(n) p=\(p)")
      }
    }
  }
}
