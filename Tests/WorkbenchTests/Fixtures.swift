import Foundation
import PlanKit
import Workbench

/// An interpreter over in-memory files with a fixed "today", and the DESIGN §1 session.
enum Fixtures {
  static let today = Day(year: 2022, month: 5, day: 1)!

  static func interpreter(_ files: MemoryFiles = MemoryFiles()) -> Interpreter {
    Interpreter(files: files, today: today)
  }

  static let designSession = [
    "nieuw \"Inkoop Wmo en Participatie 2024\"",
    "perceel r1 \"Route 1: Gebiedsgerichte zorg ouderen en HbH\" procedure sas",
    "fase r1.voorbereiding van 1 mei 2022 tot 1 sept. 2022",
    "fase r1.inkoopprocedure na r1.voorbereiding tot 1 juli 2023",
    "fase r1.implementatie van 1 juli 2023 duur 6 maanden",
    "mijlpaal r1.start \"Start uitvoering\" op 1 januari 2024",
  ]

  /// An interpreter with a seed session from `sessions/` open.
  static func seed(_ name: String) throws -> Interpreter {
    let text = try String(
      contentsOfFile: SeedSessionTests.root + "/sessions/\(name).json", encoding: .utf8)
    var interpreter = interpreter(MemoryFiles(["s.json": text]))
    let outcome = interpreter.run("open s.json")
    precondition(!outcome.failed && outcome.notice.isEmpty, outcome.text)
    return interpreter
  }

  /// An interpreter that has run `lines`, each of which must succeed.
  static func after(_ lines: [String], files: MemoryFiles = MemoryFiles()) -> Interpreter {
    var interpreter = interpreter(files)
    for line in lines {
      let outcome = interpreter.run(line)
      precondition(!outcome.failed, "fixture line failed: \(line)\n\(outcome.text)")
    }
    return interpreter
  }
}
