import Testing

@testable import PlanKit

/// An end read and shown the Dutch way: `tot eind 2023` ends with 2023, `tot medio 2023` about
/// 1 July, `t/m maart` takes March in, a plain `tot DATUM` runs up to DATUM as the seeds use
/// it; a coarse end is shown as the last window it includes.
struct PlanDateEndTests {
  let parser = DateParser(today: Day(year: 2026, month: 1, day: 1)!)

  func end(_ text: String, inclusive: Bool = false) throws -> PlanDate {
    try parser.parse(text).asEnd(inclusive: inclusive)
  }

  @Test(arguments: [
    ("eind 2023", false, "2024-01-01"), ("eind februari 2023", false, "2023-03-01"),
    ("medio 2023", false, "2023-07-01"), ("medio maart 2023", false, "2023-03-16"),
    ("begin maart 2023", false, "2023-03-01"), ("1 sept. 2022", false, "2022-09-01"),
    ("2021", false, "2021-01-01"), ("maart 2023", false, "2023-03-01"),
    ("maart 2023", true, "2023-04-01"), ("31 aug 2022", true, "2022-09-01"),
    ("Q2 2022", true, "2022-07-01"), ("najaar 2021", true, "2021-12-01"),
    ("2020", true, "2021-01-01"), ("eind 2023", true, "2024-01-01"),
    ("begin maart 2023", true, "2023-03-11"), ("medio 2023", true, "2023-08-01"),
  ])
  func readsAnEndTheDutchWay(_ text: String, _ inclusive: Bool, _ iso: String) throws {
    #expect(try end(text, inclusive: inclusive).day.iso == iso, "\(text)")
  }

  @Test func showsACoarseEndAsTheLastWindowItIncludes() throws {
    #expect(try end("2020", inclusive: true).endText(.nl) == "2020")
    #expect(try end("2021").endText(.nl) == "2020")
    #expect(try end("maart 2023", inclusive: true).endText(.nl) == "maart 2023")
    #expect(try end("eind 2023").closingText(.nl) == "eind 2023")
    #expect(try end("Q2 2022", inclusive: true).endText(.en) == "Q2 2022")
    #expect(try end("1 sept. 2022").endText(.nl) == "1 sept. 2022")
    let y2017 = PlanDate(Day(year: 2017, month: 1, day: 1)!, .year)
    #expect(PlanDate.period(y2017, try end("2021"), .nl) == "2017 – 2020")
    let day = PlanDate(Day(year: 2023, month: 1, day: 1)!)
    #expect(PlanDate.period(day, try end("eind 2023"), .nl) == "1 jan. 2023 – eind 2023")
    let autumn = PlanDate(Day(year: 2021, month: 9, day: 1)!, .season)
    #expect(PlanDate.period(autumn, try end("najaar 2021", inclusive: true), .nl) == "najaar 2021")
  }

  /// "tot eind december 2023" closes 2023 too, and was shown as "eind 2023", a part of the year
  /// that a start would read as November–December: an end in part of a month keeps its month.
  @Test func showsAnEndInPartOfDecemberAsDecember() throws {
    let day = PlanDate(Day(year: 2023, month: 1, day: 1)!)
    let late = try end("eind december 2023")
    #expect(late.day.iso == "2024-01-01" && late.precision == .month)
    #expect(PlanDate.period(day, late, .nl) == "1 jan. 2023 – eind december 2023")
    #expect(
      PlanDate.period(day, try end("eind december 2023", inclusive: true), .nl)
        == "1 jan. 2023 – eind december 2023")
    #expect(PlanDate.period(day, try end("eind 2023"), .nl) == "1 jan. 2023 – eind 2023")
    #expect(
      PlanDate.period(day, try end("eind november 2023"), .en)
        == "1 Jan 2023 – end of November 2023")
    #expect(try end("medio december 2023", inclusive: true).day.iso == "2023-12-21")
  }
}
