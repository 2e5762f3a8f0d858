import Testing

@testable import PlanKit

/// Seed 004 (Achterhoek) checked by hand: an openbare procedure published 1 april 2021 with a
/// 60-day tender period (legal minimum 40 with e-submission, Aw art. 2.71), 30 days to the
/// award decision, the 20-day Alcatel period, 3 months of implementation, contracts on
/// 1 januari 2022. At the minimum: 11 May, 10 June, 30 June, 30 September.
struct FeasibilityTests {
  static func day(_ iso: String) -> PlanDate { PlanDate(Day(iso: iso)!) }

  static func milestone(_ id: String, on iso: String? = nil) -> Item {
    var item = Item(
      id: id, type: .milestone, kind: "mijlpaal", start: day("2021-01-01"),
      end: day("2021-01-01"))
    item.anchor = iso.map(day)
    item.fixed = iso != nil
    return item
  }

  static func plan(publication: String = "2021-04-01") -> Plan {
    var implementation = Item(
      id: "regio.implementatie", type: .phase, kind: "implementatie", start: day("2021-01-01"),
      end: day("2021-02-01"))
    implementation.anchor = nil
    implementation.fixed = false
    implementation.length = .duration(PlanDuration(3, .months))
    var start = milestone("regio.ingang", on: "2022-01-01")
    start.deadline = day("2022-01-01")
    var plan = Plan(
      title: "Achterhoek",
      lots: [
        Lot(
          id: "regio", title: "Regionale inkoop",
          items: [
            milestone("regio.publicatie", on: publication), milestone("regio.sluiting"),
            milestone("regio.gunning"), milestone("regio.alcatel"), implementation, start,
          ])
      ])
    plan.links = [
      Link(
        from: "regio.publicatie", to: "regio.sluiting", lag: PlanDuration(60, .days),
        minimum: StatutoryPeriod(days: 40, source: "Aw 2012 art. 2.71")),
      Link(from: "regio.sluiting", to: "regio.gunning", lag: PlanDuration(30, .days)),
      Link(
        from: "regio.gunning", to: "regio.alcatel", lag: PlanDuration(20, .days),
        minimum: StatutoryPeriod(days: 20, source: "Aw 2012 art. 2.127")),
      Link(from: "regio.alcatel", to: "regio.implementatie"),
      Link(from: "regio.implementatie", to: "regio.ingang"),
    ]
    Scheduler.schedule(&plan)
    return plan
  }

  @Test func cutsStatutoryPeriodsToTheirMinimumAndKeepsTheRest() throws {
    let answer = try #require(Feasibility(Self.plan(), item: "regio.ingang"))
    #expect(answer.planned == Day(iso: "2022-01-01"))
    #expect(answer.earliest == Day(iso: "2021-09-30"))
    #expect(answer.shortened == 1)
    #expect(answer.goal == .deadline(Self.day("2022-01-01")))
    #expect(answer.slack == 93)
    #expect(answer.isFeasible)
    #expect(
      answer.chain.map(\.item.id) == [
        "regio.publicatie", "regio.sluiting", "regio.gunning", "regio.alcatel",
        "regio.implementatie", "regio.ingang",
      ])
    #expect(
      answer.chain.map(\.earliest).map(\.iso) == [
        "2021-04-01", "2021-05-11", "2021-06-10", "2021-06-30", "2021-09-30", "2021-09-30",
      ])
    #expect(answer.chain[0].link == nil)
    #expect(answer.chain[1].link?.lag == PlanDuration(40, .days))
  }

  @Test func namesTheShortfallWhenTheDateCannotBeMade() throws {
    // Published 1 September: 11 Oct, 10 Nov, 30 Nov, then 3 months to 28 Feb 2022.
    let answer = try #require(
      Feasibility(Self.plan(publication: "2021-09-01"), item: "regio.ingang"))
    #expect(answer.earliest == Day(iso: "2022-02-28"))
    #expect(answer.slack == -58)
    #expect(!answer.isFeasible)
    #expect(answer.chain.first?.item.id == "regio.publicatie")
  }

  @Test func measuresAgainstTheDateAskedBeforeTheDeadline() throws {
    let answer = try #require(
      Feasibility(Self.plan(), item: "regio.ingang", by: Self.day("2021-10-01")))
    #expect(answer.goal == .asked(Self.day("2021-10-01")))
    #expect(answer.slack == 1)
    let month = try #require(
      Feasibility(Self.plan(), item: "regio.ingang", by: PlanDate(Day(iso: "2021-09-01")!, .month)))
    #expect(month.slack == 0, "a milestone in September 2021 may fall on the 30th")
  }

  @Test func measuresAPhaseByItsEnd() throws {
    let answer = try #require(
      Feasibility(Self.plan(), item: "regio.implementatie", by: Self.day("2021-09-30")))
    #expect(answer.earliest == Day(iso: "2021-09-30"))
    #expect(answer.slack == 0)
    #expect(answer.goal == .asked(Self.day("2021-09-30")))
  }

  @Test func measuresAFixedDateWithoutDeadlineAgainstItself() throws {
    var plan = Self.plan(publication: "2021-09-01")
    plan.lots[0].items[5].deadline = nil
    let answer = try #require(Feasibility(plan, item: "regio.ingang"))
    #expect(answer.goal == .fixed(Self.day("2022-01-01")))
    #expect(answer.slack == -58)
  }

  @Test func neverBringsAFixedDateForward() throws {
    var plan = Self.plan()
    plan.lots[0].items[2] = Self.milestone("regio.gunning", on: "2021-08-02")
    Scheduler.schedule(&plan)
    let answer = try #require(Feasibility(plan, item: "regio.ingang"))
    // 2 Aug + 20 days = 22 Aug, + 3 months = 22 Nov.
    #expect(answer.earliest == Day(iso: "2021-11-22"))
    #expect(answer.chain.first?.item.id == "regio.gunning")
  }

  @Test func answersNothingForAnUnknownItemOrACircle() {
    #expect(Feasibility(Self.plan(), item: "regio.nergens") == nil)
    var plan = Self.plan()
    plan.links.append(Link(from: "regio.ingang", to: "regio.sluiting"))
    #expect(Feasibility(plan, item: "regio.ingang") == nil)
  }
}
