import PlanKit
import PlanRender
import Testing

@testable import PlanPresent

/// What a page is sent when the plan changes, on charts drawn as the meeting view draws them:
/// two lots of three phases and a milestone, from May 2022 to January 2024.
struct FrameDiffTests {
  static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

  static var plan: Plan {
    let d = { (y: Int, m: Int, dd: Int) in PlanDate(day(y, m, dd)) }
    let lots = ["r1", "r2"].map { id in
      var lot = Lot(id: id, title: "Route \(id)", procedure: .sas)
      lot.items = [
        Item(
          id: "\(id).voorbereiding", type: .phase, kind: "voorbereiding", start: d(2022, 5, 1),
          end: d(2022, 9, 1)),
        Item(
          id: "\(id).inkoopprocedure", type: .phase, kind: "inkoopprocedure",
          start: d(2022, 9, 1), end: d(2023, 7, 1)),
        Item(
          id: "\(id).implementatie", type: .phase, kind: "implementatie", start: d(2023, 7, 1),
          end: d(2024, 1, 1)),
        Item(
          id: "\(id).start", type: .milestone, kind: "mijlpaal", title: "Start uitvoering",
          start: d(2024, 1, 1), end: d(2024, 1, 1)),
      ]
      return lot
    }
    return Plan(title: "Inkoop Wmo", lots: lots)
  }

  static func frame(
    _ plan: Plan, serial: Int, today: Day? = nil, range: Range<Day>? = nil
  ) -> MeetingServer.Frame {
    var options = ChartOptions()
    options.range = range
    var content = ChartContent(plan, language: .nl, today: today, options: options)
    content.itemElements = true
    let (head, body) = HTMLExport.parts(content, plan: plan)
    return MeetingServer.Frame(
      title: plan.title, head: head, body: body, line: "", changed: [], serial: serial)
  }

  static func shifted(_ plan: Plan, lot: Int, item: Int, days: Int) -> Plan {
    var plan = plan
    let shifted = plan.lots[lot].items[item]
    plan.lots[lot].items[item].start = PlanDate(shifted.start.day.adding(days: days))
    plan.lots[lot].items[item].end = PlanDate(shifted.end.day.adding(days: days))
    return plan
  }

  /// The page's body after it put the diff's elements in place of those with their ids.
  static func applied(_ diff: FrameDiff, to frame: MeetingServer.Frame) -> String {
    let new = Dictionary(uniqueKeysWithValues: diff.replaced.map { ($0.id!, $0.markup) })
    return frame.body.pieces.map { piece in piece.id.flatMap { new[$0] } ?? piece.markup }
      .joined()
  }

  @Test func sendsOnlyTheElementsOfTheItemThatMoved() throws {
    let before = Self.frame(Self.plan, serial: 1)
    let after = Self.frame(Self.shifted(Self.plan, lot: 1, item: 1, days: 7), serial: 2)
    let diff = try #require(FrameDiff(from: before, to: after))
    #expect(diff.base == 1)
    // Its bar in the chart and its row in the table; its lot's period did not change.
    #expect(diff.replaced.map(\.id) == ["item-r2.inkoopprocedure", "row-r2.inkoopprocedure"])
    #expect(Self.applied(diff, to: before) == after.body.text)
  }

  @Test func sendsTheLotsSummaryBarWhenItsPeriodChanged() throws {
    let before = Self.frame(Self.plan, serial: 1)
    // A week: its dates take as much room as before ("8 mei 2022"), the chart stays where it is.
    let after = Self.frame(Self.shifted(Self.plan, lot: 0, item: 0, days: 7), serial: 2)
    let diff = try #require(FrameDiff(from: before, to: after))
    #expect(diff.replaced.compactMap(\.id).contains("item-r1"))
    #expect(diff.replaced.compactMap(\.id).contains("item-r1.voorbereiding"))
    #expect(!diff.replaced.compactMap(\.id).contains { $0.hasPrefix("item-r2") })
    #expect(Self.applied(diff, to: before) == after.body.text)
  }

  @Test func sendsTheStatusDateAndTodayLineAsElementsOfTheirOwn() throws {
    let before = Self.frame(Self.plan, serial: 4, today: Self.day(2022, 10, 3))
    let after = Self.frame(Self.plan, serial: 5, today: Self.day(2022, 10, 10))
    let diff = try #require(FrameDiff(from: before, to: after))
    #expect(diff.base == 4)
    #expect(diff.replaced.map(\.id) == ["chart-header", "chart-today"])
    #expect(Self.applied(diff, to: before) == after.body.text)
  }

  @Test func sendsTheWholeFrameWhenTheTimeAxisChanges() {
    let before = Self.frame(Self.plan, serial: 1)
    let later = Self.frame(Self.shifted(Self.plan, lot: 1, item: 3, days: 200), serial: 2)
    #expect(FrameDiff(from: before, to: later) == nil)
  }

  @Test func sendsADiffOnTheFixedAxisOfAReplay() throws {
    let axis = Self.day(2022, 1, 1)..<Self.day(2025, 1, 1)
    let before = Self.frame(Self.plan, serial: 1, range: axis)
    let later = Self.frame(
      Self.shifted(Self.plan, lot: 1, item: 3, days: 200), serial: 2, range: axis)
    let diff = try #require(FrameDiff(from: before, to: later))
    #expect(diff.replaced.map(\.id) == ["item-r2", "item-r2.start", "row-r2.start"])
  }

  @Test func sendsTheWholeFrameWhenARowIsAdded() {
    var grown = Self.plan
    grown.lots[0].items.insert(
      Item(
        id: "r1.extra", type: .phase, kind: "extra", start: PlanDate(Self.day(2022, 6, 1)),
        end: PlanDate(Self.day(2022, 7, 1))), at: 1)
    #expect(
      FrameDiff(from: Self.frame(Self.plan, serial: 1), to: Self.frame(grown, serial: 2)) == nil)
  }

  @Test func sendsTheWholeFrameToAPageThatHasNone() {
    #expect(FrameDiff(from: nil, to: Self.frame(Self.plan, serial: 1)) == nil)
  }

  @Test func sendsTheWholeFrameWhenMostOfItChanged() {
    func frame(_ label: String, _ labels: String...) -> MeetingServer.Frame {
      var body = MarkupPieces("<svg>")
      for (i, label) in ([label] + labels).enumerated() {
        body.append(element: "<g id=\"item-\(i)\"><title>\(label)</title></g>", id: "item-\(i)")
      }
      return MeetingServer.Frame(title: "", head: "", body: body, line: "", changed: [], serial: 1)
    }
    #expect(FrameDiff(from: frame("a", "b", "c"), to: frame("a", "b", "d")) != nil)
    #expect(FrameDiff(from: frame("a", "b", "c"), to: frame("a", "e", "d")) == nil)
  }

  @Test func sendsTheWholeFrameWhenAnIdComesTwice() {
    var body = MarkupPieces("<svg>")
    body.append(element: "<g id=\"item-a\"></g>", id: "item-a")
    body.append(element: "<g id=\"item-a\"><rect/></g>", id: "item-a")
    let old = MeetingServer.Frame(
      title: "", head: "", body: body, line: "", changed: [], serial: 1)
    var new = old
    new.body = MarkupPieces("<svg>")
    new.body.append(element: "<g id=\"item-a\"><rect/></g>", id: "item-a")
    new.body.append(element: "<g id=\"item-a\"><rect/></g>", id: "item-a")
    #expect(FrameDiff(from: old, to: new) == nil)
  }
}
