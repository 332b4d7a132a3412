import Testing

@testable import TCOModel
import TCOData
import TCOReport

/// Each cost component against numbers computed by hand from the specification's formulas.
@Suite("Cost components")
struct CostComponentTests {
  @Test("API bill: cached input, batch share and discount, fixed fee")
  func apiComponents() {
    var s = makeScenario(input: 3e6, output: 1e6, cached: 0.2)
    s.workload.batchShare = 0.5
    s.api.batchDiscount = 0.5
    s.api.discount = 0.1
    s.api.fixedMonthly = 100
    let cost = s.apiCost(volumeFactor: 1)
    #expect(close(cost.input, 98.55))
    // Cached input keeps its price in batch: 3e6 · 0.2 · 0.5 / 1e6 · 365/12 · 0.9 = 8.2125.
    #expect(close(cost.cachedInput, 8.2125))
    #expect(close(cost.output, 164.25))
    #expect(cost.fixed == 100)
    #expect(close(cost.total, 371.0125))
  }

  @Test("API price trend and growth scale the variable part only")
  func apiTrend() {
    var s = makeScenario(input: 3e6, output: 1e6, cached: 0)
    s.api.fixedMonthly = 10
    let base = s.apiCost(volumeFactor: 1)
    let later = s.apiCost(volumeFactor: 2, priceFactor: 0.7)
    #expect(close(later.variable, base.variable * 1.4))
    #expect(later.fixed == 10)
  }

  @Test("Always-on replicas: prefill skips cached input, ceil of z/U, GPU rent")
  func alwaysOnRent() throws {
    let s = makeScenario()
    let cost = try #require(s.steadySelfHostedCost())
    #expect(close(cost.capacity.busyReplicas, 740_000.0 / 86_400))
    #expect(cost.capacity.replicas == 15)
    #expect(cost.capacity.gpus == 30)
    #expect(close(cost.capacity.utilization, 740_000.0 / 86_400 / 15))
    #expect(close(cost.gpuHours, 30 * 730))
    #expect(close(cost.gpuRent, 30 * 730 * 2 * 0.9))
    #expect(close(cost.staff, 0.5 * 200_000 / 12))
    #expect(cost.other == 250)
    #expect(close(cost.total, 39_420 + 100_000.0 / 12 + 250))
  }

  @Test("Without prefix caching all input needs prefill")
  func noPrefixCaching() throws {
    var s = makeScenario()
    s.selfHosted.prefixCaching = false
    let cost = try #require(s.steadySelfHostedCost())
    #expect(cost.capacity.replicas == 16)
  }

  @Test("Ceiling tolerance: 2.0000000001 needs 2 replicas, 2.001 needs 3")
  func ceilingTolerance() {
    #expect(ceilWithTolerance(2.0000000001) == 2)
    #expect(ceilWithTolerance(2.001) == 3)
    #expect(ceilWithTolerance(0) == 0)
    #expect(ceilWithTolerance(.nan) == nil)
    #expect(ceilWithTolerance(.infinity) == nil)
    #expect(ceilWithTolerance(2e6) == nil)
  }

  @Test("Minimum replicas hold at low demand")
  func minimumReplicas() throws {
    var s = makeScenario(input: 1e6, output: 1e5)
    s.selfHosted.minReplicas = 3
    let cost = try #require(s.steadySelfHostedCost())
    #expect(cost.capacity.replicas == 3)
    #expect(cost.capacity.gpus == 6)
  }

  @Test("Autoscaled: replicas per hour from the shape, GPU-hours, utilization")
  func autoscaled() throws {
    let shape = [Double](repeating: 3, count: 12) + [Double](repeating: 1, count: 12)
    var s = makeScenario(input: 0, output: 172_800_000, cached: 0, provisioning: .autoscaled, shape: shape)
    s.selfHosted.gpusPerReplica = 1
    s.selfHosted.decodeTokensPerSecond = 1000
    s.selfHosted.utilization = 0.5
    s.selfHosted.minReplicas = 0
    s.selfHosted.gpuHourlyRate = 1.5
    s.selfHosted.reservedDiscount = 0
    let cost = try #require(s.steadySelfHostedCost())
    #expect(close(cost.capacity.busyReplicas, 2))
    #expect(cost.capacity.replicaHoursPerDay == 12 * 6 + 12 * 2)
    #expect(cost.capacity.replicas == 6)
    #expect(close(cost.gpuHours, 96 * 365.0 / 12))
    #expect(close(cost.gpuRent, 4380))
    #expect(close(cost.capacity.utilization, 0.5))
  }

  @Test("Autoscaled with a flat shape costs the same as always-on", arguments: [1e8, 3e9, 7.7e9])
  func autoscaledFlat(input: Double) throws {
    let on = makeScenario(input: input)
    let auto = makeScenario(input: input, provisioning: .autoscaled)
    let a = try #require(on.steadySelfHostedCost())
    let b = try #require(auto.steadySelfHostedCost())
    #expect(a.capacity.replicas == b.capacity.replicas)
    #expect(close(a.total, b.total))
  }

  @Test("Buy: annuity capital charge, maintenance, power with idle share and PUE, colocation")
  func buySteadyState() throws {
    let s = makeScenario(acquisition: .buy)
    let cost = try #require(s.steadySelfHostedCost())
    #expect(cost.capacity.gpus == 30)
    #expect(close(s.monthlyCapitalCharge, 696.9935926600034))
    #expect(close(cost.capital, 20_909.807779800103))
    #expect(close(cost.maintenance, 3125))
    #expect(close(cost.power, 1877.0969907407402))
    #expect(close(cost.colocation, 3937.5))
    #expect(cost.gpuRent == 0)
    #expect(close(cost.total, 38_432.73810387418))
  }

  @Test("Capital charge with a zero cost of capital is straight-line net of residual")
  func zeroRateAnnuity() {
    var s = makeScenario(acquisition: .buy)
    s.selfHosted.costOfCapital = 0
    #expect(close(s.monthlyCapitalCharge, 25_000 * 0.9 / 36))
  }

  @Test("Demand beyond a million GPUs is reported, not trapped")
  func capacityLimit() {
    let s = makeScenario(input: 1e15, output: 1e15)
    #expect(s.steadySelfHostedCost() == nil)
    #expect(throws: ModelError.self) { try s.evaluate() }
  }

  @Test("The cost curves agree with the component model at any volume", arguments: [0.001, 0.37, 1, 2.5, 13])
  func curvesMatchComponents(scale: Double) throws {
    for acquisition in Acquisition.allCases {
      let s = makeScenario(acquisition: acquisition)
      let own = try #require(s.steadySelfHostedCost(volumeFactor: scale))
      #expect(close(try #require(s.selfHostedCurve.value(at: scale)), own.total))
      #expect(close(try #require(s.apiCurve.value(at: scale)), s.apiCost(volumeFactor: scale).total))
    }
    let shape = (0..<24).map { Double(($0 * 7) % 5) }
    let auto = makeScenario(provisioning: .autoscaled, shape: shape)
    let own = try #require(auto.steadySelfHostedCost(volumeFactor: scale))
    #expect(close(try #require(auto.selfHostedCurve.value(at: scale)), own.total))
  }
}
