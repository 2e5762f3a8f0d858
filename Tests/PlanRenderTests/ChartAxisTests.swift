import PlanKit
import Testing

@testable import PlanRender

struct ChartAxisTests {
  static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

  @Test func namesEveryMonthOfATwoYearPlanInDutch() {
    let axis = ChartAxis(
      span: Self.day(2022, 5, 1)..<Self.day(2024, 1, 2), width: 460, language: .nl)
    #expect(axis.unit == .month)
    #expect(axis.range == Self.day(2022, 5, 1)..<Self.day(2024, 2, 1))
    #expect(axis.units.count == 21)
    #expect(axis.units.prefix(5).map(\.label) == ["mei", "jun", "jul", "aug", "sep"])
    #expect(axis.units[10].label == "mrt")
    #expect(axis.years.map(\.label) == ["2022", "2023", "2024"])
    #expect(
      axis.years.map(\.day) == [Self.day(2022, 5, 1), Self.day(2023, 1, 1), Self.day(2024, 1, 1)])
  }

  @Test func thinsMonthLabelsWhereMonthsAreNarrow() {
    let axis = ChartAxis(
      span: Self.day(2022, 1, 1)..<Self.day(2028, 1, 1), width: 560, language: .en)
    #expect(axis.unit == .month)
    #expect(
      axis.units.filter { !$0.label.isEmpty }.map(\.label).prefix(4) == [
        "Jan", "Apr", "Jul", "Oct",
      ])
  }

  @Test func choosesWeeksForAFewMonthsAndQuartersOrYearsForDecades() {
    let weeks = ChartAxis(
      span: Self.day(2022, 3, 2)..<Self.day(2022, 5, 1), width: 460, language: .nl)
    #expect(weeks.unit == .week)
    #expect(weeks.range.lowerBound == Self.day(2022, 2, 28))  // a Monday
    #expect(weeks.units.first?.label == "9")
    let quarters = ChartAxis(
      span: Self.day(2010, 1, 1)..<Self.day(2020, 1, 1), width: 460, language: .nl)
    #expect(quarters.unit == .quarter)
    #expect(quarters.range.lowerBound == Self.day(2010, 1, 1))
    let years = ChartAxis(
      span: Self.day(2020, 1, 1)..<Self.day(4044, 1, 1), width: 460, language: .nl)
    #expect(years.unit == .year && years.units.isEmpty)
    #expect(years.years.filter { !$0.label.isEmpty }.count < 40)
  }

  @Test func placesDaysInProportion() {
    let axis = ChartAxis(
      span: Self.day(2022, 1, 1)..<Self.day(2023, 1, 1), width: 365, language: .nl)
    #expect(axis.x(Self.day(2022, 1, 1)) == 0)
    #expect(axis.x(Self.day(2023, 1, 1)) == 365)
    #expect(axis.x(Self.day(2022, 1, 11)) == 10)
  }
}
