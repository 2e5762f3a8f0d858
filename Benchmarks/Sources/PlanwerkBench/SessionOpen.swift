import Foundation
import PlanFiles
import Platform
import Workbench

/// Opening a session with a long journal, in a fresh interpreter: the session is typed and
/// saved with `bewaar` by one child (`--make-session STEPS --out FILE`), and opened by another
/// (`--open-session FILE`), so that the opening's peak memory is its own.
struct SessionMade: Codable {
  let steps: Int
  let phases: Int
  let seconds: Double
  let fileBytes: Int
}

struct SessionOpenResult: Codable {
  let steps: Int
  let fileBytes: Int
  /// The median of the runs.
  let seconds: Double
  let peakBytes: Int
}

enum SessionOpen {
  static func make(steps: Int, file: String) throws -> SessionMade {
    let phases = TypedPlan.phases(forSteps: steps)
    let lines = ScriptText.lines(TypedPlan.script(phases: phases))
    let state = try Scratch("session")
    defer { state.remove() }
    let session = BenchSession(stateDirectory: state.path)
    let seconds = TypedRun.type(lines, into: session)
    session.run("bewaar \"\(file)\"")
    session.autosave.finish()
    return SessionMade(
      steps: session.interpreter.journal.steps.count, phases: phases, seconds: seconds,
      fileBytes: fileSize(file))
  }

  static func open(file: String, runs: Int) -> SessionOpenResult {
    var times = Measurement(name: "open")
    var steps = 0
    for _ in 0..<runs {
      var interpreter = Interpreter(files: GuardedFiles(), today: PlanGenerator.first)
      times.seconds.append(
        Measurement.time {
          let outcome = interpreter.run("open \"\(file)\"")
          precondition(!outcome.failed && outcome.notice.isEmpty, outcome.text)
        })
      steps = interpreter.journal.steps.count
    }
    return SessionOpenResult(
      steps: steps, fileBytes: fileSize(file), seconds: times.median,
      peakBytes: Measurement.peakMemory())
  }

  static func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
  }
}
