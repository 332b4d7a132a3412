import Testing

@testable import TCOData
import TCOModel

@Suite("Profiles: JSON, decoding, resolution")
struct ProfileTests {
  func decode(_ text: String) throws -> ProfileValues {
    try ProfileValues.decode(try JSONParser.parse(text), origin: .file("p.json"))
  }

  func problem(_ text: String) -> ProfileError? {
    do {
      _ = try decode(text).resolve(catalog: .builtIn)
      return nil
    } catch let e as ProfileError {
      return e
    } catch {
      return ProfileError(path: "<syntax>", message: "\(error)")
    }
  }

  let minimal =
    #"{"workload": {"tokensPerDay": 1e6, "inputShare": 0.5}, "api": {"model": "gpt-4o"}, "selfHosted": {"model": "llama-3.1-8b", "gpu": "h100-sxm"}}"#

  @Test("A minimal profile resolves with catalog figures and defaults")
  func minimalProfile() throws {
    let r = try decode(minimal).resolve(catalog: .builtIn)
    #expect(r.scenario.api.inputPerMTok == 2.5)
    #expect(r.scenario.selfHosted.precision == "fp8")
    #expect(r.scenario.selfHosted.gpuHourlyRate == 3.99)
    #expect(r.scenario.selfHosted.utilization == 0.6)
    #expect(r.scenario.horizonMonths == 36)
  }

  @Test("The resolved profile written out resolves to the same scenario")
  func roundTrip() throws {
    let text =
      #"{"workload": {"requestsPerMonth": 100000, "inputTokensPerRequest": 2000, "outputTokensPerRequest": 600, "hourlyShape": "business-hours"}, "api": {"model": "claude-sonnet-4-5", "discount": 0.1}, "selfHosted": {"model": "llama-3.1-70b", "gpu": "a100-80gb-sxm", "acquisition": "buy", "gpuPurchasePrice": 12000}, "constraints": {"teamSize": 4}}"#
    let first = try decode(text).resolve(catalog: .builtIn)
    let written = JSONWriter.write(first.scenario.profileJSON())
    let second = try decode(written).resolve(catalog: .builtIn)
    #expect(first.scenario == second.scenario)
  }

  @Test(
    "Invalid profiles name the JSON path",
    arguments: [
      (#"{"workload": {"tokensPerDay": 1e6, "inputShare": 1.5}}"#, "workload.inputShare"),
      (#"{"workload": {"tokensPerDay": "5M", "inputShare": 0.5}}"#, "workload.tokensPerDay"),
      (#"{"workload": {"tokensPerDay": -1, "inputShare": 0.5}}"#, "workload.tokensPerDay"),
      (#"{"workload": {"tokensPerDya": 1}}"#, "workload.tokensPerDya"),
      (#"{"workload": {"utilization": 0.5}}"#, "workload.utilization"),
      (#"{"workload": {"tokensPerDay": 1e6, "inputShare": 0.5, "requestsPerDay": 10}}"#, "workload.requestsPerDay"),
      (#"{"workload": {"tokensPerDay": 1e6}}"#, "workload.tokensPerDay"),
      (#"{"workload": {}}"#, "workload"),
      (#"{"workload": []}"#, "workload"),
      (#"[1]"#, ""),
      (#"{"horizonMonths": 36.5}"#, "horizonMonths"),
      (#"{"horizonMonths": 601}"#, "horizonMonths"),
      (#"{"workload": {"hourlyShape": [1, 2]}}"#, "workload.hourlyShape"),
      (#"{"selfHosted": {"acquisition": "lease"}}"#, "selfHosted.acquisition"),
      (#"{"selfHosted": {"utilization": 0}}"#, "selfHosted.utilization"),
      (#"{"api": {"discount": 1}}"#, "api.discount"),
    ])
  func invalid(text: String, path: String) {
    let e = problem(text)
    #expect(e?.path == path, "\(e.map { "\($0.path): \($0.message)" } ?? "no error")")
  }

  @Test("Unknown catalog ids suggest the closest ids")
  func unknownIDs() {
    let api = problem(minimal.replacingOccurrences("gpt-4o", "gpt4o"))
    #expect(api?.path == "api.model")
    #expect(api?.message.contains("'gpt-4o'") == true)
    let gpu = problem(minimal.replacingOccurrences("h100-sxm", "h100"))
    #expect(gpu?.message.contains("'h100-sxm'") == true)
  }

  @Test("Cross-field rules: autoscaled buy, always-on with zero replicas, missing prices")
  func crossField() {
    let base =
      #"{"workload": {"tokensPerDay": 1e6, "inputShare": 0.5}, "api": {"inputPerMTok": 1, "outputPerMTok": 2}, "selfHosted": {"gpu": "h100-sxm", "prefillTokensPerSecond": 1000, "decodeTokensPerSecond": 100 XX}}"#
    #expect(
      problem(base.replacingOccurrences(" XX", #", "provisioning": "autoscaled", "acquisition": "buy""#))?.path
        == "selfHosted.provisioning")
    #expect(problem(base.replacingOccurrences(" XX", #", "minReplicas": 0"#))?.path == "selfHosted.minReplicas")
    #expect(problem(base.replacingOccurrences(" XX", "")) == nil)
    #expect(
      problem(base.replacingOccurrences(#""outputPerMTok": 2"#, #""discount": 0"#).replacingOccurrences(" XX", ""))?
        .path == "api.outputPerMTok")
    #expect(
      problem(
        base.replacingOccurrences(#""h100-sxm""#, #""h200-sxm""#).replacingOccurrences(
          " XX", #", "acquisition": "buy""#))?.path == "selfHosted.gpuPurchasePrice")
  }
}

@Suite("JSON parser and writer")
struct JSONTests {
  @Test(
    "Malformed documents report line and column",
    arguments: [
      ("", 1, 1), ("{", 1, 2), ("{\"a\": 1,}", 1, 9), ("{\"a\" 1}", 1, 6), ("[1, 2", 1, 6), ("{\"a\": 01}", 1, 8),
      ("{\"a\": 1e999}", 1, 7), ("\n\n  nul", 3, 3), ("{\"a\": 1, \"a\": 2}", 1, 10), ("\"\\x\"", 1, 2),
    ])
  func malformed(text: String, line: Int, column: Int) {
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
    do {
      _ = try JSONParser.parse(text)
    } catch {
      #expect(error.line == line && error.column == column, "\(error.message)")
    }
  }

  @Test("Deep nesting is an error, not a stack overflow")
  func depth() {
    let text = String(repeating: "[", count: 100_000)
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
  }

  @Test("Strings with escapes and surrogates round-trip; keys are written sorted")
  func roundTrip() throws {
    let value = try JSONParser.parse(#"{"b": "x\"y\\z\n\u00e9\ud83d\ude00", "a": [true, null, -0.5, 1e-7, 12345678]}"#)
    let text = JSONWriter.write(value, pretty: false)
    #expect(text == #"{"a":[true,null,-0.5,1e-07,12345678],"b":"x\"y\\z\né😀"}"#)
    #expect(try JSONParser.parse(text) == value)
  }
}

extension String {
  func replacingOccurrences(_ a: String, _ b: String) -> String {
    var out = ""
    var rest = Substring(self)
    while let r = rest.firstRange(of: a) {
      out += rest[..<r.lowerBound] + b
      rest = rest[r.upperBound...]
    }
    return out + rest
  }
}
