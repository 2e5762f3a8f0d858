import PlanFiles
import PlanKit

/// Rebuilds a plan from a journal one step at a time, on an interpreter of its own, and notes
/// every step that no longer does what the journal says it did. It never stops at such a
/// step: a journal is history, and the user decides what to do with a plan whose history no
/// longer replays (`open` keeps the saved plan, `herhaal` says where it parts).
public struct Replay: Sendable {
  /// A step that went otherwise than the journal recorded.
  public struct Divergence: Equatable, Sendable {
    /// The step's number, from 1.
    public let step: Int
    public let message: Phrase
  }

  public let journal: Journal
  public private(set) var interpreter: Interpreter
  /// The replay's only files: those its `importeer` steps read, from the journal.
  let files: MemoryFiles
  /// How many steps have run.
  public private(set) var position = 0
  /// The steps that failed or changed something else, in order.
  public private(set) var divergences: [Divergence] = []

  public init(_ journal: Journal, language: Language = .nl) {
    self.journal = journal
    let files = MemoryFiles()
    self.files = files
    interpreter = Interpreter(
      files: files, today: journal.steps.first?.today ?? Day(raw: 0),
      settings: Settings(language: language))
    interpreter.start(from: journal.base ?? Plan())
  }

  public var isFinished: Bool { position >= journal.steps.count }

  /// Runs the next step and returns what it printed. A step that fails leaves the plan as it
  /// was; it and a step that changes something else than the journal recorded are noted in
  /// `divergences`, which `divergence` also returns.
  ///
  /// - Complexity: what the step's command costs, plus O(k log k) for the k items it moved.
  public mutating func next() -> Outcome {
    let number = position + 1
    let step = journal.steps[position]
    interpreter.clockToday = step.today
    if let imported = step.imported { files.files[imported.file] = imported.text }
    let before = interpreter.journal.steps.count
    let outcome = interpreter.run(step.command)
    if interpreter.journal.steps.count > before {
      // The replayed journal keeps when the step was first taken.
      interpreter.journal.steps[interpreter.journal.steps.count - 1].time = step.time
    }
    position += 1
    if outcome.failed {
      // The error's first line, without its label: the marks under the line belong to a prompt.
      let first = outcome.text.split(separator: "\n").first.map(String.init) ?? ""
      let reason = ["fout: ", "error: "].reduce(first) { line, label in
        line.hasPrefix(label) ? String(line.dropFirst(label.count)) : line
      }
      divergences.append(
        Divergence(
          step: number,
          message: Phrase(
            nl: "stap \(number) (\(step.command)) lukt niet meer: \(reason)",
            en: "step \(number) (\(step.command)) no longer works: \(reason)")))
    } else if let difference = Self.difference(
      recorded: step.effect, replayed: interpreter.journal.steps.last?.effect ?? [])
    {
      divergences.append(
        Divergence(
          step: number,
          message: Phrase(
            nl: "stap \(number) (\(step.command)) doet nu iets anders: \(difference.nl)",
            en: "step \(number) (\(step.command)) now does something else: \(difference.en)")))
    }
    return outcome
  }

  /// Where the step just run parted from the journal, if it did.
  public var divergence: Divergence? {
    divergences.last.flatMap { $0.step == position ? $0 : nil }
  }

  /// Runs every remaining step.
  public mutating func finish() {
    while !isFinished { _ = next() }
  }

  /// Replays a whole journal and checks that every step does what it recorded and that it
  /// ends in `snapshot`. Throws what it found first.
  ///
  /// - Complexity: O(steps × what a step costs), O(plan) for the comparison at the end.
  public static func verify(_ journal: Journal, snapshot: Plan) throws(PlanError) {
    var replay = Replay(journal)
    replay.finish()
    if let problem = replay.problem(against: snapshot) {
      throw PlanError(
        Phrase(
          nl: "het journaal leidt niet tot het bewaarde plan: ",
          en: "the journal does not lead to the saved plan: ") + problem)
    }
  }

  /// What is wrong with the replay so far, measured against the saved plan: the first step
  /// that went otherwise (and how many more did), or the first thing that differs at the end.
  public func problem(against snapshot: Plan) -> Phrase? {
    if let first = divergences.first {
      let more = divergences.count - 1
      return more == 0
        ? first.message
        : first.message
          + Phrase(
            nl: " (en nog \(more) \(more == 1 ? "stap" : "stappen"))",
            en: " (and \(more) more \(more == 1 ? "step" : "steps"))")
    }
    guard isFinished, let difference = Self.difference(interpreter.plan, snapshot) else {
      return nil
    }
    return Phrase(nl: "na de laatste stap: ", en: "after the last step: ") + difference
  }

  /// How a replayed effect differs from the recorded one, or nil when they hold the same
  /// changes. The order does not count: one change may list its moves in any order (journals
  /// written before the order was fixed list them as the schedule found them).
  ///
  /// - Complexity: O(k log k) for k changes.
  static func difference(recorded: [String], replayed: [String]) -> Phrase? {
    guard recorded.count != replayed.count || recorded != replayed else { return nil }
    if let same = Journal.Digest.same(recorded, replayed) {
      guard !same else { return nil }
      let (was, now) = (Journal.Digest.text(recorded), Journal.Digest.text(replayed))
      return Phrase(
        nl: "het journaal zegt \(was.nl), de herhaling geeft \(now.nl)",
        en: "the journal says \(was.en), the replay gives \(now.en)")
    }
    let recorded = recorded.sorted()
    let replayed = replayed.sorted()
    guard recorded != replayed else { return nil }
    let (recordedSet, replayedSet) = (Set(recorded), Set(replayed))
    let missing = recorded.first { !replayedSet.contains($0) }
    let extra = replayed.first { !recordedSet.contains($0) }
    switch (missing, extra) {
    case (let missing?, let extra?):
      return Phrase(
        nl: "het journaal zegt \(missing), de herhaling geeft \(extra)",
        en: "the journal says \(missing), the replay gives \(extra)")
    case (let missing?, nil):
      return Phrase(
        nl: "het journaal zegt \(missing), de herhaling doet dat niet",
        en: "the journal says \(missing), the replay does not do that")
    case (nil, let extra?):
      return Phrase(
        nl: "de herhaling geeft ook \(extra), het journaal niet",
        en: "the replay also gives \(extra), the journal does not")
    case (nil, nil):
      return Phrase(
        nl: "de herhaling geeft dezelfde wijzigingen een ander aantal keren",
        en: "the replay gives the same changes a different number of times")
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
