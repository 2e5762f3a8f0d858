import Testing

@testable import PlanKit

struct CheckerTests {
  func date(_ iso: String, _ precision: DatePrecision = .day) -> PlanDate {
    PlanDate(Day(iso: iso)!, precision)
  }

  func phase(_ id: String, _ kind: String, _ from: String, _ to: String) -> Item {
    Item(id: id, type: .phase, kind: kind, start: date(from), end: date(to))
  }

  func findings(_ plan: Plan, today: String? = nil) -> [Finding] {
    var plan = plan
    Scheduler.schedule(&plan)
    return Checker(plan, today: today.flatMap { Day(iso: $0) }).findings()
  }

  var route: Plan {
    Plan(
      title: "t",
      lots: [
        Lot(
          id: "r1", title: "Route 1",
          items: [
            phase("r1.voorbereiding", "voorbereiding", "2022-05-01", "2022-09-01"),
            phase("r1.inkoopprocedure", "inkoopprocedure", "2022-09-01", "2023-07-01"),
            phase("r1.implementatie", "implementatie", "2023-07-01", "2024-01-01"),
            Item(
              id: "r1.start", type: .milestone, kind: "mijlpaal", title: "Start uitvoering",
              start: date("2024-01-01"), end: date("2024-01-01")),
          ])
      ])
  }

  @Test func findsNothingInAPlanInOrder() {
    #expect(findings(route, today: "2022-05-01").isEmpty)
  }

  @Test func reportsAMissedDeadlineByHowMuch() {
    var plan = route
    plan.lots[0].items[2].deadline = date("2023-11-01")
    plan.lots[0].items[3].deadline = date("2024-01-01", .month)
    let found = findings(plan)
    #expect(found.map(\.kind) == [.missedDeadline])
    #expect(found[0].days == 61)
    #expect(
      found[0].message.nl.hasPrefix(
        "r1.implementatie (1 jan. 2024) mist de uiterste datum 1 nov. 2023 met 2 maanden"))
    // "uiterlijk december 2023" allows the whole month, not 1 januari.
    plan.lots[0].items[3].deadline = date("2023-12-01", .month)
    #expect(findings(plan).map(\.items) == [["r1.implementatie"], ["r1.start"]])
  }

  @Test func reportsAMilestoneBeforeTheEndOfThePhaseItConcludes() {
    var plan = route
    plan.links = [Link(from: "r1.implementatie", to: "r1.start")]
    plan.lots[0].items[2].anchor = date("2023-09-01")
    plan.lots[0].items[2].length = .duration(PlanDuration(6, .months))
    let found = findings(plan)
    #expect(found.map(\.kind) == [.concludesTooEarly])
    #expect(
      found.first?.message.nl
        == "r1.start \"Start uitvoering\" (1 jan. 2024) ligt vóór het einde van r1.implementatie (1 mrt. 2024): verschuif r1.start 2 maanden, of maak r1.implementatie korter"
    )
  }

  @Test func reportsPhasesOutOfOrderAndOverlapping() {
    var plan = route
    plan.lots[0].items[1] = phase(
      "r1.inkoopprocedure", "inkoopprocedure", "2022-04-01", "2022-06-01")
    #expect(findings(plan).map(\.kind) == [.outOfOrder])
    plan.lots[0].items[1] = phase(
      "r1.inkoopprocedure", "inkoopprocedure", "2022-08-01", "2023-07-01")
    let found = findings(plan)
    #expect(found.map(\.kind) == [.overlap])
    #expect(found[0].message.nl.contains("overlapt 1 maand met r1.inkoopprocedure"))
    #expect(found[0].message.nl.contains("koppel r1.inkoopprocedure na r1.voorbereiding"))
  }

  @Test func reportsItemsThatStartBeforeToday() {
    let found = findings(route, today: "2022-10-01")
    #expect(found.map(\.items) == [["r1.voorbereiding"], ["r1.inkoopprocedure"]])
    #expect(
      found[0].message.nl.contains(
        "had op 1 mei 2022 moeten beginnen (en vóór 1 sept. 2022 klaar zijn) en is niet als gestart gemeld"
      ))
  }

  @Test func reportsALinkBrokenByAFixedDate() {
    var plan = route
    plan.links = [
      Link(from: "r1.voorbereiding", to: "r1.inkoopprocedure", lag: PlanDuration(1, .months))
    ]
    plan.lots[0].items[1].fixed = true
    let found = findings(plan)
    #expect(found.map(\.kind) == [.brokenLink])
    #expect(
      found[0].message.nl.contains(
        "r1.inkoopprocedure staat vast op 1 sept. 2022 maar hoort pas op 1 okt. 2022"))
  }

  @Test func countsAFindingAsNewWhenItAppearsOrGrows() {
    var plan = route
    plan.lots[0].items[2].deadline = date("2023-12-01")
    let one = findings(plan)
    plan.lots[0].items[2].deadline = date("2023-11-01")
    let two = findings(plan)
    #expect(Finding.new(one, since: []).count == 1)
    #expect(Finding.new(two, since: one).count == 1)
    #expect(Finding.new(one, since: two).isEmpty)
  }
}
