import Testing

@testable import PlanKit

/// The dates and journal records written as bytes say what interpolation said.
struct TextWritingTests {
  @Test func writesEveryDayOfAYearAsInterpolationDid() {
    var day = Day(year: 2024, month: 1, day: 1)!
    for _ in 0..<366 {
      let (y, m, d) = day.civil
      #expect(day.text(.nl) == "\(d) \(DateWords.dayMonthsNL[m - 1]) \(y)")
      #expect(day.text(.en) == "\(d) \(DateWords.dayMonthsEN[m - 1]) \(y)")
      day = day.adding(days: 1)
    }
    #expect(Day(year: 2022, month: 9, day: 1)!.text(.nl) == "1 sept. 2022")
  }

  @Test func writesJournalRecordsAsStringsDid() {
    let a = PlanDiff.Span(
      start: PlanDate(Day(year: 2022, month: 9, day: 1)!),
      end: PlanDate(Day(year: 2023, month: 7, day: 1)!), milestone: false)
    let m = PlanDiff.Span(
      start: PlanDate(Day(year: 2023, month: 1, day: 5)!),
      end: PlanDate(Day(year: 2023, month: 1, day: 5)!), milestone: true)
    let changes = [
      PlanDiff.Change(id: "r1.inkoopprocedure", before: a, after: m),
      PlanDiff.Change(id: "r1.gunning", before: nil, after: m),
      PlanDiff.Change(id: "r1.x", before: a, after: nil),
      PlanDiff.Change(id: "r1.y", before: nil, after: nil),
    ]
    for change in changes { #expect(change.record == change.slowRecord) }
    #expect(changes[0].record == "r1.inkoopprocedure 2022-09-01/2023-07-01 → 2023-01-05")
    // A year of five digits is written by the slow path.
    let far = PlanDiff.Span(
      start: PlanDate(Day(raw: 3_000_000)), end: PlanDate(Day(raw: 3_000_000)), milestone: true)
    let record = PlanDiff.Change(id: "r1.z", before: nil, after: far).record
    #expect(record == "+ r1.z " + far.iso)
  }
}
