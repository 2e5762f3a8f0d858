/// `make bench`'s single commands on the large plan: the single ones and the whole-plan ones
/// each in a child of its own, within the budget.
enum CommandsSection {
  struct Report: Codable {
    let phases: Int
    let single: SelfChild.Budgeted<CommandsResult>
    let wholePlan: SelfChild.Budgeted<CommandsResult>

    var groups: [SelfChild.Budgeted<CommandsResult>] { [single, wholePlan] }
    var runs: Int { groups.compactMap { ($0.result ?? $0.partial)?.runs }.first ?? 0 }
  }

  static func run(_ flags: Flags, budget: Double) throws -> Report {
    let phases = flags.int("--command-phases") ?? 100_000
    let runs = flags.int("--command-runs") ?? 9
    let groups = try [false, true].map { whole in
      let result = try SelfChild.run(
        CommandsResult.self, size: phases,
        ["--commands", "\(phases)", "--runs", "\(runs)"] + (whole ? ["--whole-plan"] : []),
        budget: budget)
      print(
        "\(whole ? "whole-plan" : "single") commands on \(phases): "
          + (result.result == nil ? "over budget" : "done"))
      return result
    }
    return Report(phases: phases, single: groups[0], wholePlan: groups[1])
  }

  static func table(_ report: Report) -> String {
    let header = ["command", "example", "interpreter", "with autosave", "target", ""]
    var rows: [[String]] = []
    var notes: [String] = []
    for (group, run) in zip(["single", "whole-plan"], report.groups) {
      if let over = run.overBudget {
        notes.append("The \(group) commands went \(over.text); those not shown were not timed.")
      }
      let result = run.result ?? run.partial
      rows += (result?.timings ?? []).map { t in
        let few =
          t.samples < (result?.runs ?? 0) ? " (\(t.samples) run\(t.samples == 1 ? "" : "s"))" : ""
        return [
          t.name, t.example, Format.ms(t.seconds) + few, Format.ms(t.withAutosave) + few,
          "< " + Format.ms(t.target), t.withAutosave < t.target ? "✓" : "✗",
        ]
      }
    }
    return ([Format.table(header, rows)] + notes).joined(separator: "\n\n")
  }

  static func targets(_ report: Report) -> [Target] {
    zip([false, true], report.groups).map { whole, run in
      let text =
        (whole
          ? "whole-plan commands and their undo/redo < 100 ms median"
          : "single commands and their undo/redo < 5 ms median")
        + " (\(Format.grouped(report.phases)) phases, with autosave)"
      let timings = (run.result ?? run.partial)?.timings ?? []
      let slowest = timings.max { $0.withAutosave < $1.withAutosave }
      let measured = [
        slowest.map { "slowest \($0.name) \(Format.ms($0.withAutosave))" },
        run.overBudget?.text,
      ].compactMap { $0 }.joined(separator: "; ")
      return Target(
        text: text, measured: measured,
        met: run.result != nil && timings.allSatisfy { $0.withAutosave < $0.target })
    }
  }
}
