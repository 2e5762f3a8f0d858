import PlanFiles
import PlanImport
import PlanKit

/// `importeer`: lots, items and links from another tool's file, added to the plan in one
/// step that `ongedaan` takes back. The journal keeps the file's text, so that a replay never
/// needs the file.
enum ImportCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .importFile, group: .plan, names: [.nl: ["importeer"], .en: ["import"]],
    arguments: [arg("bestand", "file", .file(["csv", "txt", "xml"]))], clauses: [.skipRefused],
    summary: Phrase(
      nl:
        "Leest percelen, fasen, mijlpalen en koppelingen uit een Excel-bestand (CSV met ; of , in UTF-8 of Windows-tekens, de kolommen van 'exporteer csv' in elke volgorde) of uit MS Project XML (.xml, ook van ProjectLibre, GanttProject en TaskJuggler) en voegt ze toe in één stap. Elke geweigerde cel wordt met regel en kolom genoemd; dan wordt niets geïmporteerd, tenzij 'sla fouten over'. Wat het plan niet kan bevatten wordt genoemd, en elke datum die anders uitkomt dan in het bestand.",
      en:
        "Reads lots, phases, milestones and links from an Excel file (CSV with ; or , in UTF-8 or Windows characters, the columns of 'export csv' in any order) or from MS Project XML (.xml, also from ProjectLibre, GanttProject and TaskJuggler) and adds them in one step. Every refused cell is named with its line and column; then nothing is imported, unless 'skip errors'. What a plan cannot hold is named, and every date that comes out otherwise than in the file."
    ),
    usage: Phrase(
      nl: "importeer BESTAND.csv|BESTAND.xml [sla fouten over]",
      en: "import FILE.csv|FILE.xml [skip errors]"),
    examples: [
      .nl: [
        "importeer planning.csv", "importeer planning.csv sla fouten over", "importeer project.xml",
      ],
      .en: ["import plan.csv", "import project.xml"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let word = command.argument(0)[0]
    let file = word.text
    let bytes: [UInt8]
    do {
      bytes = try context.files.readBytes(file)
    } catch {
      throw error.pointing(at: word.span)
    }
    let imported: ImportedPlan
    do throws(ImportFailure) {
      imported =
        isXML(file, bytes)
        ? try MSPDIReader.read(bytes)
        : try CSVReader.read(bytes, skippingRefused: command.clauses[.skipRefused] != nil)
    } catch {
      throw refusal(error.problems, file: file, at: word.span)
    }
    let added = imported.plan
    for id in added.lots.map(\.id) + added.milestones.map(\.id) {
      try context.ensureFree(id, at: word.span)
    }
    let ids = added.lots.flatMap { [$0.id] + $0.items.map(\.id) } + added.milestones.map(\.id)
    guard !ids.isEmpty else {
      throw PlanError(
        nl: "\(file) bevat geen percelen, fasen of mijlpalen",
        en: "\(file) holds no lots, phases or milestones", at: word.span,
        hint: Phrase(
          nl: "een regel per fase onder een kopregel met Onderdeel;Titel;Begin;Einde",
          en: "a line per phase under a header line with Onderdeel;Titel;Begin;Einde"))
    }
    let committed = try context.commit(command.verb.text, changed: ids) { plan throws(PlanError) in
      for lot in added.lots { plan.appendLot(lot) }
      for milestone in added.milestones { plan.appendItem(milestone, toLot: nil) }
      plan.appendLinks(added.links)
      if plan.title.isEmpty { plan.title = added.title }
      if plan.organisation == nil, let organisation = added.organisation {
        plan.organisation = organisation
      }
    }
    var text = report(imported, file: file, context)
    let moved = movedFromFile(added, in: context.plan)
    if !moved.isEmpty {
      text +=
        "\n"
        + context.text(
          Phrase(
            nl:
              "  \(count(moved.count, "onderdeel staat", "onderdelen staan")) later dan in het bestand, door hun voorgangers of de volgorde van de aanbesteding:",
            en:
              "  \(count(moved.count, "item lies", "items lie")) later than in the file, through their predecessors or the tender's order:"
          ))
      for (item, was) in moved.prefix(20) {
        text +=
          "\n    \(item.id)  \(was.text(context.language)) → \(item.start.text(context.language))"
      }
      if moved.count > 20 {
        text += context.text(
          Phrase(nl: "\n    en nog \(moved.count - 20)", en: "\n    and \(moved.count - 20) more"))
      }
    }
    var outcome = Outcome(text: text, committed)
    outcome.imported = Journal.Imported(file: file, text: TextDecoding.text(of: bytes).text)
    return outcome
  }

  /// MS Project XML by its name, or by its first characters where the name says nothing.
  static func isXML(_ file: String, _ bytes: [UInt8]) -> Bool {
    let lower = file.lowercased()
    if lower.hasSuffix(".xml") || lower.hasSuffix(".mspdi") { return true }
    if lower.hasSuffix(".csv") || lower.hasSuffix(".txt") { return false }
    let head = String(decoding: bytes.prefix(64), as: UTF8.self).drop {
      $0 == "\u{FEFF}" || $0.isWhitespace
    }
    return head.hasPrefix("<?xml") || head.hasPrefix("<Project")
  }

  /// The imported items the schedule put later than the file's own start, with that date:
  /// never moved silently.
  ///
  /// - Complexity: O(imported items).
  static func movedFromFile(_ file: Plan, in plan: Plan) -> [(Item, PlanDate)] {
    var moved: [(Item, PlanDate)] = []
    // A row that follows its predecessors without a date of its own has nothing to keep.
    for item in file.items where item.anchor != nil || item.notBefore != nil {
      guard let now = plan.item(item.id), now.start.day > item.start.day else { continue }
      moved.append((now, item.start))
    }
    return moved
  }

  static func report(_ imported: ImportedPlan, file: String, _ context: CommandContext) -> String {
    let plan = imported.plan
    let items = plan.lots.reduce(plan.milestones.count) { $0 + $1.items.count }
    let links = plan.links.count
    var lines = [
      context.text(
        Phrase(
          nl:
            "Geïmporteerd uit \(file): \(count(plan.lots.count, "perceel", "percelen")), \(count(items, "onderdeel", "onderdelen")), \(count(links, "koppeling", "koppelingen")).",
          en:
            "Imported from \(file): \(count(plan.lots.count, "lot", "lots")), \(count(items, "item", "items")), \(count(links, "link", "links"))."
        )
      )
    ]
    for note in imported.omitted {
      lines.append(
        context.text(Phrase(nl: "  niet overgenomen: ", en: "  not taken over: ") + note))
    }
    for problem in imported.skipped {
      lines.append(
        context.text(
          Phrase(nl: "  overgeslagen, ", en: "  skipped, ") + problem.place + Phrase(": ")
            + problem.message))
    }
    return lines.joined(separator: "\n")
  }

  /// Every problem of a refused file, each at its line and column (the first twenty; a file
  /// with more is likely not a plan at all), and that nothing was imported.
  static func refusal(_ problems: [ImportProblem], file: String, at span: Range<Int>) -> PlanError {
    let shown = problems.prefix(20)
    var nl = ["\(file): \(count(problems.count, "fout", "fouten")); er is niets geïmporteerd"]
    var en = ["\(file): \(count(problems.count, "error", "errors")); nothing was imported"]
    for problem in shown {
      let hint = problem.hint
      nl.append(
        "  \(problem.place.nl): \(problem.message.nl)" + (hint.map { " (\($0.nl))" } ?? ""))
      en.append(
        "  \(problem.place.en): \(problem.message.en)" + (hint.map { " (\($0.en))" } ?? ""))
    }
    if problems.count > shown.count {
      nl.append("  en nog \(problems.count - shown.count)")
      en.append("  and \(problems.count - shown.count) more")
    }
    return PlanError(
      nl: nl.joined(separator: "\n"), en: en.joined(separator: "\n"), at: span,
      hint: Phrase(
        nl: "verbeter het bestand, of importeer \(file) sla fouten over",
        en: "correct the file, or import \(file) skip errors"))
  }
}
