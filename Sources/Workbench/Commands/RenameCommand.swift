import PlanKit

/// `hernoem`: a new id for a lot or an item, in every link that names it.
enum RenameCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .rename, group: .plan, names: [.nl: ["hernoem"], .en: ["rename"]],
    arguments: [arg("naam", "name", .target), arg("nieuwe-naam", "new-name", .newName)],
    clauses: [],
    summary: Phrase(
      nl: "Geeft een perceel of onderdeel een andere naam; onderdelen van een perceel gaan mee.",
      en: "Renames a lot or an item; a lot's items follow."),
    usage: Phrase(nl: "hernoem NAAM NIEUWE-NAAM", en: "rename NAME NEW-NAME"),
    examples: [.nl: ["hernoem r1 ouderen"], .en: ["rename r1.start r1.contract"]])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let word = command.argument(0)[0]
    let newWord = command.argument(1)[0]
    let old = word.text.lowercased()
    if let lotIndex = context.plan.lotIndex(old) {
      let new = try Identifier.validate(newWord.text, span: newWord.span, allowDot: false)
      try context.ensureFree(new, at: newWord.span)
      let committed = try context.commit(command.verb.text, changed: []) { plan throws(PlanError) in
        var lot = plan.lots[lotIndex]
        lot.id = new
        var renamed: [String: String] = [:]
        for i in lot.items.indices {
          renamed[lot.items[i].id] = "\(new).\(lot.items[i].name)"
          lot.items[i].id = "\(new).\(lot.items[i].name)"
        }
        plan.setLot(lot, at: lotIndex)
        plan.renameLinks(renamed)
      }
      return Outcome(text: "\(old) → \(new)", committed)
    }
    let location = try context.existingLocation(word)
    let item = context.plan[location]
    var new = try Identifier.validate(newWord.text, span: newWord.span, allowDot: true)
    if let lot = item.lotID, !new.contains(".") { new = "\(lot).\(new)" }
    guard new.split(separator: ".").count == (item.lotID == nil ? 1 : 2),
      item.lotID == (new.firstIndex(of: ".").map { String(new[..<$0]) })
    else {
      throw PlanError(
        nl: "hernoem houdt een onderdeel in zijn perceel", en: "rename keeps an item in its lot",
        at: newWord.span,
        hint: Phrase(
          nl: "bijvoorbeeld hernoem \(item.id) \(item.lotID.map { "\($0)." } ?? "")nieuwe-naam",
          en: "for example rename \(item.id) \(item.lotID.map { "\($0)." } ?? "")new-name"))
    }
    try context.ensureFree(new, at: newWord.span)
    let committed = try context.commit(command.verb.text, changed: []) { plan throws(PlanError) in
      plan[location].id = new
      plan.renameLinks([item.id: new])
    }
    return Outcome(text: "\(old) → \(new)", committed)
  }
}
