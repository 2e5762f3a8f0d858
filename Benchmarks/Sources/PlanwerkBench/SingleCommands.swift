import Foundation

/// One command at a time on a large plan, each with its undo and redo, median of `runs`
/// (`PlanwerkBench --commands N --runs R`). Each run uses names and lots of its own, so that
/// every run does the work anew.
struct CommandTiming: Codable {
  /// "fase", "ongedaan fase", "opnieuw fase".
  let name: String
  /// The first run's line.
  let example: String
  /// Shifts or reschedules the whole plan: its target is 100 ms rather than 5 ms.
  let wholePlan: Bool
  /// Medians, of the interpreter alone and with the autosave's append and fsync.
  let seconds: Double
  let withAutosave: Double
  /// How many runs the medians are of: fewer than asked when the child ran out of budget.
  let samples: Int

  var target: Double { wholePlan ? 0.1 : 0.005 }
}

struct CommandsResult: Codable {
  let phases: Int
  let runs: Int
  let timings: [CommandTiming]
}

enum SingleCommands {
  struct Case: Sendable {
    let name: String
    let wholePlan: Bool
    /// The line of a run in a lot of its own.
    let line: @Sendable (_ run: Int, _ lot: Int) -> String
  }

  static let cases = [
    Case(name: "fase", wholePlan: false) { run, lot in
      "fase l\(lot).extra\(run) na l\(lot).uitvoering duur 10 werkdagen"
    },
    Case(name: "mijlpaal", wholePlan: false) { run, lot in
      "mijlpaal l\(lot).m\(run) na l\(lot).implementatie"
    },
    Case(name: "koppel", wholePlan: false) { _, lot in
      "koppel l\(lot).uitvoering na l\(lot).gunning"
    },
    Case(name: "verschuif", wholePlan: false) { run, lot in
      "verschuif l\(lot).inkoopprocedure \(run % 2 == 0 ? "" : "-")5 wd"
    },
    Case(name: "verwijder", wholePlan: false) { _, lot in "verwijder l\(lot).uitvoering" },
    // A Tuesday a year into the plan: every lot under way then moves by a working day, and
    // the calendar of the whole plan changes.
    Case(name: "vrij", wholePlan: true) { run, _ in
      "vrij \(PlanGenerator.first.adding(days: 365 + 7 * run).iso) titel \"Sluiting \(run)\""
    },
    Case(name: "verschuif plan", wholePlan: true) { run, _ in
      "verschuif plan \(run % 2 == 0 ? "" : "-")1 week"
    },
  ]

  /// - Parameter wholePlan: the whole-plan commands, or the single ones: each group in a
  ///   child of its own, so that slow single commands leave the whole-plan ones their budget.
  static func measure(phases: Int, runs: Int, wholePlan: Bool) throws -> CommandsResult {
    let scratch = try Scratch("commands")
    defer { scratch.remove() }
    let session = try LargePlan.open(phases: phases, in: scratch.path)
    let lots = TypedPlan.lots(phases: phases)
    var timings: [CommandTiming] = []
    for (c, kind) in cases.enumerated() where kind.wholePlan == wholePlan {
      var times: [[(command: Double, withAutosave: Double)]] = [[], [], []]
      // Lots from the middle of the plan, none used twice.
      let lot = { (run: Int) in (lots / 2 + c * runs + run) % lots + 1 }
      let example = kind.line(0, lot(0))
      let names = ["", "ongedaan ", "opnieuw "]
      func sofar() -> [CommandTiming] {
        zip(names, times).filter { !$1.isEmpty }.map { prefix, times in
          CommandTiming(
            name: prefix + kind.name, example: prefix.isEmpty ? example : prefix + "(\(example))",
            wholePlan: kind.wholePlan, seconds: median(times.map(\.command)),
            withAutosave: median(times.map(\.withAutosave)), samples: times.count)
        }
      }
      for run in 0..<runs {
        for (step, line) in [kind.line(run, lot(run)), "ongedaan", "opnieuw"].enumerated() {
          times[step].append(session.timed(line))
          // Reported as it goes: a child over its budget still shows what it timed.
          SelfChild.emit(CommandsResult(phases: phases, runs: runs, timings: timings + sofar()))
        }
        // A whole-plan change is taken back, so that the plan stays where it was.
        if kind.wholePlan { session.run("ongedaan") }
      }
      timings += sofar()
    }
    session.autosave.finish()
    return CommandsResult(phases: phases, runs: runs, timings: timings)
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
  }
}
