import PlanKit

/// Rebuilds a plan from a journal one step at a time, on an interpreter of its own, and checks
/// that every step does what the journal says it did.
public struct Replay: Sendable {
  public let journal: Journal
  public private(set) var interpreter: Interpreter
  /// How many steps have run.
  public private(set) var position = 0

  public init(_ journal: Journal, language: Language = .nl) {
    self.journal = journal
    interpreter = Interpreter(
      files: MemoryFiles(), today: journal.steps.first?.today ?? Day(raw: 0),
      settings: Settings(language: language))
    interpreter.start(from: journal.base ?? Plan())
  }

  public var isFinished: Bool { position >= journal.steps.count }

  /// Runs the next step and returns what it printed. Fails when the command fails or changes
  /// something else than the journal recorded.
  public mutating func next() throws(PlanError) -> Outcome {
    let number = position + 1
    let step = journal.steps[position]
    interpreter.clockToday = step.today
    let outcome = interpreter.run(step.command)
    guard !outcome.failed else {
      throw PlanError(
        nl: "stap \(number) (\(step.command)) lukt niet meer: \(outcome.text)",
        en: "step \(number) (\(step.command)) no longer works: \(outcome.text)")
    }
    let effect = interpreter.journal.steps.last?.effect ?? []
    if effect != step.effect {
      let expected = step.effect.first { !effect.contains($0) } ?? "—"
      let found = effect.first { !step.effect.contains($0) } ?? "—"
      throw PlanError(
        nl:
          "stap \(number) (\(step.command)) doet nu iets anders: het journaal zegt \(expected), de herhaling geeft \(found)",
        en:
          "step \(number) (\(step.command)) now does something else: the journal says \(expected), the replay gives \(found)"
      )
    }
    position += 1
    return outcome
  }

  /// Runs every remaining step.
  public mutating func finish() throws(PlanError) {
    while !isFinished { _ = try next() }
  }

  /// Replays a whole journal and checks that it ends in `snapshot`.
  public static func verify(_ journal: Journal, snapshot: Plan) throws(PlanError) {
    var replay = Replay(journal)
    try replay.finish()
    if let difference = Self.difference(replay.interpreter.plan, snapshot) {
      throw PlanError(
        nl: "het journaal leidt niet tot het bewaarde plan: \(difference.nl)",
        en: "the journal does not lead to the saved plan: \(difference.en)")
    }
  }

  /// The first thing that differs between a replayed plan and a saved one, or nil.
  static func difference(_ replayed: Plan, _ saved: Plan) -> Phrase? {
    if let change = PlanDiff(from: replayed, to: saved).changes.first {
      return Phrase(
        nl:
          "\(change.id) is in de herhaling \(change.before?.iso ?? "afwezig") en in het bestand \(change.after?.iso ?? "afwezig")",
        en:
          "\(change.id) is \(change.before?.iso ?? "absent") in the replay and \(change.after?.iso ?? "absent") in the file"
      )
    }
    for (a, b) in zip(replayed.allItems, saved.allItems) where a != b {
      return Phrase(nl: "\(a.id) verschilt", en: "\(a.id) differs")
    }
    if replayed.lots.map(\.id) != saved.lots.map(\.id) || replayed.lots != saved.lots {
      return Phrase(nl: "de percelen verschillen", en: "the lots differ")
    }
    if replayed.links != saved.links {
      return Phrase(nl: "de koppelingen verschillen", en: "the links differ")
    }
    if replayed.calendar != saved.calendar {
      return Phrase(nl: "de kalender verschilt", en: "the calendar differs")
    }
    return replayed == saved
      ? nil : Phrase(nl: "titel of organisatie verschilt", en: "the title or organisation differs")
  }
}
