import PlanKit

/// How a session's plan came about: the plan it started from and every command since that
/// changed the plan (or what `vandaag` means), with when it ran and what it changed. Replaying
/// the steps on the base gives the plan again.
public struct Journal: Equatable, Sendable {
  public struct Step: Equatable, Sendable {
    /// The command as typed.
    public var command: String
    /// When it ran, ISO 8601 in UTC; empty when no clock was asked.
    public var time: String
    /// The day `vandaag` meant, so that a replay reads dates the same way on any day.
    public var today: Day
    /// What it changed, in `PlanDiff.Change.record` form.
    public var effect: [String]
    /// The file an `importeer` read, as it read it: a replay reads this, never the disk.
    public var imported: Imported?

    public init(
      command: String, time: String, today: Day, effect: [String], imported: Imported? = nil
    ) {
      self.command = command
      self.time = time
      self.today = today
      self.effect = effect
      self.imported = imported
    }
  }

  /// A file's text as a command read it, under the name the command gave.
  public struct Imported: Equatable, Sendable {
    public var file: String
    public var text: String

    public init(file: String, text: String) {
      self.file = file
      self.text = text
    }
  }

  /// The plan the steps start from: nil for an empty plan.
  public var base: Plan?
  public var steps: [Step]

  public init(base: Plan? = nil, steps: [Step] = []) {
    self.base = base
    self.steps = steps
  }
}
