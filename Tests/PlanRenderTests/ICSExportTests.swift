import PlanKit
import Testing

@testable import PlanRender

struct ICSExportTests {
  func render(_ plan: Plan, everything: Bool = false) -> String {
    ICSExport.render(plan, everything: everything, stamp: "20261123T051400Z", language: .nl)
  }

  @Test func writesAllDayMilestonesWithStableIDs() {
    let ics = render(GanttChartTests.designPlan)
    #expect(
      ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Planwerk//Planwerk 0.1//NL\r\n"))
    #expect(ics.hasSuffix("END:VEVENT\r\nEND:VCALENDAR\r\n"))
    #expect(ics.components(separatedBy: "BEGIN:VEVENT").count == 2)
    #expect(ics.contains("DTSTART;VALUE=DATE:20240101\r\nDTEND;VALUE=DATE:20240102\r\n"))
    #expect(ics.contains("SUMMARY:Start uitvoering\r\n"))
    #expect(ics.contains("UID:r1.start@"))
    #expect(render(GanttChartTests.designPlan) == ics)
  }

  @Test func writesPhasesWithTheirExclusiveEndWhenAskedForEverything() {
    let ics = render(GanttChartTests.designPlan, everything: true)
    #expect(ics.components(separatedBy: "BEGIN:VEVENT").count == 5)
    #expect(ics.contains("DTSTART;VALUE=DATE:20220501\r\nDTEND;VALUE=DATE:20220901\r\n"))
  }

  @Test func foldsLongLinesAndEscapesText() {
    let ics = render(ExportFixtures.plan)
    for line in ics.components(separatedBy: "\r\n") {
      #expect(line.utf8.count <= 75, "\(line)")
      #expect(!line.unicodeScalars.contains { $0.value < 0x20 })
    }
    let unfolded = ics.replacingOccurrences("\r\n ", with: "")
    #expect(
      unfolded.contains(
        "SUMMARY:=HYPERLINK(\"http://x\"\\;\"klik\") <script>alert(1)</script>\\; a\\, b # c: d\\nnieuwe regel ]0\\;titel[2J\r\n"
      ))
    #expect(
      ICSExport.fold(String(repeating: "é", count: 60)).components(separatedBy: "\r\n ").allSatisfy
      { $0.utf8.count <= 75 })
  }
}
