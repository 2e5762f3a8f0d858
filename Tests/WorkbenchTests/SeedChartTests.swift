import Foundation
import PlanKit
import Testing

@testable import Workbench

/// The charts of the five seed sessions, at every scale, in Unicode and ASCII, with and without
/// a baseline, against golden files (regenerate with PLANWERK_GOLDEN=write).
struct SeedChartTests {
  static let golden = SeedSessionTests.root + "/Tests/WorkbenchTests/Golden/"

  static let cases: [(String, String)] = SeedSessionTests.sessions.flatMap { session in
    ["", "schaal week", "schaal maand", "schaal kwartaal"].map { (session, $0) }
  }

  func interpreter(_ session: String) throws -> Interpreter {
    let text = try String(
      contentsOfFile: SeedSessionTests.root + "/sessions/\(session).json", encoding: .utf8)
    var interpreter = Fixtures.interpreter(MemoryFiles(["s.json": text]))
    #expect(!interpreter.run("open s.json").failed)
    return interpreter
  }

  func expectGolden(_ text: String, _ name: String) throws {
    let path = Self.golden + name
    if ProcessInfo.processInfo.environment["PLANWERK_GOLDEN"] == "write" {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    #expect(
      text == (try String(contentsOfFile: path, encoding: .utf8)), "\(name) differs:\n\(text)")
  }

  @Test(arguments: cases)
  func drawsTheSeedAtEveryScale(_ session: String, _ scale: String) throws {
    var interpreter = try interpreter(session)
    let suffix = scale.isEmpty ? "" : "-" + scale.split(separator: " ")[1]
    let unicode = interpreter.run("gantt \(scale)")
    #expect(!unicode.failed, "\(unicode.text)")
    #expect(unicode.text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    try expectGolden(unicode.text, "\(session)\(suffix).txt")
    _ = interpreter.run("instelling ascii aan")
    let ascii = interpreter.run("gantt \(scale)")
    #expect(ascii.text.allSatisfy { $0.isASCII })
    try expectGolden(ascii.text, "\(session)\(suffix)-ascii.txt")
  }

  @Test(arguments: SeedSessionTests.sessions)
  func drawsTheBaselineBesideAMovedPlan(_ session: String) throws {
    var interpreter = try interpreter(session)
    _ = interpreter.run("basislijn akkoord")
    let lot = interpreter.plan.lots.first { !$0.items.isEmpty }!.id
    _ = interpreter.run("verschuif \(lot) 1m")
    let chart = interpreter.run("gantt basislijn akkoord")
    #expect(chart.text.contains("basislijn akkoord"))
    try expectGolden(chart.text, "\(session)-baseline.txt")
  }
}
