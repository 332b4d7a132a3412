import TCOData
import TCOModel

/// The charts of one evaluation: each turns a model result into a `Chart`, so the terminal, the
/// SVG and the HTML report draw the same figures.
public enum ResultCharts {
  /// Monthly steady-state cost of both routes against tokens per day (both axes logarithmic),
  /// today's volume and the break-even point marked. The volume spans a decade either side of
  /// today's volume and the break-even volume.
  public static func breakEven(_ e: Evaluation, points: Int = 241) -> Chart {
    let s = e.scenario
    let today = s.workload.tokensPerDay
    let be = e.breakEven.tokensPerDay
    let lo = min(today, be ?? today) / 10
    let hi = max(today, be ?? today) * 10
    let api = s.apiCurve
    let own = s.selfHostedCurve
    var apiPoints: [ChartPoint] = []
    var ownPoints: [ChartPoint] = []
    for i in 0..<max(points, 2) {
      let tokens = lo * power(hi / lo, Double(i) / Double(max(points, 2) - 1))
      let lambda = tokens / today
      if let a = api.value(at: lambda), a > 0 { apiPoints.append(ChartPoint(tokens, a)) }
      if let o = own.value(at: lambda), o > 0 { ownPoints.append(ChartPoint(tokens, o)) }
    }
    var markers = [ChartMarker(x: today, label: "today: \(Format.count(today)) tokens/day")]
    var notes = [
      "Today: \(Format.count(today)) tokens/day; the API costs \(Format.money(e.steadyState.api.total))/month, "
        + "self-hosting \(Format.money(e.steadyState.selfHosted.total))/month."
    ]
    if let be, let scale = e.breakEven.scale, let cost = api.value(at: scale) {
      markers.append(ChartMarker(x: be, y: cost, label: "break-even: \(Format.count(be)) tokens/day"))
      notes.append("Break-even: \(Format.count(be)) tokens/day, at \(Format.money(cost))/month on either route.")
    } else {
      notes.append("No break-even: " + e.breakEven.sentence)
    }
    return Chart(
      title: "Monthly cost against volume",
      summary:
        "The monthly steady-state cost of the API and of self-hosting against tokens per day, both on "
        + "logarithmic scales. " + e.breakEven.sentence,
      x: ChartAxis("Volume", unit: "tokens per day, log scale", kind: .count, scale: .logarithmic, includesZero: false),
      y: ChartAxis(
        "Monthly cost", unit: "USD per month, log scale", kind: .money, scale: .logarithmic, includesZero: false),
      content: .lines(
        [ChartSeries("API", points: apiPoints), ChartSeries("Self-hosted", points: ownPoints)], markers: markers),
      notes: notes)
  }

  /// Cumulative cash of both routes by month over the horizon, payback marked. The point at the
  /// horizon's end includes the credit for owned GPUs' book value.
  public static func horizon(_ e: Evaluation) -> Chart {
    let h = e.horizon
    var api = [ChartPoint(0, 0)]
    var own = [ChartPoint(0, 0)]
    var a = 0.0
    var o = 0.0
    for m in h.months {
      a += m.apiCash
      o += m.selfHostedCash
      api.append(ChartPoint(Double(m.month + 1), a))
      own.append(ChartPoint(Double(m.month + 1), o))
    }
    if h.endCredit != 0, let last = own.last { own.append(ChartPoint(last.x, o - h.endCredit)) }
    var markers: [ChartMarker] = []
    var notes = [
      "Over \(h.months.count) months: API \(Format.money(h.apiTotal)), self-hosted \(Format.money(h.selfHostedTotal))"
        + (h.endCredit != 0 ? " after a credit of \(Format.money(h.endCredit)) for the GPUs' book value" : "")
        + "."
    ]
    if let p = h.paybackMonth {
      let cum = h.months.prefix(p + 1).reduce(0) { $0 + $1.selfHostedCash }
      markers.append(ChartMarker(x: Double(p + 1), y: cum, label: "payback: end of month \(p)"))
      notes.append(paybackSentence(month: p, savings: h.savings, months: h.months.count))
    } else {
      notes.append("No payback within \(h.months.count) months.")
    }
    return Chart(
      title: "Cumulative cash by month",
      summary: "The cash paid for each route, added up month by month over the horizon, with the payback month marked.",
      x: ChartAxis("Months from the start", unit: "", kind: .month),
      y: ChartAxis("Cumulative cash", unit: "USD", kind: .money),
      content: .lines([ChartSeries("API", points: api), ChartSeries("Self-hosted", points: own)], markers: markers),
      notes: notes)
  }

  /// GPUs (rented, or owned) and replicas by month over the horizon, as steps.
  public static func fleet(_ e: Evaluation) -> Chart {
    let buy = e.scenario.selfHosted.acquisition == .buy
    var gpus: [ChartPoint] = []
    var replicas: [ChartPoint] = []
    for m in e.horizon.months {
      gpus.append(ChartPoint(Double(m.month), Double(buy ? m.selfHosted.gpusOwned : m.selfHosted.capacity.gpus)))
      replicas.append(ChartPoint(Double(m.month), Double(m.selfHosted.capacity.replicas)))
    }
    if let g = gpus.last, let r = replicas.last {
      gpus.append(ChartPoint(g.x + 1, g.y))
      replicas.append(ChartPoint(r.x + 1, r.y))
    }
    let events = FleetEvents(e.horizon, lifetimeMonths: e.scenario.selfHosted.depreciationMonths, buy: buy)
    return Chart(
      title: buy ? "GPUs owned and replicas by month" : "GPUs rented and replicas by month",
      summary:
        "The self-hosted fleet month by month: \(buy ? "GPUs owned" : "GPUs rented") and serving replicas, "
        + "sized for each month's volume.",
      x: ChartAxis("Months from the start", unit: "", kind: .month),
      y: ChartAxis("Count", unit: "GPUs, replicas", kind: .integer),
      content: .lines(
        [
          ChartSeries("Replicas", points: replicas, stepped: true),
          ChartSeries(buy ? "GPUs owned" : "GPUs rented", points: gpus, stepped: true),
        ], markers: []),
      notes: events.sentences)
  }

  /// Monthly steady-state cost against the share of traffic self-hosted, the best split marked.
  public static func hybrid(_ s: Scenario, points: Int = 201) -> Chart? {
    let upper = 1 - s.hybrid.frontierShare
    guard let split = s.bestSplit(frontierShare: s.hybrid.frontierShare) else { return nil }
    var shares = (0..<max(points, 2)).map { upper * Double($0) / Double(max(points, 2) - 1) }
    shares += split.candidates.map(\.selfHostedShare)
    shares = Array(Set(shares)).filter { $0 >= 0 && $0 <= upper }.sorted()
    var total: [ChartPoint] = []
    var apiPart: [ChartPoint] = []
    var ownPart: [ChartPoint] = []
    for f in shares {
      guard let p = s.hybridSplit(at: f) else { break }
      total.append(ChartPoint(f, p.total))
      apiPart.append(ChartPoint(f, p.apiMonthly))
      ownPart.append(ChartPoint(f, p.selfHostedMonthly))
    }
    let best = split.best
    let bestLabel = "best: \(Format.percent(best.selfHostedShare)) self-hosted"
    return Chart(
      title: "Monthly cost against the self-hosted share",
      summary:
        "The monthly cost of sending a share of the traffic to self-hosting and the rest to the API, and its two parts.",
      x: ChartAxis("Share of traffic self-hosted", unit: "", kind: .share),
      y: ChartAxis("Monthly cost", unit: "USD per month", kind: .money),
      content: .lines(
        [
          ChartSeries("API part", points: apiPart), ChartSeries("Total", points: total),
          ChartSeries("Self-hosted part", points: ownPart),
        ],
        markers: [ChartMarker(x: best.selfHostedShare, y: best.total, label: bestLabel)]),
      notes: [
        "Best split: \(Format.percent(best.selfHostedShare)) self-hosted on \(best.replicas) replica"
          + "\(best.replicas == 1 ? "" : "s"), \(Format.money(best.total))/month against "
          + "\(Format.money(split.pure.best)) for the cheaper pure route."
      ]
        + (s.hybrid.frontierShare > 0
          ? ["\(Format.percent(s.hybrid.frontierShare)) of the traffic must stay on the API (frontier share)."] : []))
  }

  /// The tornado of a sensitivity result: horizon savings with each input at its low and high value.
  public static func tornado(_ r: SensitivityResult, horizonMonths: Int, limit: Int = 10) -> Chart {
    let bars = r.bars.filter { $0.swing > 0 }.prefix(limit).map { bar in
      TornadoBar(
        label: (bar.parameter.input?.flag ?? bar.parameter.name) + " "
          + sensitivityValue(bar.parameter, bar.low) + ".." + sensitivityValue(bar.parameter, bar.high),
        atLow: bar.horizonSavingsLow ?? .nan, atHigh: bar.horizonSavingsHigh ?? .nan)
    }
    return Chart(
      title: "What moves the savings most",
      summary:
        "Savings of self-hosting over \(horizonMonths) months with each input at its low and its high value, every "
        + "other input at its base; the longest bars matter most.",
      x: ChartAxis("Savings over \(horizonMonths) months", unit: "USD", kind: .money, includesZero: false),
      y: ChartAxis("Input", unit: "low..high", kind: .integer),
      content: .tornado(base: r.baseHorizonSavings, bars: Array(bars)),
      notes: ["Base savings: \(Format.money(r.baseHorizonSavings)); negative savings mean the API is cheaper."])
  }

  /// The histogram of horizon savings over the samples of a simulation, with a bin edge at zero.
  public static func distribution(_ r: SimulationResult, horizonMonths: Int) -> Chart {
    var notes = [
      "Self-hosting is cheaper over the horizon in \(Format.percent(r.probabilitySelfHostedCheaperHorizon)) of "
        + "\(Format.count(Double(r.samples - r.invalidSamples))) samples (seed \(r.seed))."
    ]
    if let s = r.summaries[.horizonSavings] {
      notes.append(
        "Savings P10 \(Format.compactMoney(s.p10)), median \(Format.compactMoney(s.p50)), P90 \(Format.compactMoney(s.p90))."
      )
    }
    return Chart(
      title: "Savings over \(horizonMonths) months across samples",
      summary:
        "A histogram of self-hosting's savings over the horizon in a Monte Carlo simulation; bars left of zero are "
        + "samples where the API is cheaper.",
      x: ChartAxis("Savings over \(horizonMonths) months", unit: "USD", kind: .money, includesZero: true),
      y: ChartAxis("Samples", unit: "", kind: .integer),
      content: .histogram(edges: r.histogramEdges, counts: r.histogramCounts),
      notes: notes)
  }
}
