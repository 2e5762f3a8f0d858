import PlanKit
import Testing

@testable import PlanRender

struct TJPExportTests {
  @Test(arguments: [
    ("r1", "r1"), ("voorbereiding-2", "voorbereiding_2"), ("2024", "t_2024"), ("Zw", "Zw"),
    ("ab€c", "ab_c"), ("é", "t__"), ("", "t_"), ("a_b", "a_b"),
  ])
  func makesTaskJugglerIDsOfLettersDigitsAndUnderscores(_ text: String, _ id: String) {
    #expect(TJPExport.id(text) == id)
  }

  @Test func writesTasksThatDependOnWhatTheyWaitFor() {
    var plan = GanttChartTests.designPlan
    plan.links = [
      Link(from: "r1.voorbereiding", to: "r1.inkoopprocedure"),
      Link(from: "r1.inkoopprocedure", to: "r1.implementatie", lag: PlanDuration(2, .weeks)),
    ]
    plan.lots[0].items[1].anchor = nil
    plan.lots[0].items[1].length = .duration(PlanDuration(10, .months))
    plan.lots[0].items[2].anchor = nil
    plan.lots[0].items[2].length = .duration(PlanDuration(6, .months))
    Scheduler.schedule(&plan)
    let text = TJPExport.render(plan)
    #expect(text.hasPrefix("project planwerk \"Inkoop Wmo en Participatie 2024\" 2022-04-01 - "))
    #expect(
      text.contains(
        "  task voorbereiding \"voorbereiding\" {\n    start 2022-05-01\n    duration 123d\n  }"))
    #expect(text.contains("    depends r1.voorbereiding\n    duration 303d\n"))
    #expect(text.contains("    depends r1.inkoopprocedure { gapduration 14d }\n"))
    #expect(
      text.contains("  task start \"Start uitvoering\" {\n    start 2024-01-01\n    milestone\n  }")
    )
    #expect(text.contains("leaves holiday \"Koningsdag\" 2023-04-27\n"))
    #expect(text.contains("taskreport planwerk_dates \"planwerk-dates\" {\n  formats csv\n"))
  }

  @Test func keepsHostileTitlesInsideTheirQuotes() {
    let text = TJPExport.render(ExportFixtures.plan)
    let line = text.split(separator: "\n").first { $0.contains("task start") }!
    #expect(line.filter { $0 == "\"" }.count == 2)
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }
}
