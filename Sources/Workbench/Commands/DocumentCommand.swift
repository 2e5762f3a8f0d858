import PlanKit

/// `document`: where a step's or lot's document lives (the collegevoorstel in the council
/// system, the TenderNed notice), as a link the HTML page and calendars make clickable.
enum DocumentCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .document, group: .plan, names: [.nl: ["document"], .en: ["document"]],
    arguments: [arg("naam", "name", .target), arg("document", "document", .rest)], clauses: [],
    summary: Phrase(
      nl:
        "Koppelt een document aan een onderdeel of perceel: een naam en een webadres (https://, http:// of mailto:); 'geen' na de naam haalt het weg.",
      en:
        "Links a document to an item or lot: a name and a web address (https://, http:// or mailto:); 'none' after the name takes it away."
    ),
    usage: Phrase(
      nl: "document NAAM \"DOCUMENT\" ADRES | geen", en: "document NAME \"DOCUMENT\" ADDRESS | none"
    ),
    examples: [
      .nl: [
        "document r1.gunning \"Collegevoorstel gunning\" https://raad.example.nl/besluit/123"
      ],
      .en: ["document r1 Notice https://www.tenderned.nl/aankondigingen/overzicht/123"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let words = command.argument(1)
    guard words.count >= 2, let last = words.last else {
      throw PlanError(
        nl: "welk document, en waar staat het?", en: "which document, and where is it?",
        at: spanOf(words) ?? command.argument(0)[0].span, hint: Messages.likeThis(spec.usage))
    }
    let name = words.dropLast().map(\.text).joined(separator: " ").trimmedWhitespace
    guard !name.isEmpty else {
      throw PlanError(
        nl: "het document heeft een naam nodig", en: "the document needs a name",
        at: words[0].span,
        hint: Phrase(
          nl: "bijvoorbeeld: document \(command.argument(0)[0].text) TenderNed https://…",
          en: "for example: document \(command.argument(0)[0].text) TenderNed https://…"))
    }
    let removes = !last.quoted && ["geen", "none"].contains(last.text.lowercased())
    let url = removes ? "" : try Document.validate(last.text, span: last.span)
    let (id, committed) = try context.annotate(command.argument(0)[0], label: command.verb.text) {
      _, _, documents throws(PlanError) in
      if removes {
        guard documents.contains(where: { $0.name == name }) else {
          throw PlanError(
            nl: "er is geen document '\(name)'", en: "there is no document '\(name)'",
            at: spanOf(words.dropLast()))
        }
        documents.removeAll { $0.name == name }
      } else if let i = documents.firstIndex(where: { $0.name == name }) {
        documents[i].url = url
      } else {
        documents.append(Document(name: name, url: url))
      }
    }
    return Outcome(
      text: context.text(
        removes
          ? Phrase(nl: "\(id): document '\(name)' weg", en: "\(id): document '\(name)' removed")
          : Phrase(
            nl: "\(id): document '\(name)' → \(url)", en: "\(id): document '\(name)' → \(url)")
      ), committed)
  }
}
