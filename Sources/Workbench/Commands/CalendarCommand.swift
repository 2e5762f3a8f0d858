import PlanKit
import PlanRender

/// `kalender`: the working-day calendar (holidays and closing days) or a year's holidays;
/// `kalender atw` or `kalender gemeente` chooses the holidays, and the plan moves with them.
enum CalendarCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .calendar, group: .timing,
    names: [.nl: ["kalender", "feestdagen"], .en: ["calendar", "holidays"]],
    arguments: [arg("jaar", "year", .rest, optional: true)], clauses: [],
    summary: Phrase(
      nl:
        "Toont de werkdagenkalender (feestdagen en vrije dagen) of de feestdagen van een jaar; 'kalender atw' of 'kalender gemeente' kiest de feestdagen.",
      en:
        "Shows the working-day calendar (holidays and closing days) or a year's holidays; 'calendar atw' or 'calendar gemeente' chooses the holidays."
    ),
    usage: Phrase(nl: "kalender [JAAR | gemeente | atw]", en: "calendar [YEAR | gemeente | atw]"),
    examples: [
      .nl: ["kalender", "feestdagen 2025", "kalender atw"], .en: ["holidays 2025"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    var year: Int?
    var set: HolidaySet?
    for word in command.argument(0) {
      if let chosen = HolidaySet(rawValue: word.text.lowercased()) {
        set = chosen
      } else if let number = Int(word.text), Day.supportedYears.contains(number) {
        year = number
      } else {
        throw PlanError(
          nl: "'\(word.text)' is geen jaar en geen kalender",
          en: "'\(word.text)' is neither a year nor a calendar", at: word.span,
          hint: Phrase(
            nl: "bijvoorbeeld: kalender 2025, kalender atw, kalender gemeente",
            en: "for example: calendar 2025, calendar atw, calendar gemeente"))
      }
    }
    var lines: [String] = []
    if let set, year == nil {
      // The holidays one set has and the other not, in the plan's years: no date of the plan
      // asks the calendar about a day outside them.
      let old = context.plan.calendar.holidays
      let days =
        context.plan.span.map { span in
          (span.lowerBound.year...span.upperBound.year).flatMap { Holiday.all(in: $0) }
            .filter { old.includes($0) != set.includes($0) }
            .map { $0.day..<$0.day.adding(days: 1) }
        } ?? []
      let committed = try context.commit(command.verb.text, structural: false, days: days) {
        plan throws(PlanError) in
        plan.calendar.holidays = set
      }
      lines.append(
        context.text(Phrase(nl: "Kalender: \(set.rawValue), ", en: "Calendar: \(set.rawValue), "))
          + context.text(set.summary) + ".")
      lines += context.movedLines(summarising: committed.moved)
      return Outcome(text: lines.joined(separator: "\n"), committed)
    }
    guard let year else { return Outcome(text: context.overview()) }
    return Outcome(
      text: context.holidays(in: year, highlight: set ?? context.plan.calendar.holidays))
  }
}
