import PlanFiles
import PlanKit

/// Going back to a recorded state, and opening a session file.
extension Interpreter {
  /// `ongedaan` (`back`) or `opnieuw`: the last step taken back, or the last one taken back
  /// done again.
  ///
  /// - Complexity: what the step's change touched.
  mutating func travel(back: Bool) throws(PlanError) -> Outcome {
    guard let state = back ? history.lastDone : history.lastUndone else {
      throw back
        ? PlanError(nl: "er is niets om ongedaan te maken", en: "there is nothing to undo")
        : PlanError(nl: "er is niets om opnieuw te doen", en: "there is nothing to redo")
    }
    let (current, today) = (session, settings.today)
    let change = restore(state)
    if back {
      history.undo(redo: change, session: current, today: today)
    } else {
      history.redo(undo: change, session: current, today: today)
    }
    var outcome = Outcome(
      text: text(
        back
          ? Phrase(nl: "Ongedaan: \(state.label)", en: "Undone: \(state.label)")
          : Phrase(nl: "Opnieuw: \(state.label)", en: "Redone: \(state.label)")))
    // Undoing `nieuw` or `open`, or redoing it, brings back the journal that went with it.
    outcome.journalsItself = state.session != nil
    return outcome
  }

  /// Back (or forward) to a recorded state; returns the change that leads back. Undoing
  /// `nieuw` or `open` brings back the journal and the file they replaced, and is then not
  /// itself a step of the journal (`state.session` is set).
  ///
  /// - Complexity: what the state's change touched.
  mutating func restore(_ state: UndoHistory.State) -> PlanChange {
    let back = plan.revert(state.change)
    context.committed = back
    // A change that kept every item and link where it was leaves the graph as it was.
    if !back.keepsGraph { context.graphCache = nil }
    context.findingsCache = nil
    if let today = state.today { settings.today = today }
    if let previous = state.session { restore(previous) }
    return back
  }

  /// Whether a file that is no session is a script: named so, or text that does not start
  /// as JSON does.
  ///
  /// - Complexity: O(1): the name and the first characters.
  static func looksLikeScript(_ path: String, _ text: String) -> Bool {
    if path.lowercased().hasSuffix(".plan") { return true }
    let start = ScriptText.lines(String(text.prefix(200))).first { !$0.trimmedWhitespace.isEmpty }
    guard let first = start?.trimmedWhitespace.first else { return false }
    return first.isLetter || first == "#"
  }

  /// Opens the session file at `path`, as `open` does; the answer's journal is the file's.
  mutating func open(path: String, verb: String) throws(PlanError) -> Outcome {
    let contents: SessionFile.Contents
    do {
      contents = try files.withBytes(of: path, SessionFile.decode)
    } catch {
      // A script is not a session: say what would run it, not where its JSON went wrong.
      if let text = try? files.read(path), Self.looksLikeScript(path, text) {
        throw PlanError(
          nl: "\(path) is een script met opdrachten, geen bewaarde sessie",
          en: "\(path) is a script of commands, not a saved session",
          hint: Phrase(nl: "'lees \(path)' voert het uit", en: "'read \(path)' runs it"))
      }
      // Name the file: a refusal at start-up or in a script is otherwise hard to place.
      guard !error.message.nl.contains("'\(path)'") else { throw error }
      throw PlanError(Phrase("\(path): ") + error.message, at: error.span, hint: error.hint)
    }
    let opened = contents.plan
    let (journal, problem) = contents.continuedJournal(language: language)
    replaceSession(
      opened, journal: journal, label: "\(verb) \(path)", settings: contents.settings,
      marksSaved: true)
    // The graph and working days the file was checked and scheduled on serve its first change.
    context.graphCache = contents.scheduler?.graph
    context.workdayCache = contents.scheduler?.workdays ?? context.workdayCache
    markSaved(path: path)
    var notice = ""
    if let problem {
      let steps = contents.journal.steps.count
      notice = text(
        Phrase(
          nl:
            "  ! het journaal van \(path) leidt niet meer tot het bewaarde plan: \(problem.nl.inert). Het plan is geopend zoals het bewaard is; het journaal begint opnieuw bij dit plan. De \(steps) oude stappen blijven in \(path) tot je het bewaart: 'bewaar ANDERE-NAAM.json' houdt ze.",
          en:
            "  ! the journal of \(path) no longer leads to the saved plan: \(problem.en.inert). The plan is open as it was saved; the journal starts afresh from it. The \(steps) old steps stay in \(path) until you save it: 'save OTHER-NAME.json' keeps them."
        ))
    }
    let opening = text(
      Phrase(
        nl:
          "Geopend: \(opened.title.inert) (\(count(opened.lots.count, "perceel", "percelen")), \(count(opened.itemCount, "onderdeel", "onderdelen"))).",
        en:
          "Opened: \(opened.title.inert) (\(count(opened.lots.count, "lot", "lots")), \(count(opened.itemCount, "item", "items")))."
      ))
    var outcome = Outcome(
      text: notice.isEmpty ? opening : opening + "\n" + notice, notice: notice)
    outcome.journalsItself = true
    return outcome
  }

  /// Opens a session file before the shell starts (`planwerk FILE.json`).
  /// The path is taken as it is, not typed into a command line: quotes, spaces and
  /// backslashes in a file name would otherwise be read as the command's own.
  public mutating func openAtStart(_ file: String) -> Outcome {
    do {
      return try open(path: file, verb: "open")
    } catch {
      return Outcome(
        text: ErrorRenderer.render(error, line: nil, language: language), failed: true)
    }
  }

}
