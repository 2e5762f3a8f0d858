import PlanKit
import Testing

@testable import PlanRender

struct MarkdownExportTests {
  @Test func writesATableAndTheChart() {
    let chart = GanttChart().render(GanttChartTests.designPlan)
    let text = MarkdownExport.render(GanttChartTests.designPlan, chart: chart, language: .nl)
    #expect(
      text.hasPrefix(
        "# Inkoop Wmo en Participatie 2024\n\n| Perceel | Onderdeel | Titel | Begin | Einde | Duur |\n| --- | --- | --- | --- | --- | --- |\n"
      ))
    #expect(
      text.contains(
        "| Route 1: Gebiedsgerichte zorg ouderen en HbH | r1.inkoopprocedure | inkoopprocedure | 1 sept. 2022 | 1 jul. 2023 | 10 maanden |"
      ))
    #expect(text.contains("```text\n" + chart))
  }

  @Test func escapesMarkupAndKeepsEachRowOnOneLine() {
    let plan = ExportFixtures.plan
    let text = MarkdownExport.render(plan, chart: GanttChart().render(plan), language: .nl)
    #expect(!text.contains("<script>") && text.contains("&lt;script&gt;"))
    let row = text.split(separator: "\n").first { $0.contains("r1.start") }!
    #expect(row.hasSuffix("| 1 jan. 2024 | — | — |"))
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
  }
}
