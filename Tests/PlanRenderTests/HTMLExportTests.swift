import PlanKit
import Testing

@testable import PlanRender

struct HTMLExportTests {
  static func page(
    _ plan: Plan = GanttChartTests.designPlan, today: Day? = nil, critical: Set<String> = [],
    options: ChartOptions = ChartOptions()
  ) -> String {
    HTMLExport.render(
      ChartContent(plan, language: .nl, today: today, critical: critical, options: options),
      plan: plan)
  }

  @Test func writesOneSelfContainedPrintablePage() {
    let html = Self.page()
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
    #expect(html.contains("@page { size: A4 landscape"))
    #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("<script"))
    // Printed, the chart is the page: the table is for the screen.
    #expect(html.contains("@media print") && html.contains("table { display: none; }"))
    #expect(
      Self.page(
        options: {
          var o = ChartOptions()
          o.paper = .a3
          return o
        }()
      ).contains(
        "@page { size: A3 landscape"))
  }

  @Test func givesALotsOwnNoteAndDocumentsARowBeforeItsItems() {
    var plan = GanttChartTests.designPlan
    plan.lots[0].owner = "Jan"
    plan.lots[0].note = "<b>let op</b>"
    plan.lots[0].documents = [Document(name: "Mail", url: "mailto:a@b.nl")]
    let html = Self.page(plan)
    #expect(
      html.contains(
        "<tr class=\"lot\"><td>Route 1: Gebiedsgerichte zorg ouderen en HbH</td><td>(perceel)</td><td></td><td></td><td>Jan</td><td>&lt;b&gt;let op&lt;/b&gt;</td><td><a href=\"mailto:a@b.nl\""
      ))
    #expect(html.components(separatedBy: "<tr class=\"lot\">").count == 2)
    #expect(!Self.page().contains("<tr class=\"lot\">"))
  }

  @Test func showsWhatThePDFShows() {
    var plan = GanttChartTests.designPlan
    plan.lots[0].items[2].deadline = PlanDate(Day(year: 2023, month: 12, day: 1)!)
    plan.lots[0].items[1].start = PlanDate(Day(year: 2022, month: 9, day: 1)!, .month)
    let html = Self.page(
      plan, today: Day(year: 2023, month: 3, day: 1)!, critical: ["r1.inkoopprocedure"])
    for text in [
      "Stand per 1 mrt. 2023", "vandaag", "kritiek pad", "uiterlijk", "vage datum",
      "perceel", "Route 1: Gebiedsgerichte zorg ouderen en HbH", "Start uitvoering",
      "Perceel en onderdeel",
    ] {
      #expect(html.contains(">\(text)<") || html.contains(text), "no \(text)")
    }
    // The critical bar in the PDF's red, the summary bar in its slate.
    #expect(html.contains("#c0392b") && html.contains("#3d4b5c"))
  }

  @Test func escapesEveryText() {
    let html = Self.page(ExportFixtures.plan)
    #expect(!html.contains("<script>alert"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!html.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
  }

  @Test func listsOnlyTheItemsTheChartShows() {
    var options = ChartOptions()
    options.range = Day(year: 2023, month: 8, day: 1)!..<Day(year: 2024, month: 2, day: 1)!
    let html = Self.page(options: options)
    #expect(html.contains("<td>Implementatie</td>") && !html.contains("<td>Voorbereiding</td>"))
  }

  @Test func thinsTheAxisOutOverCenturies() {
    var wide = GanttChartTests.designPlan
    wide.lots[0].items[3].start = PlanDate(Day(year: 9999, month: 12, day: 31)!)
    wide.lots[0].items[3].end = wide.lots[0].items[3].start
    let html = Self.page(wide)
    #expect(html.utf8.count < 60_000, "\(html.utf8.count) bytes")
    #expect(html.contains(">5000</text>") || html.contains(">6000</text>"))
  }
}
