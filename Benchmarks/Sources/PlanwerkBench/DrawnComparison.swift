import Foundation
import PlanFiles
import PlanKit

/// `PlanwerkBench --drawn --planwerk PATH`: the drawn chart as users make it, a session opened by
/// the release binary and exported as a PDF (`planwerk --bail -c "open FILE" -c "export pdf
/// OUT"`), against opening alone, for plans of 1,000 and 100,000 items; with the pages and the
/// peak memory of the whole process. The benchmark links no drawing library: the binary draws.
enum DrawnComparison {
  /// Phases (a lot has four phases and a milestone: 1.25 items a phase), with the goal in
  /// seconds for the whole export of issue 16.
  static let sizes = [(800, 1.0), (80_000, 30.0)]
  static let runs = 3

  struct Row: Codable {
    let items: Int
    let openSeconds: Double
    let exportSeconds: Double
    let pages: Int
    let peakBytes: Int
    let goalSeconds: Double
    var met: Bool { exportSeconds <= goalSeconds && peakBytes < 1 << 30 }
  }

  static func run(_ flags: Flags) throws {
    guard let planwerk = flags.value("--planwerk").flatMap(ChildProcess.find) else {
      throw ChildProcess.Failure.spawn("planwerk (--planwerk PATH)", ENOENT)
    }
    let budget = flags.double("--budget") ?? Bench.defaultBudget
    let directory = NSTemporaryDirectory() + "planwerk-drawn-\(getpid())"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var rows: [Row] = []
    for (phases, goal) in sizes {
      var plan = PlanGenerator.plan(phases: phases)
      if case .failure = Scheduler.schedule(&plan) { fatalError("cycle") }
      let json = "\(directory)/plan-\(phases).json"
      let pdf = "\(directory)/plan-\(phases).pdf"
      try SessionFile.encode(plan, Settings()).write(
        toFile: json, atomically: true, encoding: .utf8)
      let environment = ["HOME": directory, "PLANWERK_STATE": directory + "/state"]
      var opens: [Double] = []
      var exports: [Double] = []
      var peak = 0
      for _ in 0..<runs {
        opens.append(
          try ChildProcess.run(
            planwerk, ["--bail", "-c", "open \"\(json)\""], budget: budget,
            environment: environment
          ).seconds)
        let run = try ChildProcess.run(
          planwerk, ["--bail", "-c", "open \"\(json)\"", "-c", "export pdf \"\(pdf)\""],
          budget: budget, environment: environment)
        guard run.status == 0, !run.overBudget else {
          print("| \(plan.itemCount) | export pdf failed or went over \(Int(budget)) s |")
          break
        }
        exports.append(run.seconds)
        peak = max(peak, run.peakBytes)
      }
      guard !exports.isEmpty else { continue }
      let row = Row(
        items: plan.itemCount, openSeconds: Comparison.median(opens),
        exportSeconds: Comparison.median(exports), pages: pages(pdf), peakBytes: peak,
        goalSeconds: goal)
      rows.append(row)
      print(line(row))
    }
    print(table(rows))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    try encoder.encode(rows).write(
      to: URL(fileURLWithPath: flags.value("--json") ?? "drawn.json"))
  }

  /// The PDF's page count, from its page tree's `/Count`.
  static func pages(_ path: String) -> Int {
    guard let data = FileManager.default.contents(atPath: path) else { return 0 }
    let text = String(decoding: data, as: UTF8.self)
    return text.matches(of: /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/).compactMap {
      Int($0.1)
    }.max() ?? 0
  }

  static func line(_ row: Row) -> String {
    "| \(Format.grouped(row.items)) | \(Comparison.ms(row.openSeconds)) | "
      + "\(Comparison.ms(row.exportSeconds)) | \(Format.grouped(row.pages)) | "
      + "\(Comparison.mib(row.peakBytes)) | < \(Int(row.goalSeconds)) s, 1 GiB \(row.met ? "✓" : "✗") |"
  }

  static func table(_ rows: [Row]) -> String {
    ([
      "",
      "Drawn: `planwerk --bail -c \"open FILE\" -c \"export pdf OUT\"` (median of \(runs)), "
        + "against opening alone:",
      "",
      "| items | open | open + export pdf | pages | peak | goal |",
      "| ---: | ---: | ---: | ---: | ---: | --- |",
    ] + rows.map(line)).joined(separator: "\n")
  }
}
