import PlanKit
import Testing

@testable import PlanRender

struct TimeAxisTests {
  static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

  @Test func namesTheYearAPlanFillsWhenItStartsInLateDecember() {
    let axis = TimeAxis(
      scale: .week, span: Self.day(2022, 12, 26)..<Self.day(2023, 3, 1), width: 40)
    let (years, _) = axis.header(.nl)
    #expect(years.contains("2023"), "\(years)")
    #expect(!years.contains("2022"), "\(years)")
  }

  @Test func keepsTheFirstYearWhenItHasRoomForItsLabel() {
    let axis = TimeAxis(
      scale: .month, span: Self.day(2022, 5, 1)..<Self.day(2024, 1, 2), width: 60)
    let (years, _) = axis.header(.nl)
    #expect(years.contains("2022") && years.contains("2023"), "\(years)")
  }
}
