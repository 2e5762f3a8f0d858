import Testing

@testable import PlanKit

/// The windows of the parts of a quarter: the quarter's first, middle and last month.
struct DatePrecisionWindowTests {
  let parser = DateParser()

  @Test(arguments: [
    ("begin Q3 2023", "2023-07-01", "2023-08-01"),
    ("medio Q3 2023", "2023-08-01", "2023-09-01"),
    ("eind Q2 2023", "2023-06-01", "2023-07-01"),
    ("winter 2023/2024", "2023-12-01", "2024-03-01"),
    ("2023-W36", "2023-09-04", "2023-09-11"),
  ])
  func definesTheWindowOfAVagueDate(_ phrase: String, _ first: String, _ end: String) throws {
    let date = try parser.parse(phrase)
    #expect(date.day.iso == first)
    #expect(date.windowEnd.iso == end)
  }

  @Test func startsPartsOfQuartersOnlyOnTheirMonth() {
    let may = Day(year: 2023, month: 5, day: 1)!
    #expect(DatePrecision.midQuarter.isWindowStart(may))
    #expect(!DatePrecision.earlyQuarter.isWindowStart(may))
    #expect(!DatePrecision.lateQuarter.isWindowStart(may))
    #expect(!DatePrecision.lateQuarter.isWindowStart(Day(year: 2023, month: 6, day: 2)!))
  }

  /// (phrase, inclusive, exclusive end, shown as an end)
  @Test(arguments: [
    ("eind Q2 2023", false, "2023-07-01", "t/m Q2 2023"),
    ("eind Q2 2023", true, "2023-07-01", "t/m Q2 2023"),
    ("begin Q3 2023", false, "2023-07-01", "begin Q3 2023"),
    ("begin Q3 2023", true, "2023-08-01", "t/m juli 2023"),
    ("medio Q3 2023", false, "2023-08-16", "16 aug. 2023"),
  ])
  func readsAPartOfAQuarterAsAnEnd(
    _ phrase: String, _ inclusive: Bool, _ end: String, _ shown: String
  ) throws {
    let date = try parser.parse(phrase).asEnd(inclusive: inclusive)
    #expect(date.day.iso == end)
    let text = date.endsWindow ? "t/m " + date.endText(.nl) : date.text(.nl)
    #expect(text == shown)
  }

  @Test func keepsAPartOfAQuarterAfterAShiftByWholeQuarters() {
    #expect(DatePrecision.lateQuarter.after(PlanDuration(3, .months)) == .lateQuarter)
    #expect(DatePrecision.lateQuarter.after(PlanDuration(1, .months)) == .month)
    #expect(DatePrecision.lateQuarter.after(PlanDuration(2, .weeks)) == .day)
  }

  @Test func writesAMonthInFullAndADayAbbreviated() throws {
    #expect(try parser.parse("1 sept. 2022").text(.nl) == "1 sept. 2022")
    #expect(try parser.parse("sep 2022").text(.nl) == "september 2022")
    #expect(try parser.parse("1 mrt 2022").text(.nl) == "1 mrt. 2022")
    #expect(try parser.parse("mrt 2022").text(.nl) == "maart 2022")
    #expect(try parser.parse("mrt 2022").text(.en) == "March 2022")
    #expect(try parser.parse("1 mrt 2022").text(.en) == "1 Mar 2022")
  }
}
