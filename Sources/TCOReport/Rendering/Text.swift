import TCOModel
import TCOData
/// Plain-text layout helpers: wrapping, padding, aligned columns. ASCII widths only.

/// Wraps `text` to `width` columns; the first line starts with `first`, the others with `rest`.
public func wrap(_ text: String, width: Int = 80, first: String = "", rest: String? = nil) -> [String] {
  let continuation = rest ?? String(repeating: " ", count: first.count)
  // The words are split at space bytes and each line's width is kept as words join it, which is
  // exact when every space is a character of its own: no space follows a prefix character or
  // precedes a combining one (checked conservatively; otherwise every candidate line is counted).
  func joinsBefore(_ s: Unicode.Scalar) -> Bool {
    guard !s.isASCII else { return false }
    switch s.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .format: return true
    default: return s.properties.isGraphemeExtend || (0x1F3FB...0x1F3FF).contains(s.value)
    }
  }
  func joinsAfter(_ s: Unicode.Scalar) -> Bool {
    !s.isASCII && (s.properties.generalCategory == .format || (0x0D00...0x11FFF).contains(s.value))
  }
  var previous: Unicode.Scalar?
  for scalar in text.unicodeScalars {
    if previous == " " && joinsBefore(scalar) || scalar == " " && previous.map(joinsAfter) == true {
      return wrapCharacters(text, width: width, first: first, continuation: continuation)
    }
    previous = scalar
  }
  var lines: [String] = []
  var line = first
  var count = 0
  var lineHasWord = false
  let bytes = text.utf8
  var i = bytes.startIndex
  while i != bytes.endIndex {
    guard bytes[i] != UInt8(ascii: " ") else {
      i = bytes.index(after: i)
      continue
    }
    var j = i
    while j != bytes.endIndex && bytes[j] != UInt8(ascii: " ") { j = bytes.index(after: j) }
    let word = text[i..<j]
    if !lineHasWord {
      line += word
      count = line.count
    } else {
      let words = word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? word.utf8.count : word.count
      if count + 1 + words > width {
        lines.append(line)
        line = continuation + word
        count = line.count
      } else {
        line += " " + word
        count += 1 + words
      }
    }
    lineHasWord = true
    i = j
  }
  lines.append(line)
  return lines
}

/// `wrap` for any text: a word joins the line while the joined line has at most `width`
/// characters (counted whole, since a word may join the character before it).
private func wrapCharacters(_ text: String, width: Int, first: String, continuation: String) -> [String] {
  var lines: [String] = []
  var line = first
  var lineHasWord = false
  for word in text.split(separator: " ", omittingEmptySubsequences: true) {
    let candidate = lineHasWord ? line + " " + word : line + word
    if lineHasWord && candidate.count > width {
      lines.append(line)
      line = continuation + word
    } else {
      line = candidate
    }
    lineHasWord = true
  }
  lines.append(line)
  return lines
}

public func padRight(_ s: String, _ width: Int) -> String {
  s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
}

public func padLeft(_ s: String, _ width: Int) -> String {
  s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
}

/// Rows of a label column and right-aligned value columns.
public struct Columns {
  public var labelWidth: Int
  public var columnWidths: [Int]
  public var lines: [String] = []

  public init(labelWidth: Int, columnWidths: [Int]) {
    self.labelWidth = labelWidth
    self.columnWidths = columnWidths
  }

  /// Adds a row: each cell ends at its column's right edge even when the label or an earlier
  /// cell is wider than its column (the overflow takes the padding of the cells after it); a
  /// cell that cannot end there follows the text before it after one space, never touching it
  /// (a cell that starts with spaces brings its own).
  public mutating func row(_ label: String, _ cells: [String]) {
    var line = padRight(label, labelWidth)
    var end = labelWidth
    for (i, cell) in cells.enumerated() where i < columnWidths.count {
      end += columnWidths[i]
      guard !cell.isEmpty else { continue }
      let gap = line.isEmpty || line.hasSuffix(" ") || cell.hasPrefix(" ") ? 0 : 1
      line = padRight(line, max(end - cell.count, line.count + gap)) + cell
    }
    while line.hasSuffix(" ") { line.removeLast() }
    lines.append(line)
  }
}

/// A WARNINGS section for a terminal report (nothing when there are none), after a blank line.
public func warningLines(_ warnings: [String]) -> [String] {
  guard !warnings.isEmpty else { return [] }
  return ["", "WARNINGS"] + warnings.flatMap { wrap($0, first: "  - ", rest: "    ") }
}

/// The warnings as a Markdown list under a bold heading (nothing when there are none).
public func warningMarkdown(_ warnings: [String]) -> [String] {
  guard !warnings.isEmpty else { return [] }
  return ["", "**Warnings**", ""] + warnings.map { "- \($0)" }
}
