import PlanKit
import Testing

@testable import PlanRender

struct ChartContentTests {
  static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

  /// The Achterhoek seed's kinds of dates: a season, a month's end, a deadline, a plan milestone.
  static var vaguePlan: Plan {
    var lot = Lot(id: "regio", title: "Regionale inkoop", procedure: .openbaar)
    var publicatie = Item(
      id: "regio.publicatie", type: .milestone, kind: "publicatie", title: "Publicatie",
      start: PlanDate(day(2021, 4, 1)), end: PlanDate(day(2021, 4, 1)))
    publicatie.deadline = PlanDate(day(2021, 4, 1))
    lot.items = [
      Item(
        id: "regio.dialoog", type: .phase, kind: "communicatie", title: "Dialoog",
        start: PlanDate(day(2020, 6, 1), .season), end: PlanDate(day(2021, 4, 1))),
      Item(
        id: "regio.kwaliteit", type: .milestone, kind: "collegebesluit", title: "Kwaliteitskader",
        start: PlanDate(day(2021, 2, 21), .lateMonth), end: PlanDate(day(2021, 2, 21), .lateMonth)),
      publicatie,
      Item(
        id: "regio.selectie", type: .phase, kind: "selectie",
        start: PlanDate(day(2021, 4, 1), .month), end: PlanDate(day(2021, 6, 1), .month)),
    ]
    let besluit = Item(
      id: "besluit", type: .milestone, kind: "raadsbesluit", title: "Raad: \u{202E}geen wensen",
      start: PlanDate(day(2020, 12, 15)), end: PlanDate(day(2020, 12, 15)))
    return Plan(title: "Regionale inkoop", lots: [lot], milestones: [besluit])
  }

  @Test func listsEachLotAboveItsItemsAndThePlansMilestonesLast() {
    let content = ChartContent(
      Self.vaguePlan, language: .nl, today: Self.day(2021, 3, 1), critical: ["regio.dialoog"])
    #expect(
      content.rows.map(\.kind) == [
        .lot, .phase, .milestone, .milestone, .phase, .group, .milestone,
      ])
    #expect(content.rows.map(\.label).first == "Regionale inkoop")
    #expect(content.rows[1].critical && !content.rows[2].critical)
    #expect(content.rows[1...4].allSatisfy { $0.heading == 0 })
    #expect(content.rows[6].heading == 5)
    #expect(content.rows[5].label == "Plan (alle percelen)")
  }

  @Test func givesCoarseDatesTheWindowTheyStandFor() {
    let rows = ChartContent(Self.vaguePlan, language: .nl, today: nil).rows
    // "zomer 2020" as a start: June to August.
    #expect(rows[1].startWindow == Self.day(2020, 6, 1)..<Self.day(2020, 9, 1))
    #expect(rows[1].endWindow == nil)
    // "eind februari 2021": the last ten days or so of February.
    #expect(rows[2].startWindow == Self.day(2021, 2, 21)..<Self.day(2021, 3, 1))
    // "apr 2021 – mei 2021": the end is the whole of May.
    #expect(rows[4].dates == "april 2021 – mei 2021")
    #expect(rows[4].endWindow == Self.day(2021, 5, 1)..<Self.day(2021, 6, 1))
    #expect(
      rows[3].startWindow == nil && rows[3].days == Self.day(2021, 4, 1)..<Self.day(2021, 4, 2))
  }

  @Test func marksADeadlineAtTheEndOfItsDayForAMilestone() {
    let rows = ChartContent(Self.vaguePlan, language: .nl, today: nil).rows
    #expect(rows[3].deadline == Self.day(2021, 4, 2))
  }

  @Test func writesALotsPeriodAtThePrecisionOfItsDates() {
    let content = ChartContent(Self.vaguePlan, language: .nl, today: nil)
    #expect(content.rows[0].dates == "zomer 2020 – mei 2021")
    #expect(content.rows[0].days == Self.day(2020, 6, 1)..<Self.day(2021, 6, 1))
    var single = Self.vaguePlan
    single.lots[0].items = [single.lots[0].items[2]]
    #expect(ChartContent(single, language: .en, today: nil).rows[0].dates == "1 Apr 2021")
  }

  @Test func coversEveryRowWindowAndDeadlineInItsSpan() {
    let content = ChartContent(Self.vaguePlan, language: .nl, today: nil)
    #expect(content.span == Self.day(2020, 6, 1)..<Self.day(2021, 6, 1))
  }

  @Test func keepsNoDirectionOrControlCharacterInALabel() {
    let content = ChartContent(Self.vaguePlan, language: .nl, today: nil)
    #expect(!content.rows.contains { $0.label.unicodeScalars.contains { $0.isBidiControl } })
    #expect(content.rows.last?.label.contains("geen wensen") == true)
  }

  @Test func leavesOutALotWithoutItems() {
    var plan = Self.vaguePlan
    plan.lots.append(Lot(id: "leeg", title: "Leeg perceel", procedure: nil))
    #expect(!ChartContent(plan, language: .nl, today: nil).rows.contains { $0.id == "leeg" })
    #expect(ChartContent(Plan(), language: .nl, today: nil).span == nil)
  }
}
