import PlanKit

/// `vergadering`: when the college, the raad and its commissie meet, which decisions must fall
/// on and proposals are due before.
enum MeetingCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .meetings, group: .timing, names: [.nl: ["vergadering"], .en: ["meeting"]],
    arguments: [
      arg(
        "wie", "who", .choice(["college", "raad", "council", "commissie", "committee"]),
        optional: true),
      arg("wanneer", "when", .rest, optional: true),
    ],
    clauses: [],
    summary: Phrase(
      nl:
        "Toont of zet wanneer het college (een weekdag, standaard dinsdag), de raad en de commissie (data) vergaderen; 'controleer' waarschuwt voor besluiten op andere dagen, 'besluiten' rekent de aanlevering van een raadsvoorstel terug vanaf de commissie.",
      en:
        "Shows or sets when the college (a weekday, Tuesday by default), the council and its committee (dates) meet; 'check' warns of decisions on other days, 'decisions' counts a council proposal's hand-in back from the committee."
    ),
    usage: Phrase(
      nl: "vergadering [college [GEMEENTE] WEEKDAG | raad DATUM, … | commissie DATUM, …]",
      en: "meeting [college [MUNICIPALITY] WEEKDAY | council DATE, … | committee DATE, …]"),
    examples: [
      .nl: [
        "vergadering college dinsdag", "vergadering college baarn maandag",
        "vergadering raad 8 juli 2019, 20 april 2020",
        "vergadering commissie 24 juni 2019, 6 april 2020",
      ],
      .en: ["meeting college wednesday"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    var meetings = context.plan.meetings
    var committed = Committed(moved: [], findings: [])
    if let who = command.argument(0).first?.text.lowercased() {
      let words = command.argument(1)
      if who == "college" {
        guard let last = words.last,
          let index = Language.allCases.lazy.compactMap({
            Meetings.weekdays[$0]!.firstIndex(of: last.text.lowercased())
          }).first
        else {
          throw PlanError(
            nl: "op welke weekdag vergadert het college?",
            en: "on which weekday does the college meet?",
            at: spanOf(words) ?? command.verb.span,
            hint: Phrase(
              nl: "bijvoorbeeld: vergadering college dinsdag",
              en: "for example: meeting college tuesday"))
        }
        // A college meets on a working day; a weekend day is a typing error.
        guard index < 5 else {
          throw PlanError(
            nl:
              "een college vergadert niet op \(last.text.lowercased()): kies maandag tot en met vrijdag",
            en: "a college does not meet on \(last.text.lowercased()): choose Monday to Friday",
            at: last.span,
            hint: Phrase(nl: "vergadering college dinsdag", en: "meeting college tuesday"))
        }
        if words.count == 1 {
          meetings.collegeDay = index + 1
        } else {
          // Another municipality's college in a regional plan: `vergadering college baarn maandag`.
          let id = DecisionKind.collegeID(of: words.dropLast().map(\.text))
          meetings.colleges[id] = index + 1 == meetings.collegeDay ? nil : index + 1
        }
      } else {
        var days: [Day] = []
        for group in CommandContext.groups(words) {
          days.append(try context.dateParser.parse(group).day)
        }
        let committee = who == "commissie" || who == "committee"
        guard !days.isEmpty else {
          let (nl, en) = committee ? ("commissie", "committee") : ("raad", "council")
          throw PlanError(
            nl: "welke data vergadert de \(nl)?", en: "on which dates does the \(en) meet?",
            at: command.verb.span,
            hint: Phrase(
              nl: "bijvoorbeeld: vergadering \(nl) 8 juli 2019, 20 april 2020",
              en: "for example: meeting \(en) 8 July 2019, 20 April 2020"))
        }
        if committee {
          meetings.committee = Array(Set(meetings.committee + days)).sorted()
        } else {
          meetings.council = Array(Set(meetings.council + days)).sorted()
        }
      }
      let changed = meetings
      // Every decision may now fall on another meeting day: a change to the whole plan.
      committed = try context.commit(command.verb.text, structural: false) {
        plan throws(PlanError) in plan.meetings = changed
      }
    }
    let weekday = DateWords.weekdayName(context.plan.meetings.collegeDay, context.language)
    let context = context
    func dates(_ days: [Day]) -> String {
      days.isEmpty
        ? context.text(Phrase(nl: "geen data", en: "no dates"))
        : days.map { $0.text(context.language) }.joined(separator: ", ")
    }
    let others = context.plan.meetings.colleges.sorted { $0.key < $1.key }.map { id, day in
      "\n\(id): " + context.text(Phrase(nl: "elke ", en: "every "))
        + DateWords.weekdayName(day, context.language)
    }
    return Outcome(
      text: context.text(
        Phrase(nl: "college: elke \(weekday)\nraad: ", en: "college: every \(weekday)\ncouncil: "))
        + dates(context.plan.meetings.council)
        + context.text(Phrase(nl: "\ncommissie: ", en: "\ncommittee: "))
        + dates(context.plan.meetings.committee) + others.joined(), committed)
  }
}
