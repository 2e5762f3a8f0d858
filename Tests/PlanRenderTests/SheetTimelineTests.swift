import PlanKit
import Testing

@testable import PlanRender

struct SheetTimelineTests {
  static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

  @Test func findsTheColumnsABarCoversAndClipsItToTheChart() {
    let timeline = SheetTimeline(
      span: Self.day(2023, 1, 1)..<Self.day(2023, 7, 1), chosen: .month, language: .nl)
    #expect(timeline.columns.map(\.label) == ["jan.", "feb.", "mrt.", "apr.", "mei", "jun."])
    #expect(timeline.columns(of: Self.day(2023, 2, 15)..<Self.day(2023, 4, 1)) == 1...2)
    #expect(timeline.columns(of: Self.day(2022, 6, 1)..<Self.day(2023, 2, 2)) == 0...1)
    #expect(timeline.columns(of: Self.day(2023, 6, 30)..<Self.day(2024, 1, 1)) == 5...5)
    #expect(timeline.columns(of: Self.day(2024, 1, 1)..<Self.day(2024, 2, 1)) == nil)
    #expect(timeline.column(of: Self.day(2023, 3, 31)) == 2)
  }

  @Test func fitsTheUnitToTheSpanAndGivesWayWhenASheetHasNoRoom() {
    let weeks = SheetTimeline(
      span: Self.day(2023, 1, 2)..<Self.day(2023, 4, 1), chosen: nil, language: .nl)
    #expect(weeks.unit == .week && weeks.columns.first?.label == "1")
    let quarters = SheetTimeline(
      span: Self.day(2017, 1, 1)..<Self.day(2021, 1, 1), chosen: nil, language: .en)
    #expect(quarters.unit == .quarter && quarters.columns.count == 16)
    let years = SheetTimeline(
      span: Self.day(1000, 1, 1)..<Self.day(9000, 1, 1), chosen: .week, language: .nl)
    #expect(years.unit == .year && years.columns.count == 8000)
    #expect(SheetTimeline.short(2005) == "’05")
  }
}
