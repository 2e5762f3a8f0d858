import Testing

@testable import PlanKit

struct WorkdayTableTests {
  static let table = WorkdayTable(WorkCalendar(), years: 2021...2027)

  func day(_ iso: String) -> Day { Day(iso: iso)! }

  @Test func skipsWeekendsAndEaster() {
    // Thursday 17 april 2025, before Goede Vrijdag (a working day for municipal staff),
    // Easter, and Tweede Paasdag.
    let t = Self.table
    #expect(t.isWorkingDay(day("2025-04-18")))
    #expect(!t.isWorkingDay(day("2025-04-21")))
    #expect(t.advance(day("2025-04-17"), by: 2).iso == "2025-04-19")
    #expect(t.advance(day("2025-04-17"), by: 3).iso == "2025-04-23")
    #expect(t.count(from: day("2025-04-14"), to: day("2025-04-28")) == 9)
  }

  @Test func countsGoodFridayOnlyUnderTheAtw() {
    let atw = WorkdayTable(WorkCalendar(holidays: .atw), years: 2025...2025)
    #expect(!atw.isWorkingDay(day("2025-04-18")))
    #expect(atw.count(from: day("2025-04-14"), to: day("2025-04-28")) == 8)
  }

  @Test func leavesTheMondayAfterKingsDayOnASundayAlone() {
    // 27 april 2025 is a Sunday: Koningsdag is on Saturday the 26th, and Monday is a working
    // day; nothing moves to a weekday.
    let t = Self.table
    #expect(!t.isWorkingDay(day("2025-04-26")) && !t.isWorkingDay(day("2025-04-27")))
    #expect(t.isWorkingDay(day("2025-04-28")))
    #expect(t.count(from: day("2025-04-24"), to: day("2025-04-30")) == 4)
    // In 2023 Koningsdag falls on a Thursday and costs a working day.
    #expect(!t.isWorkingDay(day("2023-04-27")))
    #expect(t.count(from: day("2023-04-24"), to: day("2023-05-01")) == 4)
  }

  @Test func skipsChristmasAndNewYear() {
    let t = Self.table
    // Friday 22 december 2023: Christmas on Monday and Tuesday, New Year on Monday.
    #expect(t.advance(day("2023-12-22"), by: 1).iso == "2023-12-23")
    #expect(t.advance(day("2023-12-22"), by: 2).iso == "2023-12-28")
    #expect(t.advance(day("2023-12-22"), by: 6).iso == "2024-01-04")
    #expect(t.nextWorkingDay(onOrAfter: day("2023-12-23")).iso == "2023-12-27")
  }

  @Test func goesBackwardsToAWorkingDay() {
    let t = Self.table
    #expect(t.advance(day("2023-12-27"), by: -1).iso == "2023-12-22")
    #expect(t.advance(day("2024-01-02"), by: -3).iso == "2023-12-27")
    #expect(t.advance(day("2024-01-02"), by: 0).iso == "2024-01-02")
  }

  @Test func treatsClosingDaysAsDaysOff() {
    let closing = Closing(days: day("2022-12-27")..<day("2023-01-02"), title: "Kerstsluiting")
    let t = WorkdayTable(WorkCalendar(closings: [closing]), years: 2022...2023)
    #expect(t.nextWorkingDay(onOrAfter: day("2022-12-24")).iso == "2023-01-02")
    #expect(t.count(from: day("2022-12-19"), to: day("2023-01-09")) == 10)
  }

  @Test func agreesWithTheSlowCalendarOutsideItsYears() {
    let narrow = WorkdayTable(WorkCalendar(), years: 2024...2024)
    let wide = WorkdayTable(WorkCalendar(), years: 2020...2030)
    let start = day("2023-11-20")
    for n in [-30, -1, 0, 1, 5, 40, 300] {
      #expect(narrow.advance(start, by: n) == wide.advance(start, by: n), "n = \(n)")
    }
    #expect(
      narrow.count(from: start, to: day("2025-02-03"))
        == wide.count(from: start, to: day("2025-02-03")))
    #expect(narrow.nextWorkingDay(onOrAfter: day("2025-12-25")).iso == "2025-12-29")
  }

  @Test func keepsOnlyTheDaysOffOfAWideSpan() {
    // A date typed as 4044 for 2044 and a closing of a century: a run per weekday holiday and
    // one for the closing, not a number per day of two thousand years.
    let start = Day(year: 2100, month: 1, day: 1)!
    let century = Closing(days: start..<Day(year: 2200, month: 1, day: 1)!)
    let table = WorkdayTable(WorkCalendar(closings: [century]), years: 2022...4044)
    #expect(table.starts.count < 9 * (4044 - 2022 + 1))
    #expect(!table.isWorkingDay(Day(year: 2150, month: 6, day: 3)!))
    #expect(table.count(from: start, to: start.adding(days: 36_524)) == 0)
    #expect(table.isWorkingDay(Day(year: 4044, month: 3, day: 1)!))
  }

  @Test func answersFarFromItsYearsAndStopsAtTheEdgesOfTime() {
    let t = Self.table
    let (a, b, c) = (day("2024-01-01"), day("3000-06-15"), day("4515-01-01"))
    #expect(t.count(from: a, to: c) == t.count(from: a, to: b) + t.count(from: b, to: c))
    #expect(t.count(from: a, to: t.advance(a, by: 500_000)) == 500_000)
    #expect(t.count(from: c, to: t.advance(c, by: -1_000)) == -1_000)
    #expect(t.nextWorkingDay(onOrAfter: c).iso == "4515-01-02")
    let last = day("9999-12-31")
    #expect(t.advance(last, by: 10) == last)
    #expect(t.advance(day("1000-01-05"), by: -10).iso == "1000-01-01")
    #expect(t.advance(a, by: .max) == last && t.advance(a, by: .min).iso == "1000-01-01")
    #expect(
      t.count(from: day("9999-12-20"), to: last.adding(days: 30))
        == t.count(from: day("9999-12-20"), to: last.adding(days: 1)))
  }

  @Test func reusesAnEarlierTableOnlyWhenItFits() {
    let earlier = WorkdayTable(WorkCalendar(), years: 2020...2040)
    let same = WorkdayTable(WorkCalendar(), planYears: 2022...2024, reusing: earlier)
    #expect(same.years == 2020...2040)
    let later = WorkdayTable(WorkCalendar(), planYears: 2022...2035, reusing: earlier)
    #expect(later.years == 2021...2045)
    let atw = WorkdayTable(WorkCalendar(holidays: .atw), planYears: 2022...2024, reusing: earlier)
    #expect(atw.years == 2021...2034 && !atw.isWorkingDay(day("2024-03-29")))
  }

  @Test func listsTheWeekdaysOffInOrder() {
    let closing = Closing(days: day("2022-12-27")..<day("2023-01-04"))
    let t = WorkdayTable(WorkCalendar(closings: [closing]), years: 2022...2023)
    var days: [String] = []
    t.weekdaysOff(in: day("2022-12-20")..<day("2023-01-03")) { days.append($0.iso) }
    // Christmas on Sunday and Monday: the Monday; the closing's weekdays, New Year on a Sunday
    // inside it; nothing from 3 January on.
    #expect(
      days == ["2022-12-26", "2022-12-27", "2022-12-28", "2022-12-29", "2022-12-30", "2023-01-02"])
  }

  /// The days kept day by day (`WorkdayTable.Dense`) answer what the runs answer: every day of
  /// the table's years and a month either side, on calendars with closings that overlap, touch
  /// and run past the years.
  @Test func answersDayByDayAsItsRunsDo() {
    let closings = [
      Closing(days: day("2021-12-20")..<day("2022-01-10")),
      Closing(days: day("2023-05-01")..<day("2023-05-06")),
      Closing(days: day("2023-05-06")..<day("2023-05-20")),
      Closing(days: day("2023-05-10")..<day("2023-06-02")),
      Closing(days: day("2024-02-10")..<day("2024-02-11")),
      Closing(days: day("2025-12-29")..<day("2026-02-01")),
    ]
    let calendars = [
      WorkCalendar(), WorkCalendar(holidays: .atw), WorkCalendar(closings: closings),
      WorkCalendar(holidays: .atw, closings: closings),
    ]
    var differences: [String] = []
    for calendar in calendars {
      let dense = WorkdayTable(calendar, years: 2022...2025)
      let runs = WorkdayTable(calendar, years: 2022...2025, dense: false)
      #expect(dense.dense != nil && runs.dense == nil)
      var day = self.day("2021-12-01")
      while day < self.day("2026-02-01") {
        if dense.isWorkingDay(day) != runs.isWorkingDay(day) { differences.append("\(day.iso)") }
        if dense.nextWorkingDay(onOrAfter: day) != runs.nextWorkingDay(onOrAfter: day) {
          differences.append("next \(day.iso)")
        }
        for n in [-400, -21, -5, -1, 0, 1, 2, 5, 21, 400] {
          if dense.advance(day, by: n) != runs.advance(day, by: n) {
            differences.append("\(day.iso) + \(n)")
          }
        }
        for other in [day, day.adding(days: 1), day.adding(days: 40), day.adding(days: -300)] {
          if dense.count(from: day, to: other) != runs.count(from: day, to: other) {
            differences.append("\(day.iso) to \(other.iso)")
          }
        }
        day = day.adding(days: 1)
      }
    }
    #expect(differences.isEmpty, "\(differences.prefix(10))")
  }
}
