import PlanFiles
import PlanKit

/// Sets the day `vandaag` means, as an undoable step, and warns about what starts before
/// it now.
///
/// - Complexity: O(plan): the plan is checked on both days.
enum TodayCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .today, group: .settings, names: [.nl: ["vandaag"], .en: ["today"]],
    arguments: [arg("datum", "date", .rest, optional: true)], clauses: [],
    summary: Phrase(
      nl: "Toont of zet de datum die 'vandaag' betekent, zodat scripts altijd hetzelfde doen.",
      en: "Shows or fixes the date 'today' means, so scripts always do the same."),
    usage: Phrase(nl: "vandaag [DATUM]", en: "today [DATE]"),
    examples: [.nl: ["vandaag 1 mei 2022"], .en: ["today 2022-05-01"]])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let words = command.argument(0)
    var new: [Finding] = []
    if !words.isEmpty {
      let day = try DateParser(today: context.clockToday).parse(words).day
      let (previous, before) = (context.settings.today, context.findings())
      context.settings.today = day
      if previous != day {
        context.history.record(PlanChange(), label: command.verb.text, today: .some(previous))
        new = Finding.new(context.findings(), since: before)
      }
    }
    return Outcome(
      text: context.text(Phrase(nl: "Vandaag is ", en: "Today is "))
        + context.today.text(context.language), findings: new)
  }
}
