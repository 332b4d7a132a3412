import TCOModel

extension NumberRange {
  /// "from 0 to 1", "above -1", "0 or more", "from 0 to below 1", …
  public var description: String {
    let lo = Format.number(lower)
    let hi = Format.number(upper)
    let unbounded = upper >= largestMagnitude
    switch (lowerInclusive, upperInclusive, unbounded) {
    case (true, _, true): return "\(lo) or more (up to 1e15)"
    case (false, _, true): return "above \(lo) (up to 1e15)"
    case (true, true, false): return "from \(lo) to \(hi)"
    case (true, false, false): return "from \(lo) to below \(hi)"
    case (false, true, false): return "above \(lo) and at most \(hi)"
    case (false, false, false): return "above \(lo) and below \(hi)"
    }
  }
}

/// What an input is when the profile does not give it.
public enum InputDefault: Sendable, Equatable {
  /// Nothing: the input is required, or optional and absent.
  case none
  /// This value.
  case value(FieldValue)
  /// The catalog entry's figure.
  case catalog
  /// Another input's value, described in words ("the input price").
  case sameAs(String)
}

/// One input of the profile: its JSON path, its flag, its type, range and unit, its default, and
/// how to read and write it on a scenario.
///
/// `InputDescriptor.all` is the single description of the profile format: the JSON decoder, the
/// flags, help, the JSON Schema, the resolver's defaults, the profile writer and the scenario
/// parameters of the solver, simulation, sensitivity and sweep all derive from it.
public struct InputDescriptor: Sendable {
  /// How a flag's text may be written for this input.
  public enum Unit: Sendable {
    /// A share or rate: `0.3` or `30%`.
    case share
    /// Money: `3.99` or `$3.99`, with `k`/`M`/`B` suffixes.
    case money
    /// A count or quantity: `5M`, `2.5k`, `1e6`.
    case quantity
  }

  /// Catalog lists an id is checked against.
  public enum Reference: Sendable {
    case apiModel, selfHostedModel, gpu, precision
  }

  public enum Kind: Sendable {
    case number(NumberRange, Unit)
    case integer(lower: Int, upper: Int)
    case bool
    case choice([String])
    case id(Reference)
    /// 24 hourly weights ≥ 0 with a positive sum, or a preset name.
    case shape
    /// A calendar month, `YYYY-MM`.
    case month
  }

  /// Dotted JSON path, e.g. `workload.cachedInputShare`.
  public var path: String
  /// Command-line flag without dashes, e.g. `cached-input-share`.
  public var flag: String
  public var kind: Kind
  /// One line for `--help`, without the default.
  public var summary: String
  public var defaultValue: InputDefault
  /// The acquisition the input applies to (`nil`: both); the scenario parameter reads `nil` otherwise.
  public var appliesTo: Acquisition?
  /// The value in a scenario, for the profile writer; `nil` when absent or of another volume form.
  public var read: @Sendable (Scenario) -> FieldValue?
  /// Writes a real value into a scenario: set for real-valued inputs only.
  var writeNumber: (@Sendable (inout Scenario, Double) -> Void)?

  /// The largest magnitude any numeric input may have, so no sum or product overflows.
  public static let largest = largestMagnitude
  /// The smallest magnitude a non-zero numeric input may have: below it volumes, prices and rates
  /// lose the precision the model needs (a per-1M price of a subnormal volume is infinite).
  public static let smallest = 1e-9

  /// The section (`workload`, `api`, `selfHosted`, `constraints`, `hybrid`) or "" for top-level keys.
  public var section: String {
    // On UTF-8 code units: '.' is ASCII, and a search by Characters cost ~2,000 instructions a path.
    guard let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")) else { return "" }
    return String(path[..<dot])
  }

  /// The key within its section.
  public var key: String {
    guard let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")) else { return path }
    return String(path[path.utf8.index(after: dot)...])
  }

  /// The help line: the summary and the default.
  public var helpSummary: String {
    guard let text = defaultText else { return summary }
    return summary + " (default: \(text))"
  }

  /// The default in words, `nil` when there is none.
  public var defaultText: String? {
    switch defaultValue {
    case .none: return nil
    case .catalog: return "catalog"
    case .sameAs(let what): return what
    case .value(let v):
      switch v {
      case .number(let x): return Format.number(x)
      case .integer(let i): return String(i)
      case .bool(let b): return b ? "true" : "false"
      case .text(let t): return t
      case .shape: return "flat"
      case .distribution(let d): return Format.number(d.median)
      }
    }
  }

  /// The default as a number, for the resolver.
  public var defaultNumber: Double? {
    switch defaultValue {
    case .value(.number(let x)): return x
    case .value(.integer(let i)): return Double(i)
    default: return nil
    }
  }

  /// What a valid value looks like, for error messages.
  public var allowed: String {
    switch kind {
    case .number(let range, _): return "a number " + range.description
    case .integer(let lo, let hi): return "a whole number from \(lo) to \(hi)"
    case .bool: return "true or false"
    case .choice(let options): return quotedList(options)
    case .id(let reference):
      switch reference {
      case .apiModel: return "an API model id from the catalog (see 'llm-tco catalog api')"
      case .selfHostedModel: return "an open-weight model id from the catalog (see 'llm-tco catalog models')"
      case .gpu: return "a GPU id from the catalog (see 'llm-tco catalog gpus')"
      case .precision: return "a precision id from the catalog (see 'llm-tco catalog models')"
      }
    case .shape: return "24 numbers >= 0 with a positive sum, or one of " + quotedList(HourlyShape.presetNames)
    case .month: return "a month written YYYY-MM (2027-01)"
    }
  }

  /// The scenario parameter of a real-valued input (solve, sweep, sensitivity, distributions).
  public var parameter: ScenarioParameter? {
    guard case .number(let range, _) = kind, let write = writeNumber else { return nil }
    let read = self.read
    let applies = appliesTo
    let order = InputDescriptor.all.firstIndex { $0.path == path } ?? 0
    return ScenarioParameter(
      name: path, order: order, range: range, affectsCosts: section != "hybrid" && path != "constraints.latencyBudgetMs",
      read: { s in
        if let a = applies, s.selfHosted.acquisition != a { return nil }
        if case .number(let x)? = read(s) { return x }
        return nil
      }, write: write)
  }
}

extension InputDescriptor {
  static func number(
    _ path: String, _ flag: String, _ range: NumberRange, _ unit: Unit, _ defaultValue: InputDefault,
    _ summary: String, appliesTo: Acquisition? = nil, get: @escaping @Sendable (Scenario) -> Double?,
    set: @escaping @Sendable (inout Scenario, Double) -> Void
  ) -> InputDescriptor {
    InputDescriptor(
      path: path, flag: flag, kind: .number(range, unit), summary: summary, defaultValue: defaultValue,
      appliesTo: appliesTo, read: { s in get(s).map { .number($0) } }, writeNumber: set)
  }

  static func other(
    _ path: String, _ flag: String, _ kind: Kind, _ defaultValue: InputDefault, _ summary: String,
    get: @escaping @Sendable (Scenario) -> FieldValue?
  ) -> InputDescriptor {
    InputDescriptor(
      path: path, flag: flag, kind: kind, summary: summary, defaultValue: defaultValue, appliesTo: nil, read: get,
      writeNumber: nil)
  }

  static func value(_ x: Double) -> InputDefault { .value(.number(x)) }
}
/// Named hourly traffic shapes (relative weights for hours 0…23, local time).
public enum HourlyShape {
  public static let presets: [(name: String, weights: [Double], summary: String)] = [
    ("flat", [Double](repeating: 1, count: 24), "the same traffic every hour"),
    (
      "business-hours",
      [1, 1, 1, 1, 1, 1, 2, 4, 8, 10, 10, 10, 9, 10, 10, 10, 9, 6, 3, 2, 2, 1, 1, 1],
      "a working day: low at night, a plateau 09:00-17:00 about ten times the night"
    ),
    (
      "evening-peak",
      [3, 2, 1, 1, 1, 1, 2, 3, 4, 5, 5, 5, 6, 6, 6, 6, 7, 8, 10, 12, 12, 10, 7, 5],
      "consumer traffic: rising through the day to a peak 19:00-21:00"
    ),
  ]

  public static var presetNames: [String] { presets.map(\.name) }

  public static func preset(_ name: String) -> [Double]? { presets.first { $0.name == name }?.weights }
}

extension ScenarioParameter {
  /// The input this parameter reads and writes.
  public var input: InputDescriptor? { InputDescriptor.at(name) }
}
