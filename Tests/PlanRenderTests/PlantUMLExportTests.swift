import PlanKit
import Testing

@testable import PlanRender

struct PlantUMLExportTests {
  @Test func writesTasksMilestonesSectionsAndClosedDays() {
    let text = PlantUMLExport.render(GanttChartTests.designPlan)
    #expect(
      text.hasPrefix(
        "@startgantt\ntitle Inkoop Wmo en Participatie 2024\nProject starts 2022-05-01\nsaturday are closed\nsunday are closed\n"
      ))
    #expect(text.hasSuffix("@endgantt\n"))
    #expect(text.contains("2022-12-26 is closed\n") && text.contains("2023-04-27 is closed\n"))
    // Koningsdag 2023 is a Thursday; Christmas 2022 a Sunday, closed anyway.
    #expect(!text.contains("2022-12-25 is closed"))
    #expect(text.contains("-- Route 1: Gebiedsgerichte zorg ouderen en HbH --\n"))
    #expect(
      text.contains(
        "[r1 voorbereiding] as [r1_voorbereiding] starts 2022-05-01\n[r1_voorbereiding] ends 2022-08-31\n"
      ))
    #expect(text.contains("[r1 Start uitvoering] as [r1_start] happens 2024-01-01\n"))
  }

  @Test func keepsHostileTitlesOutOfTheSyntax() {
    let text = PlantUMLExport.render(ExportFixtures.plan)
    let line = text.split(separator: "\n").first { $0.contains("as [r1_start]") }!
    #expect(
      line.hasPrefix("[r1 =HYPERLINK(") && line.hasSuffix("] as [r1_start] happens 2024-01-01"))
    #expect(line.filter { $0 == "[" }.count == 2 && line.filter { $0 == "]" }.count == 2)
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }
}
