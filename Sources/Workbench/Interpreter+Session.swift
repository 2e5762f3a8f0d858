import PlanFiles
import PlanKit

/// ongedaan, opnieuw, bewaar, open, taal, vandaag, instelling.
extension Interpreter {
  mutating func undo() throws(PlanError) -> Outcome {
    guard let state = history.lastDone else {
      throw PlanError(nl: "er is niets om ongedaan te maken", en: "there is nothing to undo")
    }
    let (current, today) = (session, settings.today)
    let redo = restore(state)
    history.undo(redo: redo, session: current, today: today)
    return Outcome(
      text: text(Phrase(nl: "Ongedaan: \(state.label)", en: "Undone: \(state.label)")))
  }

  mutating func redo() throws(PlanError) -> Outcome {
    guard let state = history.lastUndone else {
      throw PlanError(nl: "er is niets om opnieuw te doen", en: "there is nothing to redo")
    }
    let (current, today) = (session, settings.today)
    let undo = restore(state)
    history.redo(undo: undo, session: current, today: today)
    return Outcome(
      text: text(Phrase(nl: "Opnieuw: \(state.label)", en: "Redone: \(state.label)")))
  }

  /// Back (or forward) to a recorded state; returns the change that leads back. Undoing
  /// `nieuw` or `open` brings back the journal and the file they replaced, and is then not
  /// itself a step of the journal.
  ///
  /// - Complexity: what the state's change touched.
  private mutating func restore(_ state: UndoHistory.State) -> PlanChange {
    let back = plan.revert(state.change)
    lastChange = back
    // A change that kept every item and link where it was leaves the graph as it was.
    if !back.keepsGraph { graphCache = nil }
    findingsCache = nil
    if let today = state.today { settings.today = today }
    if let previous = state.session {
      restore(previous)
      journalHandled = true
    }
    return back
  }

  mutating func save(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    guard let target = command.argument(0).first?.text ?? path else {
      throw PlanError(
        nl: "in welk bestand?", en: "which file?", at: command.verb.span,
        hint: Phrase(
          nl: "bijvoorbeeld: bewaar sessions/route1.json",
          en: "for example: save sessions/route1.json"))
    }
    var file = target
    if file.hasSuffix(".plan") {
      throw PlanError(
        nl: "een sessie wordt als .json bewaard; .plan is voor scripts",
        en: "a session is saved as .json; .plan is for scripts", at: command.argument(0).first?.span
      )
    }
    if !file.split(separator: "/").last!.contains(".") { file += ".json" }
    try files.write(file, SessionFile.encode(plan, settings, journal: journal))
    markSaved(path: file)
    return Outcome(
      text: text(
        Phrase(
          nl: "Bewaard in \(file) (\(count(plan.itemCount, "onderdeel", "onderdelen"))).",
          en: "Saved to \(file) (\(count(plan.itemCount, "item", "items"))).")))
  }

  /// Opens a session. A journal that no longer leads to the saved plan does not keep the file
  /// shut: the plan opens as it was saved, its journal starts afresh from it, and the answer
  /// says what the replay found.
  ///
  /// - Complexity: O(plan) to read it, plus a replay of its journal.
  mutating func open(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    try open(path: command.argument(0)[0].text, verb: command.verb.text)
  }

  private mutating func open(path: String, verb: String) throws(PlanError) -> Outcome {
    let contents: SessionFile.Contents
    do {
      contents = try files.withBytes(of: path, SessionFile.decode)
    } catch {
      // Name the file: a refusal at start-up or in a script is otherwise hard to place.
      guard !error.message.nl.contains("'\(path)'") else { throw error }
      throw PlanError(Phrase("\(path): ") + error.message, at: error.span, hint: error.hint)
    }
    let opened = contents.plan
    let (journal, problem) = contents.continuedJournal(language: language)
    replaceSession(
      opened, journal: journal, label: "\(verb) \(path)", settings: contents.settings,
      marksSaved: true)
    journalHandled = true
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
    return Outcome(text: notice.isEmpty ? opening : opening + "\n" + notice, notice: notice)
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

  mutating func setLanguage(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    if let word = command.argument(0).first {
      settings.language = Language(rawValue: word.text.lowercased())!
    }
    return Outcome(text: text(Phrase(nl: "Taal: Nederlands", en: "Language: English")))
  }

  /// Sets the day `vandaag` means, as an undoable step, and warns about what starts before
  /// it now.
  ///
  /// - Complexity: O(plan): the plan is checked on both days.
  mutating func setToday(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    let words = command.argument(0)
    if !words.isEmpty {
      let day = try DateParser(today: clockToday).parse(words).day
      let (previous, before) = (settings.today, findings())
      settings.today = day
      if previous != day {
        history.record(PlanChange(), label: command.verb.text, today: .some(previous))
        warnings = Finding.new(findings(), since: before)
      }
    }
    return Outcome(text: text(Phrase(nl: "Vandaag is ", en: "Today is ")) + today.text(language))
  }

  mutating func setting(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    if command.argument(0).first != nil {
      guard let value = command.argument(1).first else {
        throw PlanError(
          nl: "aan of uit?", en: "on or off?", at: command.argument(0).first?.span,
          hint: Phrase(nl: "zo: instelling ascii aan", en: "like this: setting ascii on"))
      }
      settings.ascii = ["aan", "on"].contains(value.text.lowercased())
    }
    let state = settings.ascii ? Phrase(nl: "aan", en: "on") : Phrase(nl: "uit", en: "off")
    return Outcome(text: "ascii: " + text(state))
  }
}
