import PlanKit
import Testing

@testable import PlanRender

struct WorkbookExportTests {
  static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

  static func workbook(
    _ plan: Plan = GanttChartTests.designPlan, language: Language = .nl, today: Day? = nil,
    critical: Set<String> = [], options: ChartOptions = ChartOptions()
  ) -> Workbook {
    let content = ChartContent(
      plan, language: language, today: today, critical: critical, options: options)
    return WorkbookExport.workbook(content, plan: plan)
  }

  static func texts(_ sheet: Sheet) -> [String] {
    sheet.cells.compactMap {
      if case .text(let text)? = $0.value { return text }
      return nil
    }
  }

  @Test func writesTypedDatesWithThePhasesLastDayInclusive() throws {
    let book = Self.workbook()
    let planning = book.sheets[0]
    #expect(planning.name == "Planning")
    // Row 1 is the lot, row 2 its voorbereiding: 1 mei 2022 – 1 sept. 2022 ends on 31 aug.
    #expect(planning.cell(2, 4)?.value == .date(ExcelDate.serial(Self.day(2022, 5, 1))!))
    #expect(planning.cell(2, 5)?.value == .date(ExcelDate.serial(Self.day(2022, 8, 31))!))
    #expect(planning.cell(2, 6)?.value == .number(123))
    #expect(book.styles[planning.cell(2, 4)!.style].format == "d-m-yyyy")
    #expect(book.styles[planning.cell(2, 6)!.style].format == "[=1]0 \"dag\";0 \"dagen\"")
    // The milestone ends on its own day, with no duration.
    #expect(planning.cell(5, 5)?.value == .date(ExcelDate.serial(Self.day(2024, 1, 1))!))
    #expect(planning.cell(5, 6) == nil)
    #expect(ExcelDate.serial(Self.day(2022, 5, 1)) == 44_682)
  }

  @Test func countsWorkingDaysWithoutWeekendsAndHolidays() {
    let planning = Self.workbook().sheets[0]
    // May to August 2022: 88 weekdays less Hemelvaart (26 May) and Pinkstermaandag (6 June).
    #expect(planning.cell(2, 7)?.value == .number(86))
  }

  @Test func writesEachLotAsABoldSummaryRowAboveItsFoldingItems() {
    let book = Self.workbook()
    let planning = book.sheets[0]
    #expect(planning.cell(1, 1)?.value == .text("r1"))
    #expect(planning.cell(1, 2)?.value == .text("perceel"))
    #expect(book.styles[planning.cell(1, 0)!.style].bold)
    #expect(planning.cell(1, 5)?.value == .date(ExcelDate.serial(Self.day(2024, 1, 1))!))
    #expect(planning.outlined == [2, 3, 4, 5])
    #expect(!book.styles[planning.cell(2, 0)!.style].bold)
  }

  @Test func freezesTheHeaderFiltersEveryRowAndLeavesAnOwnerColumn() {
    let planning = Self.workbook().sheets[0]
    #expect(planning.frozenRows == 1)
    #expect(planning.filter == Sheet.Filter(row: 0, lastRow: 5, lastColumn: 11))
    #expect(planning.cell(0, 10)?.value == .text("Eigenaar"))
    #expect((2...5).allSatisfy { planning.cell($0, 10) == nil })
    #expect(planning.widths[3]! >= Double("Start uitvoering".count))
    #expect(planning.print.repeatRows == 0...0)
  }

  @Test func fillsTheOwnerColumnWhereThePlanNamesAnOwner() {
    var plan = GanttChartTests.designPlan
    plan.lots[0].owner = "Team inkoop"
    plan.lots[0].items[1].owner = "=Jan \u{1B}de Vries"
    let planning = Self.workbook(plan).sheets[0]
    #expect(planning.cell(1, 10)?.value == .text("Team inkoop"))
    #expect(planning.cell(3, 10)?.value == .text("=Jan  de Vries"))
    #expect(planning.cell(2, 10) == nil)
  }

  @Test func marksCriticalItemsAndDeadlines() {
    var plan = GanttChartTests.designPlan
    plan.lots[0].items[1].deadline = PlanDate(Self.day(2023, 7, 1))
    plan.lots[0].items[2].deadline = PlanDate(Self.day(2023, 10, 1), .quarter)
    let book = Self.workbook(plan, critical: ["r1.inkoopprocedure"])
    let planning = book.sheets[0]
    #expect(planning.cell(3, 9)?.value == .text("ja"))
    #expect(planning.cell(2, 9) == nil)
    #expect(planning.cell(3, 8)?.value == .date(ExcelDate.serial(Self.day(2023, 7, 1))!))
    // A quarter as deadline: its last day.
    #expect(planning.cell(4, 8)?.value == .date(ExcelDate.serial(Self.day(2023, 12, 31))!))
    let gantt = book.sheets[1]
    let fills = Set(
      gantt.cells.filter { $0.row == GanttSheet.headerRows + 2 }.compactMap {
        book.styles[$0.style].fill
      })
    #expect(fills.contains(GanttSheet.critical))
  }

  @Test func keepsFormulasAsTextAndDropsControlCharacters() {
    let book = Self.workbook(ExportFixtures.plan)
    let texts = book.sheets.flatMap(Self.texts)
    let hostile = texts.first { $0.hasPrefix("=HYPERLINK") }
    #expect(hostile != nil)
    #expect(hostile?.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{7F}" } == false)
    #expect(hostile?.contains("nieuwe regel") == true)
    #expect(!texts.contains { $0.unicodeScalars.contains { $0.isBidiControl } })
  }

  @Test func escapesExcelsOwnCharacterCodes() {
    #expect(Sheet.Value.cleanText("a_x0041_b") == .text("a_x005F_x0041_b"))
    #expect(Sheet.Value.cleanText("x_y_1234_") == .text("x_y_1234_"))
    #expect(Sheet.Value.cleanText("_x00e9") == .text("_x00e9"))
    let long = String(repeating: "a", count: 40_000)
    #expect(Sheet.Value.cleanText(long) == .text(String(repeating: "a", count: 32_767)))
  }

  @Test func writesDaysBeforeExcelsFirstAsText() {
    #expect(ExcelDate.serial(Self.day(1900, 2, 28)) == nil)
    #expect(ExcelDate.serial(Self.day(1900, 3, 1)) == 61)
    #expect(Sheet.Value.date(Self.day(1899, 5, 1), .nl) == .text("1 mei 1899"))
  }

  @Test func drawsMonthsWithDutchHeadersForAPlanOfYears() {
    let book = Self.workbook(today: Self.day(2023, 3, 15))
    let gantt = book.sheets[1]
    #expect(gantt.name == "Gantt")
    let first = GanttSheet.firstUnit
    // May 2022 to January 2024: 21 months, grouped under their years.
    #expect(gantt.cell(3, first)?.value == .text("mei"))
    #expect(gantt.cell(3, first + 4)?.value == .text("sep."))
    #expect(gantt.cell(3, first + 10)?.value == .text("mrt."))
    #expect(gantt.cell(2, first)?.value == .text("2022"))
    #expect(gantt.merges.first == Sheet.Merge(row: 2, first: first, last: first + 7))
    // Today's month is green at its head.
    #expect(book.styles[gantt.cell(3, first + 10)!.style].fill == GanttSheet.today)
    #expect(gantt.cell(1, 0)?.value == .text("Stand per 15 mrt. 2023"))
  }

  @Test func fillsTheCellsOfEachBarAndMarksMilestones() {
    let book = Self.workbook()
    let gantt = book.sheets[1]
    let first = GanttSheet.firstUnit
    let row = GanttSheet.headerRows
    func fill(_ r: Int, _ c: Int) -> UInt32? { book.styles[gantt.cell(r, c)!.style].fill }
    // The lot's summary over all 21 months; voorbereiding May to August.
    #expect(fill(row, first) == GanttSheet.summary && fill(row, first + 20) == GanttSheet.summary)
    #expect((0..<4).allSatisfy { fill(row + 1, first + $0) == GanttSheet.phase })
    #expect(fill(row + 1, first + 4) == nil)
    #expect(gantt.cell(row + 4, first + 20)?.value == .text("◆"))
    #expect(gantt.cell(row + 1, 0)?.value == .text("Voorbereiding"))
    #expect(gantt.cell(row + 1, 1)?.value == .text("1 mei 2022 – 1 sept. 2022"))
  }

  @Test func printsTheGanttOnOnePageOfLandscapeA4WithItsHeadersRepeated() {
    let gantt = Self.workbook().sheets[1]
    #expect(gantt.print.landscape && gantt.print.paper == .a4)
    #expect(gantt.print.pagesWide == 1 && gantt.print.pagesHigh == 1)
    #expect(gantt.print.repeatRows == 0...3 && gantt.print.repeatColumns == 0...1)
    #expect(gantt.frozenRows == 4 && gantt.frozenColumns == 2)
    let long = Self.workbook(DrawFixturesLike.plan(lots: 20)).sheets[1]
    #expect(long.print.pagesHigh == 0)
  }

  @Test func choosesWeeksForAFewMonthsAndHonoursAChosenScale() {
    var options = ChartOptions()
    options.range = Self.day(2023, 1, 1)..<Self.day(2023, 3, 1)
    let weeks = Self.workbook(options: options).sheets[1]
    // 26 Dec. 2022 is week 52; its month has no room over one column.
    #expect(weeks.cell(3, GanttSheet.firstUnit)?.value == .text("52"))
    #expect(weeks.cell(2, GanttSheet.firstUnit)?.value == nil)
    #expect(weeks.cell(2, GanttSheet.firstUnit + 1)?.value == .text("jan. 2023"))
    options.scale = .quarter
    let quarters = Self.workbook(options: options).sheets[1]
    #expect(quarters.cell(3, GanttSheet.firstUnit)?.value == .text("Q1"))
    #expect(quarters.cell(3, GanttSheet.firstUnit + 1) == nil)
  }

  @Test func namesItsSheetsAndHeadersInEnglish() {
    let book = Self.workbook(language: .en)
    #expect(book.sheets.map(\.name) == ["Plan", "Gantt"])
    #expect(book.sheets[0].cell(0, 10)?.value == .text("Owner"))
    #expect(book.styles[book.sheets[0].cell(2, 4)!.style].format == "d mmm yyyy")
    #expect(book.sheets[1].cell(3, GanttSheet.firstUnit)?.value == .text("May"))
  }

  @Test func keepsOnlyTheChosenLots() {
    var plan = DrawFixturesLike.plan(lots: 3)
    plan.milestones = []
    var options = ChartOptions()
    options.lots = ["r1"]
    let planning = Self.workbook(plan, options: options).sheets[0]
    let ids = planning.cells.filter { $0.column == 1 && $0.row > 0 }.compactMap(\.value)
    #expect(ids.contains(.text("r1.voorbereiding")) && !ids.contains(.text("r0.voorbereiding")))
  }
}

/// Lots of four phases and a milestone each, one after the other from May 2022.
enum DrawFixturesLike {
  static func plan(lots: Int) -> Plan {
    var plan = Plan(title: "Inkoop", organisation: "Gemeente Heerde")
    for n in 0..<lots {
      var lot = Lot(id: "r\(n)", title: "Route \(n)", procedure: .sas)
      var from = Day(year: 2022, month: 5, day: 1)!.adding(days: 7 * n)
      for (i, kind) in ["voorbereiding", "inkoopprocedure", "implementatie"].enumerated() {
        let to = from.adding(months: 2 + i)
        lot.items.append(
          Item(
            id: "r\(n).\(kind)", type: .phase, kind: kind, start: PlanDate(from),
            end: PlanDate(to)))
        from = to
      }
      lot.items.append(
        Item(
          id: "r\(n).start", type: .milestone, kind: "mijlpaal", start: PlanDate(from),
          end: PlanDate(from)))
      plan.lots.append(lot)
    }
    return plan
  }
}
