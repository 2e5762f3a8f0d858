import Testing

@testable import PlanKit

struct DecisionCalendarTests {
  static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

  static func decision(_ id: String, _ kind: DecisionKind, _ day: Day) -> Item {
    Item(id: id, type: .milestone, kind: kind.rawValue, start: PlanDate(day), end: PlanDate(day))
  }

  static func calendar(_ plan: Plan, today: Day) -> DecisionCalendar {
    DecisionCalendar(plan, today: today, workdays: WorkdayTable(plan.calendar, years: 2020...2022))
  }

  @Test func countsTheDayToHandInBackFromTheMeeting() {
    // Seed 004: the college decides on the inkoopdocumenten on Tuesday 23 March 2021.
    let plan = Plan(milestones: [Self.decision("docs", .collegebesluit, Self.day(2021, 3, 23))])
    let entry = Self.calendar(plan, today: Self.day(2021, 2, 10)).entries[0]
    #expect(entry.meeting == Self.day(2021, 3, 23))
    #expect(entry.handIn == Self.day(2021, 3, 2))
    #expect(entry.status == .due(workingDays: 14))
  }

  @Test func countsARaadsvoorstelBackFromTheCommissieBeforeTheRaad() {
    // Seed 000: the raad decides on 20 April 2020; its commissie met on 6 April.
    var plan = Plan(milestones: [Self.decision("hbh", .raadsbesluit, Self.day(2020, 4, 20))])
    plan.meetings.council = [Self.day(2019, 7, 8), Self.day(2020, 4, 20)]
    #expect(
      Self.calendar(plan, today: Self.day(2020, 1, 6)).entries[0].handIn == Self.day(2020, 2, 24))
    plan.meetings.committee = [Self.day(2019, 6, 24), Self.day(2020, 4, 6), Self.day(2020, 4, 20)]
    let entry = Self.calendar(plan, today: Self.day(2020, 1, 6)).entries[0]
    // The commissie of the raad's own day does not prepare it: the one before does.
    #expect(entry.committee == Self.day(2020, 4, 6))
    #expect(entry.handIn == Self.day(2020, 3, 16))
    plan.meetings.committeeLeadTime = PlanDuration(4, .weeks)
    #expect(
      Self.calendar(plan, today: Self.day(2020, 1, 6)).entries[0].handIn == Self.day(2020, 3, 9))
  }

  @Test func takesAPortefeuillehoudersDecisionOnAWorkingDayOfItsOwn() {
    // Saturday 16 May 2020: the wethouder signs on Friday 15 May, at no meeting; the memo is due
    // a week before, Friday 8 May.
    let plan = Plan(milestones: [
      Self.decision("mandaat", .portefeuillehouderbesluit, Self.day(2020, 5, 16))
    ])
    let entry = Self.calendar(plan, today: Self.day(2020, 5, 11)).entries[0]
    #expect(entry.meeting == Self.day(2020, 5, 15))
    #expect(entry.body.nl == "portefeuillehouder")
    #expect(entry.handIn == Self.day(2020, 5, 8))
    // A working day late on Monday 11 May: it can still be signed on Monday 18 May, whose memo
    // is due that day.
    #expect(entry.status == .late(workingDays: 1, next: Self.day(2020, 5, 18)))
    #expect(DecisionKind.named("wethouder") == .portefeuillehouderbesluit)
  }

  @Test func putsADecisionOffTheMeetingDayOnTheMeetingBefore() {
    // Seed 000: "vastgesteld door het college" by Monday 18 May 2020: the Tuesday before.
    let plan = Plan(milestones: [Self.decision("strategie", .collegebesluit, Self.day(2020, 5, 18))]
    )
    #expect(
      Self.calendar(plan, today: Self.day(2020, 4, 1)).entries[0].meeting == Self.day(2020, 5, 12))
  }

  @Test func skipsTheMeetingsThatFallOnAHoliday() {
    // Tuesday 26 December 2023 is Tweede Kerstdag: the college met on the 19th.
    let plan = Plan(milestones: [Self.decision("gunning", .collegebesluit, Self.day(2023, 12, 26))])
    let workdays = WorkdayTable(plan.calendar, years: 2023...2024)
    let entry = DecisionCalendar(plan, today: Self.day(2023, 11, 1), workdays: workdays).entries[0]
    #expect(entry.meeting == Self.day(2023, 12, 19))
    // Due Tuesday 28 November, three working days late on Friday 1 December: the next meeting
    // is not the 26th but 2 January.
    let late = DecisionCalendar(plan, today: Self.day(2023, 12, 1), workdays: workdays).entries[0]
    #expect(late.status == .late(workingDays: 3, next: Self.day(2024, 1, 2)))
    #expect(plan.calendar.dayOff(Self.day(2023, 12, 26))?.nl == "Tweede Kerstdag")
    #expect(plan.calendar.dayOff(Self.day(2023, 12, 27)) == nil)
  }

  /// Seed 004: the region agrees once the last college has decided; with colleges late, it
  /// waits for them, and it is not taken on Tweede Paasdag.
  @Test func letsARegionalDecisionWaitForItsLateColleges() {
    var plan = Plan(milestones: [
      Self.decision("college-baarn", .collegebesluit, Self.day(2021, 3, 23)),
      Self.decision("college-leusden", .collegebesluit, Self.day(2021, 4, 6)),
      Self.decision("regio", .regiobesluit, Self.day(2021, 4, 5)),
    ])
    plan.appendLinks([
      Link(from: "college-baarn", to: "regio"), Link(from: "college-leusden", to: "regio"),
    ])
    let entries = Self.calendar(plan, today: Self.day(2021, 3, 10)).entries
    let regio = entries.first { $0.item.id == "regio" }!
    #expect(regio.meeting == Self.day(2021, 4, 6))
    // Baarn was to hand in by 2 March; the first meeting it can still make is 6 April (hand in
    // by 16 March). Leusden is in time.
    #expect(regio.status == .waiting(on: ["college-baarn"], earliest: Self.day(2021, 4, 6)))
    let inTime = Self.calendar(plan, today: Self.day(2021, 2, 1)).entries
    #expect(inTime.first { $0.item.id == "regio" }!.status == .due(workingDays: 31))
  }

  @Test func saysWhenAProposalIsLateAndWhichMeetingCanStillBeMade() {
    let plan = Plan(milestones: [Self.decision("fin", .collegebesluit, Self.day(2021, 3, 2))])
    let entry = Self.calendar(plan, today: Self.day(2021, 2, 10)).entries[0]
    // Due 9 February; on the 10th the first meeting still in reach is 9 March.
    #expect(entry.status == .late(workingDays: 1, next: Self.day(2021, 3, 9)))
  }

  @Test func usesTheCouncilsDatesAndItsOwnLeadTime() {
    var plan = Plan(milestones: [Self.decision("raad", .raadsbesluit, Self.day(2020, 12, 17))])
    plan.meetings.council = [Self.day(2020, 12, 15), Self.day(2021, 1, 26)]
    plan.meetings.leadTimes[.raadsbesluit] = PlanDuration(6, .weeks)
    let entry = Self.calendar(plan, today: Self.day(2020, 11, 20)).entries[0]
    #expect(entry.meeting == Self.day(2020, 12, 15) && entry.meetingKnown)
    #expect(entry.handIn == Self.day(2020, 11, 3))
    #expect(entry.status == .late(workingDays: 13, next: Self.day(2021, 1, 26)))
  }

  @Test func namesEachMunicipalitysCollegeThatARegionalDecisionWaitsFor() {
    var plan = Plan(milestones: [
      Self.decision("college-baarn", .collegebesluit, Self.day(2021, 3, 8)),
      Self.decision("college-uitgangspunten", .collegebesluit, Self.day(2021, 3, 9)),
      Self.decision("regio", .regiobesluit, Self.day(2021, 3, 9)),
    ])
    plan.appendLinks([Link(from: "college-baarn", to: "regio")])
    plan.meetings.colleges["college-baarn"] = 1
    let entries = Self.calendar(plan, today: Self.day(2021, 2, 1)).entries
    #expect(entries.map { $0.body.nl } == ["college Baarn", "college", "regio"])
    #expect(entries[0].meeting == Self.day(2021, 3, 8))
  }

  @Test func namesIJsselstreekTheDutchWay() {
    let item = Item(
      id: "college-oude-ijsselstreek", type: .milestone, kind: "collegebesluit",
      start: PlanDate(Day(year: 2021, month: 3, day: 9)!),
      end: PlanDate(Day(year: 2021, month: 3, day: 9)!))
    #expect(
      DecisionCalendar.college(item, Meetings(), regional: true).nl
        == "college Oude IJsselstreek")
  }
}
