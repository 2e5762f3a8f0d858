import PlanKit
import Testing

@testable import PlanDraw
@testable import PlanRender

/// Text as wide as its characters, half the font size each: layouts that do not depend on
/// the fonts installed.
struct FixedWidth: TextMeasure {
  func width(_ text: String, _ font: Font) -> Double { Double(text.count) * font.size / 2 }
}

enum DrawFixtures {
  static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

  /// `lots` lots of four phases and a milestone, one after the other from May 2022.
  static func plan(lots: Int, title: String = "Inkoop Wmo en Participatie 2024") -> Plan {
    var plan = Plan(title: title, organisation: "Gemeente Heerde")
    for n in 0..<lots {
      var lot = Lot(id: "r\(n)", title: "Route \(n): zorg ouderen en HbH", procedure: .sas)
      let start = day(2022, 5, 1).adding(days: 7 * n)
      var from = start
      for (i, kind) in ["voorbereiding", "inkoopprocedure", "implementatie", "uitvoering"]
        .enumerated()
      {
        let to = from.adding(months: 2 + i)
        lot.items.append(
          Item(
            id: "r\(n).\(kind)", type: .phase, kind: kind, start: PlanDate(from),
            end: PlanDate(to)))
        from = to
      }
      lot.items.append(
        Item(
          id: "r\(n).start", type: .milestone, kind: "mijlpaal", title: "Start uitvoering \(n)",
          start: PlanDate(from), end: PlanDate(from)))
      plan.lots.append(lot)
    }
    return plan
  }

  static func content(lots: Int, language: Language = .nl) -> ChartContent {
    ChartContent(plan(lots: lots), language: language, today: day(2022, 9, 1))
  }
}

struct ChartLayoutTests {
  let a4 = ChartLayout.a4Landscape.height

  @Test func putsASmallPlanOnOnePageWithRoomyRows() {
    let layout = ChartLayout(DrawFixtures.content(lots: 3), measure: FixedWidth(), height: a4)
    #expect(layout.pages.count == 1)
    #expect(layout.pages[0].rows.map(\.index) == Array(0..<18))
    #expect(layout.rowHeight == ChartStyle.roomyRow)
    #expect(layout.pages[0].bottom <= a4 - ChartStyle.margin - ChartStyle.footer)
  }

  @Test func squeezesFortyRowsOntoOnePage() {
    var content = DrawFixtures.content(lots: 7)
    content.rows.removeLast(2)
    #expect(content.rows.count == 40)
    let layout = ChartLayout(content, measure: FixedWidth(), height: a4)
    #expect(layout.pages.count == 1)
    #expect(layout.rowHeight < ChartStyle.roomyRow && layout.rowHeight >= ChartStyle.smallestRow)
  }

  @Test func repeatsTheLotHeadingOnAPageThatContinuesIt() {
    let content = DrawFixtures.content(lots: 30)
    let layout = ChartLayout(content, measure: FixedWidth(), height: a4)
    #expect(layout.pages.count > 3)
    var seen: [Int] = []
    for page in layout.pages {
      let first = page.rows[0]
      #expect(content.rows[first.index].isHeading)
      #expect(first.y == layout.rowsTop)
      #expect(page.bottom <= a4 - ChartStyle.margin - ChartStyle.footer - ChartStyle.todayLabel)
      seen += page.rows.filter { !$0.continued }.map(\.index)
      if first.continued { #expect(content.rows[page.rows[1].index].heading == first.index) }
    }
    // Every row once, in order, besides the repeated headings.
    #expect(seen == Array(content.rows.indices))
  }

  @Test func keepsAHeadingWithItsFirstItem() {
    let content = DrawFixtures.content(lots: 30)
    let layout = ChartLayout(content, measure: FixedWidth(), height: a4)
    for page in layout.pages {
      #expect(!content.rows[page.rows.last!.index].isHeading)
    }
  }

  @Test func growsAPictureToItsRows() {
    let content = DrawFixtures.content(lots: 30)
    let layout = ChartLayout(content, measure: FixedWidth(), height: nil)
    #expect(layout.pages.count == 1)
    #expect(layout.pages[0].rows.count == content.rows.count)
    #expect(layout.height > layout.pages[0].bottom)
  }

  @Test func wrapsALongLabelAtSpacesAndGivesItsRowRoom() {
    var plan = DrawFixtures.plan(lots: 1)
    let long = Array(repeating: "ondersteuning", count: 8).joined(separator: " ")
    plan.lots[0].items[4].title = long
    let content = ChartContent(plan, language: .nl, today: nil)
    let layout = ChartLayout(content, measure: FixedWidth(), height: a4)
    let placed = layout.pages[0].rows[5]
    #expect(placed.lines.count == 2)
    #expect(placed.lines.joined(separator: " ") == long)
    #expect(placed.height == layout.rowHeight + ChartStyle.lineHeight)
  }

  @Test func endsALabelTooLongForThreeLinesWithAnEllipsis() {
    let lines = ChartLayout.wrap(
      Array(repeating: "woord", count: 40).joined(separator: " "), 100, ChartStyle.label,
      FixedWidth())
    #expect(lines.count == ChartStyle.maximumLines)
    #expect(lines.last!.hasSuffix(" …"))
    #expect(lines.allSatisfy { FixedWidth().width($0, ChartStyle.label) <= 100 })
  }

  @Test func cutsAWordWiderThanTheColumn() {
    let lines = ChartLayout.wrap(
      String(repeating: "x", count: 60), 100, ChartStyle.label, FixedWidth())
    #expect(lines.count == 3 || lines.joined() == String(repeating: "x", count: 60))
    #expect(lines.allSatisfy { FixedWidth().width($0, ChartStyle.label) <= 100 })
  }

  @Test func shrinksALongTitleBesideTheStatusDate() {
    let plan = DrawFixtures.plan(lots: 1, title: String(repeating: "Inkoop ", count: 20))
    let layout = ChartLayout(
      ChartContent(plan, language: .nl, today: DrawFixtures.day(2022, 1, 1)), measure: FixedWidth(),
      height: a4)
    #expect(layout.titleFont.size < ChartStyle.title.size)
    #expect(layout.titleFont.size >= ChartStyle.smallestTitle)
  }

  @Test func drawsTheTodayLineOnlyWithinTheAxis() {
    let inside = ChartLayout(DrawFixtures.content(lots: 2), measure: FixedWidth(), height: a4)
    #expect(inside.showsToday)
    let outside = ChartLayout(
      ChartContent(DrawFixtures.plan(lots: 2), language: .nl, today: DrawFixtures.day(2030, 1, 1)),
      measure: FixedWidth(), height: a4)
    #expect(!outside.showsToday)
    #expect(ChartLayout.status(outside.content) == "Stand per 1 jan. 2030")
  }
}
