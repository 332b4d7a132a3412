import Testing

@testable import TCOModel
import TCOData

@Suite("Distributions")
struct DistributionTests {
  @Test(
    "Inverse normal CDF to full precision",
    arguments: [
      (0.5, 0.0), (0.9, 1.2815515655446004), (0.975, 1.959963984540054), (0.025, -1.959963984540054),
      (0.001, -3.090232306167813), (1e-9, -5.997807015007686),
    ])
  func inverseNormalValues(p: Double, z: Double) {
    #expect(abs(inverseNormal(p) - z) < 1e-12)
  }

  @Test("Quantiles, medians and supports of each kind")
  func quantiles() {
    let u = Distribution.uniform(low: 2, high: 6)
    #expect(u.quantile(0.25) == 3 && u.median == 4 && u.support == 2...6)
    let t = Distribution.triangular(low: 0, mode: 1, high: 4)
    // F(x) = x²/4 on [0, 1]: the 25th percentile is 1; the median solves 1 − (4 − x)²/12 = 0.5.
    #expect(close(t.quantile(0.25), 1, 1e-12))
    #expect(close(t.median, 4 - 6.0.squareRoot(), 1e-12))
    let l = Distribution.lognormal(p10: 2, p90: 8)
    #expect(close(l.quantile(0.1), 2, 1e-12) && close(l.quantile(0.9), 8, 1e-12))
    #expect(close(l.median, 4, 1e-12))
    #expect(l.support.lowerBound > 0 && l.support.upperBound.isFinite)
  }

  @Test("Invalid parameters are reported")
  func problems() {
    #expect(Distribution.uniform(low: 1, high: 1).problem != nil)
    #expect(Distribution.triangular(low: 0, mode: 5, high: 4).problem != nil)
    #expect(Distribution.lognormal(p10: 0, p90: 1).problem != nil)
    #expect(Distribution.lognormal(p10: 2, p90: 1).problem != nil)
  }

  @Test("Profiles take distributions for real-valued inputs, validated against their range")
  func profiles() throws {
    func decode(_ text: String) throws -> ProfileValues {
      try ProfileValues.decode(try JSONParser.parse(text), origin: .file("p"))
    }
    let v = try decode(
      #"{"selfHosted": {"utilization": {"triangular": [0.4, 0.6, 0.9]}, "staffFTE": {"lognormal": {"p10": 0.25, "p90": 1}}}}"#
    )
    #expect(v.distributions.map(\.parameter) == [.utilization, .staffFTE])
    #expect(close(v.number("selfHosted.staffFTE")!, 0.5, 1e-12))
    for bad in [
      #"{"selfHosted": {"utilization": {"uniform": [0.5, 1.5]}}}"#,
      #"{"selfHosted": {"minReplicas": {"uniform": [1, 3]}}}"#,
      #"{"selfHosted": {"utilization": {"uniform": [0.5]}}}"#,
      #"{"selfHosted": {"utilization": {"normal": [0.5, 1]}}}"#,
      // A lognormal whose median lies outside the range (√(0.9·1.5) ≈ 1.16 > 1).
      #"{"workload": {"cachedInputShare": {"lognormal": {"p10": 0.9, "p90": 1.5}}}}"#,
    ] {
      #expect(throws: ProfileError.self, "\(bad)") { try decode(bad) }
    }
    // A lognormal with its median inside and a far tail outside is truncated to the range (issue 10, item 21).
    let truncated = try decode(
      #"{"workload": {"cachedInputShare": {"lognormal": {"p10": 0.2, "p90": 0.9}}}}"#)
    #expect(truncated.truncationNotes.count == 1)
  }

  @Test("The scenario parameters cover exactly the registry's real-valued inputs, and set/get round-trip")
  func parameters() {
    let real = InputDescriptor.all.filter { if case .number = $0.kind { return true } else { return false } }.map(\.path)
    #expect(Set(InputDescriptor.parameters.map(\.name)) == Set(real))
    var rent = makeScenario()
    var buy = makeScenario(acquisition: .buy)
    buy.workload.volume = .tokens(tokensPerDay: 1e6, inputShare: 0.5)
    for p in InputDescriptor.parameters {
      for s in [rent, buy] {
        guard p.value(in: s) != nil else { continue }
        var copy = s
        p.set(0.123, in: &copy)
        #expect(p.value(in: copy) == 0.123, "\(p)")
      }
    }
    rent.workload.volume = .requests(requests: 10, perMonth: true, inputTokensPerRequest: 1, outputTokensPerRequest: 2)
    #expect(ScenarioParameter.requestsPerMonth.value(in: rent) == 10)
    #expect(ScenarioParameter.requestsPerDay.value(in: rent) == nil)
  }
}
