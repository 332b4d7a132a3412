import TCOData
import TCOModel

/// JSON Schemas (draft 2020-12) of the profile and of the compare result.
public enum Schemas {
  static let dialect = "https://json-schema.org/draft/2020-12/schema"

  static func obj(_ members: [(String, JSONValue)]) -> JSONValue { J.obj(members) }
  static func type(_ t: String, _ extra: [(String, JSONValue)] = []) -> JSONValue { obj([("type", J.str(t))] + extra) }
  static func nullable(_ t: String) -> JSONValue { obj([("type", .array([J.str(t), J.str("null")]))]) }
  static func strictObject(_ properties: [(String, JSONValue)], required: [String] = []) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("type", J.str("object")), ("additionalProperties", .bool(false)), ("properties", obj(properties)),
    ]
    if !required.isEmpty { members.append(("required", J.strings(required))) }
    return obj(members)
  }

  /// A distribution in place of a number (its range is checked by the tool); made once, shared by
  /// every number field.
  static let distribution: JSONValue = {
    let numbers = { (n: Int) in
      type("array", [("items", type("number")), ("minItems", J.int(n)), ("maxItems", J.int(n))])
    }
    return obj([
      ("type", J.str("object")), ("minProperties", J.int(1)), ("maxProperties", J.int(1)),
      ("additionalProperties", .bool(false)),
      (
        "properties",
        obj([
          ("uniform", numbers(2)), ("triangular", numbers(3)),
          (
            "lognormal",
            strictObject(
              [
                ("p10", type("number", [("exclusiveMinimum", J.int(0))])),
                ("p90", type("number", [("exclusiveMinimum", J.int(0))])),
              ], required: ["p10", "p90"])
          ),
        ])
      ),
    ])
  }()

  /// The schema of one profile field, from the registry.
  static func field(_ f: InputDescriptor, catalog: Catalog) -> JSONValue {
    let description: (String, JSONValue) = ("description", J.str(f.helpSummary + " (flag --\(f.flag))"))
    switch f.kind {
    case .number(let range, _):
      var plain: [(String, JSONValue)] = [("type", J.str("number"))]
      plain.append((range.lowerInclusive ? "minimum" : "exclusiveMinimum", .number(range.lower)))
      plain.append((range.upperInclusive ? "maximum" : "exclusiveMaximum", .number(range.upper)))
      return obj([description, ("oneOf", .array([obj(plain), distribution]))])
    case .integer(let lo, let hi):
      return obj([("type", J.str("integer")), description, ("minimum", J.int(lo)), ("maximum", J.int(hi))])
    case .bool:
      return obj([("type", J.str("boolean")), description])
    case .choice(let options):
      return obj([("enum", J.strings(options)), description])
    case .month:
      return obj([("type", J.str("string")), ("pattern", J.str("^[0-9]{4}-(0[1-9]|1[0-2])$")), description])
    case .id(let reference):
      let ids: [String]
      switch reference {
      case .apiModel: ids = catalog.apiModels.map(\.id)
      case .gpu: ids = catalog.gpus.map(\.id) + [GPUChoice.auto]
      case .selfHostedModel: ids = catalog.selfHostedModels
      case .precision: ids = catalog.precisions
      }
      return obj([("enum", J.strings(ids)), description])
    case .shape:
      return obj([
        description,
        (
          "oneOf",
          .array([
            obj([
              ("type", J.str("array")), ("minItems", J.int(24)), ("maxItems", J.int(24)),
              (
                "items",
                obj([("type", J.str("number")), ("minimum", J.int(0)), ("maximum", .number(InputDescriptor.largest))])
              ),
            ]),
            obj([("enum", J.strings(HourlyShape.presetNames))]),
          ])
        ),
      ])
    }
  }

  /// The profile: every section and key of the registry, nothing else.
  public static func profile(catalog: Catalog) -> JSONValue {
    var sections: [(String, JSONValue)] = [
      ("name", type("string", [("description", J.str("A label shown in reports."))]))
    ]
    // Each field's section, worked out once.
    let fieldSections = InputDescriptor.all.map { $0.section }
    for section in ["workload", "api", "selfHosted", "constraints", "hybrid"] {
      let fields = InputDescriptor.all.indices.filter { fieldSections[$0] == section }.map { InputDescriptor.all[$0] }
      sections.append((section, strictObject(fields.map { ($0.key, field($0, catalog: catalog)) })))
    }
    for (f, section) in zip(InputDescriptor.all, fieldSections) where section.isEmpty {
      sections.append((f.key, field(f, catalog: catalog)))
    }
    var root = strictObject(sections)
    if case .object(var members) = root {
      members.insert((key: "$schema", value: J.str(dialect)), at: 0)
      members.append((key: "title", value: J.str("llm-tco profile, version 1")))
      members.append(
        (
          key: "description",
          value: J.str(
            "Inputs of the llm-tco cost model. State the daily volume one way only: tokensPerDay with inputShare; inputTokensPerDay with outputTokensPerDay; or requestsPerMonth (or requestsPerDay) with inputTokensPerRequest and outputTokensPerRequest. Rules that span fields are checked by the tool."
          )
        ))
      root = .object(members)
    }
    return root
  }

  /// The compare result, schemaVersion 1.
  public static func result(catalog: Catalog) -> JSONValue {
    let money = type("number", [("description", J.str("US dollars, rounded to cents"))])
    let rate = type(
      "number", [("description", J.str("US dollars per 1M tokens, rounded to 6 significant digits (not to cents)"))])
    let number = type("number")
    let integer = type("integer")
    let string = type("string")
    let strings = type("array", [("items", string)])
    let routeTotals = strictObject([("total", money), ("npv", money)], required: ["total", "npv"])
    let apiComponents = strictObject(
      [("input", money), ("cachedInput", money), ("output", money), ("fixed", money)],
      required: ["input", "cachedInput", "output", "fixed"])
    let selfComponents = strictObject(
      [
        ("gpuRent", money), ("capital", money), ("maintenance", money), ("power", money), ("colocation", money),
        ("staff", money), ("other", money),
      ],
      required: ["staff", "other"])
    let sourceEntry = strictObject(
      [("id", string), ("source", string), ("asOf", string), ("confidence", string)],
      required: ["id", "source", "asOf"])
    let step = strictObject(
      [
        ("quantity", string), ("formula", string),
        ("values", obj([("type", J.str("object")), ("additionalProperties", number)])), ("result", number),
        ("unit", string),
      ],
      required: ["quantity", "formula", "values", "result", "unit"])
    var members: [(String, JSONValue)] = [
      ("$schema", J.str(dialect)), ("title", J.str("llm-tco compare result, schemaVersion 1")),
    ]
    let body = strictObject(
      [
        ("schemaVersion", obj([("const", J.int(1))])),
        ("name", string),
        ("generator", strictObject([("name", string), ("version", string)], required: ["name", "version"])),
        ("catalog", strictObject([("asOf", string)], required: ["asOf"])),
        ("inputs", obj([("$ref", J.str("#/$defs/profile"))])),
        (
          "monthly",
          strictObject(
            [
              (
                "api",
                strictObject([("total", money), ("components", apiComponents)], required: ["total", "components"])
              ),
              (
                "selfHosted",
                strictObject(
                  [
                    ("total", money), ("components", selfComponents), ("replicas", integer), ("gpus", integer),
                    ("utilization", number), ("busyReplicas", number),
                  ],
                  required: ["total", "components", "replicas", "gpus", "utilization"])
              ),
              ("savings", money), ("tokensPerMonth", number),
              (
                "perMillionTokens",
                strictObject([("api", rate), ("selfHosted", rate)], required: ["api", "selfHosted"])
              ),
            ], required: ["api", "selfHosted", "savings", "perMillionTokens"])
        ),
        (
          "breakEven",
          strictObject(
            [
              ("tokensPerDay", nullable("number")), ("scale", nullable("number")), ("reason", string),
              ("requestsPerMonth", nullable("number")),
              ("marginalPerMillionTokens", strictObject([("api", rate), ("selfHosted", rate)])),
            ], required: ["tokensPerDay", "reason"])
        ),
        (
          "horizon",
          strictObject(
            [
              ("months", integer), ("api", routeTotals), ("selfHosted", routeTotals), ("savings", money),
              ("npvSavings", money),
              ("paybackMonth", nullable("integer")), ("discountRate", number), ("endOfHorizonCredit", money),
              (
                "years",
                type(
                  "array",
                  [
                    (
                      "items",
                      strictObject(
                        [
                          ("year", integer), ("months", integer), ("api", money), ("selfHosted", money),
                          ("savings", money),
                          ("gpusAtEnd", integer), ("replicasAtEnd", integer), ("gpusBought", integer),
                          ("gpusReplaced", integer),
                        ],
                        required: ["year", "api", "selfHosted"])
                    )
                  ])
              ),
            ], required: ["months", "api", "selfHosted", "savings", "paybackMonth", "years"])
        ),
        (
          "verdict",
          strictObject(
            [
              ("recommendation", obj([("enum", .array([J.str("api"), J.str("selfHosted"), J.str("hybrid"), .null]))])),
              (
                "hybrid",
                strictObject(
                  [
                    ("kind", obj([("enum", J.strings(["split", "overflow"]))])), ("selfHostedShare", type("number")),
                    ("replicas", type("integer")), ("apiShare", type("number")), ("frontierShare", type("number")),
                    ("monthly", type("number")), ("horizonTotal", type("number")),
                    ("apiAloneHorizonTotal", type("number")),
                  ], required: ["kind", "frontierShare", "monthly", "horizonTotal", "apiAloneHorizonTotal"])
              ),
              ("reasons", strings), ("advisories", strings), ("error", string),
            ], required: ["recommendation", "reasons", "advisories"])
        ),
        ("warnings", strings),
        (
          "sources",
          strictObject([
            ("api", sourceEntry), ("gpu", sourceEntry),
            (
              "throughput",
              obj([
                ("type", J.str("object")),
                ("required", J.strings(["model", "gpu", "precision", "basis", "source", "asOf"])),
              ])
            ),
          ])
        ),
        ("explanation", type("array", [("items", step)])),
        // `compare --schedule`: every month of the horizon (see Schedule.json).
        ("schedule", type("object", [("required", J.strings(["months", "apiTotal", "selfHostedTotal"]))])),
        (
          "serving",
          obj([
            ("type", J.str("object")),
            (
              "description",
              J.str(
                "The capacity model's estimate behind the self-hosted serving rates (absent when the rates were given)")
            ),
            (
              "required",
              J.strings([
                "estimate", "engine", "model", "gpu", "precision", "gpusPerReplica", "requestShape", "memory", "batch",
                "binding", "outputTokensPerSecond", "prefillTokensPerSecond", "decodeTokensPerSecond",
              ])
            ),
            (
              "properties",
              obj([
                ("engine", obj([("enum", J.strings(ServingEngine.allCases.map(\.rawValue)))])),
                ("binding", obj([("enum", J.strings(["memory", "tpot", "ttft", "batch-cap"]))])),
                ("batch", integer), ("gpusPerReplica", integer), ("outputTokensPerSecond", number),
              ])
            ),
          ])
        ),
        (
          "gpuChoice",
          obj([
            ("type", J.str("object")),
            ("description", J.str("What --gpu auto weighed: the choice, up to five alternatives, drops by reason")),
            ("required", J.strings(["chosen", "alternatives", "tried", "dropped", "acquisition", "horizonMonths"])),
          ])
        ),
      ],
      required: [
        "schemaVersion", "generator", "catalog", "inputs", "monthly", "breakEven", "horizon", "verdict", "warnings",
      ])
    if case .object(let inner) = body { members += inner.map { ($0.key, $0.value) } }
    // An embedded subschema carries no "$schema" of its own.
    var embedded = profile(catalog: catalog)
    if case .object(let m) = embedded { embedded = .object(m.filter { $0.key != "$schema" }) }
    members.append(("$defs", obj([("profile", embedded)])))
    return J.obj(members)
  }
}
