import PlanFiles
import PlanImport
import PlanKit

/// `importeer`: lots, items and links from another tool's file, added to the plan in one
/// step that `ongedaan` takes back. The journal keeps the file's text, so that a replay never
/// needs the file.
enum ImportCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .importFile, group: .plan, names: [.nl: ["importeer"], .en: ["import"]],
    arguments: [arg("bestand", "file", .file(["csv", "txt"]))], clauses: [.skipRefused],
    summary: Phrase(
      nl:
        "Leest percelen, fasen, mijlpalen en koppelingen uit een Excel-bestand (CSV met ; of , in UTF-8 of Windows-tekens, de kolommen van 'exporteer csv' in elke volgorde) en voegt ze toe in één stap. Elke geweigerde cel wordt met regel en kolom genoemd; dan wordt niets geïmporteerd, tenzij 'sla fouten over'.",
      en:
        "Reads lots, phases, milestones and links from an Excel file (CSV with ; or , in UTF-8 or Windows characters, the columns of 'export csv' in any order) and adds them in one step. Every refused cell is named with its line and column; then nothing is imported, unless 'skip errors'."
    ),
    usage: Phrase(
      nl: "importeer BESTAND.csv [sla fouten over]", en: "import FILE.csv [skip errors]"),
    examples: [
      .nl: ["importeer planning.csv", "importeer planning.csv sla fouten over"],
      .en: ["import plan.csv"],
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
      imported = try CSVReader.read(bytes, skippingRefused: command.clauses[.skipRefused] != nil)
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
    var outcome = Outcome(text: report(imported, file: file, context), committed)
    outcome.imported = Journal.Imported(file: file, text: TextDecoding.text(of: bytes).text)
    return outcome
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
