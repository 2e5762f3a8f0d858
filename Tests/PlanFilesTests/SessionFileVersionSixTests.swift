import Foundation
import PlanFiles
import PlanKit
import Testing

/// Version 6 of the session file: the parts of quarters, and decisions on their meeting inside
/// a vague date's window. A plan without them is still written at the version it needs.
struct SessionFileVersionSixTests {
  static func milestone(_ id: String, _ kind: String, _ date: PlanDate) -> Plan {
    Plan(
      title: "P",
      milestones: [Item(id: id, type: .milestone, kind: kind, start: date, end: date)])
  }

  static func version(_ text: String) -> Int? {
    let match = text.range(of: #""version": \d+"#, options: .regularExpression)
    return match.flatMap { Int(text[$0].split(separator: " ").last!) }
  }

  @Test func writesAPartOfAQuarterAtVersionSixAndReadsItBack() throws {
    let june = PlanDate(Day(year: 2023, month: 6, day: 1)!, .lateQuarter)
    let text = SessionFile.encode(Self.milestone("m", "mijlpaal", june), Settings())
    #expect(Self.version(text) == 6)
    #expect(text.contains(#""startPrecision": "late-quarter""#))
    let read = try SessionFile.decode(text)
    #expect(read.plan.item("m")?.start == june)
    #expect(read.plan.item("m")?.start.text(.nl) == "eind Q2 2023")
  }

  @Test func writesADecisionInsideItsWindowAtVersionSix() throws {
    let tuesday = PlanDate(Day(year: 2021, month: 2, day: 23)!, .lateMonth)
    let text = SessionFile.encode(Self.milestone("college", "collegebesluit", tuesday), Settings())
    #expect(Self.version(text) == 6)
    let read = try SessionFile.decode(text)
    #expect(read.plan.item("college")?.start == tuesday)
  }

  @Test func keepsAnOlderVersionForAPlanWithoutThem() {
    let month = PlanDate(Day(year: 2023, month: 6, day: 1)!, .month)
    #expect(
      Self.version(SessionFile.encode(Self.milestone("m", "mijlpaal", month), Settings())) == 3)
  }

  @Test func readsTheSeedSessionsOfVersionFiveAsBefore() throws {
    let root = String(#filePath.split(separator: "/Tests/")[0])
    let text = try String(contentsOfFile: root + "/sessions/002-routes.json", encoding: .utf8)
    #expect(Self.version(text) == 5)
    #expect(try SessionFile.decode(text).plan.lots.count == 3)
  }
}
