import PlanFiles
import PlanKit

/// Where the autosave of a running session starts: it asks the interpreter what has been saved,
/// so it lives beside the interpreter, not with the file format in PlanFiles.
extension Autosave {
  /// Where the interpreter's unsaved steps start, and those steps.
  ///
  /// - Complexity: O(steps not saved): they are copied.
  public static func pending(_ interpreter: Interpreter) -> Contents {
    let (header, start) = pendingStart(interpreter)
    return Contents(header: header, steps: Array(interpreter.journal.steps[start...]))
  }

  /// Where the interpreter's unsaved steps start: the header, and the index in the journal of
  /// the first unsaved step (the journal's count when none is).
  ///
  /// - Complexity: O(1): the autosave asks after every command, without copying the steps.
  public static func pendingStart(_ interpreter: Interpreter) -> (header: Header, start: Int) {
    let journal = interpreter.journal
    guard interpreter.continuesSavedFile else {
      let whole = interpreter.path != nil
      let header = Header(
        session: interpreter.path, after: 0, base: journal.base ?? (whole ? Plan() : nil),
        whole: whole)
      return (header, 0)
    }
    let after = min(interpreter.savedSteps, journal.steps.count)
    return (Header(session: interpreter.path, after: after, base: nil), after)
  }

  /// What `pendingStart` says, without its header's base plan: what the autosave compares
  /// after every command.
  ///
  /// - Complexity: O(1): no plan is copied.
  public static func pendingPlace(_ interpreter: Interpreter) -> (place: Place, start: Int) {
    guard interpreter.continuesSavedFile else {
      let whole = interpreter.path != nil
      let based = whole || interpreter.journal.hasBase
      return (Place(session: interpreter.path, after: 0, whole: whole, based: based), 0)
    }
    let after = min(interpreter.savedSteps, interpreter.journal.steps.count)
    return (Place(session: interpreter.path, after: after, whole: false, based: false), after)
  }
}
