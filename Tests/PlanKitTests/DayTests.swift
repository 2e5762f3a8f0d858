import Testing

@testable import PlanKit

struct DayTests {
  @Test func roundTripsEveryDayOfFourHundredYears() {
    var day = Day(year: 2000, month: 1, day: 1)!
    var expected = (2000, 1, 1)
    for _ in 0..<146_097 {
      let (y, m, d) = day.civil
      #expect(y == expected.0 && m == expected.1 && d == expected.2)
      if y != expected.0 || m != expected.1 || d != expected.2 { return }
      day = day.adding(days: 1)
      expected.2 += 1
      if expected.2 > Day.daysIn(year: expected.0, month: expected.1) {
        expected.2 = 1
        expected.1 += 1
        if expected.1 > 12 {
          expected.1 = 1
          expected.0 += 1
        }
      }
    }
  }

  @Test func countsFromTheUnixEpoch() {
    #expect(Day(year: 1970, month: 1, day: 1)!.raw == 0)
    #expect(Day(year: 2024, month: 1, day: 1)!.raw == 19_723)
  }

  @Test func knowsTheWeekday() {
    #expect(Day(year: 2024, month: 1, day: 1)!.weekday == 1)
    #expect(Day(year: 2025, month: 4, day: 27)!.weekday == 7)
    #expect(Day(year: 2021, month: 3, day: 2)!.weekday == 2)
  }

  @Test func clampsMonthArithmeticToTheMonthEnd() {
    let jan31 = Day(year: 2024, month: 1, day: 31)!
    #expect(jan31.adding(months: 1).iso == "2024-02-29")
    #expect(Day(year: 2023, month: 1, day: 31)!.adding(months: 1).iso == "2023-02-28")
    #expect(jan31.adding(months: 3).iso == "2024-04-30")
    #expect(jan31.adding(months: -2).iso == "2023-11-30")
    #expect(Day(year: 2023, month: 7, day: 1)!.adding(months: 6).iso == "2024-01-01")
    #expect(Day(year: 2024, month: 2, day: 29)!.adding(months: 12).iso == "2025-02-28")
  }

  @Test func rejectsDaysThatDoNotExist() {
    #expect(Day(year: 2023, month: 2, day: 29) == nil)
    #expect(Day(year: 2022, month: 13, day: 1) == nil)
    #expect(Day(year: 2022, month: 4, day: 31) == nil)
    #expect(Day(year: 1900, month: 2, day: 29) == nil)
    #expect(Day(year: 2000, month: 2, day: 29) != nil)
  }

  @Test func readsOnlyStrictISO() {
    #expect(Day(iso: "2022-05-01")?.iso == "2022-05-01")
    #expect(Day(iso: "2022-5-1") == nil)
    #expect(Day(iso: "2022-02-30") == nil)
    #expect(Day(iso: "") == nil)
  }

  @Test func findsISOWeeks() {
    #expect(Day.mondayOf(isoWeek: 1, year: 2021)?.iso == "2021-01-04")
    #expect(Day.mondayOf(isoWeek: 53, year: 2020)?.iso == "2020-12-28")
    #expect(Day.mondayOf(isoWeek: 53, year: 2021) == nil)
    #expect(Day(year: 2021, month: 1, day: 3)!.isoWeek == (53, 2020))
  }
}
