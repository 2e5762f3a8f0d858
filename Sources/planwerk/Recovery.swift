import ArgumentParser
import PlanFiles
import PlanKit
import Platform
import Workbench

extension Planwerk {
  /// Says what an earlier, interrupted run left behind and takes it back: at a terminal when
  /// the user says so, otherwise with --recover. Declined changes are set aside under a new
  /// name, never overwritten. A run that does not hold the plan only mentions them.
  func offerRecovery(
    _ ownership: Ownership, session: String?, terminal: Bool, into interpreter: inout Interpreter
  ) throws {
    let autosaver = ownership.autosaver
    let language = interpreter.language
    let mayTake = session.map { ownership.held == $0 } ?? (terminal || recover)
    if let session, !mayTake {
      mention(autosaver, session: session, language: language)
      return
    }
    guard mayTake, let leftover = autosaver.found(for: session) else { return }
    let location = leftover.location
    let contents: Autosave.Contents
    switch leftover.contents {
    case .failure(let error):
      let aside = autosaver.setAside(location) ?? location
      Terminal.printError(
        ErrorRenderer.render(error, line: nil, language: language)
          + Phrase(nl: " (bewaard als \(aside))", en: " (kept as \(aside))")(language))
      // Asked to recover and nothing could be: a script must not go on as if it had been.
      if recover { throw ExitCode.failure }
      return
    case .success(let read):
      contents = read
    }
    if let unread = contents.unread {
      Terminal.printError(damage(unread, location: location, steps: contents.steps.count)(language))
    }
    guard !contents.steps.isEmpty else {
      autosaver.setAside(location)
      return
    }
    let notice = Self.notice(contents, session: session)
    var take = recover
    if terminal && !recover {
      print(notice(language).screenSafe)
      take =
        Ask.yesOrNo(
          Phrase(nl: "Herstellen? (j/n) ", en: "Recover them? (y/n) "), language,
          read: Ask.plainRead) ?? false
    }
    guard take else {
      let aside = autosaver.setAside(location) ?? location
      if !terminal { Terminal.printError(notice(language)) }
      Terminal.printError(
        Phrase(nl: "Ze staan nu in \(aside).", en: "They are kept in \(aside).")(language))
      return
    }
    let divergences: [Replay.Divergence]
    do {
      let text = try session.map { path throws(PlanError) in try DiskFiles().read(path) }
      let journal = try Autosave.recover(contents, session: text)
      divergences = interpreter.recovered(
        journal, path: session,
        savedSteps: contents.header.whole ? nil : contents.header.after)
    } catch {
      Terminal.printError(ErrorRenderer.render(error, line: nil, language: language))
      autosaver.setAside(location)
      throw ExitCode.failure
    }
    for divergence in divergences {
      Terminal.printError("  ! " + divergence.message(language).screenSafe)
    }
    // A damaged file is kept as it is for what could not be read; a whole one is rewritten
    // as this run's own.
    if contents.unread != nil {
      autosaver.setAside(location)
    } else {
      autosaver.inherit(location)
    }
    ownership.recovered = true
    let count = contents.steps.count
    print(
      Phrase(
        nl: "Hersteld: \(count) \(count == 1 ? "wijziging" : "wijzigingen"). Bewaar met 'bewaar'.",
        en: "Recovered: \(count) \(count == 1 ? "change" : "changes"). Keep with 'save'.")(
          language))
  }

  static func notice(_ contents: Autosave.Contents, session: String?) -> Phrase {
    let last = contents.steps.last!
    let what =
      session.map { Phrase(nl: "van \($0)", en: "to \($0)") }
      ?? Phrase(nl: "van een niet-bewaard plan", en: "to an unsaved plan")
    let n = contents.steps.count
    // A step a replay took over may have no time of its own.
    let when = Phrase(
      nl: last.time.isEmpty
        ? "" : ", " + Interpreter.spoken(Clock.minute(journalTime: last.time), .nl),
      en: last.time.isEmpty
        ? "" : ", " + Interpreter.spoken(Clock.minute(journalTime: last.time), .en))
    return Phrase(
      nl:
        "Planwerk vond \(count(n, "niet-bewaarde wijziging", "niet-bewaarde wijzigingen")) \(what.nl) (de laatste: '\(last.command)'\(when.nl)).",
      en:
        "Planwerk found \(count(n, "unsaved change", "unsaved changes")) \(what.en) (the last: '\(last.command)'\(when.en))."
    )
  }

  func damage(_ unread: Autosave.Unread, location: String, steps: Int) -> Phrase {
    Phrase(
      nl:
        "De autosave \(location) is beschadigd vanaf regel \(unread.line): \(unread.reason.nl). Te herstellen tot en met de laatste hele stap (\(steps)); \(unread.lines) \(unread.lines == 1 ? "regel is" : "regels zijn") niet te lezen.",
      en:
        "The autosave \(location) is damaged from line \(unread.line): \(unread.reason.en). It can be recovered up to its last whole step (\(steps)); \(unread.lines) \(unread.lines == 1 ? "line" : "lines") cannot be read."
    )
  }

  /// A run that only reads the plan tells of an earlier run's unsaved changes, and leaves
  /// them where they are; a live Planwerk's autosave is its own business.
  func mention(_ autosaver: Autosaver, session: String, language: Language) {
    guard SessionLock.otherHolder(of: session) == nil, let leftover = autosaver.found(for: session)
    else { return }
    let offer = Phrase(
      nl: " Ze staan in \(leftover.location); 'planwerk \(session)' biedt ze aan.",
      en: " They are kept in \(leftover.location); 'planwerk \(session)' offers them.")
    switch leftover.contents {
    case .failure(let error):
      Terminal.printError(ErrorRenderer.render(error, line: nil, language: language))
    case .success(let contents) where !contents.steps.isEmpty:
      Terminal.printError((Self.notice(contents, session: session) + offer)(language))
    case .success: break
    }
  }
}
