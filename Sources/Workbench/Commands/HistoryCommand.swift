import PlanFiles
import PlanKit
import PlanRender

/// `geschiedenis`: the journal, or one step of it with what it moved.
enum HistoryCommand: Command {
  static let spec = CommandSpec(
    id: .history, group: .session, names: [.nl: ["geschiedenis"], .en: ["history"]],
    arguments: [arg("stap", "step", .rest, optional: true)], clauses: [],
    summary: Phrase(
      nl:
        "Zet het journaal onder elkaar: elke wijziging met haar nummer, tijd en wat ze deed; met een nummer die stap in detail.",
      en:
        "Lists the journal: every change with its number, time and what it did; with a number, that step in detail."
    ),
    usage: Phrase(nl: "geschiedenis [STAP]", en: "history [STEP]"),
    examples: [.nl: ["geschiedenis", "geschiedenis 3"], .en: ["history"]])

  static func execute(_ command: ParsedCommand, in interpreter: inout Interpreter)
    throws(PlanError) -> Outcome
  {
    guard !interpreter.journal.steps.isEmpty else {
      return Outcome(
        text: interpreter.text(
          Phrase(
            nl: "Het journaal is nog leeg: elke wijziging komt erin.",
            en: "The journal is still empty: every change goes into it.")))
    }
    if let word = command.argument(0).first {
      guard command.argument(0).count == 1, let number = Int(word.text),
        interpreter.journal.steps.indices.contains(number - 1)
      else {
        throw PlanError(
          nl: "'\(word.text)' is geen stap; kies 1 tot en met \(interpreter.journal.steps.count)",
          en: "'\(word.text)' is not a step; choose 1 to \(interpreter.journal.steps.count)",
          at: word.span)
      }
      let step = interpreter.journal.steps[number - 1]
      let lines =
        ["\(number)  \(interpreter.time(step))  \(step.command.inert)"]
        + (step.effect.isEmpty
          ? [
            interpreter.text(Phrase(nl: "  (geen onderdelen verschoven)", en: "  (no items moved)"))
          ]
          : Journal.Digest(effect: step.effect) != nil
            ? ["  " + interpreter.text(Journal.Digest.text(step.effect))]
            : effectLines(step.effect, interpreter))
      return Outcome(text: lines.joined(separator: "\n"))
    }
    let width = String(interpreter.journal.steps.count).count
    // Days in words differ in length ("1 mei 2026", "23 sept. 2026"): the commands line up.
    let times = interpreter.journal.steps.map { interpreter.time($0) }
    let timeWidth = times.map(\.count).max() ?? 0
    var lines =
      interpreter.journal.base.map {
        [interpreter.text(Phrase(nl: "begint bij: ", en: "starts from: ")) + $0.title.inert]
      } ?? []
    for (i, step) in interpreter.journal.steps.enumerated() {
      let number = String(i + 1)
      lines.append(
        "\(String(repeating: " ", count: width - number.count))\(number)  \(times[i].fitted(to: timeWidth))  \(step.command.inert)  (\(interpreter.summary(step.effect)))"
      )
    }
    return Outcome(text: lines.joined(separator: "\n"))
  }

  /// What a step moved, as `verschuif` and `diff` show it: in the user's dates, the new ones
  /// first and "was" the old ones. A record that cannot be read is shown as it is stored.
  static func effectLines(_ effect: [String], _ interpreter: Interpreter) -> [String] {
    var changes: [PlanDiff.Change] = []
    var unread: [String] = []
    for record in effect {
      if let change = Journal.change(record) {
        changes.append(change)
      } else {
        unread.append("  " + record.inert)
      }
    }
    return interpreter.context.diffLines(changes).map(\.inert) + unread
  }
}
