/// Edit distance with transpositions (optimal string alignment), case-insensitive.
func editDistance(_ a: String, _ b: String) -> Int {
  let x = Array(a.lowercased().unicodeScalars)
  let y = Array(b.lowercased().unicodeScalars)
  if x.isEmpty { return y.count }
  if y.isEmpty { return x.count }
  var previous2 = [Int](repeating: 0, count: y.count + 1)
  var previous = Array(0...y.count)
  var current = [Int](repeating: 0, count: y.count + 1)
  for i in 1...x.count {
    current[0] = i
    for j in 1...y.count {
      let cost = x[i - 1] == y[j - 1] ? 0 : 1
      var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
        best = min(best, previous2[j - 2] + 1)
      }
      current[j] = best
    }
    swap(&previous2, &previous)
    swap(&previous, &current)
  }
  return previous[y.count]
}

/// The candidates closest to `word`, best first, for a "Did you mean" hint.
///
/// A candidate qualifies when its edit distance is at most a third of its length (at least 2),
/// or when one string contains the other. Ties keep the order of `candidates`.
public func closestMatches(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
  let lowered = word.lowercased()
  var scored: [(distance: Int, index: Int, name: String)] = []
  for (index, candidate) in candidates.enumerated() {
    let distance = editDistance(word, candidate)
    let threshold = max(2, candidate.count / 3)
    let c = candidate.lowercased()
    let contains = lowered.count >= 3 && (c.contains(lowered) || lowered.contains(c))
    if distance <= threshold || contains {
      scored.append((contains ? min(distance, threshold) : distance, index, candidate))
    }
  }
  scored.sort { ($0.distance, $0.index) < ($1.distance, $1.index) }
  return scored.prefix(limit).map(\.name)
}

/// "'a'", "'a' or 'b'", "'a', 'b' or 'c'".
public func quotedList(_ items: [String], conjunction: String = "or") -> String {
  let quoted = items.map { "'\($0)'" }
  switch quoted.count {
  case 0: return ""
  case 1: return quoted[0]
  default: return quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + quoted.last!
  }
}
