import PlanFiles
import PlanKit
import Platform
import Workbench

/// A plan typed as a `.plan` script, line by line through `BatchRunner.run` with the autosave
/// after every command, as `planwerk FILE.plan` runs it (`PlanwerkBench --typed N`).
struct TypedResult: Codable {
  let phases: Int
  let commands: Int
  let seconds: Double
  let peakBytes: Int
  /// Where the typed plan differs from `PlanGenerator`'s scheduled one; nil when it agrees.
  let difference: String?

  var perCommand: Double { seconds / Double(commands) }
}

enum TypedRun {
  static func measure(phases: Int) throws -> TypedResult {
    let lines = ScriptText.lines(TypedPlan.script(phases: phases))
    let state = try Scratch("typed")
    defer { state.remove() }
    let session = BenchSession(stateDirectory: state.path)
    let seconds = type(lines, into: session)
    let peak = Measurement.peakMemory()
    session.autosave.finish()
    var built = PlanGenerator.plan(phases: phases)
    if case .failure = Scheduler.schedule(&built) { fatalError("cycle") }
    return TypedResult(
      phases: phases, commands: lines.filter { !$0.isEmpty }.count, seconds: seconds,
      peakBytes: peak,
      difference: TypedPlan.difference(typed: session.interpreter.plan, built: built))
  }

  /// Types the lines into the session, reporting progress; the seconds it took.
  static func type(_ lines: [String], into session: BenchSession) -> Double {
    let progress = Progress.Counter(of: lines.filter { !$0.isEmpty }.count)
    var failure = ""
    var interpreter = session.interpreter
    let autosaver = session.autosave.autosaver
    let seconds = Measurement.time {
      // As `planwerk FILE.plan` does: a script is its own record, so its autosave goes to
      // disk in groups, and all of it by the end.
      autosaver.durability = .script
      let ok = BatchRunner.run(
        lines, on: &interpreter, bail: true, source: "typed.plan",
        afterEach: { session.autosave.afterCommand($0) && progress.tick() },
        output: { _ in }, errors: { failure = $0 })
      precondition(ok, failure)
      settle(autosaver)
      autosaver.durability = .everyStep
    }
    session.interpreter = interpreter
    return seconds
  }

  /// Forces what a script's autosave keeps waiting to disk, as the binary does at its end.
  static func settle(_ autosaver: Autosaver) {
    do {
      try autosaver.settle()
    } catch {
      preconditionFailure("autosave: \(error.message.en)")
    }
  }
}
