import TCOData
import TCOModel

/// A chart as data: axes, series or bars, and the points worth marking, drawn by the terminal
/// renderer (`renderText`) and the SVG renderer (`renderSVG`) from the same figures.
public struct Chart: Sendable {
  /// A short title: "Monthly cost against volume".
  public var title: String
  /// One or two sentences that say what the chart shows and what it means (SVG `<desc>`, alt text).
  public var summary: String
  public var x: ChartAxis
  public var y: ChartAxis
  public var content: ChartContent
  /// Lines shown under the chart: what each marker stands for, with its figures.
  public var notes: [String]

  public init(title: String, summary: String, x: ChartAxis, y: ChartAxis, content: ChartContent, notes: [String] = []) {
    self.title = title
    self.summary = summary
    self.x = x
    self.y = y
    self.content = content
    self.notes = notes
  }
}

/// How values along an axis are spaced.
public enum ChartScale: Sendable, Equatable { case linear, logarithmic }

/// What the numbers on an axis are, which decides how ticks are written.
public enum ChartValueKind: Sendable, Equatable {
  /// USD: "$12.3k".
  case money
  /// A large count: "5.00M".
  case count
  /// A 0-based month index: "12".
  case month
  /// A share: "40%".
  case share
  /// A whole number (GPUs, replicas): "12".
  case integer

  /// `x` written for a tick or a label.
  public func format(_ x: Double) -> String {
    switch self {
    case .money: return Format.compactMoney(x)
    case .count: return Format.count(x)
    case .month, .integer: return Format.fixed(x, 0)
    case .share: return Format.percent(x)
    }
  }
}

/// An axis: what it measures, in which unit, and how it is spaced.
public struct ChartAxis: Sendable {
  /// What the axis measures: "Volume".
  public var label: String
  /// The unit, written after the label: "tokens per day".
  public var unit: String
  public var scale: ChartScale
  public var kind: ChartValueKind
  /// Whether the axis starts at zero (costs and counts) rather than at the data.
  public var includesZero: Bool

  public init(
    _ label: String, unit: String, kind: ChartValueKind, scale: ChartScale = .linear, includesZero: Bool = true
  ) {
    self.label = label
    self.unit = unit
    self.scale = scale
    self.kind = kind
    self.includesZero = includesZero
  }

  /// "Volume (tokens per day)".
  public var title: String { unit.isEmpty ? label : "\(label) (\(unit))" }
}

/// A point of a series.
public struct ChartPoint: Sendable, Equatable {
  public var x: Double
  public var y: Double
  public init(_ x: Double, _ y: Double) {
    self.x = x
    self.y = y
  }
}

/// A named line through points ordered by `x`.
public struct ChartSeries: Sendable {
  public var name: String
  public var points: [ChartPoint]
  /// Drawn as steps (a value that holds until the next point: GPUs by month).
  public var stepped: Bool

  public init(_ name: String, points: [ChartPoint], stepped: Bool = false) {
    self.name = name
    self.points = points
    self.stepped = stepped
  }
}

/// A point worth marking: a vertical line at `x`, and a dot where `y` is given.
public struct ChartMarker: Sendable {
  public var x: Double
  public var y: Double?
  /// A short name for the legend: "break-even".
  public var label: String

  public init(x: Double, y: Double? = nil, label: String) {
    self.x = x
    self.y = y
    self.label = label
  }
}

/// One bar of a tornado: the result with one input at its low and at its high value.
public struct TornadoBar: Sendable {
  /// The input and its range: "utilization 0.33..0.77".
  public var label: String
  public var atLow: Double
  public var atHigh: Double

  public init(label: String, atLow: Double, atHigh: Double) {
    self.label = label
    self.atLow = atLow
    self.atHigh = atHigh
  }
}

/// What a chart draws.
public enum ChartContent: Sendable {
  /// Lines against a shared x axis, with marked points.
  case lines([ChartSeries], markers: [ChartMarker])
  /// A histogram: `counts.count + 1` edges along x; bins that end at or below zero are losses.
  case histogram(edges: [Double], counts: [Int])
  /// Horizontal bars around a base value, the x axis the result.
  case tornado(base: Double, bars: [TornadoBar])
}

extension Chart {
  /// The x and y ranges the chart spans (before ticks round them out), finite and non-empty.
  var dataRange: (x: ClosedRange<Double>, y: ClosedRange<Double>) {
    var xs: [Double] = []
    var ys: [Double] = []
    switch content {
    case .lines(let series, let markers):
      for s in series {
        for p in s.points where p.x.isFinite && p.y.isFinite {
          xs.append(p.x)
          ys.append(p.y)
        }
      }
      for m in markers where m.x.isFinite {
        xs.append(m.x)
        if let y = m.y, y.isFinite { ys.append(y) }
      }
    case .histogram(let edges, let counts):
      xs = edges.filter(\.isFinite)
      ys = counts.map(Double.init)
    case .tornado(let base, let bars):
      xs = ([base] + bars.flatMap { [$0.atLow, $0.atHigh] }).filter(\.isFinite)
      ys = [0, Double(bars.count)]
    }
    if x.scale == .logarithmic { xs = xs.filter { $0 > 0 } }
    if y.scale == .logarithmic { ys = ys.filter { $0 > 0 } }
    if x.includesZero && x.scale == .linear { xs.append(0) }
    if y.includesZero && y.scale == .linear { ys.append(0) }
    return (Self.span(xs, log: x.scale == .logarithmic), Self.span(ys, log: y.scale == .logarithmic))
  }

  static func span(_ values: [Double], log: Bool) -> ClosedRange<Double> {
    guard var lo = values.min(), var hi = values.max() else { return log ? 1...10 : 0...1 }
    if lo == hi {
      if log {
        lo /= 10
        hi *= 10
      } else {
        lo -= max(abs(lo) * 0.1, 1)
        hi += max(abs(hi) * 0.1, 1)
      }
    }
    return lo...hi
  }
}
