/// `make bench`'s long session: memory added by many commands on an opened plan.
enum MemorySection {
  struct Report: Codable {
    let phases: Int
    let run: SelfChild.Budgeted<SessionMemoryResult>
  }

  static func run(_ flags: Flags, budget: Double) throws -> Report {
    let phases = flags.int("--memory-phases") ?? 10_000
    let commands = flags.int("--memory-commands") ?? 10_000
    let result = try SelfChild.run(
      SessionMemoryResult.self, size: commands,
      ["--memory", "\(phases)", "--count", "\(commands)"], budget: budget)
    print("session of \(commands) commands: " + (result.result == nil ? "over budget" : "done"))
    return Report(phases: phases, run: result)
  }

  static func table(_ report: Report) -> String {
    let run = report.run
    let header = [
      "phases", "commands", "whole time", "per command", "VmRSS before → after", "VmRSS added",
      "VmHWM added",
    ]
    guard let r = run.result else {
      let over = run.overBudget!
      let progress = over.progress
      let before = progress?.startResidentBytes ?? 0
      let after = progress?.residentBytes ?? 0
      let sofar = progress.map { " after \(Format.grouped($0.done))" } ?? ""
      return Format.table(
        header,
        [
          [
            Format.grouped(report.phases), Format.grouped(run.size), over.text, "",
            progress == nil ? "" : "\(Format.mb(before)) → \(Format.mb(after))\(sofar)",
            progress == nil ? "" : Format.mb(after - before) + sofar,
            Format.mb(over.peakBytes) + " peak when killed",
          ]
        ])
    }
    return Format.table(
      header,
      [
        [
          Format.grouped(r.phases), Format.grouped(r.commands), Format.seconds(r.seconds),
          Format.microseconds(r.seconds / Double(r.commands)),
          "\(Format.mb(r.residentBefore)) → \(Format.mb(r.residentAfter))",
          Format.mb(r.residentGrowth), Format.mb(r.peakGrowth),
        ]
      ])
  }

  static func targets(_ report: Report) -> [Target] {
    let run = report.run
    let text = "\(Format.grouped(run.size)) commands add < 50 MB (VmRSS and VmHWM)"
    guard let r = run.result else {
      let over = run.overBudget!
      let added = over.progress.flatMap { p in
        p.residentBytes.map { "VmRSS +\(Format.mb($0 - (p.startResidentBytes ?? 0))) by then; " }
      }
      return [Target(text: text, measured: (added ?? "") + over.text, met: false)]
    }
    return [
      Target(
        text: text,
        measured: "VmRSS +\(Format.mb(r.residentGrowth)), VmHWM +\(Format.mb(r.peakGrowth))",
        met: max(r.residentGrowth, r.peakGrowth) < 50 * 1_048_576)
    ]
  }
}
