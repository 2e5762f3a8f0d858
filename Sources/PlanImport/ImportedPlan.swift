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

/// A place in an imported file that was refused: where (1-based line and column), what was
/// wrong and what would work.
public struct ImportProblem: Error, Sendable, Equatable {
  public var line: Int
  /// A character in the line, as an editor counts them; in a table (CSV) the field, as a
  /// spreadsheet counts columns, with `field` its header.
  public var column: Int
  public var field: String?
  public var message: Phrase
  public var hint: Phrase?

  public init(line: Int, column: Int, field: String? = nil, message: Phrase, hint: Phrase? = nil) {
    self.line = line
    self.column = column
    self.field = field
    self.message = message
    self.hint = hint
  }

  /// "regel 3, kolom B (Begin)" for a table's cell, "regel 3, kolom 7" for a character.
  public var place: Phrase {
    guard let field else {
      return Phrase(nl: "regel \(line), kolom \(column)", en: "line \(line), column \(column)")
    }
    let name = field.isEmpty ? "" : " (\(field))"
    return Phrase(
      nl: "regel \(line), kolom \(Self.letters(column))\(name)",
      en: "line \(line), column \(Self.letters(column))\(name)")
  }

  /// A spreadsheet's name for a column: 1 is A, 27 AA.
  static func letters(_ column: Int) -> String {
    var n = max(column, 1)
    var name = ""
    while n > 0 {
      let digit = (n - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + digit))) + name
      n = (n - 1) / 26
    }
    return name
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
