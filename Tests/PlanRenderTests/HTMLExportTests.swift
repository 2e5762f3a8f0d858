import PlanKit
import Testing

@testable import PlanRender

struct HTMLExportTests {
  @Test func writesOneSelfContainedPrintablePage() {
    let html = HTMLExport.render(GanttChartTests.designPlan, language: .nl, today: nil)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
    #expect(html.contains("@page { size: A4 landscape"))
    #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("<script"))
    #expect(html.components(separatedBy: "<rect class=\"bar\"").count == 4)
    #expect(html.components(separatedBy: "<polygon class=\"milestone\"").count == 2)
  }

  @Test func escapesEveryText() {
    let html = HTMLExport.render(ExportFixtures.plan, language: .nl, today: nil)
    #expect(!html.contains("<script>alert"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!html.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
  }

  @Test func drawsTodayWhenItFalls() {
    let today = Day(year: 2023, month: 3, day: 1)!
    #expect(
      HTMLExport.render(GanttChartTests.designPlan, language: .nl, today: today).contains(
        "class=\"today\""))
    #expect(
      !HTMLExport.render(GanttChartTests.designPlan, language: .nl, today: nil).contains(
        "class=\"today\""))
  }

  @Test func drawsAMonthGridThatThinsOutOverCenturies() {
    let design = HTMLExport.render(GanttChartTests.designPlan, language: .nl, today: nil)
    // May 2022 through January 2024: a line and a name for each of the 21 months.
    #expect(design.components(separatedBy: "<line class=\"grid\"").count - 1 == 21)
    #expect(design.contains(">mei</text>") && design.contains(">2023</text>"))

    // A milestone typed in 9999: a line per fifty years or so, labels on round years.
    var wide = GanttChartTests.designPlan
    wide.lots[0].items[3].start = PlanDate(Day(year: 9999, month: 12, day: 31)!)
    wide.lots[0].items[3].end = wide.lots[0].items[3].start
    let html = HTMLExport.render(wide, language: .nl, today: nil)
    let lines = html.components(separatedBy: "<line class=\"grid\"").count - 1
    #expect((100...250).contains(lines), "\(lines) grid lines")
    #expect(html.contains(">2022</text>") && html.contains(">5000</text>"))
    #expect(!html.contains(">2023</text>") && !html.contains(">mei</text>"))
    #expect(html.utf8.count < 40_000)
  }
}
