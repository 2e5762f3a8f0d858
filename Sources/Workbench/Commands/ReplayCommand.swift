import PlanFiles
import PlanKit
import PlanRender

/// `herhaal`: rebuilds a saved session from its journal, at once, to a step, or step by
/// step for a meeting.
enum ReplayCommand: Command {
  static let spec = CommandSpec(
    id: .replay, group: .session, names: [.nl: ["herhaal"], .en: ["replay"]],
    arguments: [arg("bestand", "file", .file(["json"]))], clauses: [.step, .to, .clean],
    summary: Phrase(
      nl:
        "Bouwt een bewaarde sessie opnieuw op uit haar journaal en controleert het resultaat; 'stap' laat elke stap met het schema zien, op één tijdas voor alle stappen en met ► bij wat de stap veranderde (Enter: verder, q of Ctrl-C: stoppen, nummer: naar die stap), 'tot N' stopt na stap N, 'schoon' laat weg wat ongedaan is gemaakt.",
      en:
        "Rebuilds a saved session from its journal and checks the result; 'step' shows every step with the chart, on one time axis for all steps and with ► at what the step changed (Enter: on, q or Ctrl-C: stop, a number: that step), 'to N' stops after step N, 'clean' leaves out what was undone."
    ),
    usage: Phrase(
      nl: "herhaal BESTAND.json [stap | tot N] [schoon]",
      en: "replay FILE.json [step | to N] [clean]"),
    examples: [
      .nl: [
        "herhaal sessions/002-routes.json", "herhaal sessions/002-routes.json stap schoon",
      ],
      .en: ["replay sessions/002-routes.json to 4"],
    ])

  static func execute(_ command: ParsedCommand, in interpreter: inout Interpreter)
    throws(PlanError) -> Outcome
  {
    let lost = interpreter.plan.itemCount
    // The replay puts its own journal in place.
    var outcome = try replay(command, in: &interpreter)
    outcome.journalsItself = true
    if lost > 0 && !interpreter.isStepping {
      outcome.text +=
        "\n"
        + interpreter.text(
          Phrase(
            nl:
              "Het vorige plan met \(count(lost, "onderdeel", "onderdelen")) komt terug met 'ongedaan'.",
            en: "The previous plan with \(count(lost, "item", "items")) comes back with 'undo'."))
    }
    return outcome
  }

  private static func replay(_ command: ParsedCommand, in interpreter: inout Interpreter)
    throws(PlanError) -> Outcome
  {
    let word = command.argument(0)[0]
    let contents = try interpreter.files.withBytes(of: word.text, SessionFile.decode)
    // For a meeting: what was tried and undone is left out, what stayed is shown.
    let clean = try command.clauses[.clean].map(CommandContext.flag) ?? false
    let journal = clean ? contents.journal.withoutUndone() : contents.journal
    let steps = journal.steps
    guard !steps.isEmpty else {
      throw PlanError(
        nl: "\(word.text) heeft geen journaal om te herhalen",
        en: "\(word.text) has no journal to replay",
        at: word.span, hint: Phrase(nl: "open het met 'open'", en: "open it with 'open'"))
    }
    try interpreter.context.notBoth(command.clauses[.step], command.clauses[.to])
    var replay = Replay(journal, language: interpreter.language)
    if let clause = command.clauses[.to] {
      guard clause.words.count == 1, let last = Int(clause.words[0].text),
        (1...steps.count).contains(last)
      else {
        throw PlanError(
          nl: "tot welke stap? Kies 1 tot en met \(steps.count)",
          en: "to which step? Choose 1 to \(steps.count)", at: spanOf(clause.words))
      }
      while replay.position < last { _ = replay.next() }
      interpreter.load(replay, file: word.text)
      return Outcome(
        text: interpreter.text(
          Phrase(
            nl: "Herhaald tot stap \(last) van \(steps.count): \(steps[last - 1].command.inert)",
            en: "Replayed to step \(last) of \(steps.count): \(steps[last - 1].command.inert)"))
          + replay.divergences.map { "\n  ! " + interpreter.text($0.message).inert }.joined()
          + "\n" + interpreter.chart())
    }
    if command.clauses[.step] != nil {
      interpreter.stepping = .active(
        replay, snapshot: contents.plan, file: word.text,
        axis: interpreter.axis(
          of: replay, final: contents.plan, columns: interpreter.presenter?.address != nil))
      guard interpreter.interactive else {
        // Without someone to press Enter, every step follows at once.
        var blocks: [String] = []
        while case .active(let replay, _, _, _) = interpreter.stepping, !replay.isFinished {
          blocks.append(interpreter.step("").text)
        }
        return Outcome(text: blocks.joined(separator: "\n"))
      }
      return interpreter.step("")
    }
    replay.finish()
    if let problem = interpreter.finish(replay, snapshot: contents.plan, file: word.text) {
      return Outcome(text: problem)
    }
    return Outcome(
      text: interpreter.text(
        Phrase(
          nl: "\(steps.count) stappen herhaald; het resultaat is gelijk aan het bewaarde plan.",
          en: "\(steps.count) steps replayed; the result equals the saved plan.")))
  }
}
