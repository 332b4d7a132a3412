import TCOData
import TCOReport

@testable import TCOModel

// Randomised property tests use the library's SplitMix64 with fixed seeds.

/// `|a − b| ≤ tolerance · max(1, |b|)`.
func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
  abs(a - b) <= tolerance * max(1, abs(b))
}

/// A small scenario with explicit serving rates, for hand-computed checks.
func makeScenario(
  input: Double = 3e9, output: Double = 1e9, cached: Double = 0.2, acquisition: Acquisition = .rent,
  provisioning: Provisioning = .alwaysOn, shape: [Double]? = nil
) -> Scenario {
  Scenario(
    workload: Workload(
      volume: .inputOutput(inputTokensPerDay: input, outputTokensPerDay: output), cachedInputShare: cached,
      hourlyShape: shape),
    api: APIPricing(inputPerMTok: 2, cachedInputPerMTok: 0.5, outputPerMTok: 8),
    selfHosted: SelfHosting(
      gpusPerReplica: 2, prefillTokensPerSecond: 10_000, decodeTokensPerSecond: 2_000, provisioning: provisioning,
      acquisition: acquisition, gpuHourlyRate: 2, reservedDiscount: 0.1, gpuPurchasePrice: 20_000,
      costOfCapital: 0.06, gpuPowerWatts: 700, colocationPerKWMonth: 150, otherMonthly: 250))
}

// The scenario parameters the tests move, from the input table of TCOData.
extension ScenarioParameter {
  static let apiDiscount = InputDescriptor.apiDiscount.parameter!
  static let apiOutputPrice = InputDescriptor.apiOutputPrice.parameter!
  static let cachedInputShare = InputDescriptor.cachedInputShare.parameter!
  static let gpuHourlyRate = InputDescriptor.gpuHourlyRate.parameter!
  static let gpuPurchasePrice = InputDescriptor.gpuPurchasePrice.parameter!
  static let inputTokensPerDay = InputDescriptor.inputTokensPerDay.parameter!
  static let monthlyGrowth = InputDescriptor.monthlyGrowth.parameter!
  static let otherMonthly = InputDescriptor.otherMonthly.parameter!
  static let requestsPerDay = InputDescriptor.requestsPerDay.parameter!
  static let requestsPerMonth = InputDescriptor.requestsPerMonth.parameter!
  static let staffCostPerYear = InputDescriptor.staffCostPerYear.parameter!
  static let staffFTE = InputDescriptor.staffFTE.parameter!
  static let utilization = InputDescriptor.utilization.parameter!
}

/// A run with every sample collected through a sink: the result, the draws (sample-major) and
/// the outcomes, in sample order.
func runCollecting(
  _ sim: Simulation, samples n: Int, seed: UInt64, threads: Int, blockSize: Int = 1 << 15
) -> (result: SimulationResult?, drawn: [Double], outcomes: [SampleOutcome], starts: [Int]) {
  var drawn: [Double] = []
  var outcomes: [SampleOutcome] = []
  var starts: [Int] = []
  let result = sim.run(
    samples: n, seed: seed, threads: threads,
    sink: SampleSink(
      render: { (start: $0.start, drawn: Array($0.drawn), outcomes: Array($0.outcomes)) },
      emit: { piece in
        starts.append(piece.start)
        drawn += piece.drawn
        outcomes += piece.outcomes
        return true
      }), blockSize: blockSize)
  return (result, drawn, outcomes, starts)
}
