/// `make bench`'s single commands on the large plan, in one child within the budget.
enum CommandsSection {
  static func run(_ flags: Flags, budget: Double) throws -> SelfChild.Budgeted<CommandsResult> {
    let phases = flags.int("--command-phases") ?? 100_000
    let runs = flags.int("--command-runs") ?? 9
    let result = try SelfChild.run(
      CommandsResult.self, size: phases, ["--commands", "\(phases)", "--runs", "\(runs)"],
      budget: budget)
    print("commands on \(phases): " + (result.result == nil ? "over budget" : "done"))
    return result
  }

  static func table(_ run: SelfChild.Budgeted<CommandsResult>) -> String {
    guard let result = run.result ?? run.partial else {
      return "\(Format.grouped(run.size)) phases: \(run.overBudget!.text)"
    }
    let header = ["command", "example", "interpreter", "with autosave", "target", ""]
    let rows = result.timings.map { t in
      [
        t.name, t.example, Format.ms(t.seconds), Format.ms(t.withAutosave),
        "< " + Format.ms(t.target), t.withAutosave < t.target ? "✓" : "✗",
      ]
    }
    let over = run.overBudget.map {
      "\n\nThen \($0.text); the commands after these were not timed."
    }
    return Format.table(header, rows) + (over ?? "")
  }

  static func targets(_ run: SelfChild.Budgeted<CommandsResult>) -> [Target] {
    [false, true].map { whole in
      let text =
        whole
        ? "whole-plan commands and their undo/redo < 100 ms median"
        : "single commands and their undo/redo < 5 ms median"
      guard let result = run.result else {
        return Target(text: text, measured: run.overBudget!.text, met: false)
      }
      let timings = result.timings.filter { $0.wholePlan == whole }
      let slowest = timings.max { $0.withAutosave < $1.withAutosave }!
      return Target(
        text: text + " (\(Format.grouped(result.phases)) phases, with autosave)",
        measured: "slowest \(slowest.name) \(Format.ms(slowest.withAutosave))",
        met: timings.allSatisfy { $0.withAutosave < $0.target })
    }
  }
}
