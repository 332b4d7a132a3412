import TCOData
import TCOModel

extension Document {
  /// The document as one self-contained HTML page: inline CSS, charts as inline SVG, no script,
  /// font or network fetch (a Content-Security-Policy forbids them). The markup is also
  /// well-formed XML (XHTML-compatible), every piece of text escaped. It reads on a phone
  /// (tables and charts scroll sideways) and prints on A4 and Letter.
  ///
  /// - Parameter footer: a line at the end of the page (the generator and the catalog date).
  public func renderHTML(footer: String = "") -> String {
    var out: [String] = [
      "<!DOCTYPE html>",
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">",
      "<head>",
      "<meta charset=\"utf-8\"/>",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>",
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>",
      "<title>\(escapeXML(title))</title>",
      "<style>", Self.css, "</style>",
      "</head>",
      "<body>",
      "<header><h1>\(escapeXML(title))</h1></header>",
      "<main>",
    ]
    var inSection = false
    var charts = 0
    for block in blocks {
      if case .heading(let heading) = block {
        if inSection { out.append("</section>") }
        let id = Self.slug(heading)
        out.append("<section id=\"\(id)\"\(id == "warnings" ? " class=\"warnings\"" : "")>")
        out.append("<h2>\(escapeXML(heading))</h2>")
        inSection = true
        continue
      }
      out += Self.html(block, charts: &charts)
    }
    if inSection { out.append("</section>") }
    out.append("</main>")
    if !footer.isEmpty { out.append("<footer><p>\(escapeXML(footer))</p></footer>") }
    out += ["</body>", "</html>"]
    return out.joined(separator: "\n") + "\n"
  }

  /// "Break-even volume" → "break-even-volume".
  static func slug(_ s: String) -> String {
    var out = ""
    for ch in s.lowercased() {
      if ch.isASCII && (ch.isLetter || ch.isNumber) {
        out.append(ch)
      } else if !out.isEmpty && !out.hasSuffix("-") {
        out.append("-")
      }
    }
    while out.hasSuffix("-") { out.removeLast() }
    return out.isEmpty ? "section" : out
  }

  static func html(_ block: Block, charts: inout Int) -> [String] {
    switch block {
    case .paragraph(let s, let emphasis):
      return [emphasis ? "<p class=\"lead\"><strong>\(escapeXML(s))</strong></p>" : "<p>\(escapeXML(s))</p>"]
    case .bullets(let items):
      return ["<ul>"] + items.map { "<li>\(escapeXML($0))</li>" } + ["</ul>"]
    case .keyFigures(let figures):
      return ["<ul class=\"figures\">"]
        + figures.map { "<li><span>\(escapeXML($0.label))</span> <b>\(escapeXML($0.value))</b></li>" } + ["</ul>"]
    case .preformatted(let lines):
      return ["<pre>" + escapeXML(lines.joined(separator: "\n")) + "</pre>"]
    case .only(let format, let inner):
      return format == .html ? html(inner, charts: &charts) : []
    case .prerendered(let text, _):
      return text.isEmpty ? [] : ["<pre>" + escapeXML(text) + "</pre>"]
    case .heading(let title):
      return ["<h2>\(escapeXML(title))</h2>"]
    case .chart(let chart):
      charts += 1
      return ["<figure class=\"chartbox\">", chart.renderSVG(id: "chart\(charts)", standalone: false), "</figure>"]
    case .table(let t):
      var out = ["<div class=\"scroll\"><table>", "<thead><tr>"]
      if t.status != nil { out.append("<th>Check</th>") }
      for c in t.columns {
        out.append("<th\(c.alignment == .right ? " class=\"num\"" : "")>\(escapeXML(c.title))</th>")
      }
      out.append("</tr></thead>")
      out.append("<tbody>")
      for (i, row) in t.rows.enumerated() {
        var line = "<tr>"
        if let status = t.status { line += status[i] ? "<td class=\"pass\">PASS</td>" : "<td class=\"fail\">FAIL</td>" }
        for (j, cell) in row.enumerated() {
          let right = j < t.columns.count && t.columns[j].alignment == .right
          let strong = j == 0 && (cell.hasPrefix("Year ") || cell == "Total")
          line += "<td\(right ? " class=\"num\"" : "")>\(strong ? "<b>\(escapeXML(cell))</b>" : escapeXML(cell))</td>"
        }
        out.append(line + "</tr>")
      }
      out.append("</tbody></table></div>")
      return out
    }
  }

  /// The page's style: readable type, tables that scroll on a phone, print rules for A4 and Letter.
  static let css = """
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%}
    body{margin:0 auto;max-width:62rem;padding:1.5rem 1.25rem 3rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#111;background:#fff}
    h1{font-size:1.8rem;line-height:1.25;margin:0 0 .25rem}
    h2{font-size:1.3rem;line-height:1.3;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid #0072B2}
    p{margin:.5rem 0;max-width:48rem}
    p.lead{font-size:1.2rem;line-height:1.45}
    ul{padding-left:1.4rem}
    li{margin:.2rem 0}
    ul.figures{display:flex;flex-wrap:wrap;gap:.5rem .75rem;list-style:none;padding:0;margin:.75rem 0}
    ul.figures li{border:1px solid #BBB;border-radius:6px;padding:.35rem .7rem;margin:0}
    ul.figures span{display:block;font-size:.85rem;color:#444}
    ul.figures b{font-size:1.1rem}
    .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.5rem 0}
    table{border-collapse:collapse;font-variant-numeric:tabular-nums}
    th,td{padding:.3rem .65rem;border-bottom:1px solid #DDD;text-align:left;vertical-align:top}
    thead th{border-bottom:2px solid #333;white-space:nowrap}
    .num{text-align:right;white-space:nowrap}
    td.pass{color:#006B4F;font-weight:700}
    td.fail{color:#B54700;font-weight:700}
    figure{margin:1rem 0}
    svg.chart{display:block;width:100%;height:auto;max-width:60rem}
    pre{overflow-x:auto;background:#F4F4F4;padding:.6rem;font-size:.85rem;line-height:1.3}
    section.warnings{border-left:6px solid #D55E00;background:#FFF4EC;padding:.1rem 1rem .4rem;margin-top:1.5rem}
    section.warnings h2{border-bottom:none}
    footer{margin-top:2.5rem;color:#444;font-size:.9rem;border-top:1px solid #CCC}
    @media (max-width:40rem){
    body{padding:1rem .8rem 2rem;font-size:15px}
    h1{font-size:1.45rem}
    p.lead{font-size:1.08rem}
    figure.chartbox{overflow-x:auto;-webkit-overflow-scrolling:touch}
    figure.chartbox svg.chart{min-width:34rem}
    }
    @page{margin:14mm}
    @media print{
    body{max-width:none;padding:0;font-size:10pt}
    h2{break-after:avoid;page-break-after:avoid}
    figure,tr,ul.figures li,section.warnings li{break-inside:avoid;page-break-inside:avoid}
    thead{display:table-header-group}
    .scroll,figure.chartbox{overflow:visible}
    figure.chartbox svg.chart{min-width:0;max-height:125mm;width:auto;max-width:100%;margin:0 auto}
    table{width:100%}
    td,th{padding:.15rem .4rem}
    section.warnings{background:none}
    }
    """
}
