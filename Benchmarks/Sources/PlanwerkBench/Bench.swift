import Foundation
import PlanFiles
import PlanKit
import PlanRender
import Platform
import Workbench

/// `PlanwerkBench` runs every size in a child process of its own, so that each size's peak
/// memory is its own, prints the table of medians and writes it as JSON.
/// `PlanwerkBench --phases N --runs R` measures one size and prints one JSON line.
@main
struct Bench {
  static let sizes = [(1_000, 15), (10_000, 9), (100_000, 5)]

  static func main() throws {
    let arguments = CommandLine.arguments
    if arguments.contains("--compare") {
      try Comparison.run(arguments)
      return
    }
    if let i = arguments.firstIndex(of: "--phases"), i + 1 < arguments.count,
      let phases = Int(arguments[i + 1])
    {
      let runs = arguments.firstIndex(of: "--runs").flatMap { Int(arguments[$0 + 1]) } ?? 5
      print(try measure(phases: phases, runs: runs).json)
      return
    }
    var results: [Result] = []
    for (phases, runs) in sizes {
      let child = Process()
      child.executableURL = URL(fileURLWithPath: arguments[0])
      child.arguments = ["--phases", "\(phases)", "--runs", "\(runs)"]
      let pipe = Pipe()
      child.standardOutput = pipe
      try child.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      child.waitUntilExit()
      guard child.terminationStatus == 0, let result = Result(json: data) else {
        throw BenchError.childFailed(phases)
      }
      results.append(result)
    }
    print(Result.table(results))
    let output = arguments.firstIndex(of: "--json").map { arguments[$0 + 1] } ?? "results.json"
    try ("[\n" + results.map { "  " + $0.json }.joined(separator: ",\n") + "\n]\n").write(
      toFile: output, atomically: true, encoding: .utf8)
    print("\nWritten to \(output).")
  }

  enum BenchError: Error { case childFailed(Int) }

  static func measure(phases: Int, runs: Int) throws -> Result {
    var schedule = Measurement(name: "schedule")
    var shift = Measurement(name: "shift")
    var render = Measurement(name: "render")
    var save = Measurement(name: "save")
    var open = Measurement(name: "open")
    let directory = NSTemporaryDirectory() + "planwerk-bench-\(getpid())"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/plan.json"
    let disk = DiskFiles()
    var plan = Plan()
    var bytes = 0
    for _ in 0..<runs {
      // The previous run's plan goes first, so that one plan is measured at a time.
      plan = Plan()
      schedule.seconds.append(
        Measurement.time {
          plan = PlanGenerator.plan(phases: phases)
          if case .failure = Scheduler.schedule(&plan) { fatalError("cycle") }
        })
      var chart = ""
      render.seconds.append(
        Measurement.time { chart = GanttChart(language: .nl, style: .unicode).render(plan) })
      precondition(chart.utf8.count > phases * 40)
      save.seconds.append(
        try Measurement.time {
          let text = SessionFile.encode(plan, Settings())
          bytes = text.utf8.count
          try disk.write(path, text)
        })
    }
    // Scheduling, rendering and saving have a memory target of their own; opening comes after.
    let peak = Measurement.peakMemory()
    var interpreter = Interpreter(files: disk, today: PlanGenerator.first)
    for _ in 0..<runs {
      interpreter = Interpreter(files: disk, today: PlanGenerator.first)
      open.seconds.append(
        Measurement.time {
          let outcome = interpreter.run("open \"\(path)\"")
          precondition(!outcome.failed, outcome.text)
        })
    }
    for run in 0..<(runs * 4) {
      // The first lot's preparation: everything after it in that lot moves.
      let outcome = interpreter.run("verschuif l1.voorbereiding \(run % 2 == 0 ? "" : "-")5 wd")
      precondition(!outcome.failed && outcome.text.contains("l1.gunning"), outcome.text)
      shift.seconds.append(
        Measurement.time {
          _ = interpreter.run("verschuif l1.voorbereiding \(run % 2 == 0 ? "-" : "")5 wd")
        })
    }
    return Result(
      phases: phases, items: plan.itemCount, links: plan.links.count, fileBytes: bytes,
      schedule: schedule.median, shift: shift.median, render: render.median, save: save.median,
      open: open.median, peakBytes: peak, peakWithOpenBytes: Measurement.peakMemory())
  }
}
