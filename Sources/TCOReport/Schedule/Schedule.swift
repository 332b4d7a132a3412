import TCOData
import TCOModel

/// One month of the schedule: volume, fleet, and the cash of both routes by component.
///
/// Money is in USD, rounded to cents so that every column adds up exactly to its rounded total:
/// each month's figure is the rounded running total less the previous one (within a cent of the
/// exact value).
public struct ScheduleMonth: Sendable, Equatable {
  public var month: Int
  public var tokensPerDay: Double
  public var replicas: Int
  /// GPUs provisioned for the month's volume.
  public var gpus: Int
  /// GPUs owned (buy); equal to `gpus` when renting.
  public var gpusOwned: Int
  /// Buy: GPUs added this month, and GPUs replaced at the end of their life this month.
  public var gpusBought: Int
  public var gpusReplaced: Int
  public var api: [ScheduleComponent: Double]
  public var selfHosted: [ScheduleComponent: Double]
  public var apiCash: Double
  public var selfHostedCash: Double
  public var savings: Double { apiCash - selfHostedCash }
  public var cumulativeSavings: Double
}

/// A cash component of a route in the schedule, in the order of its columns.
public enum ScheduleComponent: String, CaseIterable, Sendable {
  case input, cachedInput, output, fixed
  case gpuRent, purchases, residualRecovered, maintenance, power, colocation, staff, other
  case setup

  public static let api: [ScheduleComponent] = [.input, .cachedInput, .output, .fixed, .setup]
  public static let rent: [ScheduleComponent] = [.gpuRent, .staff, .other, .setup]
  public static let buy: [ScheduleComponent] = [
    .purchases, .residualRecovered, .maintenance, .power, .colocation, .staff, .other, .setup,
  ]

  /// Column title: "Cached input", "Residual recovered" (a negative cash flow).
  public var title: String {
    switch self {
    case .input: return "Input tokens"
    case .cachedInput: return "Cached input"
    case .output: return "Output tokens"
    case .fixed: return "Fixed"
    case .gpuRent: return "GPU rent"
    case .purchases: return "GPU purchases"
    case .residualRecovered: return "Residual recovered"
    case .maintenance: return "Maintenance"
    case .power: return "Power"
    case .colocation: return "Colocation"
    case .staff: return "Staff"
    case .other: return "Other"
    case .setup: return "Setup"
    }
  }
}

/// The month-by-month cash schedule of a horizon.
public struct Schedule: Sendable {
  public var months: [ScheduleMonth]
  public var buy: Bool
  public var selfHostedComponents: [ScheduleComponent] { buy ? ScheduleComponent.buy : ScheduleComponent.rent }
  /// Buy: the owned GPUs' book value credited after the last month, rounded as the last entry of
  /// the self-hosted cash column (0 when renting).
  public var endCredit: Double
  public var apiTotal: Double
  public var selfHostedTotal: Double
  public var lifetimeMonths: Int

  /// The schedule of `evaluation`'s horizon.
  public init(_ evaluation: Evaluation) {
    let s = evaluation.scenario
    let h = evaluation.horizon
    buy = s.selfHosted.acquisition == .buy
    lifetimeMonths = s.selfHosted.depreciationMonths
    let fleet = FleetEvents(h, lifetimeMonths: lifetimeMonths, buy: buy)
    var apiColumns = CentColumns()
    var ownColumns = CentColumns()
    var apiCash = CentColumn()
    var ownCash = CentColumn()
    var cumulative = 0.0
    var rows: [ScheduleMonth] = []
    for (i, m) in h.months.enumerated() {
      let setupAPI = m.month == 0 ? s.api.setupCost : 0
      let setupOwn = m.month == 0 ? s.selfHosted.setupCost : 0
      let api: [ScheduleComponent: Double] = apiColumns.add([
        .input: m.api.input, .cachedInput: m.api.cachedInput, .output: m.api.output, .fixed: m.api.fixed,
        .setup: setupAPI,
      ])
      let c = m.selfHosted
      let own: [ScheduleComponent: Double] =
        buy
        ? ownColumns.add([
          .purchases: m.purchases, .residualRecovered: -m.residualRecovered, .maintenance: c.maintenance,
          .power: c.power, .colocation: c.colocation, .staff: c.staff, .other: c.other, .setup: setupOwn,
        ])
        : ownColumns.add([.gpuRent: c.gpuRent, .staff: c.staff, .other: c.other, .setup: setupOwn])
      let apiStep = apiCash.add(m.apiCash)
      let ownStep = ownCash.add(m.selfHostedCash)
      cumulative = Format.roundCents(cumulative + apiStep - ownStep)
      rows.append(
        ScheduleMonth(
          month: m.month, tokensPerDay: s.workload.tokensPerDay * m.volumeFactor, replicas: c.capacity.replicas,
          gpus: c.capacity.gpus, gpusOwned: c.gpusOwned, gpusBought: fleet.bought[i], gpusReplaced: fleet.replaced[i],
          api: api, selfHosted: own, apiCash: apiStep, selfHostedCash: ownStep, cumulativeSavings: cumulative))
    }
    months = rows
    // The credit is the last entry of the self-hosted cash column, rounded the same way.
    endCredit = -ownCash.add(-h.endCredit)
    apiTotal = apiCash.roundedTotal
    selfHostedTotal = ownCash.roundedTotal
  }

  /// Totals by year (12-month blocks), the end-of-horizon credit in the last year.
  public var years: [(year: Int, months: Int, api: Double, selfHosted: Double)] {
    var out: [(year: Int, months: Int, api: Double, selfHosted: Double)] = []
    for m in months {
      if m.month % 12 == 0 { out.append((m.month / 12 + 1, 0, 0, 0)) }
      out[out.count - 1].months += 1
      out[out.count - 1].api += m.apiCash
      out[out.count - 1].selfHosted += m.selfHostedCash
    }
    if !out.isEmpty { out[out.count - 1].selfHosted -= endCredit }
    return out
  }
}

/// A column of money rounded to cents so that its entries add up to its rounded running total.
struct CentColumn {
  var total = 0.0
  var reported = 0.0

  /// Adds `x` to the running total; returns the change of the rounded running total.
  mutating func add(_ x: Double) -> Double {
    total += x
    let rounded = Format.roundCents(total)
    let step = Format.roundCents(rounded - reported)
    reported = rounded
    return step
  }

  var roundedTotal: Double { Format.roundCents(total) }
}

/// A `CentColumn` per component.
struct CentColumns {
  var columns: [ScheduleComponent: CentColumn] = [:]
  mutating func add(_ values: [ScheduleComponent: Double]) -> [ScheduleComponent: Double] {
    var out: [ScheduleComponent: Double] = [:]
    for (k, v) in values { out[k] = columns[k, default: CentColumn()].add(v) }
    return out
  }
}

/// When GPUs are bought and replaced: each month's added GPUs form a cohort, replaced every
/// `lifetimeMonths` months after its purchase (the model's rule).
public struct FleetEvents: Sendable {
  /// Per month of the horizon: GPUs added, GPUs replaced (0 when renting).
  public var bought: [Int]
  public var replaced: [Int]
  /// Purchase cohorts: the month and the count.
  public var cohorts: [(month: Int, count: Int)]
  public var buy: Bool

  public init(_ h: Horizon, lifetimeMonths: Int, buy: Bool) {
    self.buy = buy
    bought = Array(repeating: 0, count: h.months.count)
    replaced = bought
    cohorts = []
    guard buy else { return }
    var owned = 0
    for (i, m) in h.months.enumerated() {
      for c in cohorts where lifetimeMonths > 0 && m.month > c.month && (m.month - c.month) % lifetimeMonths == 0 {
        replaced[i] += c.count
      }
      let added = m.selfHosted.gpusOwned - owned
      if added > 0 {
        bought[i] = added
        cohorts.append((m.month, added))
      }
      owned = max(owned, m.selfHosted.gpusOwned)
    }
  }

  /// Sentences for a chart's notes: when GPUs are bought and replaced.
  public var sentences: [String] {
    guard buy else { return ["Rented GPUs follow the volume month by month; nothing is bought."] }
    let list = cohorts.prefix(8).map { "\($0.count) in month \($0.month)" }
    var out = ["GPUs bought: " + list.joined(separator: ", ") + (cohorts.count > 8 ? ", …" : "") + "."]
    let replacements = replaced.enumerated().filter { $0.element > 0 }
    if replacements.isEmpty {
      out.append("No GPU reaches the end of its life within the horizon.")
    } else {
      out.append(
        "Replaced at the end of their life: "
          + replacements.prefix(6).map { "\($0.element) in month \($0.offset)" }.joined(separator: ", ") + ".")
    }
    return out
  }
}
