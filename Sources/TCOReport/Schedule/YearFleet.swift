import TCOData
import TCOModel

/// The self-hosted fleet in one year of the horizon (a 12-month block; the last may be shorter).
public struct YearFleet: Sendable, Equatable {
  public var year: Int
  /// GPUs at the year's last month: owned when buying, provisioned when renting.
  public var gpusAtEnd: Int
  /// Replicas at the year's last month.
  public var replicasAtEnd: Int
  /// Buy: GPUs added during the year, and GPUs replaced at the end of their life (0 when renting).
  public var gpusBought: Int
  public var gpusReplaced: Int
}

/// The fleet year by year over the horizon of `e`.
public func yearFleet(_ e: Evaluation) -> [YearFleet] {
  let buy = e.scenario.selfHosted.acquisition == .buy
  let events = FleetEvents(e.horizon, lifetimeMonths: e.scenario.selfHosted.depreciationMonths, buy: buy)
  var out: [YearFleet] = []
  for (i, m) in e.horizon.months.enumerated() {
    if m.month % 12 == 0 {
      out.append(YearFleet(year: m.month / 12 + 1, gpusAtEnd: 0, replicasAtEnd: 0, gpusBought: 0, gpusReplaced: 0))
    }
    out[out.count - 1].gpusAtEnd = buy ? m.selfHosted.gpusOwned : m.selfHosted.capacity.gpus
    out[out.count - 1].replicasAtEnd = m.selfHosted.capacity.replicas
    out[out.count - 1].gpusBought += events.bought[i]
    out[out.count - 1].gpusReplaced += events.replaced[i]
  }
  return out
}

/// Lines for `compare`'s horizon table: GPUs at each year's end, and for bought GPUs how many
/// were bought and replaced.
public func horizonFleetLines(_ e: Evaluation) -> [String] {
  let years = yearFleet(e)
  guard !years.isEmpty else { return [] }
  let buy = e.scenario.selfHosted.acquisition == .buy
  func whole(_ n: Int) -> String { Format.fixed(Double(n), 0, grouping: true) }
  var text =
    "GPUs \(buy ? "owned" : "rented") at each year's end: "
    + years.map { "year \($0.year): \(whole($0.gpusAtEnd))" }.joined(separator: ", ")
  if buy {
    let bought = years.reduce(0) { $0 + $1.gpusBought }
    let replaced = years.reduce(0) { $0 + $1.gpusReplaced }
    text += "; \(whole(bought)) bought" + (replaced > 0 ? ", \(whole(replaced)) replaced at the end of their life" : "")
  }
  return wrap(text + ".", first: "  ", rest: "  ")
}

/// The fleet of one year as JSON members, added to each year of `compare`'s horizon.
public func yearFleetMembers(_ f: YearFleet, buy: Bool) -> [(key: String, value: JSONValue)] {
  var members: [(key: String, value: JSONValue)] = [
    ("gpusAtEnd", J.int(f.gpusAtEnd)), ("replicasAtEnd", J.int(f.replicasAtEnd)),
  ]
  if buy { members += [("gpusBought", J.int(f.gpusBought)), ("gpusReplaced", J.int(f.gpusReplaced))] }
  return members
}

/// `horizon` members of the compare result with each year's fleet added to its entry in `years`.
func addingYearFleet(_ horizon: [(String, JSONValue)], _ e: Evaluation) -> [(String, JSONValue)] {
  let fleet = yearFleet(e)
  let buy = e.scenario.selfHosted.acquisition == .buy
  return horizon.map { member in
    guard member.0 == "years", case .array(let years) = member.1 else { return member }
    let extended: [JSONValue] = years.enumerated().map { i, year in
      guard i < fleet.count, case .object(let members) = year else { return year }
      return .object(members + yearFleetMembers(fleet[i], buy: buy))
    }
    return (member.0, .array(extended))
  }
}
