import LineEditor
import PlanKit
import PlanRender
import Platform
import Workbench

#if canImport(Glibc)
  import Glibc
#endif

/// The interactive shell: libedit reads, the interpreter answers.
final class Shell {
  private(set) var interpreter: Interpreter
  private var failed = false
  private let files: GuardedFiles
  private let ownership: Ownership
  /// The user chose to quit without saving: the autosave goes too.
  private(set) var letGo = false

  init(interpreter: Interpreter, files: GuardedFiles, ownership: Ownership) {
    self.interpreter = interpreter
    self.files = files
    self.ownership = ownership
    // Someone answers here: a step-by-step replay waits for Enter.
    self.interpreter.interactive = true
  }

  static var historyFile: String? {
    if let path = getenv("PLANWERK_HISTORY") { return String(cString: path) }
    guard let home = getenv("HOME") else { return nil }
    return String(cString: home) + "/.planwerk_history"
  }

  /// - Returns: false when a command failed, like a script would report.
  func run() -> Bool {
    let editor = LineEditor(program: "planwerk", historyFile: Shell.historyFile)
    // A line the interpreter refuses as too long would only bloat the history file.
    editor.longestRemembered = LineCheck.maximumBytes
    editor.completion = { [unowned self] before in
      let result = Completer().complete(before, interpreter: interpreter)
      return (result.replacing, result.candidates)
    }
    let ask: (String) -> String? = { prompt in
      if case .line(let answer) = editor.read(prompt: prompt, remember: false) { return answer }
      return nil
    }
    ownership.askTakeOver = Ask.takeOver(read: ask)
    let greeting = Phrase(nl: "typ 'help' voor hulp", en: "type 'help' for help")
    print("planwerk \(Planwerk.version) — \(greeting(interpreter.language))")
    while true {
      switch editor.read(prompt: interpreter.prompt, remember: !interpreter.isStepping) {
      case .interrupted:
        // Ctrl-C ends a replay step by step, keeping the plan so far, as q does.
        if interpreter.isStepping { print(interpreter.run("q").text.screenSafe) }
        continue
      case .endOfInput where interpreter.isStepping:
        // Ctrl-D in a replay step by step stops it, as q does, and keeps the shell.
        print("")
        print(interpreter.run("q").text.screenSafe)
      case .endOfInput:
        // The terminal shows ^D after the prompt: the question starts a line of its own.
        if interpreter.hasUnsavedChanges { print("") }
        if confirmQuit(editor) { return !failed }
      case .line(let line):
        guard mayReplaceSession(line, ask) else { continue }
        var outcome = interpreter.run(line)
        var shown = false
        // A save over a file that changed on disk: said, then asked, then done or not.
        if outcome.failed, let changed = files.changedOnDisk {
          shown = true
          if mayOverwrite(changed, ask) {
            files.allowOverwrite.insert(changed)
            outcome = interpreter.run(line)
            shown = false
          } else {
            print(Phrase(nl: "Niet bewaard.", en: "Not saved.")(interpreter.language))
          }
        }
        _ = ownership.afterCommand(interpreter)
        if outcome.failed {
          // A save the user declined to force is no failure: it was their choice.
          if !shown {
            failed = true
            Terminal.printError(outcome.text.screenSafe)
          }
        } else if !outcome.text.isEmpty {
          if outcome.clearsScreen && Terminal.isTerminal {
            print("\u{1B}[H\u{1B}[2J", terminator: "")
          }
          // Prose is broken between words; the terminal would break it inside one.
          let text = outcome.text.screenSafe.wrapped(to: interpreter.settings.width)
          print(ChartColour.apply(text, colour: interpreter.settings.colour))
        }
        if outcome.quit, confirmQuit(editor) { return !failed }
      }
    }
  }

  /// A notice, not an error, before the question: nothing failed yet, the user decides.
  private func mayOverwrite(_ path: String, _ ask: (String) -> String?) -> Bool {
    print(
      Phrase(
        nl: "Let op: '\(path)' is op schijf veranderd sinds Planwerk het opende of bewaarde.",
        en: "Note: '\(path)' changed on disk since Planwerk opened or saved it.")(
          interpreter.language))
    let question = Phrase(nl: "Toch overschrijven? (j/n) ", en: "Overwrite it anyway? (y/n) ")
    return Ask.yesOrNo(question, interpreter.language, read: ask) ?? false
  }

  /// Before a line that puts another session in place of one with unsaved changes: only a
  /// yes goes on, and lets those changes (and their autosave) go.
  private func mayReplaceSession(_ line: String, _ ask: (String) -> String?) -> Bool {
    guard interpreter.hasUnsavedChanges, !interpreter.isStepping,
      let command = try? CommandParser.parse(line, language: interpreter.language),
      [.open, .new, .replay].contains(command.spec.id),
      // A script is refused without touching the plan: nothing to ask about.
      !(command.argument(0).first?.text.lowercased().hasSuffix(".plan") ?? false)
    else { return true }
    let question = Phrase(
      nl: "Er zijn niet-bewaarde wijzigingen. Toch doorgaan? (j/n) ",
      en: "There are unsaved changes. Continue anyway? (y/n) ")
    guard Ask.yesOrNo(question, interpreter.language, read: ask) == true else {
      print(
        Phrase(
          nl: "Niets gedaan; de wijzigingen staan er nog.",
          en: "Nothing done; the changes are still here.")(interpreter.language))
      return false
    }
    ownership.autosaver.discard()
    return true
  }

  /// Asks before unsaved changes are let go. Only a yes lets them go; the end of input
  /// (a second Ctrl-D) quits but keeps them in the autosave for the next start.
  private func confirmQuit(_ editor: LineEditor) -> Bool {
    guard interpreter.hasUnsavedChanges else { return true }
    let question = Phrase(
      nl: "Er zijn niet-bewaarde wijzigingen. Toch stoppen en ze weggooien? (j/n) ",
      en: "There are unsaved changes. Quit and let them go? (y/n) ")
    var ended = false
    let answer = Ask.yesOrNo(question, interpreter.language) { prompt in
      switch editor.read(prompt: prompt, remember: false) {
      case .line(let line): return line
      case .endOfInput:
        ended = true
        return nil
      case .interrupted: return "n"
      }
    }
    if ended {
      // The terminal shows ^D where the answer would be: what follows starts a line of its own.
      print("")
      return true
    }
    letGo = answer == true
    return letGo
  }
}

extension String {
  var trimmingCharacters: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
