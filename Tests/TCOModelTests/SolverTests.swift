import Testing

@testable import TCOModel
import TCOData
import TCOReport

@Suite("Break-even solver")
struct SolverTests {
  static let variables: [SolveVariable] = [
    .tokensPerDay, .utilization, .gpuHourlyRate, .gpuPurchasePrice, .apiPriceScale, .apiDiscount, .staffFTE,
    .staffCost, .cachedInputShare, .electricityPrice, .monthlyGrowth,
  ]

  /// A random profile in the interesting region: API and self-hosting within a factor of a few.
  static func scenario(_ rng: inout SplitMix64, kind: Int, basis: SolveBasis) -> Scenario {
    var s = BreakEvenTests.randomScenario(&rng, kind: kind)
    s.workload.volume = .tokens(tokensPerDay: Double.random(in: 2e7...2e9, using: &rng), inputShare: 0.7)
    let marginal = s.selfHostedCurve.marginal / (s.workload.tokensPerDay * daysPerMonth / 1e6)
    let price = marginal * Double.random(in: 1.2...6, using: &rng)
    s.api = APIPricing(
      inputPerMTok: price, cachedInputPerMTok: price * 0.3, outputPerMTok: price * 2, fixedMonthly: s.api.fixedMonthly)
    s.selfHosted.staffFTE = Double.random(in: 0...1, using: &rng)
    if basis == .horizon {
      s.horizonMonths = Int.random(in: 6...36, using: &rng)
      s.workload.monthlyGrowth = Double.random(in: -0.02...0.05, using: &rng)
      s.selfHosted.depreciationMonths = Int.random(in: 12...48, using: &rng)
      s.selfHosted.setupCost = Double.random(in: 0...20_000, using: &rng)
    }
    return s
  }

  static func savings(_ s: Scenario, _ v: SolveVariable, _ x: Double, _ basis: SolveBasis) -> Double? {
    s.setting(v, to: x).costs(basis: basis).map { $0.api - $0.selfHosted }
  }

  @Test(
    "Thresholds agree with a brute-force scan for every variable, rent and buy, monthly and horizon",
    arguments: SolverTests.variables)
  func bruteForce(variable: SolveVariable) throws {
    var checked = 0
    var found = 0
    for kind in [0, 2] {
      for basis in SolveBasis.allCases {
        var rng = SplitMix64(
          seed: 0xB0 + UInt64(kind * 7) + (basis == .horizon ? 100 : 0) + UInt64(variable.rawValue.count))
        for _ in 0..<8 {
          let s = Self.scenario(&rng, kind: kind, basis: basis)
          let r: SolveResult
          do {
            r = try s.solve(variable, basis: basis)
          } catch {
            // Only a variable that does not apply (rent when buying, growth on the monthly basis) is skipped.
            if case .notApplicable = error { continue }
            Issue.record("\(variable) \(basis) kind \(kind): \(error)")
            continue
          }
          checked += 1
          found += r.thresholds.count
          // The scan covers the searched range, or for unbounded prices a window around the action.
          let interesting = ([r.current] + r.thresholds.map(\.value)).map(abs).max() ?? 1
          let hi = min(r.range.upperBound, max(interesting * 3, r.range.lowerBound + 1e-6))
          let lo = r.range.lowerBound
          let n = variable == .monthlyGrowth ? 400 : 1500
          var previous: (x: Double, s: Double)?
          for i in 0...n {
            let x = lo + (hi - lo) * Double(i) / Double(n)
            let sv = try #require(
              Self.savings(s, variable, x, basis), "\(variable) \(basis) kind \(kind): no costs at \(x)")
            if let p = previous, (p.s > 0) != (sv > 0) {
              let hit = r.thresholds.contains {
                $0.value >= p.x * (1 - 1e-9) - 1e-12 && $0.value <= x * (1 + 1e-9) + 1e-12
              }
              #expect(
                hit,
                "\(variable) \(basis) kind \(kind): a sign change in [\(p.x), \(x)] has no threshold; got \(r.thresholds.map(\.value))"
              )
            }
            previous = (x, sv)
          }
          for t in r.thresholds {
            let d = max(abs(t.value), 1e-6) * 1e-7
            let below = try #require(Self.savings(s, variable, t.value - d, basis), "\(variable): no costs below \(t)")
            let above = try #require(Self.savings(s, variable, t.value + d, basis), "\(variable): no costs above \(t)")
            let expectAbove = t.selfHostedCheaper == .above
            #expect(
              (above > 0) == expectAbove && (below > 0) != expectAbove,
              "\(variable) \(basis) kind \(kind): \(t.value) is not a boundary (\(below), \(above))")
          }
          // No crossing just past the searched range (the bounds that limit it hold).
          if r.range.upperBound < InputDescriptor.largest, variable == .tokensPerDay || variable == .utilization {
            let beyond = (1...20).compactMap {
              Self.savings(s, variable, r.range.upperBound * (1 + Double($0) * 0.1), basis)
            }
            if variable == .tokensPerDay, let first = beyond.first {
              #expect(
                beyond.allSatisfy { ($0 > 0) == (first > 0) },
                "\(variable) \(basis) kind \(kind): crossing beyond the range")
            }
          }
        }
      }
    }
    #expect(checked >= 8, "\(variable): too few applicable profiles (\(checked))")
  }

  @Test("Linear variables match their closed form")
  func closedForm() throws {
    let s = makeScenario()
    let steady = try s.steadyState()
    // Staff: API − (rent + other + f·S/12) = 0 ⇒ f = (API − rent − other)·12 / S.
    let f =
      (steady.api.total - steady.selfHosted.gpuRent - steady.selfHosted.other) * 12 / s.selfHosted.staffCostPerYear
    let r = try s.solve(.staffFTE, basis: .monthly)
    #expect(r.thresholds.count == 1)
    #expect(close(r.thresholds[0].value, f, 1e-9))
    #expect(r.thresholds[0].selfHostedCheaper == .below)
    // API price scale: s·API_var + F_a = Self.
    let scale = try s.solve(.apiPriceScale, basis: .monthly)
    #expect(close(scale.thresholds[0].value, steady.selfHosted.total / steady.api.variable, 1e-9))
  }

  @Test("Utilization: cheaper above the boundary where one replica fewer suffices")
  func utilization() throws {
    var s = makeScenario()
    s.api = APIPricing(inputPerMTok: 1.2, outputPerMTok: 4)
    let r = try s.solve(.utilization, basis: .monthly)
    let api = s.apiCost(volumeFactor: 1).total
    let curve = s.selfHostedCurve
    // The most replicas self-hosting can afford, and the utilization at which z needs exactly that many.
    let weight = curve.steps[0].weight
    let affordable = Int(((api - curve.fixed) / weight).rounded(.down))
    let z = s.busyReplicas(volumeFactor: 1)
    #expect(r.thresholds.count == 1)
    #expect(close(r.thresholds[0].value, z / (Double(affordable) + 1e-9), 1e-9))
    #expect(r.thresholds[0].selfHostedCheaper == .above)
  }

  @Test("Extreme growth on the horizon basis is answered or refused, never trapped")
  func extremeGrowth() {
    var s = makeScenario()
    s.workload.monthlyGrowth = 2
    s.horizonMonths = 120
    for v in [SolveVariable.utilization, .cachedInputShare, .tokensPerDay] {
      #expect(throws: SolveError.self) { try s.solve(v, basis: .horizon) }
    }
    // A requested range outside the valid one is refused, not trapped.
    #expect(throws: SolveError.self) { try makeScenario().solve(.utilization, basis: .monthly, range: 2...3) }
  }

  @Test("Variables that do not apply say why")
  func notApplicable() {
    let rent = makeScenario()
    #expect(throws: SolveError.self) { try rent.solve(.gpuPurchasePrice, basis: .monthly) }
    #expect(throws: SolveError.self) { try rent.solve(.electricityPrice, basis: .monthly) }
    #expect(throws: SolveError.self) { try rent.solve(.requestsPerMonth, basis: .monthly) }
    #expect(throws: SolveError.self) { try rent.solve(.monthlyGrowth, basis: .monthly) }
    let buy = makeScenario(acquisition: .buy)
    #expect(throws: SolveError.self) { try buy.solve(.gpuHourlyRate, basis: .monthly) }
  }

  @Test("No threshold: the reason says which route wins across the range")
  func noThreshold() throws {
    var s = makeScenario(input: 3e6, output: 1e6)
    s.api = APIPricing(inputPerMTok: 0.01, outputPerMTok: 0.01)
    let r = try s.solve(.utilization, basis: .monthly)
    #expect(r.thresholds.isEmpty)
    #expect(r.sentence.hasPrefix("No threshold: the API stays cheaper"))
  }
}
