import PlanKit
import PlanRender

/// `vrij`: the organisation's own closing days, added or taken away; the plan is
/// scheduled again around them.
enum ClosedCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .closed, group: .timing, names: [.nl: ["vrij"], .en: ["closed"]],
    arguments: [arg("datum", "date", .rest)], clauses: [.to, .title],
    summary: Phrase(
      nl:
        "Zet eigen vrije dagen in de kalender, zoals een collectieve sluiting; 'vrij weg DATUM' haalt ze weg.",
      en:
        "Adds the organisation's own closing days, such as a collective closing; 'closed remove DATE' takes them out."
    ),
    usage: Phrase(
      nl: "vrij DATUM [tot DATUM] [titel \"NAAM\"] | vrij weg DATUM",
      en: "closed DATE [to DATE] [title \"NAME\"] | closed remove DATE"),
    examples: [
      .nl: [
        "vrij 27 dec. 2022 tot 2 jan. 2023 titel \"Kerstsluiting\"", "vrij weg 27 dec. 2022",
      ],
      .en: ["closed 27 Dec 2022 to 2 Jan 2023"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    var words = command.argument(0)
    let removing =
      words.first.map { ["weg", "remove", "wis"].contains($0.text.lowercased()) } ?? false
    if removing { words.removeFirst() }
    let start = try context.dateParser.parse(words)
    if removing {
      let hit = context.plan.calendar.closings.filter { $0.days.contains(start.day) }
      guard !hit.isEmpty else {
        throw PlanError(
          nl: "op \(start.text(.nl)) is geen eigen vrije dag",
          en: "\(start.text(.en)) is not a closing day", at: spanOf(words),
          hint: Phrase(
            nl: "'kalender' toont de vrije dagen", en: "'calendar' lists the closing days"))
      }
      let committed = try context.commit(
        command.verb.text, structural: false, days: hit.map(\.days)
      ) {
        plan throws(PlanError) in
        plan.calendar.closings.removeAll { $0.days.contains(start.day) }
      }
      let lines =
        hit.map {
          context.text(Phrase(nl: "Weer werkdagen:", en: "Working days again:"))
            + context.closingLine($0).dropFirst()
        }
        + context.movedLines(summarising: committed.moved)
      return Outcome(text: lines.joined(separator: "\n"), committed)
    }
    let end =
      try command.clauses[.to].map { c throws(PlanError) in try context.endDate(c).day }
      ?? start.windowEnd
    guard end > start.day else {
      throw PlanError(
        Messages.endNotAfterStart,
        at: command.clauses[.to].flatMap { spanOf($0.words) })
    }
    guard start.day.days(until: end) <= 366 else {
      throw PlanError(
        nl: "een sluiting van meer dan een jaar is geen vrije dag meer",
        en: "a closing of more than a year is not a day off any more",
        at: command.clauses[.to].flatMap { spanOf($0.words) })
    }
    let closing = Closing(
      days: start.day..<end, title: command.clauses[.title].map { context.text($0.words) })
    let committed = try context.commit(
      command.verb.text, structural: false, days: [closing.days]
    ) {
      plan throws(PlanError) in
      plan.calendar.closings.append(closing)
      plan.calendar.closings.sort { $0.days.lowerBound < $1.days.lowerBound }
    }
    var before = context.plan.calendar
    before.closings.removeAll { $0 == closing }
    let lost =
      WorkdayTable(before, years: start.day.year...end.year).count(from: start.day, to: end)
      - WorkdayTable(context.plan.calendar, years: start.day.year...end.year).count(
        from: start.day, to: end)
    let lines =
      [
        context.text(Phrase(nl: "Vrij:", en: "Closed:")) + context.closingLine(closing).dropFirst()
          + context.text(
            Phrase(
              nl: " (\(count(lost, "werkdag", "werkdagen")) minder)",
              en: " (\(count(lost, "working day", "working days")) fewer)"))
      ] + context.movedLines(summarising: committed.moved)
    return Outcome(text: lines.joined(separator: "\n"), committed)
  }
}
