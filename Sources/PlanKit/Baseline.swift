/// The schedule as it stood when the project leader said "this is the plan": `diff` shows what
/// has moved since, and the chart can show it beside the current bars.
public struct Baseline: Hashable, Sendable {
  public var name: String
  /// The day `vandaag` meant when it was taken.
  public var taken: Day
  public var items: [PlanDiff.Entry]

  public init(name: String, taken: Day, items: [PlanDiff.Entry]) {
    self.name = name
    self.taken = taken
    self.items = items
  }

  public init(name: String, taken: Day, of plan: Plan) {
    self.init(name: name, taken: taken, items: PlanDiff.entries(plan))
  }
}
