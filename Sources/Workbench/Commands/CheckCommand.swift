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
    // Counted from today, a finding the plan has too is told once, with its forecast size.
    let (today, forecast) = forecastFindings(context, lot: lot) ?? (context.today, [])
    let grown = Set(forecast.map(\.key))
    let found = context.findings().filter {
      (lot == nil || $0.lot == lot) && !grown.contains($0.key)
    }
    guard found.contains(where: { !$0.informational }) || !forecast.isEmpty else {
      let notes = context.warningLines(found)
      if !notes.isEmpty {
        return Outcome(
          text: (notes + [
            context.text(Phrase(nl: "Verder klopt alles.", en: "Otherwise all clear."))
          ])
          .joined(separator: "\n"))
      }
      return Outcome(text: context.text(allClear(context)))
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
    if !forecast.isEmpty {
      lines.append(
        context.text(
          Phrase(
            nl:
              "Gerekend vanaf vandaag (\(today.text(.nl))), met wat te laat is op de vroegste dag dat het nog kan:",
            en:
              "Counted from today (\(today.text(.en))), with what is late on the earliest day it still can:"
          )))
      lines += context.warningLines(forecast)
    }
    let count = found.filter { !$0.informational }.count + forecast.count
    lines.append(
      context.text(
        Phrase(
          nl: "\(count) \(count == 1 ? "bevinding" : "bevindingen").",
          en: "\(count) \(count == 1 ? "finding" : "findings").")))
    return Outcome(text: lines.joined(separator: "\n"))
  }

  /// What late work does to the rest when it is counted from `vandaag`: the findings of the
  /// forecast that the plan as it stands does not have, or has smaller (a start that will miss
  /// its fixed date, a deadline missed by more).
  ///
  /// - Complexity: O(plan): the forecast is scheduled and checked whole.
  static func forecastFindings(_ context: CommandContext, lot: String?) -> (
    today: Day, findings: [Finding]
  )? {
    guard let forecast = context.forecast() else { return nil }
    let after = Checker(forecast.plan, today: forecast.today).findings()
    let new = Finding.new(after, since: context.findings()).filter {
      !$0.informational && (lot == nil || $0.lot == lot)
    }
    return (forecast.today, new)
  }

  /// "Alles klopt", saying what was looked at: what lies before today only once the session
  /// has a `vandaag` of its own.
  ///
  /// - Complexity: O(1), or O(plan) for the plan's span when `vandaag` is set.
  static func allClear(_ context: CommandContext) -> Phrase {
    let clear = Phrase(
      nl:
        "Alles klopt: geen gemiste uiterste data, verbroken koppelingen of fasen in de verkeerde volgorde.",
      en: "All clear: no missed deadlines, broken links or phases out of order.")
    guard let today = context.settings.today else {
      return clear
        + Phrase(
          nl:
            " Wat al voorbij is, is niet bekeken: 'vandaag DATUM' zet de dag waarop het plan speelt.",
          en: " What is past was not looked at: 'today DATE' sets the day the plan is made.")
    }
    if let span = context.plan.span, span.upperBound <= today {
      return clear
        + Phrase(
          nl: " Alle onderdelen liggen vóór vandaag (\(today.text(.nl))): dit plan is voorbij.",
          en: " Every item lies before today (\(today.text(.en))): this plan is past.")
    }
    return clear
      + Phrase(
        nl: " Niets wat nog moet gebeuren begint vóór vandaag (\(today.text(.nl))).",
        en: " Nothing still to happen starts before today (\(today.text(.en))).")
  }
}
