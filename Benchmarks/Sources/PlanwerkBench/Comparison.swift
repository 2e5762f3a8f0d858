import Foundation
import PlanFiles
import PlanKit
import PlanRender
import Platform
import Workbench

/// `PlanwerkBench --compare --planwerk PATH`: start-up against sqlite3, then the same generated
/// plan, exported with `export tjp`, opened (read, checked and scheduled) by Planwerk as a
/// whole process and in-process, and scheduled by TaskJuggler (`tj3 --no-reports`); at 1,000
/// and 10,000 phases also typed by Planwerk as a `.plan` script (`TypedComparison`), within
/// `--budget SECONDS`. `--rest SECONDS` shortens the rests between blocks for a quick look.
enum Comparison {
  static let sizes = [(100, 5), (1_000, 5), (10_000, 3)]
  /// How many times Planwerk opens each plan, whatever tj3's count.
  static let planwerkRuns = 15

  struct Row: Codable {
    let phases: Int
    let items: Int
    let tj3Seconds: Double
    let tj3PeakBytes: Int
    let planwerkSeconds: Double
    let planwerkPeakBytes: Int
    let inProcessSeconds: Double
    /// tj3's median over Planwerk's, for the whole process and in-process.
    var ratio: Double { tj3Seconds / planwerkSeconds }
    var inProcessRatio: Double { tj3Seconds / inProcessSeconds }
  }

  struct Startup: Codable {
    let planwerkSeconds: Double
    let sqlite3Seconds: Double
  }

  struct Report: Codable {
    let machine: String
    let tj3Version: String
    let rows: [Row]
    let typedRows: [TypedComparison.Row]
    let startup: Startup
  }

  static func run(_ arguments: [String]) throws {
    func value(_ flag: String) -> String? {
      arguments.firstIndex(of: flag).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    }
    guard let planwerk = value("--planwerk").flatMap(ChildProcess.find),
      let tj3 = ChildProcess.find("tj3")
    else {
      throw ChildProcess.Failure.spawn("planwerk (--planwerk PATH) or tj3", ENOENT)
    }
    let only = value("--phases").flatMap(Int.init)
    let budget = value("--budget").flatMap(Double.init) ?? Bench.defaultBudget
    let restSeconds = value("--rest").flatMap(UInt32.init) ?? Self.restSeconds
    func rest() { sleep(restSeconds) }
    // `--keep DIR` leaves the generated plans there, to run either tool on them by hand.
    let kept = value("--keep")
    let directory = kept ?? NSTemporaryDirectory() + "planwerk-compare-\(getpid())"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { if kept == nil { try? FileManager.default.removeItem(atPath: directory) } }
    // Start-up first, before tj3 has loaded the machine (see below).
    rest()
    var ours: [Double] = []
    var theirs: [Double] = []
    let sqlite3 = ChildProcess.find("sqlite3")
    for _ in 0..<21 {
      ours.append(try ChildProcess.run(planwerk, ["-c", "quit"]).seconds)
      if let sqlite3 {
        theirs.append(try ChildProcess.run(sqlite3, [":memory:", ".quit"]).seconds)
      }
    }
    let startup = Startup(planwerkSeconds: median(ours), sqlite3Seconds: median(theirs))
    var rows: [Row] = []
    var typedRows: [TypedComparison.Row] = []
    let runsAsked = value("--runs").flatMap(Int.init)
    for (phases, defaultRuns) in sizes where only == nil || only == phases {
      let runs = runsAsked ?? defaultRuns
      var plan = PlanGenerator.plan(phases: phases)
      if case .failure = Scheduler.schedule(&plan) { fatalError("cycle") }
      let json = "\(directory)/plan-\(phases).json"
      let tjp = "\(directory)/plan-\(phases).tjp"
      try SessionFile.encode(plan, Settings()).write(
        toFile: json, atomically: true, encoding: .utf8)
      try TJPExport.render(plan).write(toFile: tjp, atomically: true, encoding: .utf8)
      // Each tool's runs one after another, after one run that is not counted, and each block
      // after a rest: on this virtual machine whatever runs in the seconds after a core was
      // kept busy runs slower, by up to half. Planwerk's runs take a fraction of a second, so
      // it runs more of them.
      rest()
      let planwerkRuns = try (0...max(runs, Self.planwerkRuns)).map { _ throws in
        try ChildProcess.run(planwerk, ["--bail", "-c", "open \"\(json)\""])
      }.dropFirst()
      rest()
      var inProcess = Measurement(name: "open")
      for run in 0...max(runs, Self.planwerkRuns) {
        var interpreter = Interpreter(files: DiskFiles(), today: PlanGenerator.first)
        let seconds = Measurement.time {
          let outcome = interpreter.run("open \"\(json)\"")
          precondition(!outcome.failed, outcome.text)
        }
        if run > 0 { inProcess.seconds.append(seconds) }
      }
      rest()
      let tj3Runs = try (0...runs).map { _ throws in
        try ChildProcess.run(tj3, ["--no-reports", "--silent", tjp])
      }.dropFirst()
      let row = Row(
        phases: phases, items: plan.itemCount, tj3Seconds: median(tj3Runs.map(\.seconds)),
        tj3PeakBytes: tj3Runs.map(\.peakBytes).max() ?? 0,
        planwerkSeconds: median(planwerkRuns.map(\.seconds)),
        planwerkPeakBytes: planwerkRuns.map(\.peakBytes).max() ?? 0,
        inProcessSeconds: inProcess.median)
      rows.append(row)
      print(line(row))
      if TypedComparison.goals[phases] != nil {
        rest()
        let typed = try TypedComparison.measure(
          phases: phases, tj3Seconds: row.tj3Seconds, planwerk: planwerk, directory: directory,
          budget: budget)
        typedRows.append(typed)
        print(TypedComparison.line(typed))
      }
    }
    let report = Report(
      machine: machine(), tj3Version: version(tj3), rows: rows, typedRows: typedRows,
      startup: startup)
    print(table(report))
    print(TypedComparison.table(typedRows))
    let output = value("--json") ?? "compare.json"
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    try encoder.encode(report).write(to: URL(fileURLWithPath: output))
    print("\nWritten to \(output).")
  }

  /// Seconds of idle before each block of runs, so that every tool starts from a rested
  /// machine.
  static let restSeconds: UInt32 = 15

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
  }

  static func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
  static func mib(_ bytes: Int) -> String { String(format: "%.0f MiB", Double(bytes) / 1_048_576) }

  static func line(_ row: Row) -> String {
    "| \(row.phases) | \(row.items) | \(ms(row.tj3Seconds)) | \(ms(row.planwerkSeconds)) | "
      + "\(ms(row.inProcessSeconds)) | \(String(format: "%.0f×", row.ratio)) | "
      + "\(String(format: "%.0f×", row.inProcessRatio)) | \(mib(row.tj3PeakBytes)) | "
      + "\(mib(row.planwerkPeakBytes)) |"
  }

  static func table(_ report: Report) -> String {
    var lines = [
      "", "Machine: \(report.machine); \(report.tj3Version)", "",
      "| phases | items | tj3 | planwerk (process) | planwerk (in-process) | tj3 / planwerk | tj3 / in-process | tj3 peak | planwerk peak |",
      "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += report.rows.map(line)
    lines += [
      "",
      "Start-up (median of 21): `planwerk -c quit` \(ms(report.startup.planwerkSeconds)), "
        + "`sqlite3 :memory: .quit` \(ms(report.startup.sqlite3Seconds)).",
    ]
    return lines.joined(separator: "\n")
  }

  static func machine() -> String {
    let cpu =
      (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
      .first { $0.hasPrefix("model name") }.map { $0.split(separator: ":")[1].trimmed } ?? "?"
    return "\(ProcessInfo.processInfo.activeProcessorCount) × \(cpu), "
      + "\(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB"
  }

  static func version(_ tj3: String) -> String {
    let pipe = Pipe()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tj3)
    process.arguments = ["--version"]
    process.standardOutput = pipe
    process.standardError = pipe
    try? process.run()
    process.waitUntilExit()
    let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return text.split(separator: "\n").first.map { $0.trimmed } ?? "tj3"
  }
}

extension Substring {
  var trimmed: String { String(self).trimmingCharacters(in: .whitespaces) }
}
