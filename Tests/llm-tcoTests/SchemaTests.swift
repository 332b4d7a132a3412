import Foundation
import TCOModel
import TCOData
import TCOReport
import Testing

@testable import llm_tco

/// A small JSON Schema (draft 2020-12) validator for the keywords llm-tco's schemas use:
/// type, const, enum, properties, required, additionalProperties, items, minItems, maxItems,
/// minimum, maximum, exclusiveMinimum, exclusiveMaximum, oneOf, $ref to #/$defs/…
struct SchemaValidator {
  let root: JSONValue

  func validate(_ value: JSONValue) -> [String] { check(value, root, path: "$") }

  func check(_ value: JSONValue, _ schema: JSONValue, path: String) -> [String] {
    var errors: [String] = []
    if case .string(let ref)? = schema["$ref"] {
      let parts = ref.split(separator: "/").dropFirst().map(String.init)
      var target: JSONValue? = root
      for p in parts { target = target?[p] }
      guard let resolved = target else { return ["\(path): unresolved \(ref)"] }
      return check(value, resolved, path: path)
    }
    if let type = schema["type"] {
      let allowed: [String]
      switch type {
      case .string(let t): allowed = [t]
      case .array(let ts): allowed = ts.compactMap { if case .string(let t) = $0 { return t } else { return nil } }
      default: allowed = []
      }
      if !allowed.contains(where: { matches(value, $0) }) {
        errors.append("\(path): expected \(allowed), got \(value.typeDescription)")
      }
    }
    if let c = schema["const"], c != value { errors.append("\(path): expected const \(c)") }
    if case .array(let options)? = schema["enum"], !options.contains(value) {
      errors.append("\(path): \(value) not in enum")
    }
    if case .number(let x) = value {
      if case .number(let m)? = schema["minimum"], x < m { errors.append("\(path): \(x) < minimum \(m)") }
      if case .number(let m)? = schema["maximum"], x > m { errors.append("\(path): \(x) > maximum \(m)") }
      if case .number(let m)? = schema["exclusiveMinimum"], x <= m {
        errors.append("\(path): \(x) <= exclusiveMinimum \(m)")
      }
      if case .number(let m)? = schema["exclusiveMaximum"], x >= m {
        errors.append("\(path): \(x) >= exclusiveMaximum \(m)")
      }
    }
    if case .object(let members) = value {
      if case .number(let n)? = schema["minProperties"], Double(members.count) < n {
        errors.append("\(path): fewer than \(n) keys")
      }
      if case .number(let n)? = schema["maxProperties"], Double(members.count) > n {
        errors.append("\(path): more than \(n) keys")
      }
    }
    if case .array(let items) = value {
      if case .number(let n)? = schema["minItems"], Double(items.count) < n {
        errors.append("\(path): fewer than \(n) items")
      }
      if case .number(let n)? = schema["maxItems"], Double(items.count) > n {
        errors.append("\(path): more than \(n) items")
      }
      if let itemSchema = schema["items"] {
        for (i, item) in items.enumerated() { errors += check(item, itemSchema, path: "\(path)[\(i)]") }
      }
    }
    if case .object(let members) = value {
      let properties = schema["properties"]
      if case .array(let required)? = schema["required"] {
        for case .string(let key) in required where !members.contains(where: { $0.key == key }) {
          errors.append("\(path): missing required \(key)")
        }
      }
      for member in members {
        if let p = properties?[member.key] {
          errors += check(member.value, p, path: "\(path).\(member.key)")
        } else if let additional = schema["additionalProperties"] {
          if additional == .bool(false) {
            errors.append("\(path): unexpected key \(member.key)")
          } else if case .object = additional {
            errors += check(member.value, additional, path: "\(path).\(member.key)")
          }
        }
      }
    }
    if case .array(let options)? = schema["oneOf"] {
      let passing = options.filter { check(value, $0, path: path).isEmpty }.count
      if passing != 1 { errors.append("\(path): matches \(passing) of oneOf, not exactly 1") }
    }
    return errors
  }

  func matches(_ value: JSONValue, _ type: String) -> Bool {
    switch (type, value) {
    case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
      ("number", .number):
      return true
    case ("integer", .number(let x)): return x == x.rounded()
    default: return false
    }
  }
}

@Suite("JSON Schemas")
struct SchemaTests {
  func schema(_ which: String) throws -> SchemaValidator {
    let output = runCLI(["schema", which])
    #expect(output.exitCode == 0)
    let document = try JSONParser.parse(output.stdout)
    #expect(document["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
    return SchemaValidator(root: document)
  }

  var profileNames: [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent("profiles").path))?
      .filter { $0.hasSuffix(".json") }.sorted() ?? []
  }

  @Test("Every profile in Fixtures validates against the profile schema")
  func fixtureProfiles() throws {
    let validator = try schema("profile")
    #expect(profileNames.count >= 5)
    for name in profileNames {
      let text = try String(contentsOf: fixtures.appendingPathComponent("profiles/" + name), encoding: .utf8)
      let problems = validator.validate(try JSONParser.parse(text))
      #expect(problems.isEmpty, "\(name): \(problems)")
    }
  }

  @Test("Every compare result validates against the result schema, and its inputs and check's inputs as profiles")
  func results() throws {
    let result = try schema("result")
    let profile = try schema("profile")
    var runs = profileNames.map { ["compare", $0, "--format", "json"] }
    runs += [["compare", "--format", "json", "--explain"], ["compare", "--format", "json", "--acquisition", "buy"]]
    for arguments in runs {
      let output = runCLI(arguments)
      #expect(output.exitCode == 0, "\(arguments)")
      let document = try JSONParser.parse(output.stdout)
      #expect(result.validate(document).isEmpty, "\(arguments): \(result.validate(document))")
      #expect(profile.validate(try #require(document["inputs"])).isEmpty)
    }
    for arguments in [
      ["check", "owned-h100-fleet.json", "--max-monthly-cost", "1", "--format", "json"],
      ["hybrid", "--format", "json"],
    ] {
      let document = try JSONParser.parse(runCLI(arguments).stdout)
      #expect(profile.validate(try #require(document["inputs"])).isEmpty, "\(arguments)")
    }
  }

  @Test("The schemas reject what the tool rejects: unknown keys, out-of-range values, unknown ids")
  func rejects() throws {
    let profile = try schema("profile")
    for text in [
      #"{"workload": {"tokensPerDya": 1}}"#, #"{"workload": {"inputShare": 1.5}}"#, #"{"api": {"model": "gpt4o"}}"#,
      #"{"horizonMonths": 36.5}"#, #"{"selfHosted": {"utilization": 0}}"#, #"{"workload": {"hourlyShape": [1, 2]}}"#,
      #"{"selfHosted": {"utilization": {"uniform": [0.5]}}}"#, #"{"selfHosted": {"utilization": {"gauss": [0.5, 1]}}}"#,
    ] {
      #expect(!profile.validate(try JSONParser.parse(text)).isEmpty, "\(text)")
    }
    let result = try schema("result")
    #expect(!result.validate(try JSONParser.parse(#"{"schemaVersion": 2}"#)).isEmpty)
  }

  @Test("The profile schema lists exactly the registry's fields")
  func inSync() throws {
    let document = try JSONParser.parse(runCLI(["schema", "profile"]).stdout)
    var paths: [String] = []
    let sections = try #require(document["properties"]?.objectMembers)
    for section in sections {
      if case .object(let fields)? = section.value["properties"] {
        paths += fields.map { section.key + "." + $0.key }
      } else if section.key != "name" {
        paths.append(section.key)
      }
    }
    #expect(paths.sorted() == InputDescriptor.all.map(\.path).sorted())
  }
}
