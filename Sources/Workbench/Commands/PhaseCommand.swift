import PlanFiles
import PlanKit

/// `fase`: a new phase, from a date or after other items, with its length.
enum PhaseCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .phase, group: .plan, names: [.nl: ["fase"], .en: ["phase"]],
    arguments: [
      arg("perceel.naam", "lot.name", .newName), arg("titel", "title", .text, optional: true),
    ],
    clauses: [
      .from, .after, .startAfterStart, .endWithEnd, .to, .duration, .deadline, .notBefore,
      .fixed, .kind, .title,
    ],
    summary: Phrase(
      nl:
        "Voegt een fase toe: voorbereiding, inkoopprocedure, implementatie, uitvoering of een eigen soort.",
      en:
        "Adds a phase: voorbereiding, inkoopprocedure, implementatie, uitvoering or a kind of your own."
    ),
    usage: Phrase(
      nl:
        "fase PERCEEL.NAAM [\"TITEL\"] (van DATUM | na ONDERDEEL [+ WACHTTIJD]) (tot DATUM | duur DUUR) [uiterlijk DATUM] [niet eerder dan DATUM] [vast] [soort SOORT]",
      en:
        "phase LOT.NAME [\"TITLE\"] (from DATE | after ITEM [+ LAG]) (to DATE | for DURATION) [by DATE] [not before DATE] [fixed] [kind KIND]"
    ),
    examples: [
      .nl: [
        "fase r1.voorbereiding van 1 mei 2022 tot 1 sept. 2022",
        "fase r1.inkoopprocedure na r1.voorbereiding tot 1 juli 2023",
        "fase r1.implementatie van 1 juli 2023 duur 6 maanden",
        "fase r2.beoordeling na r2.inschrijving + 1 week duur 20 werkdagen uiterlijk 1 dec. 2023",
        "fase r2.contract start na start van r2.beoordeling duur 2 maanden",
      ],
      .en: [
        "phase r1.implementation from 1 July 2023 for 6 months",
        "phase r2.review after r2.bids for 20 working days not before 1 Sept 2023",
      ],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let (lotIndex, id, word) = try context.newItemID(command, needsLot: true)
    // The part after the lot, cut at its dot by bytes: `newItemID` gave `lot.name`.
    let name =
      id.utf8.firstIndex(of: UInt8(ascii: ".")).map { String(id[id.index(after: $0)...]) } ?? id
    let kind =
      try command.clauses[.kind].map(\.words).map(CommandContext.kindName)
      ?? CommandContext.phaseKind(name)
    let placeholder = PlanDate(context.today)
    var item = Item(
      id: id, type: .phase, kind: kind, title: try context.title(command), start: placeholder,
      end: placeholder)
    item.fixed = false
    return try context.add(item, command, lot: lotIndex, dateClause: .from, span: word.span)
  }
}
