import ArgumentParser
import CLibEdit
import PlanKit
import PlanRender
import Platform
import Workbench

#if canImport(Glibc)
  import Glibc
#endif

/// The executable: parses flags and wires the interpreter to the terminal or to standard input.
@main
struct Planwerk: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "planwerk",
    abstract: "Plan, explore and present the timelines of municipal procurements.",
    discussion: "Without a file or -c, Planwerk starts its shell; when standard input is not a "
      + "terminal it reads commands from it instead.",
    version: "planwerk \(version)")

  @Argument(help: "A session to open (FILE.json) or a script to run (FILE.plan).")
  var file: String?

  @Option(name: .customShort("c"), help: "Run COMMAND and exit; may be given more than once.")
  var command: [String] = []

  @Flag(help: "Stop at the first command that fails.")
  var bail = false

  @Option(help: "The language of messages: nl or en.")
  var lang: String?

  @Flag(help: "Draw charts in 7-bit ASCII.")
  var ascii = false

  @Flag(help: "Take back unsaved changes from an autosave without asking.")
  var recover = false

  @Flag(help: .hidden)
  var commandReference = false

  func validate() throws {
    if let lang, Language(rawValue: lang) == nil {
      throw ValidationError("--lang takes nl or en, not '\(lang)'.")
    }
  }

  func run() throws {
    if commandReference {
      print(CommandReference.markdown(), terminator: "")
      return
    }
    // Line by line even into a pipe: a program driving planwerk sees each answer at once.
    pw_line_buffered_stdout()
    var settings = Settings(language: lang.flatMap(Language.init(rawValue:)) ?? .nl, ascii: ascii)
    let files = GuardedFiles()
    var interpreter = Interpreter(
      files: files, today: Clock.today(), settings: settings, clock: SystemTime())
    let colour = Terminal.wantsColour
    interpreter.settings.colour = colour
    interpreter.settings.width = Terminal.width
    let output: (String) -> Void = { print(ChartColour.apply($0, colour: colour)) }
    let errors: (String) -> Void = { Terminal.printError($0) }

    var script: [String]?
    if let file {
      if file.hasSuffix(".plan") {
        do {
          script = ScriptText.lines(try DiskFiles().read(file))
        } catch {
          errors(ErrorRenderer.render(error, line: nil, language: settings.language))
          throw ExitCode.failure
        }
      } else {
        let outcome = interpreter.openAtStart(file)
        guard !outcome.failed else {
          errors(outcome.text)
          throw ExitCode.failure
        }
        if !outcome.notice.isEmpty { errors(outcome.notice) }
        // An explicit --lang or --ascii wins over what the file remembers.
        if let lang { interpreter.settings.language = Language(rawValue: lang)! }
        if ascii { interpreter.settings.ascii = true }
        interpreter.settings.colour = colour
        interpreter.settings.width = Terminal.width
        settings = interpreter.settings
      }
    }

    let terminal = isatty(STDIN_FILENO) == 1 && command.isEmpty && script == nil
    let session = script == nil ? file : nil
    let ownership = Ownership(
      Autosaver(), errors: errors,
      askTakeOver: terminal ? Ask.takeOver(read: Ask.plainRead) : nil)
    // A shell, or a run told to recover, is about to change the plan: it takes it now.
    if let session, terminal || recover,
      !ownership.claim(session, language: interpreter.language)
    {
      throw ExitCode.failure
    }
    try offerRecovery(ownership, session: session, terminal: terminal, into: &interpreter)
    _ = ownership.afterCommand(interpreter)

    let ok: Bool
    var letGo = !ownership.recovered
    if !command.isEmpty || script != nil {
      let lines = (script ?? []) + command
      ok = BatchRunner.run(
        lines, on: &interpreter, bail: bail, source: script != nil ? file : nil,
        afterEach: ownership.afterCommand, output: output, errors: errors)
    } else if terminal {
      let shell = Shell(interpreter: interpreter, files: files, ownership: ownership)
      ok = shell.run()
      interpreter = shell.interpreter
      letGo = shell.letGo
    } else {
      ok = BatchRunner.run(
        StandardInput(), on: &interpreter, bail: bail, afterEach: ownership.afterCommand,
        output: output, errors: errors)
    }
    // A script is its own record, so its unsaved plan goes; recovered changes and a shell's
    // unsaved work stay in the autosave unless the user let them go.
    ownership.finish(interpreter, letGo: letGo)
    // Straight out, output flushed by exit: freeing a large plan item by item took longer
    // than anything else in a short scripted run.
    Glibc.exit(ok ? EXIT_SUCCESS : EXIT_FAILURE)
  }
}

/// Lines of standard input, read lazily so a long script starts at once.
struct StandardInput: Sequence, IteratorProtocol {
  var first = true

  mutating func next() -> String? {
    guard let line = readLine(strippingNewline: true) else { return nil }
    defer { first = false }
    return ScriptText.line(line, first: first)
  }
}
