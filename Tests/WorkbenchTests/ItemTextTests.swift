import PlanKit
import Testing

@testable import Workbench

/// A generator from a seed, so that a failing case comes back the same.
private struct SplitMix: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// An item's dates are written as bytes for dates given to the day: the text is the one its
/// period's and length's phrases give, for dates of every precision, lengths of every kind
/// and both languages.
struct ItemTextTests {
  @Test func writesDatesAsTheirPhrasesDo() {
    var random = SplitMix(state: 15)
    let base = Day(year: 2020, month: 1, day: 1)!
    let precisions = DatePrecision.allCases
    let units = PlanDuration.Unit.allCases
    var failures = 0
    for _ in 0..<20_000 where failures < 5 {
      let start = base.adding(days: Int.random(in: -40_000...40_000, using: &random))
      let end = start.adding(days: Int.random(in: -30...3_000, using: &random))
      // A date lies in a window of its precision: a day in none is given to the day.
      func precision(of day: Day) -> DatePrecision {
        let chosen = Bool.random(using: &random) ? .day : precisions.randomElement(using: &random)!
        return chosen.windowStart(of: day) != nil ? chosen : .day
      }
      let startPrecision = precision(of: start)
      let endPrecision = precision(of: end)
      var item = Item(
        id: "r1.x", type: Bool.random(using: &random) ? .phase : .milestone, kind: "fase",
        start: PlanDate(start, startPrecision), end: PlanDate(end, endPrecision))
      switch Int.random(in: 0..<3, using: &random) {
      case 0: item.length = .point
      case 1: break
      default:
        item.length = .duration(
          PlanDuration(
            Int.random(in: -3...300, using: &random), units.randomElement(using: &random)!))
      }
      for language in [Language.nl, .en] {
        var text = TextBytes(capacity: 4)
        CommandContext.writeDates(item, language, into: &text)
        let expected = CommandContext.datesAsPhrases(item, language)
        if text.text != expected { failures += 1 }
        #expect(text.text == expected)
      }
    }
  }

  @Test func writesDaysOutsideTheUsualYearsAsTheirTextDoes() {
    let first = Day(year: 1000, month: 1, day: 1)!
    let last = Day(year: 9999, month: 12, day: 31)!
    for offset in stride(from: -800, through: 800, by: 7) {
      for day in [first.adding(days: offset), last.adding(days: offset)] {
        for language in [Language.nl, .en] {
          var text = TextBytes(capacity: 4)
          text.append(day: day, language)
          #expect(text.text == day.text(language))
        }
      }
    }
  }

  @Test func writesNumbersAsStringDoes() {
    var numbers = [0, 1, -1, Int.max, Int.min, Int.max - 1, Int.min + 1]
    var power = 1
    for _ in 0..<18 {
      power *= 10
      numbers += [power - 1, power, power + 1, -power + 1, -power, -power - 1]
    }
    for number in numbers {
      var text = TextBytes(capacity: 1)
      text.append("n=")
      text.append(number: number)
      #expect(text.text == "n=\(number)")
    }
  }
}
