import PlanKit
import Testing

@testable import PlanRender

/// `export mspdi`: the elements MS Project reads, in the schema's order, and nothing of a
/// title's making.
@Suite struct MSPDIExportTests {
  static var xml: String { MSPDIExport.render(GanttChartTests.designPlan) }

  @Test func writesTheMSProjectNamespaceAndOneTaskPerLotAndItem() {
    let plan = GanttChartTests.designPlan
    #expect(Self.xml.contains("<Project xmlns=\"http://schemas.microsoft.com/project\">"))
    let tasks = Self.xml.components(separatedBy: "<Task>").count - 1
    #expect(tasks == plan.lots.count + plan.itemCount)
    #expect(Self.xml.contains("<OutlineLevel>1</OutlineLevel>"))
    #expect(Self.xml.contains("<Summary>1</Summary>"))
  }

  @Test func writesTaskElementsInTheSchemasOrder() {
    let order = [
      "<UID>", "<ID>", "<Name>", "<Type>", "<IsNull>", "<WBS>", "<OutlineNumber>",
      "<OutlineLevel>", "<Start>", "<Finish>", "<Duration>", "<DurationFormat>", "<Milestone>",
      "<Summary>", "<ConstraintType>", "<PredecessorLink>", "<ExtendedAttribute>",
    ]
    for task in Self.xml.components(separatedBy: "<Task>").dropFirst() {
      let positions = order.compactMap { task.range(of: $0)?.lowerBound }
      #expect(positions == positions.sorted())
    }
  }

  @Test func writesLagsInTenthsOfAMinuteWithTheirFormat() {
    #expect(MSPDITasks.lag(PlanDuration(2, .days)) == (28_800, 8))
    #expect(MSPDITasks.lag(PlanDuration(1, .weeks)) == (100_800, 10))
    #expect(MSPDITasks.lag(PlanDuration(2, .months)) == (864_000, 12))
    #expect(MSPDITasks.lag(PlanDuration(10, .workingDays)) == (48_000, 7))
    #expect(MSPDITasks.lag(PlanDuration(-1, .workingDays)) == (-4_800, 7))
  }

  @Test func escapesMarkupAndDropsControlCharacters() {
    #expect("a <b> & \"c\" 'd'".xmlText == "a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;")
    #expect("regel\neen\u{1B}[2J\u{202E}x\u{0}".xmlText == "regel een [2J x")
  }

  @Test func writesTheCalendarsHolidaysAndClosingsAsNamedExceptions() {
    var plan = GanttChartTests.designPlan
    plan.calendar.closings = [
      Closing(days: Day(iso: "2022-12-27")!..<Day(iso: "2023-01-03")!, title: "Kerstsluiting")
    ]
    let xml = MSPDIExport.render(plan)
    #expect(xml.contains("<Name>Koningsdag</Name>"))
    #expect(xml.contains("<FromDate>2022-12-27T00:00:00</FromDate>"))
    #expect(xml.contains("<ToDate>2023-01-02T23:59:00</ToDate>"))
    #expect(xml.contains("<Name>Kerstsluiting</Name>"))
  }
}
