import Testing

@testable import PlanKit

/// The set the checks of one change keep: an array while small, hashed once it grows.
struct SmallSetTests {
  @Test func keepsEachElementOnceInTheOrderInsertedWhateverItsSize() {
    for count in [3, SmallSet<Int>.arrayLimit, SmallSet<Int>.arrayLimit + 1, 200] {
      var set = SmallSet<Int>()
      for n in 0..<count {
        let first = set.insert(n * 7 % count)
        let again = set.insert(n * 7 % count)
        #expect(first && !again)
      }
      #expect(set.count == Set((0..<count).map { $0 * 7 % count }).count)
      #expect(set.elements == (0..<count).map { $0 * 7 % count })
      #expect((0..<count).allSatisfy(set.contains))
      #expect(!set.contains(count))
    }
  }

  @Test func startsFromASequenceWithoutItsRepeats() {
    let set = SmallSet(["a", "b", "a", "c", "b"])
    #expect(set.elements == ["a", "b", "c"])
  }
}

/// Dates as files and journals write them.
struct ISODateTests {
  @Test func writesEveryDayOfTheSupportedYearsAsYearMonthDay() {
    for year in [1000, 1999, 2024, 9999] {
      for (month, day) in [(1, 1), (2, 29), (12, 31), (9, 9)] {
        guard let date = Day(year: year, month: month, day: day) else { continue }
        let expected =
          String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-"
          + (day < 10 ? "0" : "") + String(day)
        #expect(date.iso == expected)
        #expect(Day(iso: date.iso) == date)
      }
    }
  }
}
