import TCOModel

/// Why a value does not fit its field (a message without the path).
struct FieldProblem: Error {
  var message: String
  init(_ message: String) { self.message = message }
}

/// A validated value of one profile field.
public enum FieldValue: Sendable, Equatable {
  case number(Double)
  case integer(Int)
  case bool(Bool)
  case text(String)
  case shape([Double])
  /// A real-valued input given as a distribution.
  case distribution(Distribution)
}

/// Where a value came from, so an error can name the flag or the JSON path.
public enum Origin: Sendable, Equatable {
  /// A profile file (or standard input), by its display name.
  case file(String)
  /// A command-line flag, by its name without dashes.
  case flag(String)
  /// The built-in example profile.
  case builtIn
}

/// An input that is not valid, located by its JSON path (and origin, when known).
public struct ProfileError: Error, Sendable, Equatable {
  /// Dotted JSON path, or "" for the whole profile.
  public var path: String
  public var message: String
  public var origin: Origin?

  public init(path: String, message: String, origin: Origin? = nil) {
    self.path = path
    self.message = message
    self.origin = origin
  }
}

/// The fields a profile sets, each validated against its type and range, with its origin.
public struct ProfileValues: Sendable {
  public var name: String?
  public private(set) var values: [String: FieldValue] = [:]
  public private(set) var origins: [String: Origin] = [:]

  public init() {}

  public subscript(path: String) -> FieldValue? { values[path] }

  public mutating func set(_ path: String, _ value: FieldValue, origin: Origin) {
    values[path] = value
    origins[path] = origin
  }

  public mutating func remove(_ path: String) {
    values[path] = nil
    origins[path] = nil
  }

  /// A number input; for a distribution, its median.
  public func number(_ path: String) -> Double? {
    switch values[path] {
    case .number(let x): return x
    case .integer(let i): return Double(i)
    case .distribution(let d): return d.median
    default: return nil
    }
  }

  public func integer(_ path: String) -> Int? {
    if case .integer(let i) = values[path] { return i }
    return nil
  }

  public func bool(_ path: String) -> Bool? {
    if case .bool(let b) = values[path] { return b }
    return nil
  }

  public func text(_ path: String) -> String? {
    if case .text(let s) = values[path] { return s }
    return nil
  }

  public func shape(_ path: String) -> [Double]? {
    if case .shape(let s) = values[path] { return s }
    return nil
  }

  /// The number of an input, or its default.
  public func numberOrDefault(_ input: InputDescriptor) -> Double { number(input) ?? input.defaultNumber ?? 0 }
  public func integerOrDefault(_ input: InputDescriptor) -> Int {
    if let i = integer(input) { return i }
    if case .value(.integer(let i)) = input.defaultValue { return i }
    return 0
  }
  public func boolOrDefault(_ input: InputDescriptor) -> Bool {
    if let b = bool(input) { return b }
    if case .value(.bool(let b)) = input.defaultValue { return b }
    return false
  }
  public func textOrDefault(_ input: InputDescriptor) -> String {
    if let t = text(input) { return t }
    if case .value(.text(let t)) = input.defaultValue { return t }
    return ""
  }
  public func number(_ input: InputDescriptor) -> Double? { number(input.path) }
  public func integer(_ input: InputDescriptor) -> Int? { integer(input.path) }
  public func bool(_ input: InputDescriptor) -> Bool? { bool(input.path) }
  public func text(_ input: InputDescriptor) -> String? { text(input.path) }
  public func shape(_ input: InputDescriptor) -> [Double]? { shape(input.path) }

  /// The inputs given as distributions, in the registry's order.
  public var distributions: [(parameter: ScenarioParameter, distribution: Distribution)] {
    // Most profiles have none: do not build the table of parameters for them.
    guard values.values.contains(where: { if case .distribution = $0 { true } else { false } }) else { return [] }
    return InputDescriptor.parameters.compactMap { p in
      if case .distribution(let d) = values[p.name] { return (p, d) }
      return nil
    }
  }

  /// An error at `path`, carrying that value's origin.
  public func error(_ path: String, _ message: String) -> ProfileError {
    ProfileError(path: path, message: message, origin: origins[path])
  }

  /// An error at `path` caused by other inputs (a value required because of them): it carries the
  /// origin of the value at `path`, or else of the first cause that was given, so the message
  /// blames the flag or file that made it necessary.
  public func error(_ path: String, _ message: String, causedBy causes: [String]) -> ProfileError {
    ProfileError(path: path, message: message, origin: origins[path] ?? causes.lazy.compactMap { origins[$0] }.first)
  }

  /// Lays `other` over these values: each field `other` sets replaces this one's. Returns notes
  /// (JSON paths quoted) about what was kept from `self`.
  ///
  /// The daily volume is one unit: when `other` states it in a different form (tokens,
  /// input/output, requests) the forms of `self` are dropped rather than mixed. When `other`
  /// gives only the total (`tokensPerDay`) or only the split (`inputShare`) and `self` states the
  /// volume as input and output tokens (per day or per request), the missing half is taken from
  /// `self` rather than demanded, and a note says so.
  @discardableResult
  public mutating func overlay(_ other: ProfileValues) -> [String] {
    var notes: [String] = []
    let otherForms = Set(VolumeFields.forms.indices.filter { other.setsAny(of: VolumeFields.forms[$0]) })
    if otherForms == [0], let kept = keptVolumeHalf(under: other) {
      set(kept.path, kept.value, origin: origins[kept.from] ?? .builtIn)
      notes.append(kept.note)
    }
    for (i, form) in VolumeFields.forms.enumerated() where !otherForms.isEmpty && !otherForms.contains(i) {
      for path in form { remove(path) }
    }
    for (path, value) in other.values { set(path, value, origin: other.origins[path] ?? .builtIn) }
    if let n = other.name { name = n }
    return notes
  }

  /// When `other` sets one of `tokensPerDay` and `inputShare` and these values give the volume as
  /// plain input and output numbers, the other one computed from them: the path, its value, the
  /// path it is derived from (for its origin) and a note.
  func keptVolumeHalf(under other: ProfileValues) -> (path: String, value: FieldValue, from: String, note: String)? {
    let setsTotal = other.values["workload.tokensPerDay"] != nil
    let setsShare = other.values["workload.inputShare"] != nil
    guard setsTotal != setsShare else { return nil }
    func plain(_ path: String) -> Double? {
      switch values[path] {
      case .number(let x)?: return x
      case .integer(let i)?: return Double(i)
      default: return nil
      }
    }
    let input: Double
    let output: Double
    let from: String
    let described: String
    if let i = plain("workload.inputTokensPerDay"), let o = plain("workload.outputTokensPerDay") {
      (input, output, from) = (i, o, "workload.inputTokensPerDay")
      described = "\(Format.count(i)) input and \(Format.count(o)) output tokens/day"
    } else if let i = plain("workload.inputTokensPerRequest"), let o = plain("workload.outputTokensPerRequest") {
      (input, output, from) = (i, o, "workload.inputTokensPerRequest")
      described = "\(Format.count(i)) input and \(Format.count(o)) output tokens per request"
      guard setsTotal else { return nil }  // a total per day needs the request count: not derived
    } else {
      return nil
    }
    guard input >= 0, output >= 0, input + output > 0 else { return nil }
    if setsTotal {
      let share = input / (input + output)
      return (
        "workload.inputShare", .number(share), from,
        "'workload.tokensPerDay' replaces the profile's daily volume; its input share, "
          + "\(Format.percent(share)) (from \(described)), is kept."
      )
    }
    let total = input + output
    return (
      "workload.tokensPerDay", .number(total), from,
      "'workload.inputShare' replaces the profile's split of the volume; its total, "
        + "\(Format.count(total)) tokens/day (from \(described)), is kept."
    )
  }

  func setsAny(of paths: [String]) -> Bool { paths.contains { values[$0] != nil } }
}

/// The three ways of stating the daily volume.
enum VolumeFields {
  static let tokens = ["workload.tokensPerDay", "workload.inputShare"]
  static let inputOutput = ["workload.inputTokensPerDay", "workload.outputTokensPerDay"]
  static let requests = [
    "workload.requestsPerDay", "workload.requestsPerMonth",
  ]
  static let forms = [tokens, inputOutput, requests]
}

extension InputDescriptor {
  /// Checks a value against this field's type and range; returns the problem, or `nil`.
  public func problem(with value: FieldValue) -> String? {
    switch (kind, value) {
    case (.number(let range, _), .number(let x)):
      guard range.contains(x) else { return "must be \(allowed), got \(Format.number(x))" }
      guard x == 0 || abs(x) >= InputDescriptor.smallest else {
        let zero = range.contains(0) ? "0 or " : ""
        return "is too small to compute with: use \(zero)a value of at least 1e-9 in size, got \(Format.number(x))"
      }
      return nil
    case (.number(let range, _), .distribution(let d)):
      if let problem = d.problem { return problem }
      let support = d.support
      // The same floor as a single value: a bound (a lognormal's median) of 0 or at least 1e-9.
      let ends = if case .lognormal = d { [d.median] } else { [support.lowerBound, support.upperBound] }
      if let tiny = ends.first(where: { $0 != 0 && abs($0) < InputDescriptor.smallest }) {
        return "is too small to compute with: a distribution's bounds must be 0 or at least 1e-9 in size, got "
          + Format.significant(tiny, 4)
      }
      if range.contains(support.lowerBound), range.contains(support.upperBound) { return nil }
      let spans =
        "the distribution spans \(Format.significant(support.lowerBound, 4)) to "
        + "\(Format.significant(support.upperBound, 4)), outside the valid range: \(allowed)"
      guard case .lognormal = d else { return spans }
      // A lognormal reaches past its p10 and p90 without end: its far tail is truncated to the
      // range (see Distribution.samplingTruncatesToRange), but its median must be a valid value.
      guard range.contains(d.median) else {
        return "the lognormal's median \(Format.significant(d.median, 4)) is outside the valid range: \(allowed)"
      }
      if Distribution.samplingTruncatesToRange { return nil }
      return spans + " (its far tail, 1 draw in a billion; narrow p10..p90 to keep it inside)"
    case (.integer, .distribution):
      return "must be \(allowed): distributions are for real-valued inputs"
    case (.integer(let lo, let hi), .integer(let i)):
      return (lo...hi).contains(i) ? nil : "must be \(allowed), got \(i)"
    case (.bool, .bool): return nil
    case (.choice(let options), .text(let s)):
      if options.contains(s) { return nil }
      let hint = closestMatches(to: s, in: options, limit: 1).first.map { " Did you mean '\($0)'?" } ?? ""
      return "must be \(allowed), got '\(shownInput(s))'.\(hint)"
    case (.month, .text(let s)):
      guard s.utf8.count == 7, CalendarDate(parsing: s) != nil else { return "must be \(allowed), got '\(shownInput(s))'" }
      return nil
    case (.id, .text(let s)):
      return s.isEmpty ? "must be \(allowed), got an empty string" : nil
    case (.shape, .shape(let w)):
      if w.count != 24 { return "must have 24 values (hours 0-23), got \(w.count)" }
      if let bad = w.firstIndex(where: { !($0 >= 0 && $0 <= InputDescriptor.largest) }) {
        return "hour \(bad) must be a number from 0 to 1e15, got \(Format.number(w[bad]))"
      }
      if !(w.reduce(0, +) > 0) { return "must have a positive sum: at least one hour needs traffic" }
      return nil
    default:
      return "must be \(allowed)"
    }
  }

  /// Converts and checks a JSON value for this field.
  func decode(_ json: JSONValue) -> Result<FieldValue, FieldProblem> {
    let value: FieldValue
    switch (kind, json) {
    case (.number, .number(let x)): value = .number(x)
    case (.number, .object(let members)):
      switch Distribution.decode(members) {
      case .success(let d): value = .distribution(d)
      case .failure(let problem): return .failure(problem)
      }
    case (.integer, .number(let x)):
      guard x == x.rounded(), abs(x) <= 1e15 else {
        return .failure(FieldProblem("must be \(allowed), got \(Format.number(x))"))
      }
      value = .integer(Int(x))
    case (.bool, .bool(let b)): value = .bool(b)
    case (.choice, .string(let s)), (.id, .string(let s)), (.month, .string(let s)): value = .text(s)
    case (.shape, .string(let s)):
      guard let weights = HourlyShape.preset(s) else {
        let hint =
          closestMatches(to: s, in: HourlyShape.presetNames, limit: 1).first.map { " Did you mean '\($0)'?" } ?? ""
        return .failure(FieldProblem("must be \(allowed), got '\(shownInput(s))'.\(hint)"))
      }
      value = .shape(weights)
    case (.shape, .array(let items)):
      var weights: [Double] = []
      for (i, item) in items.enumerated() {
        guard case .number(let x) = item else {
          return .failure(FieldProblem("hour \(i) must be a number, got \(item.typeDescription)"))
        }
        weights.append(x)
      }
      value = .shape(weights)
    default:
      return .failure(FieldProblem("must be \(allowed), got \(json.typeDescription)"))
    }
    if let problem = problem(with: value) { return .failure(FieldProblem(problem)) }
    return .success(value)
  }
}

extension Distribution {
  /// `{"uniform": [lo, hi]}`, `{"triangular": [lo, mode, hi]}` or `{"lognormal": {"p10": a, "p90": b}}`.
  static func decode(_ members: [(key: String, value: JSONValue)]) -> Result<Distribution, FieldProblem> {
    let usage =
      "a distribution is {\"uniform\": [lo, hi]}, {\"triangular\": [lo, mode, hi]} or {\"lognormal\": {\"p10\": a, \"p90\": b}}"
    guard members.count == 1, let member = members.first else { return .failure(FieldProblem(usage)) }
    func numbers(_ v: JSONValue, _ count: Int) -> [Double]? {
      guard case .array(let items) = v, items.count == count else { return nil }
      let xs = items.compactMap { item -> Double? in if case .number(let x) = item { return x } else { return nil } }
      return xs.count == count ? xs : nil
    }
    switch member.key {
    case "uniform":
      guard let x = numbers(member.value, 2) else { return .failure(FieldProblem("uniform needs [lo, hi]")) }
      return .success(.uniform(low: x[0], high: x[1]))
    case "triangular":
      guard let x = numbers(member.value, 3) else { return .failure(FieldProblem("triangular needs [lo, mode, hi]")) }
      return .success(.triangular(low: x[0], mode: x[1], high: x[2]))
    case "lognormal":
      guard case .number(let p10)? = member.value["p10"], case .number(let p90)? = member.value["p90"],
        case .object(let inner) = member.value, inner.count == 2
      else { return .failure(FieldProblem("lognormal needs {\"p10\": a, \"p90\": b}")) }
      return .success(.lognormal(p10: p10, p90: p90))
    default:
      let hint =
        closestMatches(to: member.key, in: ["uniform", "triangular", "lognormal"], limit: 1).first.map {
          " Did you mean '\($0)'?"
        } ?? ""
      return .failure(FieldProblem("unknown distribution '\(member.key)'.\(hint) \(usage)"))
    }
  }

  /// The distribution as profile JSON.
  public var json: JSONValue {
    switch self {
    case .uniform(let lo, let hi): return .object([("uniform", .array([.number(lo), .number(hi)]))])
    case .triangular(let lo, let mode, let hi):
      return .object([("triangular", .array([.number(lo), .number(mode), .number(hi)]))])
    case .lognormal(let p10, let p90):
      return .object([("lognormal", .object([("p10", .number(p10)), ("p90", .number(p90))]))])
    }
  }
}

extension ProfileValues {
  /// Decodes a profile document. Unknown keys, wrong types and out-of-range values are errors
  /// naming their JSON path, with a "Did you mean" for near-miss keys.
  public static func decode(_ document: JSONValue, origin: Origin) throws(ProfileError) -> ProfileValues {
    var result = ProfileValues()
    guard case .object(let root) = document else {
      throw ProfileError(
        path: "", message: "a profile must be a JSON object, got \(document.typeDescription)", origin: origin)
    }
    try decodeObject(root, section: "", into: &result, origin: origin)
    return result
  }

  static func decodeObject(
    _ members: [(key: String, value: JSONValue)], section: String, into result: inout ProfileValues, origin: Origin
  ) throws(ProfileError) {
    let allowed = InputDescriptor.sections[section] ?? []
    for (key, value) in members {
      let path = section.isEmpty ? key : section + "." + key
      guard allowed.contains(key) else {
        throw ProfileError(
          path: path, message: unknownKeyMessage(key, section: section, allowed: allowed), origin: origin)
      }
      if section.isEmpty && key == "name" {
        guard case .string(let s) = value else {
          throw ProfileError(path: path, message: "must be a string, got \(value.typeDescription)", origin: origin)
        }
        if let problem = nameProblem(s) { throw ProfileError(path: path, message: problem, origin: origin) }
        result.name = s
        continue
      }
      if InputDescriptor.sections[path] != nil {
        guard case .object(let inner) = value else {
          throw ProfileError(path: path, message: "must be an object, got \(value.typeDescription)", origin: origin)
        }
        try decodeObject(inner, section: path, into: &result, origin: origin)
        continue
      }
      guard let field = InputDescriptor.at(path) else {
        throw ProfileError(path: path, message: "is not an input of the profile", origin: origin)
      }
      switch field.decode(value) {
      case .success(let v): result.set(path, v, origin: origin)
      case .failure(let problem): throw ProfileError(path: path, message: problem.message, origin: origin)
      }
    }
  }

  static func unknownKeyMessage(_ key: String, section: String, allowed: [String]) -> String {
    let place = section.isEmpty ? "at the top level" : "in \(section)"
    if let elsewhere = InputDescriptor.all.first(where: { $0.key == key }) {
      return
        "unknown key \(place): '\(key)' belongs in \(elsewhere.section.isEmpty ? "the top level" : elsewhere.section)"
    }
    let hints = closestMatches(to: key, in: allowed)
    let hint = hints.isEmpty ? " Allowed: \(allowed.joined(separator: ", "))." : " Did you mean \(quotedList(hints))?"
    return "unknown key \(place).\(hint)"
  }
}

/// Why a profile name cannot be used as a report's title: control characters (a newline would
/// forge a line of output, an escape would drive the terminal) or more than 2,000 characters.
public func nameProblem(_ name: String) -> String? {
  if name.unicodeScalars.contains(where: { $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) }) {
    return "must be one line of text without control characters, got '\(shownInput(name))'"
  }
  if name.count > 2000 { return "must be at most 2,000 characters long, got \(name.count)" }
  return nil
}
