/// The best hybrid of one month of the horizon.
public struct HybridMonth: Sendable, Equatable {
  public var month: Int
  public var pure: PureRoutes
  public var split: HybridPoint
  public var overflow: HybridPoint?
}

/// A year of hybrid months, summed.
public struct HybridYear: Sendable, Equatable {
  public var year: Int
  public var months: Int
  public var api: Double
  public var selfHosted: Double
  public var split: Double
  public var overflow: Double?
  /// Mean self-hosted share of the best split over the year's months.
  public var averageSplitShare: Double
  /// Most GPUs the best split needs in any month of the year.
  public var maxSplitGPUs: Int
  /// Most always-on replicas the best overflow keeps in any month of the year.
  public var maxOverflowReplicas: Int?
}

extension Scenario {
  /// The best split and overflow month by month over the horizon, with growth and price trends,
  /// on each month's accrual costs (one-time setup costs excluded; owned GPUs priced as if bought
  /// that month). `nil` when a month needs more than `maximumGPUs` GPUs (for the self-hosted route
  /// alone, as `compare` sizes it, or for the split).
  ///
  /// - Parameter share: a fixed self-hosted share, used in every month instead of the best split.
  public func hybridHorizon(share: Double? = nil) -> [HybridMonth]? {
    hybridHorizon(
      share: share, splitExhaustive: HybridSearch.exhaustiveSplitCandidates,
      overflowExhaustive: HybridSearch.exhaustiveOverflowCandidates)
  }

  /// `hybridHorizon(share:)` with the candidate counts above which each month's searches use their
  /// window (tests pass 0 and `Int.max` to compare the fast and the reference paths).
  func hybridHorizon(share: Double?, splitExhaustive: Int, overflowExhaustive: Int) -> [HybridMonth]? {
    var months: [HybridMonth] = []
    var previous: Scenario?
    for m in 0..<horizonMonths {
      let s = atMonth(m)
      // Without growth or price trends every month is the same question: answer it once.
      if let last = months.last, s == previous {
        months.append(HybridMonth(month: m, pure: last.pure, split: last.split, overflow: last.overflow))
        continue
      }
      previous = s
      guard
        let split = s.bestSplit(
          frontierShare: hybrid.frontierShare, share: share, forDisplay: false, exhaustive: splitExhaustive)
      else { return nil }
      let overflow = s.bestOverflow(
        maxLoad: selfHosted.maxLoad, frontierShare: hybrid.frontierShare, keepCandidates: false,
        exhaustive: overflowExhaustive)?.best
      months.append(HybridMonth(month: m, pure: split.pure, split: split.best, overflow: overflow))
    }
    return months
  }
}

/// Sums hybrid months into 12-month blocks (the last may be shorter).
public func hybridYears(_ months: [HybridMonth]) -> [HybridYear] {
  var years: [HybridYear] = []
  for m in months {
    if m.month % 12 == 0 {
      years.append(
        HybridYear(
          year: m.month / 12 + 1, months: 0, api: 0, selfHosted: 0, split: 0, overflow: m.overflow == nil ? nil : 0,
          averageSplitShare: 0, maxSplitGPUs: 0, maxOverflowReplicas: m.overflow == nil ? nil : 0))
    }
    let i = years.count - 1
    years[i].months += 1
    years[i].api += m.pure.api
    years[i].selfHosted += m.pure.selfHosted
    years[i].split += m.split.total
    years[i].averageSplitShare += m.split.selfHostedShare
    years[i].maxSplitGPUs = max(years[i].maxSplitGPUs, m.split.gpus)
    if let o = m.overflow {
      years[i].overflow = (years[i].overflow ?? 0) + o.total
      years[i].maxOverflowReplicas = max(years[i].maxOverflowReplicas ?? 0, o.replicas)
    }
  }
  for i in years.indices { years[i].averageSplitShare /= Double(years[i].months) }
  return years
}
