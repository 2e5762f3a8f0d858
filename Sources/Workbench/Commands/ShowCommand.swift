import PlanKit
import PlanRender

/// `toon`: the plan, a lot or an item in detail. Read only.
enum ShowCommand: Command {
  static let spec = CommandSpec(
    id: .show, group: .view, names: [.nl: ["toon"], .en: ["show"]],
    arguments: [arg("naam", "name", .target, optional: true)], clauses: [],
    summary: Phrase(
      nl: "Toont het plan, een perceel of een onderdeel in detail.",
      en: "Shows the plan, a lot or an item in detail."),
    usage: Phrase(nl: "toon [NAAM]", en: "show [NAME]"),
    examples: [.nl: ["toon", "toon r1.inkoopprocedure"], .en: ["show r1"]])

  /// The plan's summary names the session's file and whether it is saved, which only the
  /// interpreter knows; the rest reads the plan.
  static func execute(_ command: ParsedCommand, in interpreter: inout Interpreter)
    throws(PlanError) -> Outcome
  {
    let (file, unsaved) = (interpreter.path, interpreter.hasUnsavedChanges)
    return try show(command, in: interpreter.context, file: file, unsaved: unsaved)
  }

  static func show(
    _ command: ParsedCommand, in context: CommandContext, file: String?, unsaved: Bool
  ) throws(PlanError) -> Outcome {
    guard let word = command.argument(0).first else {
      return Outcome(text: context.planSummary(file: file, unsaved: unsaved))
    }
    let id = word.text.lowercased()
    if id == "plan" { return Outcome(text: context.planSummary(file: file, unsaved: unsaved)) }
    if let l = context.plan.lotIndex(id) {
      return Outcome(text: context.lotDetails(context.plan.lots[l]))
    }
    let item = context.plan[try context.existingLocation(word)]
    var rows: [(Phrase, String)] = [
      (Phrase(nl: "soort", en: "kind"), item.kind),
      (Phrase(nl: "titel", en: "title"), item.title ?? "—"),
    ]
    if item.type == .milestone {
      var on = item.start.text(context.language)
      if item.start.precision != .day, item.start.day != item.start.windowStart {
        // A decision taken at its meeting inside a vague date's window says which day.
        let day = item.start.day
        on +=
          " (\(DateWords.weekdayName(day.weekday, context.language)) \(day.text(context.language)))"
      }
      rows.append((Phrase(nl: "op", en: "on"), on))
    } else {
      rows += [
        (Phrase(nl: "van", en: "from"), item.start.text(context.language)),
        item.end.endsWindow
          ? (Phrase(nl: "t/m", en: "through"), item.end.endText(context.language))
          : (Phrase(nl: "tot", en: "to"), item.end.text(context.language)),
        (Phrase(nl: "duur", en: "duration"), context.length(item)),
      ]
    }
    rows += context.timing(item)
    rows += context.annotationRows(owner: item.owner, note: item.note, documents: item.documents)
    let type =
      item.type == .phase
      ? Phrase(nl: "fase", en: "phase") : Phrase(nl: "mijlpaal", en: "milestone")
    return Outcome(text: "\(item.id)  (\(context.text(type)))\n" + context.table(rows))
  }
}
