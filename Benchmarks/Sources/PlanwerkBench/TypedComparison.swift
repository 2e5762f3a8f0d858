import Foundation

/// `make bench-compare`'s typed rows: tj3 reading the `.tjp` against `planwerk FILE.plan`
/// typing the same plan through its interpreter, autosave and all, as users build plans.
/// Each Planwerk run is killed after the budget (10,000 typed phases take minutes today).
enum TypedComparison {
  /// Phases, and the ratio tj3 / planwerk to reach.
  static let goals = [1_000: 50.0, 10_000: 100.0]
  static let runs = 3

  struct Row: Codable {
    let phases: Int
    let commands: Int
    let tj3Seconds: Double
    /// Median of the runs; nil when a run went over the budget.
    let planwerkSeconds: Double?
    let planwerkPeakBytes: Int
    let overBudget: SelfChild.OverBudget?
    let goal: Double

    var ratio: Double? { planwerkSeconds.map { tj3Seconds / $0 } }
    var met: Bool { ratio.map { $0 >= goal } ?? false }
  }

  /// Runs `planwerk FILE.plan` on the typed plan in `directory`, with its state and home
  /// there too, so that no autosave lands in the user's home.
  static func measure(
    phases: Int, tj3Seconds: Double, planwerk: String, directory: String, budget: Double
  ) throws -> Row {
    let script = "\(directory)/plan-\(phases).plan"
    try TypedPlan.script(phases: phases).write(toFile: script, atomically: true, encoding: .utf8)
    let home = "\(directory)/home"
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    let environment = ["HOME": home, "PLANWERK_STATE": home + "/state", "XDG_STATE_HOME": home]
    let commands = TypedPlan.lines(phases: phases).count
    var times: [Double] = []
    var peak = 0
    let output = "\(directory)/plan-\(phases).out"
    for _ in 0..<runs {
      let run = try ChildProcess.run(
        planwerk, [script], output: output, budget: budget, environment: environment)
      peak = max(peak, run.peakBytes)
      guard !run.overBudget else {
        // Every command of this script answers with one line: the lines say how far it got.
        let answered = (try? String(contentsOfFile: output, encoding: .utf8))?
          .reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        let over = SelfChild.OverBudget(
          budgetSeconds: budget, peakBytes: run.peakBytes,
          progress: answered.map { Progress(done: $0, of: commands, seconds: budget) })
        return Row(
          phases: phases, commands: commands, tj3Seconds: tj3Seconds, planwerkSeconds: nil,
          planwerkPeakBytes: peak, overBudget: over, goal: goals[phases] ?? 0)
      }
      times.append(run.seconds)
    }
    return Row(
      phases: phases, commands: commands, tj3Seconds: tj3Seconds,
      planwerkSeconds: Comparison.median(times), planwerkPeakBytes: peak, overBudget: nil,
      goal: goals[phases] ?? 0)
  }

  static func line(_ row: Row) -> String {
    let planwerk = row.planwerkSeconds.map(Comparison.ms) ?? row.overBudget?.text ?? ""
    let ratio =
      row.ratio.map { String(format: "%.1f×", $0) }
      ?? "< \(String(format: "%.2f×", row.tj3Seconds / (row.overBudget?.budgetSeconds ?? 1)))"
    return "| \(row.phases) | \(Format.grouped(row.commands)) | \(Comparison.ms(row.tj3Seconds)) | "
      + "\(planwerk) | \(ratio) | ≥ \(Int(row.goal))× \(row.met ? "✓" : "✗") | "
      + "\(Comparison.mib(row.planwerkPeakBytes)) |"
  }

  static func table(_ rows: [Row]) -> String {
    ([
      "",
      "Typed: tj3 reading the .tjp against `planwerk FILE.plan` typing the same plan "
        + "(median of \(runs), autosave on, state in a temporary directory):",
      "",
      "| phases | commands | tj3 | planwerk FILE.plan | tj3 / planwerk | goal | planwerk peak |",
      "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ] + rows.map(line)).joined(separator: "\n")
  }
}
