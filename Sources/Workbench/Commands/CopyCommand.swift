import PlanKit

/// `kopieer`: a new lot with the items of another and the links between them, moved along if
/// asked. Routes of one tender share their shape (seed 002's three routes).
enum CopyCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .copy, group: .plan, names: [.nl: ["kopieer"], .en: ["copy"]],
    arguments: [arg("perceel", "lot", .target)], clauses: [.copyAs, .shifted],
    summary: Phrase(
      nl:
        "Kopieert een perceel met zijn onderdelen en de koppelingen ertussen naar een nieuw perceel, eventueel verschoven.",
      en:
        "Copies a lot with its items and the links between them to a new lot, shifted if asked."),
    usage: Phrase(
      nl: "kopieer PERCEEL als NAAM [\"TITEL\"] [verschoven DUUR]",
      en: "copy LOT as NAME [\"TITLE\"] [shifted DURATION]"),
    examples: [
      .nl: ["kopieer r1 als r2 \"Route 2: Jeugd\" verschoven 1 maand"],
      .en: ["copy r1 as r3 \"Route 3\""],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let word = command.argument(0)[0]
    let source = word.text.lowercased()
    guard let l = context.plan.lotIndex(source) else {
      throw context.unknownLot(source, at: word.span)
    }
    if let target = command.clauses[.copyAs], target.words.count > 1, !target.words[1].quoted {
      throw PlanError(
        nl: "na de naam komt de titel, tussen aanhalingstekens",
        en: "after the name comes the title, in quotes", at: spanOf(target.words.dropFirst()),
        hint: Phrase(
          nl: "bijvoorbeeld: kopieer r1 als r2 \"Route 2\"",
          en: "for example: copy r1 as r2 \"Route 2\""))
    }
    guard let target = command.clauses[.copyAs], let name = target.words.first,
      target.words.count <= 2
    else {
      throw PlanError(
        nl: "als welk perceel?", en: "as which lot?",
        at: command.clauses[.copyAs].flatMap { spanOf($0.words) } ?? command.span,
        hint: Messages.likeThis(command.spec.usage))
    }
    let id = try Identifier.validate(name.text, span: name.span, allowDot: false)
    try context.ensureFree(id, at: name.span)
    let by = try command.clauses[.shifted].map { clause throws(PlanError) in
      try DurationParser.parse(clause.words)
    }
    let original = context.plan.lots[l]
    var lot = original
    lot.id = id
    lot.title = target.words.count == 2 ? target.words[1].text : original.title
    let renamed = Dictionary(
      uniqueKeysWithValues: original.items.map { ($0.id, id + $0.id.dropFirst(source.count)) })
    lot.items = original.items.map { item in
      var copy = item
      copy.id = renamed[item.id]!
      return copy
    }
    // Only the links the user made inside the lot: the tender's order is derived anew, and
    // links from outside belong to the original.
    let links = context.plan.links.filter { !$0.implicit && renamed[$0.from] != nil }
      .compactMap { link -> Link? in
        guard let from = renamed[link.from], let to = renamed[link.to] else { return nil }
        var copy = link
        (copy.from, copy.to) = (from, to)
        return copy
      }
    let ids = lot.items.map(\.id)
    let workdays = context.workdays
    let span = command.clauses[.shifted].flatMap { spanOf($0.words) }
    let added = lot
    let committed = try context.commit(command.verb.text, changed: [id] + ids) {
      plan throws(PlanError) in
      plan.appendLot(added)
      plan.appendLinks(links)
      plan.anchorOrphans(ids)
      if let by { try plan.shift(ids, by: by, workdays: workdays, span: span) }
    }
    let copied = context.plan.lots[context.plan.lotIndex(id)!]
    let lines =
      ["+ \(id)  \(copied.title.inert)"]
      + copied.items.map { "+ " + context.describe($0) }
    return Outcome(text: lines.joined(separator: "\n"), committed)
  }
}
