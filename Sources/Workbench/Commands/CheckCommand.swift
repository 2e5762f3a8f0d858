import PlanKit
import PlanRender

/// `controleer`: every finding about the plan, errors first. Read only.
enum CheckCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .check, group: .timing, names: [.nl: ["controleer"], .en: ["check"]],
    arguments: [arg("perceel", "lot", .target, optional: true)], clauses: [],
    summary: Phrase(
      nl:
        "Zoekt per perceel gemiste uiterste data, mijlpalen vóór het einde van hun fase, fasen in de verkeerde volgorde of overlappend, onderdelen vóór vandaag en verbroken koppelingen.",
      en:
        "Lists per lot missed deadlines, milestones before the end of their phase, phases out of order or overlapping, items before today and broken links."
    ),
    usage: Phrase(nl: "controleer [PERCEEL]", en: "check [LOT]"),
    examples: [.nl: ["controleer", "controleer r1"], .en: ["check"]])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    var lot: String?
    if let word = command.argument(0).first {
      guard context.plan.lotIndex(word.text.lowercased()) != nil else {
        throw context.unknownLot(word.text.lowercased(), at: word.span)
      }
      lot = word.text.lowercased()
    }
    let found = context.findings().filter { lot == nil || $0.lot == lot }
    guard found.contains(where: { !$0.informational }) else {
      let notes = context.warningLines(found)
      if !notes.isEmpty {
        return Outcome(
          text: (notes + [
            context.text(Phrase(nl: "Verder klopt alles.", en: "Otherwise all clear."))
          ])
          .joined(separator: "\n"))
      }
      return Outcome(
        text: context.text(
          Phrase(
            nl:
              "Alles klopt: geen gemiste uiterste data, verbroken koppelingen, fasen in de verkeerde volgorde of onderdelen vóór vandaag.",
            en:
              "All clear: no missed deadlines, broken links, phases out of order or items before today."
          )))
    }
    var lines: [String] = []
    var current: String??
    for finding in found {
      if current != .some(finding.lot) {
        current = .some(finding.lot)
        let heading =
          finding.lot.flatMap { id in context.plan.lots.first { $0.id == id } }.map {
            "\($0.id)  \($0.title.inert)"
          } ?? context.text(Phrase(nl: "plan", en: "plan"))
        lines.append(heading)
      }
      lines += context.warningLines([finding])
    }
    let count = found.filter { !$0.informational }.count
    lines.append(
      context.text(
        Phrase(
          nl: "\(count) \(count == 1 ? "bevinding" : "bevindingen").",
          en: "\(count) \(count == 1 ? "finding" : "findings").")))
    return Outcome(text: lines.joined(separator: "\n"))
  }
}
