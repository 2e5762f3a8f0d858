/// How much a long session adds to memory: `commands` mixed commands (shifts, additions,
/// links, removals, undo and redo) on an opened plan, with the autosave on
/// (`PlanwerkBench --memory N --count M`). Undo history and journal grow with every command;
/// what each step keeps is what this measures.
struct SessionMemoryResult: Codable {
  let phases: Int
  let commands: Int
  let seconds: Double
  /// VmRSS and VmHWM once the plan is open, and after the commands.
  let residentBefore: Int
  let residentAfter: Int
  let peakBefore: Int
  let peakAfter: Int

  var residentGrowth: Int { residentAfter - residentBefore }
  var peakGrowth: Int { peakAfter - peakBefore }
}

enum SessionMemory {
  /// Ten commands in one lot, leaving one phase more and the lot shifted: together they touch
  /// every kind of step the undo history keeps.
  static func cycle(_ c: Int, lot k: Int) -> [String] {
    let l = "l\(k)"
    return [
      "verschuif \(l).voorbereiding \(c % 2 == 0 ? "" : "-")5 wd",
      "fase \(l).extra\(c) na \(l).uitvoering duur 5 werkdagen",
      "mijlpaal \(l).m\(c) na \(l).extra\(c)",
      "koppel \(l).uitvoering na \(l).gunning",
      "ongedaan",
      "opnieuw",
      "verwijder \(l).m\(c)",
      "verschuif \(l) -1 week",
      "ongedaan",
      "ontkoppel \(l).uitvoering van \(l).gunning",
    ]
  }

  static func measure(phases: Int, commands: Int) throws -> SessionMemoryResult {
    let scratch = try Scratch("memory")
    defer { scratch.remove() }
    let session = try LargePlan.open(phases: phases, in: scratch.path)
    let lots = TypedPlan.lots(phases: phases)
    let lines = (0..<(commands + 9) / 10).flatMap { cycle($0, lot: $0 % lots + 1) }
      .prefix(commands)
    let progress = Progress.Counter(of: lines.count, every: 100)
    let residentBefore = Measurement.currentMemory()
    let peakBefore = Measurement.peakMemory()
    let seconds = Measurement.time {
      for line in lines {
        session.run(line)
        _ = progress.tick()
      }
    }
    let result = SessionMemoryResult(
      phases: phases, commands: lines.count, seconds: seconds, residentBefore: residentBefore,
      residentAfter: Measurement.currentMemory(), peakBefore: peakBefore,
      peakAfter: Measurement.peakMemory())
    session.autosave.finish()
    return result
  }
}
