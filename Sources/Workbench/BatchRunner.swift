import PlanKit
import PlanRender

/// Runs commands without a terminal, as sqlite3 does: print results, keep going after an
/// error (unless `bail`), and tell the caller whether every command succeeded.
public enum BatchRunner {
  /// - Parameter afterEach: runs before each answer is shown; false stops the run as failed
  ///   (the plan may not be kept where it belongs).
  /// - Returns: true when no command failed.
  /// - Complexity: O(the lines) besides the commands; inlinable, so that the caller's
  ///   sequence is walked specialised: unspecialised, taking each line cost about 1,500
  ///   instructions of metadata lookups and witness calls.
  @inlinable
  public static func run(
    _ lines: some Sequence<String>, on interpreter: inout Interpreter, bail: Bool,
    source: String? = nil, afterEach: (Interpreter) -> Bool = { _ in true },
    output: (String) -> Void, errors: (String) -> Void
  ) -> Bool {
    var ok = true
    for (number, line) in lines.enumerated() {
      let outcome = interpreter.run(line)
      // Before the result is shown: what is acknowledged is on disk.
      guard afterEach(interpreter) else { return false }
      if outcome.failed {
        ok = false
        let place = source.map { "\($0):\(number + 1): " } ?? ""
        errors(place + outcome.text.screenSafe)
        if bail { break }
      } else if !outcome.text.isEmpty {
        output(outcome.text.screenSafe)
      }
      if outcome.quit { break }
    }
    return ok
  }
}
