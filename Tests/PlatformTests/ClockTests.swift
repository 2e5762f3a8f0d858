import Testing

@testable import Platform

/// The journal's time is written once a second and kept: a second asked again gets the text
/// made for it, another second a new one, and the clock's text has the journal's form.
struct ClockTests {
  @Test func keepsASecondsTextUntilTheSecondChanges() {
    let last = LastSecond()
    var made = 0
    func text(_ second: Int) -> String {
      last.text(at: second) {
        made += 1
        return "t\(second)"
      }
    }
    for second in [5, 5, 5, 6, 6, 5, 9, 9] {
      #expect(text(second) == "t\(second)")
    }
    #expect(made == 4)
  }

  @Test func writesTheTimeAsTheJournalKeepsIt() {
    let time = SystemTime()
    let first = time.now()
    let second = time.now()
    for text in [first, second] {
      #expect(text.utf8.count == 20 && text.hasSuffix("Z"))
      #expect(Array(text.utf8)[10] == UInt8(ascii: "T"))
    }
    // Asked twice in a row, within a second or just across one.
    #expect(first <= second)
  }
}
