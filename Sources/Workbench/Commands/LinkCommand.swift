import PlanKit

/// `koppel`: makes an item wait for others; it and what depends on it move.
enum LinkCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .link, group: .timing, names: [.nl: ["koppel"], .en: ["link"]],
    arguments: [arg("naam", "name", .target)],
    clauses: [.after, .startAfterStart, .endWithEnd],
    summary: Phrase(
      nl:
        "Laat een onderdeel wachten op een ander: na (einde-begin), start na start van, einde met einde van; met wachttijd, ook in werkdagen of negatief.",
      en:
        "Makes an item wait for another: after (finish-to-start), start after start of, end with end of; with a lag, in working days or negative too."
    ),
    usage: Phrase(
      nl:
        "koppel ONDERDEEL (na | start na start van | einde met einde van) ONDERDEEL [+ WACHTTIJD]",
      en: "link ITEM (after | start after start of | end with end of) ITEM [+ LAG]"),
    examples: [
      .nl: [
        "koppel r1.implementatie na r1.inkoopprocedure",
        "koppel r2.inkoopprocedure start na start van r1.inkoopprocedure + 2 weken",
      ],
      .en: ["link r1.start after r1.implementation + 5 working days"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let word = command.argument(0)[0]
    let location = try context.existingLocation(word)
    let id = context.plan[location].id
    let requests = try context.linkRequests(command, for: id)
    guard !requests.isEmpty else {
      throw PlanError(
        nl: "waarna moet \(id) komen?", en: "what should \(id) follow?", at: word.span,
        hint: Messages.likeThis(command.spec.usage))
    }
    try context.refuseCycles(requests, into: id)
    let before = context.plan[location]
    let committed = try context.commit(command.verb.text, changed: [id]) { plan throws(PlanError) in
      for request in requests {
        let same = { (link: Link) in
          link.from == request.from && link.to == id && link.kind == request.kind
        }
        // A new lag for a statutory step keeps the minimum the law sets for it.
        let minimum = plan.linksInto(id).map { plan.links[$0] }.first(where: same)?.minimum
        plan.removeLinks(of: [id], where: same)
        // Typed, the link takes the place of the tender's own order between the two.
        plan.removeLinks(of: [id]) { $0.implicit && $0.from == request.from && $0.to == id }
        if plan.removedLinks.contains(where: { $0.from == request.from && $0.to == id }) {
          plan.removedLinks.removeAll { $0.from == request.from && $0.to == id }
        }
        plan.appendLinks([
          Link(from: request.from, to: id, kind: request.kind, lag: request.lag, minimum: minimum)
        ])
      }
      plan.followLinks(id)
    }
    let notes = requests.map {
      context.linkNote(Link(from: $0.from, to: id, kind: $0.kind, lag: $0.lag))
    }
    var lines = ["\(id) " + notes.joined(separator: ", ")]
    lines += context.movedLines(committed.moved)
    lines += context.startGivenWay(before, context.plan[location])
    return Outcome(text: lines.joined(separator: "\n"), committed)
  }
}
