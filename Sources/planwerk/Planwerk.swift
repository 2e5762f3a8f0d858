import ArgumentParser
import PlanKit
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
    var settings = Settings(language: lang.flatMap(Language.init(rawValue:)) ?? .nl, ascii: ascii)
    var interpreter = Interpreter(
      files: DiskFiles(), today: Clock.today(), settings: settings, clock: SystemTime())
    let output: (String) -> Void = { print($0) }
    let errors: (String) -> Void = { Terminal.printError($0) }

    var script: [String]?
    if let file {
      if file.hasSuffix(".plan") {
        do {
          script = try DiskFiles().read(file).split(
            separator: "\n", omittingEmptySubsequences: false
          )
          .map(String.init)
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
        // An explicit --lang or --ascii wins over what the file remembers.
        if let lang { interpreter.settings.language = Language(rawValue: lang)! }
        if ascii { interpreter.settings.ascii = true }
        settings = interpreter.settings
      }
    }

    let ok: Bool
    if !command.isEmpty || script != nil {
      let lines = (script ?? []) + command
      ok = BatchRunner.run(
        lines, on: &interpreter, bail: bail, source: script != nil ? file : nil, output: output,
        errors: errors)
    } else if isatty(STDIN_FILENO) == 1 {
      ok = Shell(interpreter: interpreter).run()
    } else {
      ok = BatchRunner.run(
        StandardInput(), on: &interpreter, bail: bail, output: output, errors: errors)
    }
    if !ok { throw ExitCode.failure }
  }
}

/// Lines of standard input, read lazily so a long script starts at once.
struct StandardInput: Sequence, IteratorProtocol {
  mutating func next() -> String? { readLine(strippingNewline: true) }
}
