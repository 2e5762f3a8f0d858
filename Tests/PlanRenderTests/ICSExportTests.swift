import PlanKit
import Testing

@testable import PlanRender

struct ICSExportTests {
  func render(_ plan: Plan, everything: Bool = false) -> String {
    ICSExport.render(plan, everything: everything, stamp: "20261123T051400Z", language: .nl).text
  }

  @Test func writesAllDayMilestonesWithStableIDs() {
    let ics = render(GanttChartTests.designPlan)
    #expect(
      ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Planwerk//Planwerk 0.1//NL\r\n"))
    #expect(ics.hasSuffix("END:VEVENT\r\nEND:VCALENDAR\r\n"))
    #expect(ics.components(separatedBy: "BEGIN:VEVENT").count == 2)
    #expect(ics.contains("DTSTART;VALUE=DATE:20240101\r\nDTEND;VALUE=DATE:20240102\r\n"))
    // Three routes start on one day: the summary says which.
    #expect(ics.contains("SUMMARY:Start uitvoering — Route 1\r\n"))
    #expect(!ics.contains("VALARM"))
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
        "SUMMARY:=HYPERLINK(\"http://x\"\\;\"klik\") <script>alert(1)</script>\\; a\\, b # c: d\\nnieuwe regel ]0\\;titel[2J — Route 1\\; \"SAS\"\r\n"
      ))
    #expect(
      ICSExport.fold(String(repeating: "é", count: 60)).components(separatedBy: "\r\n ").allSatisfy
      { $0.utf8.count <= 75 })
  }

  @Test func writesAVagueMilestoneOverItsWindowWithTheWindowInItsSummary() {
    var plan = GanttChartTests.designPlan
    let late = PlanDate(Day(year: 2021, month: 2, day: 23)!, .lateMonth)
    plan.appendItem(
      Item(id: "besluit", type: .milestone, kind: "collegebesluit", start: late, end: late),
      toLot: nil)
    let ics = render(plan).replacingOccurrences("\r\n ", with: "")
    #expect(ics.contains("DTSTART;VALUE=DATE:20210221\r\nDTEND;VALUE=DATE:20210301\r\n"))
    #expect(ics.contains("SUMMARY:Besluit (eind februari 2021)\r\n"))
  }

  @Test func writesAReminderBeforeEachEvent() {
    let ics = ICSExport.render(
      GanttChartTests.designPlan, everything: true, stamp: "20261123T051400Z", language: .nl,
      reminder: { day in day.civil.month == 1 ? 11 : 7 }
    ).text
    #expect(ics.components(separatedBy: "BEGIN:VALARM").count == 5)
    #expect(
      ics.contains(
        "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Start uitvoering — Route 1\r\nTRIGGER;RELATED=START:-P11D\r\nEND:VALARM\r\nEND:VEVENT"
      ))
  }

  @Test func raisesAnEventsSequenceOnlyWhenWhatItShowsChanges() {
    var plan = GanttChartTests.designPlan
    let first = ICSExport.render(plan, everything: true, stamp: "20261101T080000Z", language: .nl)
    #expect(first.text.contains("LAST-MODIFIED:20261101T080000Z\r\nSEQUENCE:0\r\n"))
    let same = ICSExport.render(
      plan, everything: true, stamp: "20261102T080000Z", language: .nl, published: first.published)
    #expect(same.published == first.published)
    #expect(!same.text.contains("SEQUENCE:1"))
    var item = plan.lots[0].items[3]
    item.start = PlanDate(Day(year: 2024, month: 2, day: 1)!)
    item.end = item.start
    plan.setItem(item, at: plan.location(of: item.id)!)
    let moved = ICSExport.render(
      plan, everything: true, stamp: "20261103T080000Z", language: .nl, published: same.published)
    let uid = moved.published.keys.first { $0.hasPrefix("r1.start@") }!
    #expect(moved.published[uid]?.sequence == 1)
    #expect(moved.published[uid]?.modified == "20261103T080000Z")
    #expect(moved.text.components(separatedBy: "SEQUENCE:1").count == 2)
  }
}
