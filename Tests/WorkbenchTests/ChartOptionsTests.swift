import PlanKit
import PlanRender
import Testing
import Workbench

/// The choices every chart takes: read once, the same way by `gantt` and `export`.
struct ChartOptionsTests {
  static let session =
    Fixtures.designSession + [
      "perceel r2 \"Route 2\"", "fase r2.voorbereiding van 1 mei 2022 tot 1 sept. 2022",
      "vandaag 1 sept. 2022",
    ]

  static func drawn(_ lines: [String], _ command: String) -> (Outcome, ChartContent?) {
    let drawing = RecordedDrawing()
    var interpreter = Fixtures.after(lines)
    interpreter.drawing = drawing
    let outcome = interpreter.run(command)
    return (outcome, drawing.drawn.last?.0)
  }

  @Test func drawsOnlyTheChosenLotsWithoutThePlansMilestones() {
    let (outcome, content) = Self.drawn(
      Self.session + ["mijlpaal doel op 1 jan. 2023"], "exporteer pdf p.pdf percelen r2")
    #expect(!outcome.failed)
    #expect(content?.rows.map(\.id) == ["r2", "r2.voorbereiding"])
    let (both, two) = Self.drawn(Self.session, "exporteer svg - perceel r1, r2")
    #expect(!both.failed && two?.rows.filter(\.isHeading).map(\.id) == ["r1", "r2"])
  }

  @Test func drawsTheChosenDaysWithTheWholeLotsSummary() throws {
    let (_, content) = Self.drawn(
      Self.session, "exporteer pdf p.pdf van 1 jan. 2023 tot 1 okt. 2023 schaal week")
    let rows = try #require(content).rows
    #expect(rows.map(\.id) == ["r1", "r1.inkoopprocedure", "r1.implementatie"])
    #expect(content?.span == DrawnDay.d(2023, 1, 1)..<DrawnDay.d(2023, 10, 1))
    #expect(content?.unit == .week)
    // The summary is the lot's, not the window's.
    #expect(rows[0].days?.lowerBound == DrawnDay.d(2022, 5, 1))
  }

  @Test func showsTheBaselineOnlyForItemsThatMoved() throws {
    let (outcome, content) = Self.drawn(
      Self.session + ["basislijn oud", "verschuif r1.implementatie 2 weken"],
      "exporteer png p.png basislijn oud papier a3")
    #expect(!outcome.failed)
    let moved = try #require(content).rows.filter { $0.baseline != nil }.map(\.id)
    #expect(moved == ["r1.implementatie"])
    #expect(content?.baselineName == "oud" && content?.paper == .a3)
  }

  @Test func drawsAnArrowPerLinkBetweenShownItems() throws {
    let (_, content) = Self.drawn(Self.session, "exporteer pdf p.pdf koppelingen")
    let chart = try #require(content)
    let arrows = chart.links.map { "\(chart.rows[$0.from].id)>\(chart.rows[$0.to].id)" }
    #expect(arrows.contains("r1.voorbereiding>r1.inkoopprocedure"))
    let (_, plain) = Self.drawn(Self.session, "exporteer pdf p.pdf")
    #expect(plain?.links.isEmpty == true)
  }

  @Test func refusesAChoiceTheFormatCannotShowAndNamesTheFormatsThatCan() {
    var interpreter = Fixtures.after(Self.session)
    let csv = interpreter.run("exporteer csv x.csv breedte 100")
    #expect(csv.failed && csv.text.contains("'breedte' kan niet bij csv"))
    #expect(csv.text.contains("'breedte' hoort bij exporteer tekst of markdown"))
    let text = interpreter.run("exporteer tekst x.txt papier A3")
    #expect(text.failed && text.text.contains("hoort bij exporteer html, pdf, png, svg of xlsx"))
    let paper = interpreter.run("exporteer pdf x.pdf papier A5")
    #expect(paper.failed && paper.text.contains("kies A4 of A3"))
    let lot = interpreter.run("exporteer tekst - percelen r9")
    #expect(lot.failed && lot.text.contains("r9"))
  }

  @Test func writesTheTextChartAtTheChosenWidthWithTheScreensMarks() {
    var interpreter = Fixtures.after(Self.session)
    let wide = interpreter.run("exporteer tekst - breedte 140").text
    #expect(wide.split(separator: "\n").map(\.count).max() ?? 0 > 80)
    #expect(wide.split(separator: "\n").allSatisfy { $0.count <= 140 })
    // The same marks and legend as `gantt`: the status date, as items are late on it, and the
    // critical path.
    #expect(wide.contains("stand per 1 sept. 2022") && wide.contains("kritiek"))
    #expect(wide.contains("te laat: 123 dagen"))
    let narrow = interpreter.run("exporteer tekst -").text
    #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 80 })
    // The positional lot of gantt and the lots clause meet.
    let gantt = interpreter.run("gantt r1 percelen r2").text
    #expect(gantt.contains("Route 2") && gantt.contains("Route 1"))
  }
}

enum DrawnDay {
  static func d(_ year: Int, _ month: Int, _ day: Int) -> Day {
    Day(year: year, month: month, day: day)!
  }
}

extension ChartOptionsTests {
  @Test func writesOnlyTheChosenLotsInTheDiagramFormats() {
    var interpreter = Fixtures.after(Self.session + ["mijlpaal doel op 1 jan. 2023"])
    let mermaid = interpreter.run("exporteer mermaid - percelen r2").text
    #expect(mermaid.contains("r2_voorbereiding") && !mermaid.contains("r1_"))
    #expect(!mermaid.contains("doel"))
    let plantuml = interpreter.run("exporteer plantuml - van 1 jan. 2024").text
    #expect(plantuml.contains("r1_start") && !plantuml.contains("r2_voorbereiding"))
    let html = interpreter.run("exporteer html - perceel r2").text
    #expect(html.contains("<td>Voorbereiding</td>") && !html.contains("<td>Implementatie</td>"))
  }
}

extension ChartOptionsTests {
  @Test func refusesDaysWithNothingOfThePlanInThem() {
    var interpreter = Fixtures.after(Self.session)
    for choice in ["van 1 jan. 2030", "van 1 jan. 2030 tot 1 mrt. 2030", "tot 1 jan. 2020"] {
      let outcome = interpreter.run("exporteer tekst - \(choice)")
      #expect(outcome.failed && outcome.text.contains("er valt niets van het plan in die dagen"))
      #expect(outcome.text.contains("^"), "\(outcome.text)")
    }
  }

  @Test func refusesAFileNamedForAnotherFormat() {
    var interpreter = Fixtures.after(Self.session)
    let outcome = interpreter.run("exporteer csv plan.pdf")
    #expect(outcome.failed && outcome.text.contains("'plan.pdf' is de naam van een pdf-bestand"))
    #expect(outcome.text.contains("exporteer csv plan.csv"))
    #expect(!interpreter.run("exporteer tekst plan.md").failed)
  }

  @Test func saysWhichExportDrawsWhatGanttCannot() {
    var interpreter = Fixtures.after(Self.session)
    let links = interpreter.run("gantt koppelingen")
    #expect(links.failed && links.text.contains("'koppelingen' kan niet bij gantt"))
    #expect(links.text.contains("hoort bij exporteer html, pdf, png of svg"))
  }
}
