import Foundation
import Testing

/// The diff printed when a golden file differs (the expected outputs are written by hand in `diff -u` form).
@Suite("Unified diff of golden mismatches")
struct UnifiedDiffTests {
  /// "1\n2\n…\n<count>\n" with the given lines replaced.
  func numbered(_ count: Int, replacing changes: [Int: String] = [:]) -> String {
    (1...count).map { (changes[$0] ?? "\($0)") + "\n" }.joined()
  }

  @Test("Equal texts give no diff")
  func equal() {
    #expect(unifiedDiff(expected: "a\nb\n", actual: "a\nb\n") == "")
    #expect(unifiedDiff(expected: "", actual: "") == "")
  }

  @Test("One changed line: a hunk with three lines of context on each side")
  func oneChange() {
    let diff = unifiedDiff(expected: numbered(10), actual: numbered(10, replacing: [5: "five"]))
    #expect(
      diff == """
        --- expected
        +++ actual
        @@ -2,7 +2,7 @@
         2
         3
         4
        -5
        +five
         6
         7
         8

        """)
  }

  @Test("An added and a removed line shift the line numbers of the new text")
  func insertAndDelete() {
    #expect(
      unifiedDiff(expected: "a\nb\nc\n", actual: "a\nc\n") == """
        --- expected
        +++ actual
        @@ -1,3 +1,2 @@
         a
        -b
         c

        """)
    #expect(
      unifiedDiff(expected: "", actual: "x\ny\n") == """
        --- expected
        +++ actual
        @@ -0,0 +1,2 @@
        +x
        +y

        """)
    // Two lines inserted after line 6 of 12: the new text's hunk is two lines longer.
    let longer = numbered(12).replacingOccurrences(of: "6\n", with: "6\nnew 1\nnew 2\n")
    #expect(
      unifiedDiff(expected: numbered(12), actual: longer) == """
        --- expected
        +++ actual
        @@ -4,6 +4,8 @@
         4
         5
         6
        +new 1
        +new 2
         7
         8
         9

        """)
  }

  @Test("Changes six unchanged lines apart share a hunk; seven apart get two")
  func hunks() {
    // Lines 2 and 9 changed: 3…8 are six lines, so the contexts touch and one hunk covers 1…12.
    let merged = unifiedDiff(expected: numbered(20), actual: numbered(20, replacing: [2: "B", 9: "I"]))
    #expect(merged.split(separator: "\n").filter { $0.hasPrefix("@@") } == ["@@ -1,12 +1,12 @@"])
    // Lines 2 and 10: 1…5 and 7…13.
    let split = unifiedDiff(expected: numbered(20), actual: numbered(20, replacing: [2: "B", 10: "J"]))
    #expect(
      split == """
        --- expected
        +++ actual
        @@ -1,5 +1,5 @@
         1
        -2
        +B
         3
         4
         5
        @@ -7,7 +7,7 @@
         7
         8
         9
        -10
        +J
         11
         12
         13

        """)
  }

  @Test("A missing final newline is shown")
  func finalNewline() {
    #expect(
      unifiedDiff(expected: "a\nb\n", actual: "a\nb") == """
        --- expected
        +++ actual
        @@ -1,2 +1,2 @@
         a
        -b
        +b
        \\ No newline at end of file

        """)
  }

  @Test("A long diff is cut at the limit and says how much is left out")
  func capped() {
    let expected = (1...300).map { "old \($0)\n" }.joined()
    let actual = (1...300).map { "new \($0)\n" }.joined()
    let lines = unifiedDiff(expected: expected, actual: actual).split(separator: "\n")
    // Full diff: 2 headers + 1 hunk header + 300 removals + 300 additions = 603 lines.
    #expect(lines.count == 201)
    #expect(lines[2] == "@@ -1,300 +1,300 @@")
    #expect(lines[199] == "-old 197")
    #expect(lines[200] == "... 403 more diff lines not shown")
  }

  @Test("The edit script is a shortest one and rebuilds both texts")
  func shortest() {
    // Myers (1986), figure 1: ABCABBA → CBABAC takes 5 insertions and deletions.
    let a = "ABCABBA".map(String.init)
    let b = "CBABAC".map(String.init)
    let edits = lineEdits(a, b)
    #expect(edits.filter { !($0.inExpected && $0.inActual) }.count == 5)
    func lines(_ edit: LineEdit) -> String? {
      switch edit {
      case .same(let t), .removed(let t), .added(let t): return t
      }
    }
    #expect(edits.filter(\.inExpected).compactMap(lines) == a)
    #expect(edits.filter(\.inActual).compactMap(lines) == b)
    #expect(lineEdits([], []) == [])
    #expect(lineEdits(["x"], []) == [.removed("x")])
  }
}
