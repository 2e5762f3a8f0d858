import Foundation
import PlanFiles
import PlanKit
import PlanRender
import Platform
import Workbench

/// `PlanwerkBench` runs every size in a child process of its own, so that each size's peak
/// memory is its own, prints the table of medians and writes it as JSON; then the sections of
/// issue 15 (typed plans, single commands, a long session, a long journal), each child killed
/// when it runs past `--budget SECONDS` (120 by default). `--sections sizes,typed,...` runs
/// only those. `PlanwerkBench --phases N --runs R` measures one size and prints one JSON line;
/// so do the children of the other sections (`--typed`, `--commands`, `--memory`,
/// `--make-session`, `--open-session`).
@main
struct Bench {
  static let sizes = [(1_000, 15), (10_000, 9), (100_000, 5)]
  static let defaultBudget = 120.0

  static func main() throws {
    let arguments = CommandLine.arguments
    let flags = Flags(arguments)
    if flags.has("--compare") {
      try Comparison.run(arguments)
      return
    }
    if flags.has("--drawn") {
      try DrawnComparison.run(flags)
      return
    }
    if try runChild(flags) { return }
    let budget = flags.double("--budget") ?? defaultBudget
    var report = BenchReport(budgetSeconds: budget)
    if flags.runs("sizes") {
      for (phases, runs) in sizes {
        let run = try SelfChild.run(
          Result.self, size: phases, ["--phases", "\(phases)", "--runs", "\(runs)"],
          budget: budget)
        if let result = run.result {
          report.sizes.append(result)
        } else {
          report.sizesOverBudget.append(run)
        }
      }
      print(Result.table(report.sizes))
      for run in report.sizesOverBudget { print("\(run.size) phases: \(run.overBudget!.text)") }
      fflush(nil)
    }
    try runSections(flags, budget: budget, into: &report)
    let output = flags.value("--json") ?? "results.json"
    try report.write(to: output)
    print("\nWritten to \(output).")
  }

  /// The measurements of issue 15, each printed as a table with its targets.
  static func runSections(_ flags: Flags, budget: Double, into report: inout BenchReport) throws {
    let limit = "each in a child of its own, killed after \(Int(budget)) s"
    func show(_ title: String, _ table: String, _ targets: [Target]) {
      report.targets += targets
      print("\n\(title)\n")
      print(table)
      print(Target.lines("\nTargets:", targets))
      fflush(nil)
    }
    if flags.runs("typed") {
      let rows = try TypedSection.run(flags, budget: budget)
      report.typed = rows
      show(
        "Typed plans: a .plan script through BatchRunner with the autosave on (\(limit))",
        TypedSection.table(rows), TypedSection.targets(rows))
    }
    if flags.runs("commands") {
      let run = try CommandsSection.run(flags, budget: budget)
      report.commands = run
      show(
        "One command on the \(Format.grouped(run.phases))-phase plan, opened with `open` "
          + "(median of \(run.runs); with autosave: its append and fsync too)",
        CommandsSection.table(run), CommandsSection.targets(run))
    }
    if flags.runs("memory") {
      let run = try MemorySection.run(flags, budget: budget)
      report.sessionMemory = run
      show(
        "A long session: mixed commands on an opened plan, autosave on (\(limit))",
        MemorySection.table(run), MemorySection.targets(run))
    }
    if flags.runs("session") {
      let run = try SessionSection.run(flags, budget: budget)
      report.sessionOpen = run
      show(
        "Opening a long journal: typed and saved, then `open` in a fresh interpreter",
        SessionSection.table(run), SessionSection.targets(run))
    }
  }

  /// Runs the measurement a child was started for; false when this is not a child.
  static func runChild(_ flags: Flags) throws -> Bool {
    if let phases = flags.int("--phases") {
      print(try measure(phases: phases, runs: flags.int("--runs") ?? 5).json)
    } else if let phases = flags.int("--typed") {
      SelfChild.emit(try TypedRun.measure(phases: phases))
    } else if let phases = flags.int("--commands") {
      SelfChild.emit(
        try SingleCommands.measure(
          phases: phases, runs: flags.int("--runs") ?? 9, wholePlan: flags.has("--whole-plan")))
    } else if let phases = flags.int("--memory") {
      SelfChild.emit(
        try SessionMemory.measure(phases: phases, commands: flags.int("--count") ?? 10_000))
    } else if let steps = flags.int("--make-session"), let file = flags.value("--out") {
      SelfChild.emit(try SessionOpen.make(steps: steps, file: file))
    } else if let file = flags.value("--open-session") {
      SelfChild.emit(SessionOpen.open(file: file, runs: flags.int("--runs") ?? 5))
    } else {
      return false
    }
    return true
  }

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
      // Printed and gone before a save, as in the shell.
      chart = ""
      // As `bewaar` saves: the file's bytes written as they were made, not made into a
      // string first (which held the file twice at the peak).
      save.seconds.append(
        try Measurement.time {
          let file = SessionFile.encodedBytes(plan, Settings())
          bytes = file.count
          try disk.write(path, bytes: file)
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
