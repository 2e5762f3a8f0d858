import PlanKit
import Testing

@testable import Workbench

/// A decision given as a vague date is taken at its meeting inside the window, and the advice
/// on a college day keeps to the item's own deadline.
struct DecisionDayTests {
  @Test func landsACollegeDecisionOnTheCollegesTuesdayInsideItsWindow() {
    var interpreter = Fixtures.after(["nieuw P"])
    let outcome = interpreter.run("besluit college op eind feb 2021")
    #expect(outcome.text == "+ college  eind februari 2021, op dinsdag 23 feb. 2021")
    let start = interpreter.plan.item("college")!.start
    #expect(start.day.iso == "2021-02-23")
    #expect(start.precision == .lateMonth)
    #expect(
      interpreter.run("toon college").text.contains("eind februari 2021 (dinsdag 23 feb. 2021)"))
    #expect(!interpreter.run("controleer").text.contains("college"))
  }

  @Test func landsAMilestoneOfADecisionKindAndSaysSoInEnglish() {
    var interpreter = Fixtures.after(["nieuw P", "taal en"])
    let outcome = interpreter.run("milestone c on end of February 2021 kind collegebesluit")
    #expect(outcome.text == "+ c  late February 2021, on Tuesday 23 Feb 2021")
  }

  @Test func landsOnTheMeetingDayOfItsOwnCollege() {
    var interpreter = Fixtures.after(["nieuw P", "vergadering college baarn maandag"])
    _ = interpreter.run("besluit college-baarn op begin maart 2021")
    #expect(interpreter.plan.item("college-baarn")?.start.day.iso == "2021-03-01")
  }

  @Test func landsARaadsbesluitOnTheRaadsDateAndOtherDecisionsOnAWorkingDay() {
    var interpreter = Fixtures.after(["nieuw P", "vergadering raad 15 dec. 2020, 26 jan. 2021"])
    _ = interpreter.run("besluit raad op januari 2021")
    #expect(interpreter.plan.item("raad")?.start.day.iso == "2021-01-26")
    // 1 January is a holiday and 2 and 3 January a weekend.
    _ = interpreter.run("besluit rib op januari 2021 soort raadsinformatiebrief")
    #expect(interpreter.plan.item("rib")?.start.day.iso == "2021-01-04")
  }

  @Test func landsAgainWhenTheDateIsChanged() {
    var interpreter = Fixtures.after(["nieuw P", "besluit college op eind feb 2021"])
    _ = interpreter.run("wijzig college op Q2 2021")
    let start = interpreter.plan.item("college")!.start
    #expect(start.day.iso == "2021-04-06")  // Tuesday 6 April: Monday 5 April is 2e Paasdag
    #expect(start.text(.nl) == "Q2 2021")
  }

  @Test func leavesAPlainMilestoneOnTheFirstDayOfItsWindow() {
    var interpreter = Fixtures.after(["nieuw P"])
    _ = interpreter.run("mijlpaal m op eind feb 2021")
    #expect(interpreter.plan.item("m")?.start.day.iso == "2021-02-21")
  }

  @Test func advisesAnOldSessionsDecisionOnASundayToMoveToItsMeeting() {
    // As a session saved before decisions landed holds it: on the window's first day.
    let sunday = PlanDate(Day(year: 2021, month: 2, day: 21)!, .lateMonth)
    let college = Item(
      id: "college", type: .milestone, kind: "collegebesluit", start: sunday, end: sunday)
    let plan = Plan(title: "P", milestones: [college])
    let findings = Checker(plan, today: nil).findings().map(\.message)
    #expect(
      findings.contains {
        $0.nl.contains("valt op zondag 21 feb. 2021: het besluit valt op dinsdag 23 feb. 2021")
          && $0.en.contains(
            "falls on Sunday 21 Feb 2021: the decision is taken on Tuesday 23 Feb 2021")
      })
  }

  @Test func advisesACollegeDayOnOrBeforeTheDeadline() {
    var interpreter = Fixtures.after(["nieuw P"])
    let outcome = interpreter.run(
      "besluit strategie \"Inkoopstrategie\" op 18 mei 2020 uiterlijk 18 mei 2020")
    #expect(
      outcome.text.contains(
        "kies 12 mei 2020 (uiterlijk 18 mei 2020: een latere vergadering is te laat)"))
    #expect(!outcome.text.contains("19 mei"))
    _ = interpreter.run("taal en")
    let check = interpreter.run("check").text
    #expect(check.contains("choose 12 May 2020 (by 18 May 2020: a later meeting is too late)"))
  }

  @Test func advisesACollegeDayOnOrAfterTheEarliestDate() {
    var interpreter = Fixtures.after(["nieuw P"])
    let outcome = interpreter.run("besluit s op 20 mei 2020 niet eerder dan 20 mei 2020")
    #expect(outcome.text.contains("kies 26 mei 2020 (niet eerder dan 20 mei 2020"))
  }

  @Test func stillOffersBothMeetingsWithoutBounds() {
    var interpreter = Fixtures.after(["nieuw P"])
    let outcome = interpreter.run("besluit s op 20 mei 2020")
    #expect(outcome.text.contains("kies 19 mei 2020 of 26 mei 2020"))
  }
}
