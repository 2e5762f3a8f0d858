import LineEditor
import PlanKit
import PlanRender
import Workbench

#if canImport(Glibc)
  import Glibc
#endif

/// The interactive shell: libedit reads, the interpreter answers.
final class Shell {
  private var interpreter: Interpreter
  private var failed = false
  private let autosave: (Interpreter) -> Void

  init(interpreter: Interpreter, autosave: @escaping (Interpreter) -> Void) {
    self.interpreter = interpreter
    self.autosave = autosave
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
    editor.completion = { [unowned self] before in
      let result = Completer().complete(before, interpreter: interpreter)
      return (result.replacing, result.candidates)
    }
    let greeting = Phrase(nl: "typ 'help' voor hulp", en: "type 'help' for help")
    print("planwerk \(Planwerk.version) — \(greeting(interpreter.language))")
    while true {
      switch editor.read(prompt: interpreter.prompt, remember: !interpreter.isStepping) {
      case .interrupted:
        continue
      case .endOfInput:
        if confirmQuit(editor) { return !failed }
      case .line(let line):
        let outcome = interpreter.run(line)
        autosave(interpreter)
        if outcome.failed {
          failed = true
          Terminal.printError(outcome.text.screenSafe)
        } else if !outcome.text.isEmpty {
          print(ChartColour.apply(outcome.text.screenSafe, colour: interpreter.settings.colour))
        }
        if outcome.quit, confirmQuit(editor) { return !failed }
      }
    }
  }

  /// Asks before unsaved changes are lost; a second Ctrl-D or the end of input quits.
  private func confirmQuit(_ editor: LineEditor) -> Bool {
    guard interpreter.hasUnsavedChanges else { return true }
    let question = Phrase(
      nl: "Er zijn niet-bewaarde wijzigingen. Toch stoppen? (j/n) ",
      en: "There are unsaved changes. Quit anyway? (y/n) ")
    switch editor.read(prompt: question(interpreter.language), remember: false) {
    case .line(let answer):
      return ["j", "ja", "y", "yes"].contains(answer.lowercased().trimmingCharacters)
    case .endOfInput:
      return true
    case .interrupted:
      return false
    }
  }
}

extension String {
  var trimmingCharacters: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
