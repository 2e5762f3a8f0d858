import PlanFiles
import PlanKit
import Testing

/// The session file on its own: a plan, its journal and its settings made directly, not typed
/// into an interpreter, so that the format is tested where it lives.
struct SessionFileRoundTripTests {
  static func day(_ iso: String) -> Day { Day(iso: iso)! }

  static func phase(_ id: String, _ kind: String, from start: String, until end: String) -> Item {
    Item(
      id: id, type: .phase, kind: kind, start: PlanDate(day(start)), end: PlanDate(day(end)))
  }

  /// Phases in the tender's order (so the process gives implicit links), a length in months
  /// and one in working days, typed links with a lag and a statutory minimum, a plan-level
  /// milestone, a closing, meetings and a baseline: every part of a plan the file holds.
  static var plan: Plan {
    var preparation = phase(
      "r1.voorbereiding", "voorbereiding", from: "2022-05-02", until: "2022-09-01")
    preparation.deadline = PlanDate(day("2022-10-01"), .month)
    var procedure = phase(
      "r1.inkoopprocedure", "inkoopprocedure", from: "2022-09-01", until: "2023-07-01")
    procedure.anchor = nil
    procedure.length = .duration(PlanDuration(8, .months))
    var implementation = phase(
      "r1.implementatie", "implementatie", from: "2023-07-01", until: "2024-01-01")
    implementation.anchor = nil
    implementation.length = .duration(PlanDuration(20, .workingDays))
    implementation.notBefore = PlanDate(day("2023-07-01"), .quarter)
    var route1 = Lot(
      id: "r1", title: "Route 1: zorg \"thuis\"", procedure: .openbaar, value: 2_400_000,
      items: [preparation, procedure, implementation])
    route1.annual = 800_000
    route1.term = [1, 1, 1]
    let route2 = Lot(
      id: "r2", title: "Route 2",
      items: [phase("r2.voorbereiding", "x", from: "2022-04-01", until: "2022-07-01")])
    var college = Item(
      id: "college", type: .milestone, kind: "mijlpaal", title: "Besluit",
      start: PlanDate(day("2022-04-05")), end: PlanDate(day("2022-04-05")))
    college.fixed = true
    var plan = Plan(
      title: "Inkoop Wmo en Participatie 2024", organisation: "Gemeente Heerde",
      lots: [route1, route2], milestones: [college],
      links: [
        Link(
          from: "r1.voorbereiding", to: "r1.inkoopprocedure", kind: .startToStart,
          lag: PlanDuration(2, .weeks),
          minimum: StatutoryPeriod(days: 10, source: "art. 2.71 Aw")),
        Link(from: "college", to: "r2.voorbereiding", lag: PlanDuration(-3, .days)),
      ],
      calendar: WorkCalendar(
        holidays: .atw,
        closings: [
          Closing(days: day("2022-12-27")..<day("2023-01-02"), title: "Kerstsluiting")
        ]))
    var meetings = Meetings(collegeDay: 3, council: [day("2022-11-10"), day("2023-03-09")])
    meetings.colleges["baarn"] = 4
    plan.meetings = meetings
    plan.deriveProcess()
    Scheduler.schedule(&plan)
    plan.baselines = [Baseline(name: "begroting", taken: day("2022-05-01"), of: plan)]
    return plan
  }

  /// A journal from the plan with route 2 ending later, whose one step recorded what it moved.
  static func journal(to plan: Plan) -> Journal {
    var base = plan
    base.lots[1].items[0].length = .until(PlanDate(day("2022-08-01")))
    Scheduler.schedule(&base)
    let effect = PlanDiff(from: base, to: plan).changes.map(\.record)
    return Journal(
      base: base,
      steps: [
        Journal.Step(
          command: "wijzig r2.voorbereiding tot 1 juli 2022", time: "2022-05-01T09:30:00Z",
          today: day("2022-05-01"), effect: effect)
      ])
  }

  @Test func roundTripsAPlanItsJournalAndItsSettings() throws {
    let plan = Self.plan
    let journal = Self.journal(to: plan)
    var settings = Settings(language: .en, ascii: true, today: Self.day("2022-06-01"))
    let text = SessionFile.encode(plan, settings, journal: journal)
    let contents = try SessionFile.decode(text)
    #expect(contents.plan == plan)
    #expect(contents.journal == journal)
    #expect(contents.settings == settings)
    // Implicit links came from the tender's order: the oldest version that holds them.
    #expect(plan.links.contains(where: \.implicit) && contents.version == 5)
    #expect(SessionFile.encode(contents.plan, contents.settings, journal: contents.journal) == text)
    // Width and colour belong to the terminal a session runs on, not to the file.
    settings.width = 132
    settings.colour = true
    #expect(SessionFile.encode(plan, settings, journal: journal) == text)
  }

  @Test func readsTheSameFromItsBytesAfterAByteOrderMark() throws {
    let text = "\u{FEFF}" + SessionFile.encode(Self.plan, Settings())
    let contents = try Array(text.utf8).withUnsafeBufferPointer { try SessionFile.decode($0) }
    #expect(contents.plan == Self.plan && contents.journal == Journal())
  }

  @Test func writesTheOldestVersionThatHoldsThePlan() throws {
    // Custom kinds give no implicit links, and nothing is shifted: version 3.
    var plan = Plan(
      title: "Eigen",
      lots: [
        Lot(
          id: "p1", title: "P",
          items: [
            Self.phase("p1.a", "x", from: "2023-01-02", until: "2023-03-01"),
            Self.phase("p1.b", "y", from: "2023-03-01", until: "2023-06-01"),
          ])
      ])
    Scheduler.schedule(&plan)
    let plain = SessionFile.encode(plan, Settings())
    #expect(plain.contains("\"version\": 3") && !plain.contains("implicit"))
    #expect(try SessionFile.decode(plain).plan == plan)
    // A length in months moved by days keeps its frame: version 4.
    plan.lots[0].items[1].length = .duration(PlanDuration(3, .months))
    plan.lots[0].items[1].dayShift = -14
    Scheduler.schedule(&plan)
    let shifted = SessionFile.encode(plan, Settings())
    #expect(shifted.contains("\"version\": 4") && shifted.contains("\"dayShift\": -14"))
    let read = try SessionFile.decode(shifted)
    #expect(read.plan == plan && read.version == 4)
  }

  @Test func knowsWhetherTheRecordedEffectsLeadToThePlan() {
    let plan = Self.plan
    let journal = Self.journal(to: plan)
    #expect(journal.steps[0].effect.count == 1)
    #expect(journal.effectsLead(to: plan))
    #expect(!journal.effectsLead(to: journal.base!))
    #expect(Journal(base: plan).effectsLead(to: plan))
  }

  @Test func refusesAnExportNamingWhatToOpenInstead() {
    #expect {
      try SessionFile.decode(#"{"format": "planwerk-plan", "version": 1}"#)
    } throws: { error in
      let error = error as? PlanError
      return error?.message.en == "this is not a Planwerk session (format is 'planwerk-plan')"
        && error?.hint?.en == "an export cannot be opened; open the saved session"
    }
  }

  @Test func readsAVersionOneFileAsGivenDates() throws {
    let v1 = """
      {"format": "planwerk-session", "version": 1, "settings": {"ascii": false, "language": "nl"},
       "plan": {"title": "Oud", "milestones": [], "lots": [{"id": "r1", "title": "R", "items": [
        {"id": "r1.voorbereiding", "type": "phase", "kind": "voorbereiding", "start": "2022-05-01",
         "startPrecision": "day", "end": "2022-09-01", "endPrecision": "day"},
        {"id": "r1.start", "type": "milestone", "kind": "mijlpaal", "start": "2024-01-01",
         "startPrecision": "day"}]}]}}
      """
    let plan = try SessionFile.decode(v1).plan
    // Given dates only; what links them now is the tender's own order, derived on reading.
    #expect(plan.links.allSatisfy(\.implicit) && plan.calendar == WorkCalendar())
    #expect(plan.links.map { "\($0.from) → \($0.to)" } == ["r1.voorbereiding → r1.start"])
    #expect(plan.item("r1.voorbereiding")?.length == .until(PlanDate(Day(iso: "2022-09-01")!)))
    #expect(plan.item("r1.start")?.fixed == true)
  }
}
