import TCOData
import TCOModel

extension Schedule {
  /// The schedule for a terminal or Markdown: one row a month (volume, replicas, GPUs, GPUs bought,
  /// both routes' cash, savings, cumulative savings) with a subtotal after each year, then the cash
  /// components of both routes year by year.
  public func document(name: String?) -> Document {
    var d = Document(title: "llm-tco compare --schedule" + (name.map { ": \($0)" } ?? ""))
    d.blocks.append(
      .paragraph(
        "Cash month by month over \(months.count) months; month 0 is the first month. Each figure is rounded to the "
          + "cent so that the months add up exactly to the totals."
          + (buy
            ? " GPUs bought: +n new, nR replacements of GPUs at the end of their \(lifetimeMonths)-month life." : "")
      ))
    var rows: [[String]] = []
    var cumulative = 0.0
    for (y, year) in years.enumerated() {
      for m in months where m.month / 12 == y {
        var bought = m.gpusBought > 0 ? "+\(m.gpusBought)" : ""
        if m.gpusReplaced > 0 { bought += (bought.isEmpty ? "" : " ") + "\(m.gpusReplaced)R" }
        cumulative = m.cumulativeSavings
        rows.append(
          [
            "\(m.month)", Format.count(m.tokensPerDay), "\(m.replicas)", "\(buy ? m.gpusOwned : m.gpus)",
          ] + (buy ? [bought] : []) + [
            Format.money(m.apiCash), Format.money(m.selfHostedCash), Format.money(m.savings), Format.money(cumulative),
          ])
      }
      if buy && y == years.count - 1 && endCredit != 0 {
        cumulative += endCredit
        rows.append(
          ["Credit", "", "", ""] + [""] + [
            "", Format.money(-endCredit), Format.money(endCredit), Format.money(cumulative),
          ])
      }
      rows.append(
        ["Year \(year.year)", "", "", ""] + (buy ? [""] : []) + [
          Format.money(year.api), Format.money(year.selfHosted), Format.money(year.api - year.selfHosted), "",
        ])
    }
    rows.append(
      ["Total", "", "", ""] + (buy ? [""] : []) + [
        Format.money(apiTotal), Format.money(selfHostedTotal), Format.money(apiTotal - selfHostedTotal), "",
      ])
    var columns: [DocumentTable.Column] = [
      .init("Month", .left, width: 7), .init("Tokens/d", .right, width: 8), .init("Repl.", .right, width: 6),
      .init("GPUs", .right, width: 5),
    ]
    if buy { columns.append(.init("Bought", .right, width: 7)) }
    columns += [
      .init("API", .right, width: 10), .init("Self-hosted", .right, width: 12), .init("Savings", .right, width: 10),
      .init("Cumulative", .right, width: 12),
    ]
    d.blocks.append(.table(DocumentTable(columns: columns, rows: rows)))
    d.blocks += componentBlocks()
    return d
  }

  /// The cash components of both routes by year: a table of at most four years at a time.
  func componentBlocks() -> [Block] {
    let all = years
    var blocks: [Block] = []
    for start in Swift.stride(from: 0, to: all.count, by: 4) {
      let chunk = Array(all[start..<min(start + 4, all.count)])
      var rows: [[String]] = []
      func add(_ route: String, _ component: ScheduleComponent, _ value: (ScheduleMonth) -> Double?) {
        let sums = chunk.map { y in months.filter { $0.month / 12 + 1 == y.year }.reduce(0) { $0 + (value($1) ?? 0) } }
        guard sums.contains(where: { $0 != 0 }) else { return }
        rows.append(["\(route): \(component.title)"] + sums.map(Format.money))
      }
      for c in ScheduleComponent.api { add("API", c) { $0.api[c] } }
      for c in selfHostedComponents { add("Self-hosted", c) { $0.selfHosted[c] } }
      if buy, endCredit != 0, chunk.last?.year == all.last?.year {
        rows.append(
          ["Self-hosted: book value credit"] + chunk.map { $0.year == all.last?.year ? Format.money(-endCredit) : "" })
      }
      let columns =
        [DocumentTable.Column("Cash by component", .left, width: 34)]
        + chunk.map { DocumentTable.Column("Year \($0.year)", .right, width: 11) }
      blocks.append(.table(DocumentTable(columns: columns, rows: rows)))
    }
    return blocks
  }

  /// Every month as CSV, every component a column; a last row holds the end-of-horizon credit
  /// (buy), so each money column adds up to its horizon total.
  public func csv() -> String {
    let own = selfHostedComponents
    var header = ["month", "year", "tokensPerDay", "replicas", "gpus", "gpusOwned", "gpusBought", "gpusReplaced"]
    header += ScheduleComponent.api.map { "api." + $0.rawValue } + ["apiCash"]
    header += own.map { "selfHosted." + $0.rawValue } + ["selfHosted.endCredit", "selfHostedCash"]
    header += ["savings", "cumulativeSavings"]
    var lines = [header.joined(separator: ",")]
    let cents = { (x: Double) in Format.fixed(x, 2) }
    for m in months {
      var cells = [
        "\(m.month)", "\(m.month / 12 + 1)", Format.number(Format.roundSignificant(m.tokensPerDay, 9)), "\(m.replicas)",
        "\(m.gpus)", "\(m.gpusOwned)", "\(m.gpusBought)", "\(m.gpusReplaced)",
      ]
      cells += ScheduleComponent.api.map { cents(m.api[$0] ?? 0) } + [cents(m.apiCash)]
      cells += own.map { cents(m.selfHosted[$0] ?? 0) } + ["0.00", cents(m.selfHostedCash)]
      cells += [cents(m.savings), cents(m.cumulativeSavings)]
      lines.append(cells.joined(separator: ","))
    }
    if endCredit != 0 {
      var cells = ["\(months.count)", "\((months.count - 1) / 12 + 1)", "", "", "", "", "", ""]
      cells += ScheduleComponent.api.map { _ in "" } + ["0.00"]
      cells += own.map { _ in "" } + [cents(-endCredit), cents(-endCredit)]
      cells += [cents(endCredit), cents((months.last?.cumulativeSavings ?? 0) + endCredit)]
      lines.append(cells.joined(separator: ","))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The schedule as JSON: a member of the compare result.
  public var json: JSONValue {
    let own = selfHostedComponents
    let rows: [JSONValue] = months.map { m in
      J.obj([
        ("month", J.int(m.month)), ("tokensPerDay", J.num(m.tokensPerDay)), ("replicas", J.int(m.replicas)),
        ("gpus", J.int(m.gpus)), ("gpusOwned", J.int(m.gpusOwned)), ("gpusBought", J.int(m.gpusBought)),
        ("gpusReplaced", J.int(m.gpusReplaced)),
        ("api", J.obj(ScheduleComponent.api.map { ($0.rawValue, J.money(m.api[$0] ?? 0)) })),
        ("selfHosted", J.obj(own.map { ($0.rawValue, J.money(m.selfHosted[$0] ?? 0)) })),
        ("apiCash", J.money(m.apiCash)), ("selfHostedCash", J.money(m.selfHostedCash)),
        ("savings", J.money(m.savings)), ("cumulativeSavings", J.money(m.cumulativeSavings)),
      ])
    }
    return J.obj([
      ("months", .array(rows)), ("endOfHorizonCredit", J.money(endCredit)), ("apiTotal", J.money(apiTotal)),
      ("selfHostedTotal", J.money(selfHostedTotal)),
    ])
  }
}
