import Platform
import Workbench

/// An interpreter on the real disk with the autosave a script run keeps, the way the binary
/// runs one: what a user waits for after a command is the command and its autosave.
final class BenchSession {
  var interpreter: Interpreter
  let autosave: ScriptAutosave

  init(stateDirectory: String) {
    interpreter = Interpreter(
      files: GuardedFiles(), today: PlanGenerator.first, clock: SystemTime())
    autosave = ScriptAutosave(stateDirectory: stateDirectory)
    _ = autosave.afterCommand(interpreter)
  }

  /// Runs a line that must work: a failed one would be measured as if it had done its work.
  @discardableResult
  func run(_ line: String) -> Outcome {
    let outcome = interpreter.run(line)
    precondition(!outcome.failed, "\(line): \(outcome.text)")
    _ = autosave.afterCommand(interpreter)
    return outcome
  }

  /// The seconds of the command alone, and with its autosave.
  func timed(_ line: String) -> (command: Double, withAutosave: Double) {
    var outcome = Outcome()
    let command = Measurement.time { outcome = interpreter.run(line) }
    precondition(!outcome.failed, "\(line): \(outcome.text)")
    let autosaving = Measurement.time { _ = autosave.afterCommand(interpreter) }
    return (command, command + autosaving)
  }
}
