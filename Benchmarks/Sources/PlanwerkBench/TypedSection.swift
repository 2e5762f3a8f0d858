/// `make bench`'s typed plans: each size typed in a child of its own, within the budget.
enum TypedSection {
  static let sizes = [1_000, 10_000, 100_000]

  static func run(_ flags: Flags, budget: Double) throws -> [SelfChild.Budgeted<TypedResult>] {
    try (flags.ints("--typed-phases") ?? sizes).map { phases in
      let row = try SelfChild.run(
        TypedResult.self, size: phases, ["--typed", "\(phases)"], budget: budget)
      print("typed \(phases): " + (row.result.map { Format.seconds($0.seconds) } ?? "over budget"))
      return row
    }
  }

  static func table(_ rows: [SelfChild.Budgeted<TypedResult>]) -> String {
    let header = [
      "phases", "commands", "whole time", "per command", "peak memory", "same plan as built",
    ]
    let lines = rows.map { row -> [String] in
      let commands = TypedPlan.lines(phases: row.size).count
      guard let r = row.result else {
        let over = row.overBudget!
        return [
          "\(row.size)", Format.grouped(commands), over.text, "",
          Format.mb(over.peakBytes) + " when killed", "",
        ]
      }
      return [
        "\(r.phases)", Format.grouped(r.commands), Format.seconds(r.seconds),
        Format.microseconds(r.perCommand), Format.mb(r.peakBytes),
        r.difference.map { "no: \($0)" } ?? "yes",
      ]
    }
    return Format.table(header, lines)
  }

  static func targets(_ rows: [SelfChild.Budgeted<TypedResult>]) -> [Target] {
    func result(_ phases: Int) -> TypedResult? { rows.first { $0.size == phases }?.result }
    func over(_ phases: Int) -> String {
      rows.first { $0.size == phases }?.overBudget?.text ?? "not run"
    }
    let large = result(100_000)
    let ten = result(10_000)
    return [
      Target(
        text: "100,000 phases typed in < 3 s",
        measured: large.map { Format.seconds($0.seconds) } ?? over(100_000),
        met: large.map { $0.seconds < 3 } ?? false),
      Target(
        text: "100,000 phases typed in < 400 MB",
        measured: large.map { Format.mb($0.peakBytes) } ?? over(100_000),
        met: large.map { $0.peakBytes < 400 * 1_048_576 } ?? false),
      Target(
        text: "100,000 typed within 12× the time of 10,000 (linear, not quadratic)",
        measured: large.flatMap { l in ten.map { String(format: "%.1f×", l.seconds / $0.seconds) } }
          ?? "one of them \(large == nil ? over(100_000) : over(10_000))",
        met: large.flatMap { l in ten.map { l.seconds < 12 * $0.seconds } } ?? false),
    ]
  }
}
