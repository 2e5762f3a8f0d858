import PlanKit
import Platform
import Workbench

/// Which plan this run may write, and its autosave. A run takes a plan's lock when it is
/// about to change it (a shell at once), keeps checking that the lock is still its own, and
/// writes the autosave beside a plan it holds; a plan never saved, or one it only reads or
/// lost to another Planwerk, is autosaved in the state directory as this run's own.
final class Ownership {
  let autosaver: Autosaver
  let errors: (String) -> Void
  /// At a terminal: asks whether to take a plan over from `holder` (true) or only read it.
  var askTakeOver: ((_ session: String, _ holder: ProcessIdentity, Language) -> Bool)?
  private(set) var held: String?
  /// A plan this run may not write: read only by choice, or taken over by another Planwerk.
  private(set) var barred: String?
  /// The run took back an earlier run's changes: they are not let go at its end.
  var recovered = false
  private var failing = false

  init(
    _ autosaver: Autosaver, errors: @escaping (String) -> Void,
    askTakeOver: ((String, ProcessIdentity, Language) -> Bool)?
  ) {
    self.autosaver = autosaver
    self.errors = errors
    self.askTakeOver = askTakeOver
  }

  /// Takes the plan's lock; at a terminal a live holder's plan is taken over or read only,
  /// as the user says. False when a batch run must stop: another Planwerk holds it.
  func claim(_ session: String, language: Language) -> Bool {
    guard let holder = SessionLock.acquire(session) else {
      held = session
      return true
    }
    guard let askTakeOver else {
      errors(
        ErrorRenderer.render(
          PlanError(
            nl:
              "'\(session)' is geopend in een andere Planwerk (\(holder.described.nl)); deze wijzigingen zijn niet bewaard",
            en:
              "'\(session)' is open in another Planwerk (\(holder.described.en)); these changes were not saved",
            hint: Phrase(
              nl: "sluit die eerst, of bewaar in een ander bestand met 'bewaar ANDER.json'",
              en: "close that one first, or save to another file with 'save OTHER.json'")),
          line: nil, language: language))
      return false
    }
    // The question waits for an answer: what was answered before it must be on disk.
    settle(language: language)
    guard askTakeOver(session, holder, language) else {
      barred = session
      print(
        Phrase(
          nl:
            "Alleen lezen: '\(session)' wordt hier niet bewaard; wijzigingen staan in een eigen autosave tot je ze bewaart met 'bewaar ANDER.json'.",
          en:
            "Read only: '\(session)' is not saved here; changes go to an autosave of their own until you keep them with 'save OTHER.json'."
        )(language))
      return true
    }
    do {
      try SessionLock.takeOver(session)
    } catch {
      errors(ErrorRenderer.render(error, line: nil, language: language))
      barred = session
      return true
    }
    held = session
    // The other run's unsaved steps are its own: kept aside, never overwritten.
    let location = autosaver.location(for: session)
    if let aside = autosaver.setAside(location) {
      print(
        Phrase(
          nl:
            "De autosave van pid \(holder.pid) staat nu in \(aside). Wil je die wijzigingen terug: sluit deze Planwerk, hernoem het naar \(location) en start 'planwerk --recover \(session)'.",
          en:
            "The autosave of pid \(holder.pid) is kept in \(aside). To take those changes back: quit this Planwerk, rename it to \(location) and start 'planwerk --recover \(session)'."
        )(language))
    }
    return true
  }

  /// After each command: follows the interpreter's file, notices a plan taken over, takes
  /// the lock when the plan is about to change, and writes the autosave. False when a batch
  /// run must stop.
  func afterCommand(_ interpreter: Interpreter) -> Bool {
    // A shell takes a plan as soon as it opens it; a batch run only when it changes it.
    let eager = askTakeOver != nil
    let path = interpreter.path
    let language = interpreter.language
    if let held, held != path {
      SessionLock.release(held)
      self.held = nil
    }
    if barred != path { barred = nil }
    // A lock file that is gone, or that a full or read-only disk never let exist, is taken
    // (again) quietly; only a live other Planwerk's lock means the plan was taken over.
    if let held, !SessionLock.isMine(held),
      let holder = SessionLock.otherHolder(of: held) ?? SessionLock.acquire(held)
    {
      autosaver.forget()
      self.held = nil
      barred = held
      let by = " (\(holder.described(language)))"
      errors(
        Phrase(
          nl:
            "Let op: een andere Planwerk\(by) heeft '\(held)' overgenomen; deze bewaart het niet meer. Je wijzigingen staan in een eigen autosave; bewaar ze met 'bewaar ANDER.json'.",
          en:
            "Note: another Planwerk\(by) took '\(held)' over; this one no longer saves it. Your changes go to an autosave of their own; keep them with 'save OTHER.json'."
        )(language))
    }
    if let path, held != path, barred != path, eager || interpreter.hasUnsavedChanges {
      guard claim(path, language: language) else { return false }
      if held == path { setAsideLeftover(of: path, language: language) }
    }
    sync(interpreter, detached: path != nil && held != path)
    return true
  }

  /// An earlier run's autosave for a plan this run now changes is kept under a new name.
  private func setAsideLeftover(of session: String, language: Language) {
    guard let leftover = autosaver.found(for: session),
      let aside = autosaver.setAside(leftover.location)
    else { return }
    errors(
      Phrase(
        nl:
          "Niet-bewaarde wijzigingen van een eerdere keer staan nu in \(aside); hernoem het naar \(leftover.location) en start 'planwerk --recover \(session)' om ze terug te zetten.",
        en:
          "Unsaved changes of an earlier run are kept in \(aside); rename it to \(leftover.location) and start 'planwerk --recover \(session)' to restore them."
      )(language))
  }

  /// Writes the autosave and says so every time it fails, and once when it works again.
  private func sync(_ interpreter: Interpreter, detached: Bool) {
    do {
      if let kept = try autosaver.sync(interpreter, detached: detached) {
        errors(Self.keptNotice(kept)(interpreter.language))
      }
      if failing {
        failing = false
        errors(
          Phrase(
            nl: "De autosave werkt weer; alle wijzigingen staan erin.",
            en: "The autosave works again; every change is in it.")(interpreter.language))
      }
    } catch {
      failing = true
      errors(
        ErrorRenderer.render(error, line: nil, language: interpreter.language)
          + Phrase(
            nl: " (opnieuw geprobeerd na elk commando)", en: " (tried again after every command)")(
            interpreter.language))
    }
  }

  /// Forces to disk the steps a script left waiting, and says so when that fails.
  ///
  /// - Complexity: O(1), plus what the disk takes to flush them.
  private func settle(language: Language) {
    do {
      try autosaver.settle()
    } catch {
      errors(ErrorRenderer.render(error, line: nil, language: language))
    }
  }

  /// Where the unsaved steps of a session the run moved on from were left.
  static func keptNotice(_ kept: Autosaver.Kept) -> Phrase {
    let offer =
      kept.session.map {
        Phrase(nl: "'planwerk \($0)' biedt ze aan", en: "'planwerk \($0)' offers them")
      } ?? Phrase(nl: "de volgende start biedt ze aan", en: "the next start offers them")
    let what =
      kept.session.map { Phrase(nl: "aan \($0)", en: "to \($0)") }
      ?? Phrase(nl: "aan het niet-bewaarde plan", en: "to the unsaved plan")
    return Phrase(
      nl: "De niet-bewaarde wijzigingen \(what.nl) blijven in de autosave \(kept.location); ",
      en: "The unsaved changes \(what.en) stay in the autosave \(kept.location); ") + offer
      + Phrase(".")
  }

  /// At the end of a run: the autosave goes when nothing is unsaved or the user let the
  /// changes go; otherwise it stays for the next start to offer. The lock is given back.
  func finish(_ interpreter: Interpreter, letGo: Bool) {
    if !interpreter.hasUnsavedChanges || letGo || !autosaver.holdsSteps {
      // Only ever this run's own file: another Planwerk's autosave is never written here.
      autosaver.discard()
    } else {
      settle(language: interpreter.language)
      errors(
        Phrase(
          nl:
            "De niet-bewaarde wijzigingen blijven in de autosave \(autosaver.writtenLocation ?? ""); de volgende start biedt ze aan.",
          en:
            "The unsaved changes stay in the autosave \(autosaver.writtenLocation ?? ""); the next start offers them."
        )(interpreter.language))
    }
    if let held { SessionLock.release(held) }
    held = nil
  }
}
