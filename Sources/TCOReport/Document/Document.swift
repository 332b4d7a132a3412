/// A report as a reader sees it: a title and blocks (paragraphs, tables, key figures, lists,
/// series), rendered to text for a terminal, to Markdown, and later to HTML and SVG.
///
/// Commands build a `Document` from a result; the renderers decide layout. A block may be meant
/// for some formats only (a terminal gets a closing count, Markdown a summary first).
public struct Document: Sendable {
  public var title: String
  public var blocks: [Block]

  public init(title: String, blocks: [Block] = []) {
    self.title = title
    self.blocks = blocks
  }
}

/// The formats a document renders to.
public enum DocumentFormat: Sendable, Equatable {
  case text, markdown, html
}

/// One block of a document.
public indirect enum Block: Sendable {
  /// A paragraph; `emphasis` makes it bold in Markdown.
  case paragraph(String, emphasis: Bool = false)
  /// A table with typed columns.
  case table(DocumentTable)
  /// A bulleted list.
  case bullets([String])
  /// Labelled key figures on one line: "Break-even: **456M tokens/day** · Payback: **month 3**".
  case keyFigures([(label: String, value: String)])
  /// Lines of preformatted text (a chart, a derivation), kept as they are.
  case preformatted([String])
  /// A block for some formats only.
  case only(DocumentFormat, Block)
  /// Text already laid out for each format by an older renderer (kept until it is ported).
  case prerendered(text: String, markdown: String)
  /// A section heading: the blocks after it, up to the next heading, are its section.
  case heading(String)
  /// A chart: a plot in a terminal (in a code block in Markdown), inline SVG in HTML.
  case chart(Chart)
}

/// A table: columns with a title and an alignment, rows of cells, and optionally a pass/fail
/// status per row (PASS/FAIL in text, a mark in Markdown).
public struct DocumentTable: Sendable {
  public enum Alignment: Sendable { case left, right }

  public struct Column: Sendable {
    public var title: String
    public var alignment: Alignment
    /// Width in a terminal (the first column: the label width; longer labels take a line of their own).
    public var width: Int

    public init(_ title: String, _ alignment: Alignment, width: Int) {
      self.title = title
      self.alignment = alignment
      self.width = width
    }
  }

  public var columns: [Column]
  public var rows: [[String]]
  /// Pass or fail per row, when the table lists checks.
  public var status: [Bool]?

  public init(columns: [Column], rows: [[String]], status: [Bool]? = nil) {
    self.columns = columns
    self.rows = rows
    self.status = status
  }
}
