import Foundation

/// What `make bench` writes to results.json: the built sizes as before, under `sizes`, and
/// the sections issue 15 added, each left out when not run.
struct BenchReport: Codable {
  var budgetSeconds: Double
  var sizes: [Result] = []
  /// Built sizes whose child went over the budget.
  var sizesOverBudget: [SelfChild.Budgeted<Result>] = []
  var typed: [SelfChild.Budgeted<TypedResult>]?
  var commands: CommandsSection.Report?
  var sessionMemory: MemorySection.Report?
  var sessionOpen: SessionSection.Report?
  var targets: [Target] = []

  func write(to path: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    try encoder.encode(self).write(to: URL(fileURLWithPath: path))
  }
}
