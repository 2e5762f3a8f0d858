import ArgumentParser
import CLibEdit
import PlanDraw
import PlanFiles
import PlanImport
import PlanKit
import PlanRender
import PlanSheet
import Platform
import Workbench

#if canImport(Glibc)
  import Glibc
#endif

/// The executable: parses flags and wires the interpreter to the terminal or to standard input.
@main
struct Planwerk: ParsableCommand {
  static let version = "0.1.0"

  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "planwerk",
      abstract: helpText(
        "Plan, verken en presenteer de planning van gemeentelijke aanbestedingen.",
        "Plan, explore and present the timelines of municipal procurements."),
      discussion: helpText(
        "Zonder bestand of -c start Planwerk zijn shell; als de invoer geen terminal is, leest "
          + "het de opdrachten daaruit. 'help' in de shell legt elke opdracht uit.",
        "Without a file or -c, Planwerk starts its shell; when standard input is not a "
          + "terminal it reads commands from it instead. 'help' in the shell explains each command."
      ),
      version: "planwerk \(version)")
  }

  @Argument(
    help: ArgumentHelp(
      helpText(
        "Een sessie om te openen (BESTAND.json) of een script om uit te voeren (BESTAND.plan).",
        "A session to open (FILE.json) or a script to run (FILE.plan)."),
      valueName: helpText("bestand", "file")),
    completion: .file(extensions: ["json", "plan"]))
  var file: String?

  @Option(
    name: .customShort("c"),
    help: ArgumentHelp(
      helpText(
        "Voer OPDRACHT uit en stop; mag vaker gegeven worden.",
        "Run COMMAND and exit; may be given more than once."),
      valueName: helpText("opdracht", "command")))
  var command: [String] = []

  @Flag(
    help: ArgumentHelp(
      helpText("Stop bij de eerste opdracht die mislukt.", "Stop at the first command that fails."))
  )
  var bail = false

  @Option(
    help: ArgumentHelp(
      helpText("De taal van de meldingen: nl of en.", "The language of messages: nl or en."),
      valueName: helpText("taal", "language")),
    completion: .list(["nl", "en"]))
  var lang: String?

  @Flag(
    help: ArgumentHelp(helpText("Teken schema's in 7-bits ASCII.", "Draw charts in 7-bit ASCII.")))
  var ascii = false

  @Flag(
    help: ArgumentHelp(
      helpText(
        "Neem niet-bewaarde wijzigingen uit een autosave over zonder te vragen.",
        "Take back unsaved changes from an autosave without asking.")))
  var recover = false

  @Flag(help: .hidden)
  var commandReference = false

  /// planwerk(1) in roff, in the language of `--help` (`make install`, `make package`).
  @Flag(help: .hidden)
  var manual = false

  /// The shared libraries opened at first use (drawing, workbooks, MS Project XML), a line each
  /// with the names they may have: the Debian package depends on them (Packaging/build-deb.sh).
  @Flag(help: .hidden)
  var loadedLater = false

  func validate() throws {
    if let lang, Language(rawValue: lang) == nil {
      throw ValidationError(
        helpText("--lang neemt nl of en, niet '\(lang)'.", "--lang takes nl or en, not '\(lang)'."))
    }
  }

  func run() throws {
    if commandReference {
      print(CommandReference.markdown(), terminator: "")
      return
    }
    if loadedLater {
      print(
        ChartDrawer.libraries + WorkbookWriter.libraries + MSPDIReader.libraries, terminator: "")
      return
    }
    if manual {
      let help = Planwerk.helpMessage(columns: 10_000)
      print(
        ManualPage.roff(help: help, version: Self.version, language: helpLanguage), terminator: "")
      return
    }
    // Line by line even into a pipe: a program driving planwerk sees each answer at once.
    pw_line_buffered_stdout()
    var settings = Settings(language: lang.flatMap(Language.init(rawValue:)) ?? .nl, ascii: ascii)
    let files = GuardedFiles()
    var interpreter = Interpreter(
      files: files, today: Clock.today(), settings: settings, clock: SystemTime())
    interpreter.drawing = CairoDrawing()
    interpreter.workbooks = XlsxWriting()
    interpreter.presenter = LivePresenting()
    interpreter.chosenLanguage = lang.flatMap(Language.init(rawValue:))
    let colour = Terminal.wantsColour
    interpreter.settings.colour = colour
    interpreter.settings.width = Terminal.width
    let output: (String) -> Void = { Terminal.printLine(ChartColour.apply($0, colour: colour)) }
    // A script's answers may be held (`HeldAnswers`): what is said on standard error comes
    // after them, in order.
    let held = HeldAnswers()
    let errors: (String) -> Void = {
      held.release()
      Terminal.printError($0)
    }

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
      // A script file is its own record: its steps may reach the disk in groups, all of them
      // by its last line; a -c command after it is answered as a pipe's is.
      var scriptLeft = script?.count ?? 0
      if scriptLeft > 0 { ownership.autosaver.durability = .script }
      let autosaver = ownership.autosaver
      // Answers go out once nothing they acknowledge waits to reach the disk.
      let releaseIfSettled = { if !autosaver.hasWaitingSteps { held.release() } }
      ok = BatchRunner.run(
        lines, on: &interpreter, bail: bail, source: script != nil ? file : nil,
        afterEach: {
          scriptLeft -= 1
          if scriptLeft == 0 { autosaver.durability = .everyStep }
          let ok = ownership.afterCommand($0)
          releaseIfSettled()
          return ok
        },
        output: {
          held.add(ChartColour.apply($0, colour: colour))
          releaseIfSettled()
        }, errors: errors)
    } else if terminal {
      let shell = Shell(interpreter: interpreter, files: files, ownership: ownership)
      ok = shell.run()
      interpreter = shell.interpreter
      letGo = shell.letGo
    } else {
      var language = interpreter.language
      let input = StandardInput(bail: bail, language: { language }, errors: errors)
      let ran = BatchRunner.run(
        input, on: &interpreter, bail: bail,
        afterEach: {
          language = $0.language
          return ownership.afterCommand($0)
        }, output: output, errors: errors)
      ok = ran && input.refused == 0
    }
    if !terminal {
      unsavedNotice(interpreter, recovered: ownership.recovered, errors: errors)
    }
    // A script is its own record, so its unsaved plan goes; recovered changes and a shell's
    // unsaved work stay in the autosave unless the user let them go.
    ownership.finish(interpreter, letGo: letGo)
    // Straight out, output flushed by exit: freeing a large plan item by item took longer
    // than anything else in a short scripted run.
    held.release()
    Glibc.exit(ok ? EXIT_SUCCESS : EXIT_FAILURE)
  }
}

extension Planwerk {
  /// A batch run saves only when told to, as sqlite3 does; changes to a named session that
  /// were not saved are at least said, so that they are not lost unnoticed.
  func unsavedNotice(
    _ interpreter: Interpreter, recovered: Bool, errors: (String) -> Void
  ) {
    // Recovered changes stay in the autosave, which the end of the run says; another
    // Planwerk's plan could not be saved here anyway, and the run said so.
    guard let path = interpreter.path, interpreter.hasUnsavedChanges, !recovered,
      SessionLock.otherHolder(of: path) == nil
    else { return }
    let count = interpreter.journal.steps.count - Autosave.pendingStart(interpreter).start
    let what =
      count == 1
      ? Phrase(nl: "1 wijziging", en: "1 change")
      : Phrase(nl: "\(count) wijzigingen", en: "\(count) changes")
    let how =
      command.isEmpty
      ? Phrase(nl: "voeg 'bewaar' toe", en: "add 'save'")
      : Phrase(nl: "voeg -c bewaar toe", en: "add -c save")
    // Only an export to calendars changed the session: the versions it gave its events.
    let unsaved =
      count == 0
      ? Phrase(
        nl:
          "de versies die de agenda-export aan de afspraken gaf, staan nog niet in \(path); \(how.nl)",
        en:
          "the versions the calendar export gave its events are not in \(path) yet; \(how.en)"
      )
      : Phrase(
        nl: "\(what.nl) aan \(path) \(count == 1 ? "is" : "zijn") niet bewaard; \(how.nl)",
        en: "\(what.en) to \(path) \(count == 1 ? "was" : "were") not saved; \(how.en)")
    errors(unsaved(interpreter.language))
  }
}

/// Lines of standard input, read lazily so a long script starts at once, and in bounded
/// memory: a line longer than the interpreter reads is skipped as it streams past, never
/// held whole, and counted as a failed command.
final class StandardInput: Sequence, IteratorProtocol {
  private var first = true
  private var number = 0
  private var buffer = [UInt8](repeating: 0, count: 65_536)
  private var start = 0
  private var end = 0
  private var ended = false
  private let bail: Bool
  private let language: () -> Language
  private let errors: (String) -> Void
  /// Lines refused as too long: each is a failed command.
  private(set) var refused = 0

  init(bail: Bool, language: @escaping () -> Language, errors: @escaping (String) -> Void) {
    self.bail = bail
    self.language = language
    self.errors = errors
  }

  func next() -> String? {
    while true {
      guard !(bail && refused > 0), let (bytes, length) = nextLine() else { return nil }
      number += 1
      guard let bytes else {
        refused += 1
        errors(
          ErrorRenderer.render(
            PlanError(
              nl:
                "regel \(number) is \(MoneyParser.grouped(length)) bytes lang en is overgeslagen; een regel mag hoogstens \(MoneyParser.grouped(LineCheck.maximumBytes)) bytes lang zijn",
              en:
                "line \(number) is \(length) bytes long and was skipped; a line may be at most \(LineCheck.maximumBytes) bytes",
              hint: LineCheck.oneCommandALine),
            line: nil, language: language()))
        continue
      }
      defer { first = false }
      return ScriptText.line(String(decoding: bytes, as: UTF8.self), first: first)
    }
  }

  /// The next line without its newline, or nil bytes and its length when it is too long;
  /// nil at the end of input.
  private func nextLine() -> ([UInt8]?, Int)? {
    var line: [UInt8]? = []
    var length = 0
    while true {
      if start == end {
        guard !ended, fill() else {
          return length > 0 || (line?.isEmpty == false) ? (line, length) : nil
        }
      }
      let found: Int? = buffer.withUnsafeBytes { bytes in
        memchr(bytes.baseAddress! + start, 0x0A, end - start).map {
          bytes.baseAddress!.distance(to: UnsafeRawPointer($0))
        }
      }
      let stop = found ?? end
      length += stop - start
      // Past the limit the line is only counted: a line of gigabytes costs no memory.
      if length > LineCheck.maximumBytes {
        line = nil
      } else {
        buffer.withUnsafeBufferPointer { line?.append(contentsOf: $0[start..<stop]) }
      }
      start = found.map { $0 + 1 } ?? end
      if found != nil { return (line, length) }
    }
  }

  private func fill() -> Bool {
    while true {
      let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        ended = true
        return false
      }
      start = 0
      end = count
      return true
    }
  }
}

/// The language of `--help`, before the flags are parsed: Dutch, unless `--lang en` is given.
let helpLanguage: Language = {
  let arguments = CommandLine.arguments
  if arguments.contains("--lang=en") { return .en }
  if let flag = arguments.firstIndex(of: "--lang"),
    arguments.index(after: flag) < arguments.endIndex,
    arguments[arguments.index(after: flag)] == "en"
  {
    return .en
  }
  return .nl
}()

/// A text of `--help` in its language.
func helpText(_ nl: String, _ en: String) -> String {
  helpLanguage == .nl ? nl : en
}
