import PlanKit
import Testing

@testable import PlanRender

/// The text chart of the followed plan of `FollowedPlanTests`: done days full, days to do
/// lighter, a word after each bar that is not merely planned, the status date in the legend.
struct FollowedTextChartTests {
  static func chart(_ language: Language = .nl, style: GanttStyle = .unicode) -> GanttChart {
    var chart = GanttChart(language: language, style: style, width: 120)
    chart.scale = .month
    chart.today = FollowedPlanTests.today
    chart.status = FollowedPlanTests.today
    return chart
  }

  static func row(_ text: String, _ title: String) -> String {
    text.split(separator: "\n").first { $0.contains(title) }.map(String.init) ?? ""
  }

  @Test func fillsTheDoneDaysAndLightensTheDaysToDo() {
    let text = Self.chart().render(FollowedPlanTests.plan)
    let done = Self.row(text, "Voorbereiding")
    #expect(done.contains("█") && !done.contains("▓") && done.hasSuffix(" gereed"))
    // 40% of the inkoopprocedure: four of its ten months full, the rest lighter.
    let running = Self.row(text, "Inkoopprocedure")
    #expect(running.contains("████▓") && running.hasSuffix("▓ loopt 40%"))
    let late = Self.row(text, "Publicatie")
    #expect(late.hasSuffix("◆ te laat: 2 dagen"))
    let planned = Self.row(text, "Implementatie")
    #expect(planned.contains("▓") && !planned.contains("█") && !planned.contains("gepland"))
  }

  @Test func namesTheStatusDateAndTheMarksInTheLegend() {
    let legend = Self.chart().render(FollowedPlanTests.plan).split(separator: "\n").last ?? ""
    #expect(legend.contains("█▓ fase: gereed / nog te doen"))
    #expect(legend.contains("│ stand per 3 okt. 2022"))
    let english = Self.chart(.en, style: .ascii).render(FollowedPlanTests.plan)
    #expect(english.contains("#= phase: done / to do") && english.contains("| as of 3 Oct 2022"))
    #expect(Self.row(english, "Inkoopprocedure").hasSuffix("= running 40%"))
  }

  @Test func drawsAPlanNobodyFollowsAsBefore() {
    var chart = Self.chart()
    chart.status = nil
    let text = chart.render(GanttChartTests.designPlan)
    #expect(!text.contains("▓") && !text.contains("gereed") && text.contains("│ vandaag"))
  }

  @Test func putsTheWordsBeforeABarThatEndsAtTheRightEdge() {
    var chart = Self.chart()
    chart.range = FollowedPlanTests.day(2022, 1, 1)..<FollowedPlanTests.day(2022, 12, 1)
    let running = Self.row(chart.render(FollowedPlanTests.plan), "Inkoopprocedure")
    #expect(running.contains("loopt 40% █"))
  }
}
