/// One line of a line-by-line edit script: kept, removed from the expected text, or added in the actual one.
enum LineEdit: Equatable {
  case same(String)
  case removed(String)
  case added(String)
}

/// The lines of `text`, each with its "\n" terminator if it has one (so a missing final newline is a difference).
func terminatedLines(_ text: String) -> [String] {
  var lines: [String] = []
  var current = ""
  for character in text {
    current.append(character)
    if character == "\n" {
      lines.append(current)
      current = ""
    }
  }
  if !current.isEmpty { lines.append(current) }
  return lines
}

/// A shortest edit script from `a` to `b` (Myers' O((N+M)·D) greedy algorithm).
///
/// Removals come before additions within a changed run, as `diff -u` prints them.
func lineEdits(_ a: [String], _ b: [String]) -> [LineEdit] {
  let n = a.count
  let m = b.count
  let limit = n + m
  // v[offset + k]: the furthest x reached on diagonal k = x − y.
  let offset = limit + 1
  var v = [Int](repeating: 0, count: 2 * limit + 3)
  // trace[d]: v on diagonals −d−1…d+1 as it was before step d.
  var trace: [[Int]] = []
  var finished = false
  for d in 0...limit {
    trace.append(Array(v[(offset - d - 1)...(offset + d + 1)]))
    for k in stride(from: -d, through: d, by: 2) {
      var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
      var y = x - k
      while x < n, y < m, a[x] == b[y] {
        x += 1
        y += 1
      }
      v[offset + k] = x
      if x >= n && y >= m {
        finished = true
        break
      }
    }
    if finished { break }
  }
  // Walk back from (n, m) through the saved steps.
  var edits: [LineEdit] = []
  var x = n
  var y = m
  for d in stride(from: trace.count - 1, through: 0, by: -1) {
    let saved = trace[d]
    func at(_ k: Int) -> Int { saved[k + d + 1] }
    let k = x - y
    let previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
    let previousX = at(previousK)
    let previousY = previousX - previousK
    while x > previousX && y > previousY {
      edits.append(.same(a[x - 1]))
      x -= 1
      y -= 1
    }
    if d > 0 {
      if x == previousX {
        edits.append(.added(b[y - 1]))
      } else {
        edits.append(.removed(a[x - 1]))
      }
    }
    x = previousX
    y = previousY
  }
  return normalized(edits.reversed())
}

/// The edits with each run of changes written as its removals, then its additions.
private func normalized(_ edits: [LineEdit]) -> [LineEdit] {
  var result: [LineEdit] = []
  var removed: [LineEdit] = []
  var added: [LineEdit] = []
  func flush() {
    result += removed + added
    removed = []
    added = []
  }
  for edit in edits {
    switch edit {
    case .same:
      flush()
      result.append(edit)
    case .removed: removed.append(edit)
    case .added: added.append(edit)
    }
  }
  flush()
  return result
}

/// A unified diff of two texts (`--- expected`, `+++ actual`, `@@` hunks with `context` lines around each change),
/// or "" when they are equal.
///
/// A line that does not end in a newline is followed by `\ No newline at end of file`, as in `diff -u`.
/// The diff is cut after `maxLines` lines, with a last line saying how many were left out.
func unifiedDiff(expected: String, actual: String, context: Int = 3, maxLines: Int = 200) -> String {
  if expected == actual { return "" }
  let edits = lineEdits(terminatedLines(expected), terminatedLines(actual))
  // Positions (in `edits`) of the changes, grouped into hunks whose context would touch or overlap.
  let changes = edits.indices.filter { !(edits[$0].inExpected && edits[$0].inActual) }
  var groups: [ClosedRange<Int>] = []
  for index in changes {
    if let last = groups.last, index - last.upperBound <= 2 * context + 1 {
      groups[groups.count - 1] = last.lowerBound...index
    } else {
      groups.append(index...index)
    }
  }
  // Line numbers (0-based) in each text before each edit.
  var oldLine = [Int](repeating: 0, count: edits.count + 1)
  var newLine = [Int](repeating: 0, count: edits.count + 1)
  for (i, edit) in edits.enumerated() {
    oldLine[i + 1] = oldLine[i] + (edit.inExpected ? 1 : 0)
    newLine[i + 1] = newLine[i] + (edit.inActual ? 1 : 0)
  }
  var out = ["--- expected", "+++ actual"]
  for group in groups {
    let start = max(0, group.lowerBound - context)
    let end = min(edits.count - 1, group.upperBound + context)
    let oldCount = oldLine[end + 1] - oldLine[start]
    let newCount = newLine[end + 1] - newLine[start]
    out.append("@@ -\(range(oldLine[start], oldCount)) +\(range(newLine[start], newCount)) @@")
    for edit in edits[start...end] {
      let (mark, text): (String, String) =
        switch edit {
        case .same(let t): (" ", t)
        case .removed(let t): ("-", t)
        case .added(let t): ("+", t)
        }
      if text.hasSuffix("\n") {
        out.append(mark + text.dropLast())
      } else {
        out.append(mark + text)
        out.append("\\ No newline at end of file")
      }
    }
  }
  if out.count > maxLines {
    let left = out.count - maxLines
    out = Array(out.prefix(maxLines)) + ["... \(left) more diff line\(left == 1 ? "" : "s") not shown"]
  }
  return out.joined(separator: "\n") + "\n"
}

/// `start,count` of a hunk header, 1-based as `diff -u` writes it: an empty range names the line before it.
private func range(_ start: Int, _ count: Int) -> String {
  switch count {
  case 0: return "\(start),0"
  case 1: return "\(start + 1)"
  default: return "\(start + 1),\(count)"
  }
}

extension LineEdit {
  /// Whether the line is in the expected text (kept or removed).
  var inExpected: Bool { if case .added = self { false } else { true } }

  /// Whether the line is in the actual text (kept or added).
  var inActual: Bool { if case .removed = self { false } else { true } }
}
