import Testing

@testable import TCOData
import TCOModel

@Suite("Input descriptors")
struct InputDescriptorTests {
  /// A scenario built with nothing but the model's own defaults.
  let modelDefaults = Scenario(
    workload: Workload(volume: .tokens(tokensPerDay: 1e6, inputShare: 0.5)),
    api: APIPricing(inputPerMTok: 1, outputPerMTok: 2),
    selfHosted: SelfHosting(gpusPerReplica: 1, prefillTokensPerSecond: 1, decodeTokensPerSecond: 1))

  @Test("Every default in the input table equals the model's own default")
  func defaultsAgree() throws {
    var checked = 0
    for input in InputDescriptor.all {
      guard case .value(let value) = input.defaultValue else { continue }
      // Ids and the shape default to "none given" in the model; the table says what that means.
      if case .id = input.kind { continue }
      if case .shape = input.kind { continue }
      let actual = try #require(input.read(modelDefaults), "\(input.path)")
      #expect(actual == value, "\(input.path): table \(value), model \(actual)")
      checked += 1
    }
    #expect(checked >= 35)
  }

  @Test("The resolver fills every default from the table")
  func resolverUsesTable() throws {
    var values = ProfileValues()
    values.set("workload.tokensPerDay", .number(1e6), origin: .builtIn)
    values.set("workload.inputShare", .number(0.5), origin: .builtIn)
    values.set("api.inputPerMTok", .number(1), origin: .builtIn)
    values.set("api.outputPerMTok", .number(2), origin: .builtIn)
    values.set("selfHosted.prefillTokensPerSecond", .number(1), origin: .builtIn)
    values.set("selfHosted.decodeTokensPerSecond", .number(1), origin: .builtIn)
    values.set("selfHosted.gpuHourlyRate", .number(2), origin: .builtIn)
    let scenario = try values.resolve(catalog: .builtIn).scenario
    var checked = 0
    for input in InputDescriptor.all {
      guard case .value(let value) = input.defaultValue, input.path != "selfHosted.precision" else { continue }
      if case .shape = input.kind { continue }
      #expect(input.read(scenario) == value, "\(input.path)")
      checked += 1
    }
    #expect(checked >= 35)
  }

  @Test("Paths and flags are unique; every real-valued input has a scenario parameter")
  func unique() {
    #expect(Set(InputDescriptor.all.map(\.path)).count == InputDescriptor.all.count)
    #expect(Set(InputDescriptor.all.map(\.flag)).count == InputDescriptor.all.count)
    var numbers = 0
    for input in InputDescriptor.all {
      guard case .number = input.kind else { continue }
      #expect(input.parameter != nil, "\(input.path)")
      numbers += 1
    }
    #expect(numbers >= 40)  // 44 `number(…)` entries in Inputs.swift when this was written
  }
}
