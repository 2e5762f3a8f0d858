import PlanFiles
import PlanKit

/// `mijlpaal`: a new milestone, of a lot or of the whole plan.
enum MilestoneCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .milestone, group: .plan, names: [.nl: ["mijlpaal"], .en: ["milestone"]],
    arguments: [arg("naam", "name", .newName), arg("titel", "title", .text, optional: true)],
    clauses: [
      .on, .after, .startAfterStart, .endWithEnd, .deadline, .notBefore, .fixed, .kind, .title,
    ],
    summary: Phrase(
      nl: "Voegt een mijlpaal toe aan een perceel (r1.start) of aan het hele plan (college).",
      en: "Adds a milestone to a lot (r1.start) or to the whole plan (college)."),
    usage: Phrase(
      nl:
        "mijlpaal [PERCEEL.]NAAM [\"TITEL\"] (op DATUM | na ONDERDEEL [+ WACHTTIJD]) [uiterlijk DATUM] [vast uit] [soort SOORT]",
      en:
        "milestone [LOT.]NAME [\"TITLE\"] (on DATE | after ITEM [+ LAG]) [by DATE] [fixed off] [kind KIND]"
    ),
    examples: [
      .nl: [
        "mijlpaal r1.start \"Start uitvoering\" op 1 januari 2024",
        "mijlpaal r1.gunning na r1.inkoopprocedure - 6 weken uiterlijk 1 okt. 2023",
      ],
      .en: ["milestone college \"College decision\" on 2 March 2021"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let (lotIndex, id, word) = try context.newItemID(command, needsLot: false)
    let kind =
      try command.clauses[.kind].map(\.words).map(CommandContext.kindName)
      ?? PhaseKind.milestoneKind
    let placeholder = PlanDate(context.today)
    let item = Item(
      id: id, type: .milestone, kind: kind, title: try context.title(command), start: placeholder,
      end: placeholder)
    return try context.add(item, command, lot: lotIndex, dateClause: .on, span: word.span)
  }
}
