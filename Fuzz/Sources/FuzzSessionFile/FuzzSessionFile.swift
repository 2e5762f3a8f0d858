import FuzzDriver
import PlanFiles
import PlanKit
import Workbench

/// The session loader and the autosave reader: any bytes are read or refused, never crash;
/// what is read saves and reads back the same; a session opens as `open` opens it (its journal
/// replayed, or the saved plan with a fresh journal), and an autosave of a plan that was never
/// saved recovers.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzSessionFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  // The parser sees the raw bytes too, UTF-8 or not, as a file lent by FileAccess would be
  // had its check been skipped.
  _ = try? SessionFile.decode(UnsafeBufferPointer(start: data, count: size))
  let text = text(data, size)
  fuzzAutosave(text)
  guard let contents = try? SessionFile.decode(text) else { return 0 }
  let saved = SessionFile.encode(contents.plan, contents.settings, journal: contents.journal)
  guard let again = try? SessionFile.decode(saved), again.plan == contents.plan,
    again.journal == contents.journal
  else {
    fatalError("a session that was read does not read back the same once saved")
  }
  let (journal, problem) = contents.continuedJournal()
  if problem == nil, journal != contents.journal {
    fatalError("a journal that replays to its plan was not kept")
  }
  return 0
}

/// An autosave that is read writes back the same lines and recovers without a crash.
func fuzzAutosave(_ text: String) {
  guard let contents = try? Autosave.decode(text) else { return }
  let written =
    ([Autosave.headerLine(contents.header)] + contents.steps.map(Autosave.stepLine))
    .joined(separator: "\n") + "\n"
  guard let again = try? Autosave.decode(written), again.header == contents.header,
    again.steps == contents.steps
  else {
    fatalError("an autosave that was read does not read back the same once written")
  }
  guard contents.header.session == nil,
    let journal = try? Autosave.recover(contents, session: nil)
  else { return }
  var interpreter = Interpreter(files: MemoryFiles(), today: Day(raw: 0))
  interpreter.recovered(journal, path: nil, savedSteps: contents.header.after)
}
