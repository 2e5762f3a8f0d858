import Foundation
import FuzzDriver
import PlanKit
import Workbench

/// The command parser and interpreter: every line of the input is a command on seed
/// session 002. None may crash; a refused command leaves the plan as it was; the plan stays well
/// formed.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCommands(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let text = text(data, size, limit: 4096)
  var interpreter = seedSession
  files.files = [:]
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

let files = MemoryFiles()

/// Seed session 002 (the DESIGN plan with its three routes), opened once: the interpreter is a
/// value, so each input starts from a copy, and without the files an earlier input saved.
let seedSession = {
  let root = String(#filePath.split(separator: "/Fuzz/")[0])
  guard let text = try? String(contentsOfFile: root + "/sessions/002-routes.json", encoding: .utf8)
  else { fatalError("sessions/002-routes.json is missing") }
  files.files = ["seed.json": text]
  var interpreter = Interpreter(files: files, today: Day(year: 2022, month: 5, day: 1)!)
  guard !interpreter.run("open seed.json").failed else { fatalError("seed.json does not open") }
  return interpreter
}()
