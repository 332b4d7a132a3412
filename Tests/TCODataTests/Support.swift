import TCOData

/// `|a − b| ≤ tolerance · max(1, |b|)`.
func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
  abs(a - b) <= tolerance * max(1, abs(b))
}

extension JSONValue {
  /// The members of an object, or `nil` for any other value: `try #require(entry.objectMembers)`.
  var objectMembers: [(key: String, value: JSONValue)]? { if case .object(let members) = self { members } else { nil } }

  /// The number, or `nil` for any other value.
  var numberValue: Double? { if case .number(let x) = self { x } else { nil } }
}
