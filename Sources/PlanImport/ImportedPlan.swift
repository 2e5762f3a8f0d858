import PlanKit

/// A plan read from another tool's file (an Excel CSV, MS Project XML), with what the file
/// held that Planwerk cannot carry. Readers are pure: they take the file's bytes, never a path.
public struct ImportedPlan: Sendable {
  public var plan: Plan
  /// What the file held that a plan cannot represent (resources, costs, a task's notes in a
  /// format without them), one line each, to be shown to the user: never dropped silently.
  public var omitted: [Phrase]
  /// Rows left out because the user asked to skip refused rows, each with why.
  public var skipped: [ImportProblem]

  public init(plan: Plan, omitted: [Phrase] = [], skipped: [ImportProblem] = []) {
    self.plan = plan
    self.omitted = omitted
    self.skipped = skipped
  }
}

/// A place in an imported file that was refused: where (1-based line and column, as an
/// editor counts them), what was wrong and what would work.
public struct ImportProblem: Error, Sendable, Equatable {
  public var line: Int
  public var column: Int
  public var message: Phrase
  public var hint: Phrase?

  public init(line: Int, column: Int, message: Phrase, hint: Phrase? = nil) {
    self.line = line
    self.column = column
    self.message = message
    self.hint = hint
  }
}

/// A file that was not imported: every problem found, not just the first, so that a user
/// fixes them in one pass.
public struct ImportFailure: Error, Sendable, Equatable {
  public var problems: [ImportProblem]

  public init(_ problems: [ImportProblem]) {
    self.problems = problems
  }
}
