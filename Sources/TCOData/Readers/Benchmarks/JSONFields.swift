import TCOModel

/// A problem with one member of a JSON document: where it is and what is wrong.
///
/// `path` is written like `data[3].results[0].input_tokens`; the empty path is the document.
struct JSONFieldError: Error, Sendable, Equatable {
  var path: String
  var message: String
}

/// Typed, path-aware access to the members of a JSON value, shared by the benchmark and usage readers.
///
/// A member that is absent and a member that is `null` both read as "not given"; a member of the
/// wrong type is an error naming its path, its type and what was expected.
struct JSONFields: Sendable {
  let value: JSONValue
  let path: String

  init(_ value: JSONValue, path: String = "") {
    self.value = value
    self.path = path
  }

  /// The path of member `key` below this value.
  func path(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

  /// Whether the value is an object that has member `key` (even `null`).
  func has(_ key: String) -> Bool {
    if case .object(let members) = value { return members.contains { $0.key == key } }
    return false
  }

  /// Member `key`, or `nil` when it is absent or `null`.
  func member(_ key: String) -> JSONValue? {
    guard let v = value[key] else { return nil }
    if case .null = v { return nil }
    return v
  }

  /// Member `key` as an object, or `nil` when it is absent or `null`.
  func object(_ key: String) throws(JSONFieldError) -> JSONFields? {
    guard let v = member(key) else { return nil }
    guard case .object = v else {
      throw JSONFieldError(path: path(key), message: "is \(v.typeDescription); expected an object")
    }
    return JSONFields(v, path: path(key))
  }

  /// Member `key` as an object; an error when it is absent.
  func requiredObject(_ key: String) throws(JSONFieldError) -> JSONFields {
    guard let o = try object(key) else {
      throw JSONFieldError(path: path(key), message: "is missing; expected an object")
    }
    return o
  }

  /// Member `key` as an array of values with their paths, or `nil` when absent or `null`.
  func array(_ key: String) throws(JSONFieldError) -> [JSONFields]? {
    guard let v = member(key) else { return nil }
    guard case .array(let items) = v else {
      throw JSONFieldError(path: path(key), message: "is \(v.typeDescription); expected an array")
    }
    return items.enumerated().map { JSONFields($0.element, path: path(key) + "[\($0.offset)]") }
  }

  /// Member `key` as a finite number of at most 1e15 in size (the bound of every input, so no
  /// rate or total derived from it overflows or prints unreadably), or `nil` when absent or `null`.
  func number(_ key: String) throws(JSONFieldError) -> Double? {
    guard let v = member(key) else { return nil }
    guard case .number(let x) = v, x.isFinite else {
      throw JSONFieldError(path: path(key), message: "is \(Self.describe(v)); expected a finite number")
    }
    guard abs(x) <= largestMagnitude else {
      throw JSONFieldError(path: path(key), message: "is \(Self.show(x)); expected a number of at most 1e15 in size")
    }
    return x
  }

  /// Member `key` as a finite number; an error when it is absent.
  func requiredNumber(_ key: String) throws(JSONFieldError) -> Double {
    guard let x = try number(key) else {
      throw JSONFieldError(path: path(key), message: "is missing; expected a number")
    }
    return x
  }

  /// Member `key` as a non-negative number, or `nil` when absent or `null`.
  func nonNegative(_ key: String) throws(JSONFieldError) -> Double? {
    guard let x = try number(key) else { return nil }
    guard x >= 0 else { throw JSONFieldError(path: path(key), message: "is \(Self.show(x)); expected 0 or more") }
    return x
  }

  /// Member `key` as a whole count `0…2^53`, or `nil` when absent or `null`.
  func count(_ key: String) throws(JSONFieldError) -> Int? {
    guard let x = try number(key) else { return nil }
    guard x >= 0, x <= 9_007_199_254_740_992, x == x.rounded() else {
      throw JSONFieldError(path: path(key), message: "is \(Self.show(x)); expected a whole number of 0 or more")
    }
    return Int(x)
  }

  /// Member `key` as a string, or `nil` when absent or `null`.
  func string(_ key: String) throws(JSONFieldError) -> String? {
    guard let v = member(key) else { return nil }
    guard case .string(let s) = v else {
      throw JSONFieldError(path: path(key), message: "is \(v.typeDescription); expected a string")
    }
    return s
  }

  /// Member `key` as a boolean, or `nil` when absent or `null`.
  func bool(_ key: String) throws(JSONFieldError) -> Bool? {
    guard let v = member(key) else { return nil }
    guard case .bool(let b) = v else {
      throw JSONFieldError(path: path(key), message: "is \(v.typeDescription); expected true or false")
    }
    return b
  }

  /// A value for an error message: the number or string itself, else its type.
  static func describe(_ v: JSONValue) -> String {
    switch v {
    case .number(let x): return show(x)
    case .string(let s): return "the string \"\(s.count > 40 ? String(s.prefix(40)) + "…" : s)\""
    default: return v.typeDescription
    }
  }

  /// A number for a message: whole numbers without a decimal point.
  static func show(_ x: Double) -> String {
    if x.isFinite, x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return "\(x)"
  }
}
