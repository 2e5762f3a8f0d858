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

  @Test func namesTheItemThatLeavesTheYearsTj3Counts() {
    var plan = GanttChartTests.designPlan
    #expect(TJPExport.outsideYears(plan) == nil)
    // The project runs a month past the plan: mid-December 2035 would need January 2036.
    plan.lots[0].items[3].start = PlanDate(Day(year: 2035, month: 12, day: 15)!)
    plan.lots[0].items[3].end = plan.lots[0].items[3].start
    #expect(TJPExport.outsideYears(plan)?.id == "r1.start")
    plan.lots[0].items[3].start = PlanDate(Day(year: 2035, month: 11, day: 15)!)
    plan.lots[0].items[3].end = plan.lots[0].items[3].start
    #expect(TJPExport.outsideYears(plan) == nil)
    plan.lots[0].items[0].start = PlanDate(Day(year: 1970, month: 1, day: 20)!)
    #expect(TJPExport.outsideYears(plan)?.id == "r1.voorbereiding")
  }

  @Test func writesOnlyTheClosingDaysInsideTheProject() {
    var plan = GanttChartTests.designPlan
    let day = { (y: Int, m: Int, d: Int) in Day(year: y, month: m, day: d)! }
    plan.calendar.closings = [
      Closing(days: day(2019, 12, 23)..<day(2020, 1, 3), title: "voorbij"),
      Closing(days: day(2022, 3, 1)..<day(2022, 4, 15), title: "half"),
      Closing(days: day(2040, 1, 1)..<day(2040, 2, 1), title: "later"),
    ]
    let text = TJPExport.render(plan)
    #expect(text.contains("leaves holiday \"half\" 2022-04-01 - 2022-04-15\n"))
    #expect(!text.contains("voorbij") && !text.contains("later"))
  }

  @Test func breaksEveryMacroCallAndEnvironmentVariableInStrings() {
    let text = TJPExport.render(ExportFixtures.codePlan)
    #expect(!text.contains("${") && !text.contains("$("), "\(text)")
    #expect(
      text.contains(
        "\"$\u{2060}(PLANWERK_SECRET) $\u{2060}{PLANWERK_SECRET} $\u{2060}{ macro 'a' }\""))
    #expect(!text.unicodeScalars.contains { $0.value == 0x202E })
  }
}
