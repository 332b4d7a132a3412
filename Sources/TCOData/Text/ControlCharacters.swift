/// Whether `text` holds a character that `escapingControlCharacters(text, keepNewlines:)` would
/// rewrite: C0 controls (but a newline and a tab when `keepNewlines`), DEL, or C1 controls
/// (U+0080 to U+009F).
///
/// A check of the UTF-8 bytes eight at a time, so that a report of many megabytes that has no
/// control character (the usual case) is passed on in about one instruction per byte
/// (`escapingControlCharacters` checks this first).
public func containsControlCharacters(_ text: String, keepNewlines: Bool = true) -> Bool {
  var text = text
  return text.withUTF8 { bytes in
    let raw = UnsafeRawBufferPointer(bytes)
    let count = bytes.count
    /// The byte at `i` is a control character (a C1 control is 0xC2 then 0x80 to 0x9F).
    func isControl(_ i: Int) -> Bool {
      let b = bytes[i]
      if b < 0x20 { return !(keepNewlines && (b == 0x0A || b == 0x09)) }
      if b == 0x7F { return true }
      return b == 0xC2 && i + 1 < count && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F
    }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let low7 = 0x7F &* ones
    /// 0x80 in each byte of `x` that is zero, exactly (no carries between bytes).
    func zeroBytes(_ x: UInt64) -> UInt64 { ~(((x & low7) &+ low7) | x | low7) }
    var i = 0
    while i + 8 <= count {
      let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
      var flagged = zeroBytes(w & (0xE0 &* ones))
      if keepNewlines { flagged &= ~zeroBytes(w ^ (0x0A &* ones)) & ~zeroBytes(w ^ (0x09 &* ones)) }
      flagged |= zeroBytes(w ^ (0x7F &* ones)) | zeroBytes(w ^ (0xC2 &* ones))
      if flagged != 0 {
        for k in i..<(i + 8) where isControl(k) { return true }
      }
      i += 8
    }
    while i < count {
      if isControl(i) { return true }
      i += 1
    }
    return false
  }
}
