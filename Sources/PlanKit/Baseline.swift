/// The schedule as it stood when the project leader said "this is the plan": `diff` shows what
/// has moved since, and the chart can show it beside the current bars.
public struct Baseline: Hashable, Sendable {
  public var name: String
  /// The day `vandaag` meant when it was taken.
  public var taken: Day
  public var items: [PlanDiff.Entry]
  /// The items reported done when it was taken: what a status report counts as done since.
  public var done: Set<String>

  public init(name: String, taken: Day, items: [PlanDiff.Entry], done: Set<String> = []) {
    self.name = name
    self.taken = taken
    self.items = items
    self.done = done
  }

  /// - Complexity: O(plan).
  public init(name: String, taken: Day, of plan: Plan) {
    self.init(
      name: name, taken: taken, items: PlanDiff.entries(plan),
      done: Set(plan.items.lazy.filter { $0.progress?.finished != nil }.map(\.id)))
  }
}
