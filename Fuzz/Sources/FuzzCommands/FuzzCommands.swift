import FuzzDriver
import PlanKit
import Workbench

/// The command parser and interpreter: every line of the input is a command on the DESIGN
/// plan. None may crash; a refused command leaves the plan as it was; the plan stays well
/// formed.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCommands(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let text = text(data, size, limit: 4096)
  files.files = [:]
  var interpreter = designPlan
  for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(32) {
    let before = interpreter.plan
    let outcome = interpreter.run(String(line))
    if outcome.failed && interpreter.plan != before {
      fatalError("'\(line)' failed but changed the plan")
    }
    if let defect = interpreter.plan.defect {
      fatalError("after '\(line)' the plan is not well formed: \(defect.en)")
    }
  }
  return 0
}

/// Files in memory that every input starts without, so that each input runs the same way
/// whatever ran before it.
final class FuzzFiles: FileAccess, @unchecked Sendable {
  var files: [String: String] = [:]

  func read(_ path: String) throws(PlanError) -> String {
    guard let text = files[path] else { throw PlanError(nl: "bestaat niet", en: "no such file") }
    return text
  }

  func write(_ path: String, _ contents: String) throws(PlanError) { files[path] = contents }

  func list(_ directory: String) -> [String] { files.keys.sorted() }
}

let files = FuzzFiles()

/// The DESIGN session, made once: the interpreter is a value, so each input starts from a copy.
let designPlan = {
  var interpreter = Interpreter(files: files, today: Day(year: 2022, month: 5, day: 1)!)
  for line in start { _ = interpreter.run(line) }
  return interpreter
}()

let start = [
  "nieuw \"Inkoop Wmo en Participatie 2024\"",
  "perceel r1 \"Route 1: Gebiedsgerichte zorg ouderen en HbH\" procedure sas",
  "fase r1.voorbereiding van 1 mei 2022 tot 1 sept. 2022",
  "fase r1.inkoopprocedure na r1.voorbereiding tot 1 juli 2023",
  "fase r1.implementatie van 1 juli 2023 duur 6 maanden",
  "mijlpaal r1.start \"Start uitvoering\" op 1 januari 2024",
]
