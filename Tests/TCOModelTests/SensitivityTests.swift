import Testing

@testable import TCOModel
import TCOData
import TCOReport

@Suite("Sensitivity and sweep")
struct SensitivityTests {
  @Test("The tornado ranks a hand-built case by the swing of horizon savings")
  func ranking() throws {
    // Rent, 12 months. z = (3e8/1e4 + 1e8/2e3)/86400 = 0.926 busy replicas → 2 replicas, 4 GPUs.
    var s = makeScenario(input: 3e8, output: 1e8, cached: 0)
    s.horizonMonths = 12
    #expect(s.steadySelfHostedCost()?.capacity.gpus == 4)
    // P10..P90 of each uniform: staff cost 140k..260k (half an FTE over 12 months: swing $60,000);
    // other 250..2,250 a month (swing $24,000); rent 1.9375..2.4375 on 4 GPUs, 10 % reserved
    // discount (swing 4·730·12·0.9·0.5 = $15,768).
    let result = s.sensitivity(
      distributions: [
        (.staffCostPerYear, .uniform(low: 200_000 - 75_000, high: 200_000 + 75_000)),
        (.otherMonthly, .uniform(low: 250 - 1250, high: 250 + 1250).shifted(toAbove: 0)),
        (.gpuHourlyRate, .uniform(low: 1.875, high: 2.5)),
      ], defaultRange: nil)
    let staffSwing = 0.5 * (0.8 * 150_000)
    let otherSwing = 12 * (0.8 * 2500)
    let rentSwing = 4 * 730 * 12 * 0.9 * (0.8 * 0.625)
    #expect(result.bars.map(\.parameter) == [.staffCostPerYear, .otherMonthly, .gpuHourlyRate])
    #expect(close(result.bars[0].swing, staffSwing, 1e-9))
    #expect(close(result.bars[1].swing, otherSwing, 1e-9))
    #expect(close(result.bars[2].swing, rentSwing, 1e-9))
    #expect(result.bars.allSatisfy { $0.fromDistribution })
  }

  @Test("A default range moves plain numbers by ± that share, inside their valid range")
  func defaultRange() throws {
    let s = makeScenario()
    let result = s.sensitivity(distributions: [], defaultRange: 0.25, candidates: InputDescriptor.parameters)
    let utilization = try #require(result.bars.first { $0.parameter == .utilization })
    #expect(close(utilization.low, 0.45) && close(utilization.high, 0.75))
    let cached = try #require(result.bars.first { $0.parameter == .cachedInputShare })
    #expect(close(cached.low, 0.15) && close(cached.high, 0.25))
    #expect(!result.bars.contains { $0.parameter == .gpuPurchasePrice })  // rented: does not apply
    #expect(!result.bars.contains { $0.parameter == .monthlyGrowth })  // zero: nothing to move
    let swings = result.bars.map(\.swing)
    #expect(swings == swings.sorted(by: >))
  }

  @Test("Sweep points equal compare at the same values, on one axis and a grid", arguments: [false, true])
  func sweepMatchesCompare(log: Bool) throws {
    let s = makeScenario(input: 3e7, output: 1e7)
    let axes = [
      SweepAxis(parameter: .inputTokensPerDay, from: 1e6, to: 1e10, steps: 9, logarithmic: log),
      SweepAxis(parameter: .utilization, from: 0.3, to: 0.9, steps: 4, logarithmic: false),
    ]
    let points = s.sweep(axes)
    #expect(points.count == 36)
    for p in points {
      var t = s
      t.workload.volume = .inputOutput(inputTokensPerDay: p.values[0], outputTokensPerDay: 1e7)
      t.selfHosted.utilization = p.values[1]
      let e = try t.evaluate()
      #expect(p.monthlyApi == e.steadyState.api.total)
      #expect(p.monthlySelfHosted == e.steadyState.selfHosted.total)
      #expect(p.gpus == e.steadyState.selfHosted.capacity.gpus)
    }
    #expect(points.first?.values == [1e6, 0.3])
    #expect(points.last?.values == [1e10, 0.9])
    // Four utilization points per volume: points[4] holds the 2nd volume, points[8] the 3rd.
    #expect(close(points[4].values[0], log ? 3_162_277.6601683795 : 1e6 + (1e10 - 1e6) / 8, 1e-12))
    if log { #expect(close(points[8].values[0], 1e7, 1e-12)) }
  }
}

extension Distribution {
  /// For tests: a uniform moved up so its low end is at least `floor`.
  func shifted(toAbove floor: Double) -> Distribution {
    guard case .uniform(let lo, let hi) = self, lo < floor else { return self }
    return .uniform(low: floor, high: hi + (floor - lo))
  }
}
