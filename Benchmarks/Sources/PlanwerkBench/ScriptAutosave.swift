import Platform
import Workbench

/// The autosave as `planwerk FILE.plan` keeps it after every command. The binary's
/// `Ownership` lives in the executable target, which a package cannot import, so its batch
/// path is followed here: take the plan's lock once the plan has a file and changes, check it
/// is still ours, and bring the autosave journal in step (appended and fsynced).
final class ScriptAutosave {
  let autosaver: Autosaver
  private var held: String?

  init(stateDirectory: String) {
    autosaver = Autosaver(stateDirectory: stateDirectory)
  }

  /// After each command, as `BatchRunner.run`'s `afterEach`. A failure stops the benchmark:
  /// a run whose autosave did not work measured something else.
  func afterCommand(_ interpreter: Interpreter) -> Bool {
    let path = interpreter.path
    if let held, held != path {
      SessionLock.release(held)
      self.held = nil
    }
    if let held, !SessionLock.isMine(held) {
      precondition(SessionLock.otherHolder(of: held) ?? SessionLock.acquire(held) == nil)
    }
    if let path, held != path, interpreter.hasUnsavedChanges {
      precondition(SessionLock.acquire(path) == nil, "\(path) is held by another Planwerk")
      held = path
    }
    do {
      try autosaver.sync(interpreter, detached: path != nil && held != path)
    } catch {
      preconditionFailure("autosave: \(error.message.en)")
    }
    return true
  }

  /// The end of a run: a script's unsaved plan goes with its autosave, and the lock is given
  /// back.
  func finish() {
    autosaver.discard()
    if let held { SessionLock.release(held) }
    held = nil
  }
}
