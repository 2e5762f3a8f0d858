/// `make bench`'s long journal: a session typed and saved by one child, opened by another.
enum SessionSection {
  struct Report: Codable {
    var made: SelfChild.Budgeted<SessionMade>
    var opened: SelfChild.Budgeted<SessionOpenResult>?
  }

  static func run(_ flags: Flags, budget: Double) throws -> Report {
    let steps = flags.int("--session-steps") ?? 100_000
    let scratch = try Scratch("journal")
    defer { scratch.remove() }
    let file = scratch.path + "/session-\(steps).json"
    let made = try SelfChild.run(
      SessionMade.self, size: steps, ["--make-session", "\(steps)", "--out", file],
      budget: budget)
    guard made.result != nil else {
      print("session of \(steps) steps: typing it went over budget")
      return Report(made: made)
    }
    let opened = try SelfChild.run(
      SessionOpenResult.self, size: steps,
      ["--open-session", file, "--runs", "\(flags.int("--session-runs") ?? 5)"], budget: budget)
    print("session of \(steps) steps: " + (opened.result == nil ? "over budget" : "opened"))
    return Report(made: made, opened: opened)
  }

  static func table(_ report: Report) -> String {
    let header = ["journal steps", "file", "typed and saved in", "open", "peak memory"]
    guard let made = report.made.result else {
      return Format.table(
        header,
        [
          [
            "~" + Format.grouped(report.made.size), "",
            "typing it: " + report.made.overBudget!.text, "", "",
          ]
        ])
    }
    let file = Format.mb(made.fileBytes)
    guard let opened = report.opened?.result else {
      return Format.table(
        header,
        [
          [
            Format.grouped(made.steps), file, Format.seconds(made.seconds),
            report.opened?.overBudget?.text ?? "", "",
          ]
        ])
    }
    return Format.table(
      header,
      [
        [
          Format.grouped(opened.steps), file, Format.seconds(made.seconds),
          Format.ms(opened.seconds), Format.mb(opened.peakBytes),
        ]
      ])
  }

  static func targets(_ report: Report) -> [Target] {
    let text = "opening a session of ~\(Format.grouped(report.made.size)) journal steps < 1 s"
    if let opened = report.opened?.result {
      return [Target(text: text, measured: Format.ms(opened.seconds), met: opened.seconds < 1)]
    }
    let why =
      report.made.overBudget.map { "typing it: " + $0.text } ?? report.opened?.overBudget?.text
      ?? "not run"
    return [Target(text: text, measured: why, met: false)]
  }
}
