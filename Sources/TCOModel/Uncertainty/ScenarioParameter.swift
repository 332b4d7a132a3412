/// The allowed interval of a numeric input.
public struct NumberRange: Sendable, Equatable {
  public var lower: Double
  public var lowerInclusive: Bool
  public var upper: Double
  public var upperInclusive: Bool

  public init(lower: Double, lowerInclusive: Bool, upper: Double, upperInclusive: Bool) {
    self.lower = lower
    self.lowerInclusive = lowerInclusive
    self.upper = upper
    self.upperInclusive = upperInclusive
  }

  public func contains(_ x: Double) -> Bool {
    x.isFinite && (lowerInclusive ? x >= lower : x > lower) && (upperInclusive ? x <= upper : x < upper)
  }

  /// `x` clamped into the range, just inside an open bound.
  public func clamping(_ x: Double) -> Double {
    var y = min(max(x, lower), upper)
    if !lowerInclusive && y <= lower { y = lower + max(abs(lower), 1) * 1e-9 }
    if !upperInclusive && y >= upper { y = upper - max(abs(upper), 1) * 1e-9 }
    return y
  }

  public static func closed(_ a: Double, _ b: Double) -> NumberRange {
    .init(lower: a, lowerInclusive: true, upper: b, upperInclusive: true)
  }
  public static func atLeast(_ a: Double) -> NumberRange {
    .init(lower: a, lowerInclusive: true, upper: largestMagnitude, upperInclusive: true)
  }
  public static func above(_ a: Double, upTo b: Double = largestMagnitude) -> NumberRange {
    .init(lower: a, lowerInclusive: false, upper: b, upperInclusive: true)
  }
  public static func halfOpen(_ a: Double, _ b: Double) -> NumberRange {
    .init(lower: a, lowerInclusive: true, upper: b, upperInclusive: false)
  }
}

/// A real-valued input of a scenario: how to read it and write it (to draw samples, sweep, and
/// move one input at a time), and the interval it may take.
///
/// The model defines none of them: the input descriptors of `TCOData` make one per real-valued
/// input, so the table of inputs stays in one place.
public struct ScenarioParameter: Sendable, Hashable {
  /// The input's name, its profile path (`selfHosted.utilization`): its identity.
  public let name: String
  /// Its position in the table of inputs, which orders ties in rankings.
  public let order: Int
  /// The values it may take.
  public let range: NumberRange
  /// Whether it changes a cost (the hybrid settings and the latency advisory do not).
  public let affectsCosts: Bool
  let read: @Sendable (Scenario) -> Double?
  let write: @Sendable (inout Scenario, Double) -> Void

  public init(
    name: String, order: Int, range: NumberRange, affectsCosts: Bool,
    read: @escaping @Sendable (Scenario) -> Double?, write: @escaping @Sendable (inout Scenario, Double) -> Void
  ) {
    self.name = name
    self.order = order
    self.range = range
    self.affectsCosts = affectsCosts
    self.read = read
    self.write = write
  }

  /// The input's value in `s`; `nil` when it does not apply (another volume form, say).
  public func value(in s: Scenario) -> Double? { read(s) }

  /// Writes `x` into `s` (an input that does not apply is left alone).
  public func set(_ x: Double, in s: inout Scenario) { write(&s, x) }

  public static func == (a: ScenarioParameter, b: ScenarioParameter) -> Bool { a.name == b.name }
  public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
