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

  @Test func placesBarsOnTheirMonths() {
    let axis = MonthAxis(
      span: Day(year: 2022, month: 1, day: 1)!..<Day(year: 2023, month: 1, day: 1)!, width: 48)
    #expect(axis.columnsPerMonth == 4 && axis.columns == 48)
    #expect(axis.column(Day(year: 2022, month: 3, day: 1)!) == 8)
    #expect(axis.column(Day(year: 2022, month: 3, day: 16)!) == 9)
  }
}
