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
    var interpreter = Interpreter(
      files: DiskFiles(), today: Clock.today(), settings: settings, clock: SystemTime())
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
    let autosaver = Autosaver()
    let session = script == nil ? file : nil
    try offerRecovery(autosaver, session: session, terminal: terminal, into: &interpreter)
    let reporter = AutosaveReporter(autosaver, errors: errors, language: settings.language)

    let ok: Bool
    if !command.isEmpty || script != nil {
      let lines = (script ?? []) + command
      ok = BatchRunner.run(
        lines, on: &interpreter, bail: bail, source: script != nil ? file : nil,
        afterEach: reporter.sync, output: output, errors: errors)
    } else if terminal {
      ok = Shell(interpreter: interpreter, autosave: reporter.sync).run()
    } else {
      ok = BatchRunner.run(
        StandardInput(), on: &interpreter, bail: bail, afterEach: reporter.sync, output: output,
        errors: errors)
    }
    // A clean end: what was saved is saved, and what was not the user chose to leave.
    autosaver.discard()
    // Straight out, output flushed by exit: freeing a large plan item by item took longer
    // than anything else in a short scripted run.
    Glibc.exit(ok ? EXIT_SUCCESS : EXIT_FAILURE)
  }
}

extension Planwerk {
  /// Says what an earlier, interrupted run left behind and takes it back: at a terminal when
  /// the user says so, otherwise with --recover. Declined changes are set aside, not lost.
  func offerRecovery(
    _ autosaver: Autosaver, session: String?, terminal: Bool, into interpreter: inout Interpreter
  ) throws {
    guard let (location, contents) = autosaver.found(for: session) else { return }
    let language = interpreter.language
    let last = contents.steps.last!
    let what =
      session.map { Phrase(nl: "van \($0)", en: "to \($0)") }
      ?? Phrase(nl: "van een niet-bewaard plan", en: "to an unsaved plan")
    let notice = Phrase(
      nl:
        "Planwerk vond \(contents.steps.count) niet-bewaarde wijzigingen \(what.nl) (de laatste: '\(last.command)', \(last.time)).",
      en:
        "Planwerk found \(contents.steps.count) unsaved changes \(what.en) (the last: '\(last.command)', \(last.time))."
    )
    var take = recover
    if terminal && !recover {
      print(notice(language).screenSafe)
      print(Phrase(nl: "Herstellen? (j/n) ", en: "Recover them? (y/n) ")(language), terminator: "")
      let answer = readLine()?.lowercased() ?? ""
      take = ["j", "ja", "y", "yes"].contains(answer.trimmingCharacters)
    } else if !recover {
      Terminal.printError(
        (notice
          + Phrase(
            nl: " Ze staan nu in \(location).old; 'planwerk --recover' had ze teruggezet.",
            en: " They are kept in \(location).old; 'planwerk --recover' would have restored them."))(
            language))
    }
    guard take else {
      autosaver.setAside(location)
      return
    }
    do {
      let text = session.flatMap { try? DiskFiles().read($0) }
      let journal = try Autosave.recover(contents, session: text)
      let divergences = interpreter.recovered(
        journal, path: session, savedSteps: contents.header.after)
      for divergence in divergences {
        Terminal.printError("  ! " + divergence.message(language).screenSafe)
      }
      let count = contents.steps.count
      print(
        Phrase(
          nl:
            "Hersteld: \(count) \(count == 1 ? "wijziging" : "wijzigingen"). Bewaar met 'bewaar'.",
          en: "Recovered: \(count) \(count == 1 ? "change" : "changes"). Keep with 'save'.")(
            language))
    } catch {
      Terminal.printError(ErrorRenderer.render(error, line: nil, language: language))
      autosaver.setAside(location)
      throw ExitCode.failure
    }
  }
}

/// Syncs the autosave after every command and says once when it cannot.
final class AutosaveReporter {
  let autosaver: Autosaver
  let errors: (String) -> Void
  let language: Language
  var warned = false

  init(_ autosaver: Autosaver, errors: @escaping (String) -> Void, language: Language) {
    self.autosaver = autosaver
    self.errors = errors
    self.language = language
  }

  func sync(_ interpreter: Interpreter) {
    do {
      try autosaver.sync(interpreter)
    } catch {
      guard !warned else { return }
      warned = true
      errors(ErrorRenderer.render(error, line: nil, language: language))
    }
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
