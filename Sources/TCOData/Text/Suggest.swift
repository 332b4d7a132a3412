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
/// Ranked in tiers: a candidate equal but for case; one that starts with the word; one that
/// contains it; one sharing whole words or contained in the word (split at `-`, `_`,
/// `.`: `gpu-hourly-price` shares two with `gpu-hourly-rate`, one with `gpu`); then edit distance
/// up to a third of the candidate's length (at least 2). Within a tier, more shared words, then
/// smaller edit distance, then the order of `candidates`.
public func closestMatches(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
  // No name is this long: a huge word gets no suggestion rather than seconds of edit distances.
  guard word.utf8.count <= 128 else { return [] }
  let lowered = word.lowercased()
  func words(_ s: String) -> Set<Substring> { Set(s.split(whereSeparator: { "-_. ".contains($0) })) }
  let typedWords = words(lowered)
  var scored: [(tier: Int, shared: Int, distance: Int, index: Int, name: String)] = []
  for (index, candidate) in candidates.enumerated() {
    let c = candidate.lowercased()
    let distance = editDistance(lowered, c)
    let shared = typedWords.intersection(words(c)).count
    let tier: Int
    if c == lowered {
      tier = 0
    } else if lowered.count >= 2 && c.hasPrefix(lowered) {
      tier = 1
    } else if lowered.count >= 3 && c.contains(lowered) {
      tier = 2
    } else if (shared > 0 && typedWords.count > 1) || (c.count >= 3 && lowered.contains(c)) {
      tier = 3
    } else if distance <= max(2, c.count / 3) {
      tier = 4
    } else {
      continue
    }
    scored.append((tier, shared, distance, index, candidate))
  }
  scored.sort { ($0.tier, -$0.shared, $0.distance, $0.index) < ($1.tier, -$1.shared, $1.distance, $1.index) }
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

/// Text from the input as a message quotes it: control characters made visible, and at most
/// `limit` characters (then "…"), so a hostile value cannot flood or drive the terminal.
public func shownInput(_ text: String, limit: Int = 60) -> String {
  let cut = text.count > limit ? String(text.prefix(limit)) + "…" : text
  return escapingControlCharacters(cut, keepNewlines: false)
}

/// `text` with every control character but a newline and a tab (C0, DEL, C1) written as a visible
/// escape (`\u{1B}`), so output never carries raw terminal controls.
public func escapingControlCharacters(_ text: String, keepNewlines: Bool = true) -> String {
  func isControl(_ v: UInt32) -> Bool { v < 0x20 || (v >= 0x7F && v < 0xA0) }
  // A whole report usually has none: checked eight bytes at a time.
  guard containsControlCharacters(text, keepNewlines: keepNewlines) else { return text }
  var out = String.UnicodeScalarView()
  for scalar in text.unicodeScalars {
    if isControl(scalar.value) && !(keepNewlines && (scalar == "\n" || scalar == "\t")) {
      let hex = String(scalar.value, radix: 16, uppercase: true)
      out.append(contentsOf: "\\u{\(hex)}".unicodeScalars)
    } else {
      out.append(scalar)
    }
  }
  return String(out)
}
