import PlanKit

/// `aanlevertermijn`: how long before its meeting a decision's proposal is due, per kind of
/// decision, as the municipality keeps it; `besluiten` counts back from the meeting with it.
enum LeadTimeCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .leadTime, group: .timing, names: [.nl: ["aanlevertermijn"], .en: ["leadtime"]],
    arguments: [
      arg(
        "soort", "kind",
        .choice([
          "college", "raad", "council", "commissie", "committee", "rib", "wensen", "regio",
          "regional", "portefeuillehouder", "ph", "portfolio-holder",
        ]),
        optional: true),
      arg("duur", "duration", .rest, optional: true),
    ],
    clauses: [],
    summary: Phrase(
      nl:
        "Toont of zet hoe lang vóór de vergadering een voorstel er moet zijn: college 3 weken, raad 8 weken (via college en commissie) of, als de commissiedata bekend zijn, 3 weken vóór de commissie, raadsinformatiebrief en portefeuillehouder 1 week, tenzij de gemeente anders werkt.",
      en:
        "Shows or sets how long before the meeting a proposal is due: college 3 weeks, council 8 weeks (through college and committee) or, when the committee's dates are known, 3 weeks before the committee, council letter and portfolio holder 1 week, unless the municipality works otherwise."
    ),
    usage: Phrase(
      nl: "aanlevertermijn [college | raad | commissie | rib | wensen | regio | ph DUUR]",
      en: "leadtime [college | council | committee | rib | wensen | regional | ph DURATION]"),
    examples: [
      .nl: [
        "aanlevertermijn", "aanlevertermijn college 15 werkdagen", "aanlevertermijn raad 10 weken",
        "aanlevertermijn commissie 4 weken",
      ],
      .en: ["leadtime council 6 weeks"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    var committed = Committed(moved: [], findings: [])
    if let word = command.argument(0).first {
      let committee = ["commissie", "committee"].contains(word.text.lowercased())
      let kind = DecisionKind.named(word.text) ?? .regiobesluit
      let words = command.argument(1)
      guard !words.isEmpty else {
        throw PlanError(
          nl: "hoe lang vóór de vergadering?", en: "how long before the meeting?",
          at: word.span, hint: Messages.likeThis(spec.usage))
      }
      let lead = try DurationParser.parse(words)
      // At most a year, in any unit: a raad's cycle is eight weeks; more is a typing error.
      let today = Day(year: 2024, month: 1, day: 1)!
      let reach = today.days(until: lead.added(to: today, in: context.workdays))
      guard lead.amount > 0, reach <= 366 else {
        throw PlanError(
          nl: "een aanlevertermijn is meer dan nul en hooguit een jaar",
          en: "a lead time is above zero and a year at most", at: spanOf(words),
          hint: Phrase(
            nl: "bijvoorbeeld 3 weken of 15 werkdagen", en: "for example 3 weeks or 15 working days"
          ))
      }
      var meetings = context.plan.meetings
      if committee {
        meetings.committeeLeadTime = lead == Meetings.defaultCommitteeLeadTime ? nil : lead
      } else {
        meetings.leadTimes[kind] = lead == Meetings.defaultLeadTimes[kind] ? nil : lead
      }
      let changed = meetings
      // Lead times move no item: the plan's dates stay, only `besluiten` reads them.
      committed = try context.commit(command.verb.text, changed: []) { plan throws(PlanError) in
        plan.meetings = changed
      }
    }
    let meetings = context.plan.meetings
    let usual = context.text(Phrase(nl: " (gebruikelijk)", en: " (usual)"))
    var lines = DecisionKind.allCases.map { kind in
      "\(kind.rawValue): \(meetings.leadTime(kind).text(context.language))"
        + (meetings.leadTimes[kind] != nil ? "" : usual)
    }
    lines.insert(
      context.text(Phrase(nl: "commissie", en: "committee"))
        + ": \(meetings.committeeLead.text(context.language))"
        + (meetings.committeeLeadTime != nil ? "" : usual)
        + context.text(
          Phrase(
            nl: " (voor een raadsbesluit als de commissiedata bekend zijn)",
            en: " (for a council decision when the committee's dates are known)")), at: 2)
    return Outcome(text: lines.joined(separator: "\n"), committed)
  }
}
