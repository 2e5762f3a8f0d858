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
}
