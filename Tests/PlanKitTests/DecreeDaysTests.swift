import Testing

@testable import PlanKit

/// The days a royal decree makes equal to holidays for the Atw: the published decrees as
/// they are, the pattern for the other years, only in the `atw` calendar.
struct DecreeDaysTests {
  @Test(arguments: Array(2017...2019) + Array(2023...2028))
  func projectsEveryPublishedDecreeExactly(_ year: Int) {
    #expect(DecreeDays.projected(year) == DecreeDays.days(in: year), "\(year)")
    #expect(DecreeDays.source(of: year) != nil)
  }

  @Test func listsThePublishedDaysWithTheirDecree() {
    #expect(DecreeDays.days(in: 2026).map(\.iso) == ["2026-01-02", "2026-05-15"])
    #expect(DecreeDays.days(in: 2018).map(\.iso) == ["2018-05-11", "2018-12-24", "2018-12-31"])
    #expect(
      DecreeDays.source(of: 2027)?.hasPrefix("Besluit gelijkstelling van 2 januari 2026") == true)
  }

  /// 2020–2022 have no decree here: the pattern gives the Friday after Hemelvaart (27 May
  /// 2022, as listed for 2022), and no bridge after Bevrijdingsdag on Thursday 5 May 2022.
  @Test func projectsTheYearsWithoutAKnownDecree() {
    #expect(DecreeDays.source(of: 2022) == nil)
    #expect(DecreeDays.days(in: 2022).map(\.iso) == ["2022-05-27"])
    // Hemelvaart on 7 May 2043: Wednesday 6 May too.
    #expect(DecreeDays.days(in: 2043).map(\.iso).contains("2043-05-06"))
  }

  @Test func countsForStatutoryPeriodsOnlyNotForStaff() {
    let friday = Day(year: 2025, month: 5, day: 30)!
    #expect(!WorkCalendar(holidays: .atw).isWorkingDay(friday))
    #expect(WorkCalendar(holidays: .gemeente).isWorkingDay(friday))
  }
}
