import Testing

@testable import PlanKit

struct PlanDurationTests {
  static let valid: [(String, Int, PlanDuration.Unit)] = [
    ("6 maanden", 6, .months), ("1 maand", 1, .months), ("3 months", 3, .months),
    ("2 weken", 2, .weeks), ("1 week", 1, .weeks), ("10 dagen", 10, .days), ("1 dag", 1, .days),
    ("6m", 6, .months), ("2w", 2, .weeks), ("10d", 10, .days), ("+2m", 2, .months),
    ("-1w", -1, .weeks), ("+2 maanden", 2, .months), ("1 jaar", 1, .years), ("4 jaar", 4, .years),
    ("2y", 2, .years), ("6 mnd", 6, .months), ("-10 days", -10, .days),
    ("20 werkdagen", 20, .workingDays), ("20 wd", 20, .workingDays), ("20wd", 20, .workingDays),
    ("1 werkdag", 1, .workingDays), ("20 working days", 20, .workingDays),
    ("-3 business days", -3, .workingDays),
  ]

  @Test(arguments: valid)
  func readsDuration(_ text: String, _ amount: Int, _ unit: PlanDuration.Unit) throws {
    #expect(try DurationParser.parse(text) == PlanDuration(amount, unit))
  }

  static let invalid: [(String, String)] = [
    ("", "ontbreekt"), ("maanden", "geen duur"), ("6", "eenheid"), ("6 eons", "geen eenheid"),
    ("6x", "geen eenheid"), ("20 working", "geen eenheid"), ("60000 wd", "te lang"),
    ("2 maanden later", "hoort niet"), ("999999 dagen", "te lang"),
  ]

  @Test(arguments: invalid)
  func refusesDuration(_ text: String, _ fragment: String) {
    do {
      let duration = try DurationParser.parse(text)
      Issue.record("'\(text)' was read as \(duration)")
    } catch {
      #expect(error.message.nl.contains(fragment), "\(error.message.nl)")
    }
  }

  static let workdays = WorkdayTable(WorkCalendar(), years: 2020...2030)

  @Test func endsHalfOpenIntervals() throws {
    let start = PlanDate(Day(year: 2023, month: 7, day: 1)!)
    #expect(
      start.shifted(by: try DurationParser.parse("6 maanden"), in: Self.workdays).day.iso
        == "2024-01-01")
  }

  @Test func keepsMonthPrecisionAcrossMonthShifts() {
    let march = PlanDate(Day(year: 2022, month: 3, day: 1)!, .month)
    #expect(march.shifted(by: PlanDuration(2, .months), in: Self.workdays).text(.nl) == "mei 2022")
    #expect(
      march.shifted(by: PlanDuration(2, .weeks), in: Self.workdays).text(.nl) == "15 mrt. 2022")
    let q3 = PlanDate(Day(year: 2023, month: 7, day: 1)!, .quarter)
    #expect(q3.shifted(by: PlanDuration(3, .months), in: Self.workdays).text(.nl) == "Q4 2023")
    #expect(
      q3.shifted(by: PlanDuration(1, .months), in: Self.workdays).text(.nl) == "augustus 2023")
  }

  @Test func describesTheSpanBetweenTwoDays() {
    let d = { (y: Int, m: Int, dd: Int) in Day(year: y, month: m, day: dd)! }
    #expect(PlanDuration.between(d(2022, 5, 1), d(2022, 9, 1)) == PlanDuration(4, .months))
    #expect(PlanDuration.between(d(2023, 1, 1), d(2024, 1, 1)) == PlanDuration(1, .years))
    #expect(PlanDuration.between(d(2022, 5, 1), d(2022, 5, 15)) == PlanDuration(2, .weeks))
    #expect(PlanDuration.between(d(2022, 5, 1), d(2022, 5, 4)) == PlanDuration(3, .days))
    #expect(PlanDuration.between(d(2024, 1, 31), d(2024, 2, 29)) == PlanDuration(1, .months))
  }

  @Test func writesDurationsAndDeltas() {
    #expect(PlanDuration(6, .months).text(.nl) == "6 maanden")
    #expect(PlanDuration(1, .weeks).text(.en) == "1 week")
    #expect(PlanDuration(2, .months).delta(.nl) == "+2 mnd")
    #expect(PlanDuration(-1, .weeks).delta(.nl) == "-1 wk")
    #expect(PlanDuration(20, .workingDays).text(.nl) == "20 werkdagen")
    #expect(PlanDuration(1, .workingDays).text(.en) == "1 working day")
    #expect(PlanDuration(5, .workingDays).delta(.en) == "+5 wd")
  }
}
