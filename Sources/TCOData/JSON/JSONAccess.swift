extension JSONValue {
  /// The value at a path of object keys.
  public func at(_ path: [String]) -> JSONValue? {
    var v: JSONValue? = self
    for key in path { v = v?[key] }
    return v
  }

  public var number: Double? { if case .number(let x) = self { return x } else { return nil } }
  public var string: String? { if case .string(let s) = self { return s } else { return nil } }

  /// Leaves of nested objects as dotted paths; arrays and scalars are leaves.
  public func flattened(prefix: String = "") -> [(String, JSONValue)] {
    guard case .object(let members) = self else { return [(prefix, self)] }
    return members.flatMap { $0.value.flattened(prefix: prefix.isEmpty ? $0.key : prefix + "." + $0.key) }
  }
}
