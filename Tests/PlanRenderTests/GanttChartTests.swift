import Foundation
import PlanKit
import Testing

@testable import PlanRender

/// The chart of the DESIGN §1 plan against golden files (regenerate with PLANWERK_GOLDEN=write).
struct GanttChartTests {
  static let goldenDirectory = String(#filePath.dropLast("GanttChartTests.swift".count)) + "Golden/"

  static var designPlan: Plan {
    let d = { (y: Int, m: Int, dd: Int) in PlanDate(Day(year: y, month: m, day: dd)!) }
    var lot = Lot(id: "r1", title: "Route 1: Gebiedsgerichte zorg ouderen en HbH", procedure: .sas)
    lot.items = [
      Item(
        id: "r1.voorbereiding", type: .phase, kind: "voorbereiding", start: d(2022, 5, 1),
        end: d(2022, 9, 1)),
      Item(
        id: "r1.inkoopprocedure", type: .phase, kind: "inkoopprocedure", start: d(2022, 9, 1),
        end: d(2023, 7, 1)),
      Item(
        id: "r1.implementatie", type: .phase, kind: "implementatie", start: d(2023, 7, 1),
        end: d(2024, 1, 1)),
      Item(
        id: "r1.start", type: .milestone, kind: "mijlpaal", title: "Start uitvoering",
        start: d(2024, 1, 1),
        end: d(2024, 1, 1)),
    ]
    return Plan(title: "Inkoop Wmo en Participatie 2024", lots: [lot])
  }

  func expectGolden(_ chart: String, _ name: String) throws {
    let path = Self.goldenDirectory + name
    if ProcessInfo.processInfo.environment["PLANWERK_GOLDEN"] == "write" {
      try chart.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let golden = try String(contentsOfFile: path, encoding: .utf8)
    #expect(chart == golden, "\(name) differs:\n\(chart)")
  }

  @Test func drawsTheDesignPlanInUnicode() throws {
    try expectGolden(GanttChart().render(Self.designPlan), "design-plan.txt")
  }

  @Test func drawsTheDesignPlanInAsciiAndEnglish() throws {
    let chart = GanttChart(language: .en, style: .ascii).render(Self.designPlan)
    #expect(chart.allSatisfy { $0.isASCII })
    try expectGolden(chart, "design-plan-ascii-en.txt")
  }

  @Test func fitsEightyColumns() {
    let chart = GanttChart().render(Self.designPlan)
    #expect(chart.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test func fitsEvenAVeryLongPlan() {
    var plan = Self.designPlan
    plan.lots[0].items.append(
      Item(
        id: "r1.uitvoering", type: .phase, kind: "uitvoering",
        title: String(repeating: "Heel lange titel ", count: 10),
        start: PlanDate(Day(year: 2024, month: 1, day: 1)!),
        end: PlanDate(Day(year: 2034, month: 1, day: 1)!)))
    let chart = GanttChart().render(plan)
    #expect(chart.split(separator: "\n").allSatisfy { $0.count <= 80 })
    #expect(chart.contains("…"))
  }

  @Test func putsTheMonthNamesInTheHeader() {
    let chart = GanttChart(width: 120).render(Self.designPlan)
    for month in ["mei", "jul", "sep", "nov", "jan", "mrt"] {
      #expect(chart.contains(month), "\(month)")
    }
  }

  @Test func saysWhatToDoWithAnEmptyPlan() {
    #expect(GanttChart().render(Plan(title: "Leeg")).contains("begin met 'perceel'"))
  }

  @Test func placesBarsOnTheirUnits() {
    let year = Day(year: 2022, month: 1, day: 1)!..<Day(year: 2023, month: 1, day: 1)!
    let months = TimeAxis(scale: .month, span: year, width: 48)
    #expect(months.columnsPerUnit == 4 && months.units == 12)
    #expect(months.column(Day(year: 2022, month: 3, day: 1)!) == 8)
    #expect(months.column(Day(year: 2022, month: 3, day: 16)!) == 9)
    let quarters = TimeAxis(scale: .quarter, span: year, width: 40)
    #expect(quarters.units == 4 && quarters.column(Day(year: 2022, month: 7, day: 1)!) == 20)
    // 2022 begins on a Saturday: its first ISO week starts on 3 January.
    let weeks = TimeAxis(scale: .week, span: year, width: 106)
    #expect(weeks.first.iso == "2021-12-27" && weeks.units == 53)
    #expect(weeks.column(Day(year: 2022, month: 1, day: 3)!) == 2)
  }

  @Test func choosesTheScaleFromTheSpanAndTheWidth() {
    let day = { (y: Int, m: Int) in Day(year: y, month: m, day: 1)! }
    #expect(TimeAxis.automatic(span: day(2022, 5)..<day(2022, 8), width: 40) == .week)
    #expect(TimeAxis.automatic(span: day(2022, 5)..<day(2024, 1), width: 40) == .month)
    #expect(TimeAxis.automatic(span: day(2016, 7)..<day(2021, 1), width: 40) == .quarter)
    #expect(TimeAxis.automatic(span: day(2022, 5)..<day(2024, 1), width: 19) == .quarter)
  }

  static let scales: [GanttChart.Scale] = [.week, .month, .quarter]

  @Test(arguments: scales)
  func drawsEachScaleInUnicodeAndAscii(_ scale: GanttChart.Scale) throws {
    for style in [GanttStyle.unicode, .ascii] {
      var chart = GanttChart(style: style, width: 100)
      chart.scale = scale
      if scale == .week {
        chart.range = Day(year: 2023, month: 5, day: 1)!..<Day(year: 2024, month: 2, day: 1)!
      }
      let text = chart.render(Self.designPlan)
      #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 })
      if style.ascii { #expect(text.allSatisfy { $0.isASCII }) }
      try expectGolden(text, "design-\(scale.rawValue)\(style.ascii ? "-ascii" : "").txt")
    }
  }

  @Test func drawsTodayDeadlinesTheCriticalPathFuzzyDatesAndABaseline() throws {
    var plan = Self.designPlan
    plan.lots[0].items[2].deadline = PlanDate(Day(year: 2023, month: 12, day: 1)!)
    plan.lots[0].items.append(
      Item(
        id: "r1.evaluatie", type: .phase, kind: "evaluatie",
        start: PlanDate(Day(year: 2024, month: 3, day: 1)!, .month),
        end: PlanDate(Day(year: 2024, month: 9, day: 1)!, .season)))
    var baseline = plan
    baseline.lots[0].items[1].end = PlanDate(Day(year: 2023, month: 5, day: 1)!)
    var chart = GanttChart(width: 100)
    chart.today = Day(year: 2023, month: 2, day: 15)!
    chart.critical = ["r1.voorbereiding", "r1.inkoopprocedure"]
    chart.baseline = Baseline(name: "akkoord", taken: chart.today!, of: baseline)
    let text = chart.render(plan)
    #expect(text.contains("│") && text.contains("!") && text.contains("▒") && text.contains("░"))
    #expect(text.contains("* Inkoopprocedure"))
    #expect(
      text.hasSuffix(
        "█ fase  ◆ mijlpaal  ▒ vaag  │ vandaag  ! uiterlijk  * kritiek  ░ basislijn akkoord\n"))
    try expectGolden(text, "design-decorated.txt")
  }

  @Test func coloursOnlyWithMarkersThePrinterTurnsIntoCodes() {
    var chart = GanttChart()
    chart.critical = ["r1.inkoopprocedure"]
    let plain = chart.render(Self.designPlan)
    #expect(!plain.unicodeScalars.contains { (0xE000...0xE00F).contains($0.value) })
    chart.colour = true
    let marked = chart.render(Self.designPlan)
    #expect(ChartColour.apply(marked, colour: true).contains("\u{1B}[31m"))
    #expect(ChartColour.apply(marked, colour: false) == plain)
  }

  @Test func drawsOneLotOrADateRange() {
    var chart = GanttChart()
    chart.lots = ["r1"]
    #expect(chart.render(Self.designPlan).contains("Inkoopprocedure"))
    chart.lots = nil
    chart.range = Day(year: 2023, month: 9, day: 1)!..<Day(year: 2024, month: 2, day: 1)!
    let text = chart.render(Self.designPlan)
    #expect(!text.contains("Voorbereiding") && text.contains("Implementatie"))
  }
}
