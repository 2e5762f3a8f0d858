import PlanKit
import Testing

@testable import PlanRender

/// Charts and exports of a plan that is followed: on Monday 3 October 2022 the voorbereiding
/// is done, the inkoopprocedure runs at 40%, the publicatie (due Saturday 1 October) is late,
/// and the inkoopprocedure has an owner, a note and a document.
struct FollowedPlanTests {
  static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }
  static let today = day(2022, 10, 3)

  static var plan: Plan {
    var plan = GanttChartTests.designPlan
    plan.lots[0].items[0].end = PlanDate(day(2022, 8, 27))
    plan.lots[0].items[0].fixed = true
    plan.lots[0].items[0].progress = Progress(
      started: day(2022, 5, 1), finished: day(2022, 8, 26))
    plan.lots[0].items[1].start = PlanDate(day(2022, 8, 29))
    plan.lots[0].items[1].fixed = true
    plan.lots[0].items[1].progress = Progress(started: day(2022, 8, 29), percent: 40)
    plan.lots[0].items[1].owner = "Jan de Vries"
    plan.lots[0].items[1].note = "=SUM(A1) <b>"
    plan.lots[0].items[1].documents = [Document(name: "TenderNed", url: "https://t.nl/1")]
    var publication = Item(
      id: "r1.publicatie", type: .milestone, kind: "publicatie", start: PlanDate(day(2022, 10, 1)),
      end: PlanDate(day(2022, 10, 1)))
    publication.fixed = false
    plan.lots[0].items.insert(publication, at: 2)
    return plan
  }

  static func content(_ plan: Plan = plan, language: Language = .nl) -> ChartContent {
    ChartContent(
      plan, language: language, today: today,
      status: plan.statusDay(today: today, set: nil), options: ChartOptions())
  }

  @Test func takesTheStatusDayOnlyForAPlanThatIsFollowed() {
    #expect(Self.plan.statusDay(today: Self.today, set: nil) == Self.today)
    let plain = GanttChartTests.designPlan
    // Without progress, only a status date the user set and an item late on it count.
    #expect(plain.statusDay(today: Self.today, set: nil) == nil)
    #expect(plain.statusDay(today: Self.today, set: Self.day(2022, 4, 1)) == nil)
    #expect(plain.statusDay(today: Self.today, set: Self.today) == Self.today)
  }

  @Test func givesEachRowItsStandAndTheDaysDone() {
    let rows = Self.content().rows
    #expect(rows[1].stand?.status == .done)
    #expect(rows[1].stand?.done == Self.day(2022, 5, 1)..<Self.day(2022, 8, 27))
    #expect(rows[1].stand?.text == "gereed op 26 aug. 2022")
    // 40% of 306 calendar days from 29 August: 122 days.
    #expect(rows[2].stand?.status == .running)
    #expect(rows[2].stand?.done == Self.day(2022, 8, 29)..<Self.day(2022, 12, 29))
    #expect(rows[2].stand?.text == "loopt sinds 29 aug. 2022 (40%)")
    // Due on Saturday, late on Monday by the two days of the weekend.
    #expect(rows[3].stand?.status == .late(days: 2, started: false))
    #expect(rows[3].stand?.text == "te laat: 2 dagen")
    #expect(rows[3].stand?.done == nil)
    #expect(rows[4].stand?.status == .planned)
    #expect(Self.content(language: .en).rows[2].stand?.text == "running since 29 Aug 2022 (40%)")
  }

  @Test func takesARunningPhaseWithoutAPercentageAsDoneUpToTheStatusDate() {
    var plan = Self.plan
    plan.lots[0].items[1].progress?.percent = nil
    let stand = ItemStand(plan.lots[0].items[1], on: Self.today, .nl)
    #expect(stand.done == Self.day(2022, 8, 29)..<Self.today)
  }

  @Test func leavesAPlanWithoutProgressAsItWas() {
    let plain = GanttChartTests.designPlan
    let content = ChartContent(plain, language: .nl, today: Self.today)
    #expect(content.statusDay == nil && content.rows.allSatisfy { $0.stand == nil })
    #expect(
      Legend.entries(content, today: true) == [.lot, .phase, .milestone, .today])
  }

  @Test func explainsTheMarksOfProgressAndTheStatusDateInTheLegend() {
    let content = Self.content()
    let entries = Legend.entries(content, today: true)
    #expect(entries.contains(.progress) && entries.contains(.late))
    #expect(entries.contains(.milestoneToDo) && !entries.contains(.milestone))
    let legend = Legend(content, today: true, measure: FontMetrics())
    #expect(legend.text(.today) == "stand per 3 okt. 2022")
    #expect(legend.text(.late) == "te laat")
  }

  @Test func drawsEachItemAsAnElementWithItsStatusInTheSVG() {
    let content = Self.content()
    let layout = ChartLayout(content, measure: FontMetrics(), height: nil)
    var canvas = SVGCanvas(measure: FontMetrics())
    ChartPainter(layout: layout, measure: FontMetrics()).draw(on: &canvas)
    let svg = canvas.document(title: content.title, width: layout.width, height: layout.height)
    #expect(
      svg.contains(
        "<g id=\"item-r1.voorbereiding\" class=\"item status-done\"><title>gereed op 26 aug. 2022</title>"
      ))
    #expect(svg.contains("<g id=\"item-r1.publicatie\" class=\"item status-late\">"))
    #expect(svg.contains(">1 okt. 2022 · te laat</text>"))
    #expect(svg.contains(">stand per 3 okt. 2022</text>"))
    // The late milestone's red outline, the running phase's lighter part still to do.
    #expect(svg.contains("stroke=\"\(ChartStyle.late.hex)\""))
    #expect(svg.contains("fill=\"\(ChartStyle.phaseToDo.hex)\""))
    // A plan nobody follows has no such elements.
    let plain = ChartContent(GanttChartTests.designPlan, language: .nl, today: Self.today)
    var other = SVGCanvas(measure: FontMetrics())
    ChartPainter(
      layout: ChartLayout(plain, measure: FontMetrics(), height: nil), measure: FontMetrics()
    ).draw(on: &other)
    #expect(!other.document(title: "", width: 1, height: 1).contains("<g "))
  }

  @Test func showsTheStandOfEachItemInTheHTMLTable() {
    let html = HTMLExport.render(Self.content(), plan: Self.plan)
    #expect(html.contains("<caption>De data per onderdeel, stand per 3 okt. 2022</caption>"))
    #expect(html.contains("<th>Stand</th>"))
    #expect(
      html.contains(
        "<tr data-id=\"r1.inkoopprocedure\" class=\"status-running\"><td>Route 1: Gebiedsgerichte zorg ouderen en HbH</td><td>Inkoopprocedure</td><td>29 aug. 2022</td><td>1 jul. 2023</td><td>loopt sinds 29 aug. 2022 (40%)</td><td>Jan de Vries</td><td>=SUM(A1) &lt;b&gt;</td>"
      ))
    #expect(html.contains("<tr data-id=\"r1.publicatie\" class=\"status-late\">"))
    let plain = HTMLExport.render(
      ChartContent(GanttChartTests.designPlan, language: .nl, today: Self.today),
      plan: GanttChartTests.designPlan)
    #expect(!plain.contains("Stand</th>") && !plain.contains("data-id"))
  }

  @Test func writesProgressColumnsAndCellsIntoTheWorkbook() {
    let book = WorkbookExport.workbook(Self.content(), plan: Self.plan)
    let planning = book.sheets[0]
    #expect(
      (12...15).map { planning.cell(0, $0)?.value } == [
        .text("Stand"), .text("% gereed"), .text("Werkelijk begin"), .text("Werkelijk einde"),
      ])
    #expect(planning.filter?.lastColumn == 15)
    #expect(planning.cell(2, 12)?.value == .text("gereed op 26 aug. 2022"))
    #expect(planning.cell(2, 13)?.value == .number(1))
    #expect(planning.cell(2, 15)?.value == .date(ExcelDate.serial(Self.day(2022, 8, 26))!))
    #expect(planning.cell(3, 13)?.value == .number(0.4))
    #expect(book.styles[planning.cell(3, 13)!.style].format == "0%")
    #expect(planning.cell(3, 14)?.value == .date(ExcelDate.serial(Self.day(2022, 8, 29))!))
    #expect(planning.cell(3, 15)?.value == nil)
    #expect(book.styles[planning.cell(4, 12)!.style].colour == 0xE0301E)
    let gantt = book.sheets[1]
    let fills = Set(
      gantt.cells.filter { $0.row == GanttSheet.headerRows + 2 }.compactMap {
        book.styles[$0.style].fill
      })
    #expect(fills.contains(GanttSheet.phase) && fills.contains(GanttSheet.phaseToDo))
    #expect(
      gantt.cells.contains {
        $0.row == GanttSheet.headerRows + 3 && $0.value == .text("1 okt. 2022 · te laat")
      })
    // Without progress, the table keeps its columns.
    let plain = WorkbookExportTests.workbook().sheets[0]
    #expect(plain.cell(0, 12) == nil && plain.filter?.lastColumn == 11)
  }

  @Test func writesProgressIntoTheJSONExport() {
    let json = PlanJSONExport.render(Self.plan)
    #expect(json.contains("\"finished\": \"2022-08-26\""))
    #expect(json.contains("\"percent\": 40"))
    #expect(json.contains("\"started\": \"2022-08-29\""))
    #expect(!PlanJSONExport.render(GanttChartTests.designPlan).contains("started"))
    #expect(!json.contains("status"))
    // On the session's vandaag, each item's status on it: r1.voorbereiding done, r1.inkoopprocedure running.
    let dated = PlanJSONExport.render(Self.plan, statusDate: Day(year: 2022, month: 10, day: 3)!)
    #expect(dated.contains("\"statusDate\": \"2022-10-03\""))
    #expect(dated.contains("\"status\": \"done\""))
    #expect(dated.contains("\"status\": \"running\""))
  }
}
