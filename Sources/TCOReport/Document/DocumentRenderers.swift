extension Document {
  /// The document for a terminal: 80 columns, aligned tables, no markup.
  public func renderText(ascii: Bool = false) -> String {
    var out = wrap(title, rest: "  ")
    for block in blocks {
      let lines = Self.text(block, ascii: ascii)
      guard !lines.isEmpty else { continue }
      out.append("")
      out += lines
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The document as GitHub-flavoured Markdown, for a PR comment or a wiki.
  public func renderMarkdown() -> String {
    var out = ["## " + Self.escapeMarkdown(title)]
    for block in blocks {
      let lines = Self.markdown(block)
      guard !lines.isEmpty else { continue }
      out.append("")
      out += lines
    }
    return out.joined(separator: "\n") + "\n"
  }

  static func text(_ block: Block, ascii: Bool = false) -> [String] {
    switch block {
    case .heading(let title): return [title.uppercased()]
    case .chart(let chart): return chart.renderText(ascii: ascii)
    case .paragraph(let s, _): return wrap(s)
    case .bullets(let items): return items.flatMap { wrap($0, first: "  - ", rest: "    ") }
    case .keyFigures(let figures): return wrap(figures.map { "\($0.label): \($0.value)" }.joined(separator: " · "))
    case .preformatted(let lines): return lines
    case .only(let format, let inner): return format == .text ? text(inner, ascii: ascii) : []
    case .prerendered(let t, _): return t.isEmpty ? [] : t.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    case .table(let t):
      guard let first = t.columns.first else { return [] }
      var c = Columns(labelWidth: first.width, columnWidths: t.columns.dropFirst().map(\.width))
      c.row(first.title.uppercased(), t.columns.dropFirst().map(\.title))
      for (i, row) in t.rows.enumerated() {
        let status = t.status.map { $0[i] ? "PASS " : "FAIL " } ?? ""
        let label = status + (row.first ?? "")
        let cells = Array(row.dropFirst())
        if label.count > first.width - 1 {
          c.lines.append(label)
          c.row("", cells)
        } else {
          c.row(label, cells)
        }
      }
      return c.lines
    }
  }

  static func markdown(_ block: Block) -> [String] {
    switch block {
    case .heading(let title): return ["### " + escapeMarkdown(title)]
    case .chart(let chart): return ["```text"] + chart.renderText() + ["```"]
    case .paragraph(let s, let emphasis): return [emphasis ? "**\(escapeMarkdown(s))**" : escapeMarkdown(s)]
    case .bullets(let items): return items.map { "- " + escapeMarkdown($0) }
    case .keyFigures(let figures):
      return [figures.map { "\(escapeMarkdown($0.label)): **\(escapeMarkdown($0.value))**" }.joined(separator: " · ")]
    case .preformatted(let lines): return ["```"] + lines + ["```"]
    case .only(let format, let inner): return format == .markdown ? markdown(inner) : []
    case .prerendered(_, let m):
      return m.isEmpty ? [] : m.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    case .table(let t):
      let marks = t.status != nil
      var header = "|" + (marks ? " |" : "")
      var rule = "|" + (marks ? "---|" : "")
      for column in t.columns {
        header += " \(escapeMarkdown(column.title)) |"
        rule += column.alignment == .right ? "---:|" : "---|"
      }
      var lines = [header, rule]
      for (i, row) in t.rows.enumerated() {
        var line = "|" + (t.status.map { $0[i] ? " ✅ |" : " ❌ |" } ?? "")
        for cell in row { line += " \(escapeMarkdown(cell)) |" }
        lines.append(line)
      }
      return lines
    }
  }

  /// Text from input (a profile's name, an id) made safe in Markdown: table pipes escaped.
  static func escapeMarkdown(_ s: String) -> String {
    s.contains("|") ? s.replacingOccurrencesOfPipe() : s
  }
}

extension String {
  func replacingOccurrencesOfPipe() -> String {
    var out = ""
    for ch in self { out += ch == "|" ? "\\|" : String(ch) }
    return out
  }
}
