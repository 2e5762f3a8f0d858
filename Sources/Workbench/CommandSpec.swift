import PlanKit

/// What a command looks like: its words in both languages, its positional arguments, the
/// keyword clauses it accepts, and the texts `help` and docs/commands.md show.
///
/// A class: every parsed line holds its command's spec, and a reference is one count to keep
/// where the struct's dictionaries, lists and texts were eight.
public final class CommandSpec: Sendable {
  public enum Group: String, Sendable, CaseIterable {
    case plan, timing, view, session, settings
  }

  public let id: CommandID
  public let group: Group
  public let names: [Language: [String]]
  public let arguments: [ArgumentSpec]
  public let clauses: [ClauseID]
  public let summary: Phrase
  public let usage: Phrase
  public let examples: [Language: [String]]
  /// The clauses' keywords by their first word, for the parser.
  let keywordTable: KeywordTable

  init(
    id: CommandID, group: Group, names: [Language: [String]], arguments: [ArgumentSpec],
    clauses: [ClauseID], summary: Phrase, usage: Phrase, examples: [Language: [String]]
  ) {
    self.id = id
    self.group = group
    self.names = names
    self.arguments = arguments
    self.clauses = clauses
    self.summary = summary
    self.usage = usage
    self.examples = examples
    keywordTable = KeywordTable(clauses)
  }

  public func primaryName(_ language: Language) -> String {
    names[language]![0]
  }

  public var allNames: [String] {
    Language.allCases.flatMap { names[$0]! }
  }
}

/// A positional argument. `rest` takes every word up to the first clause keyword.
public struct ArgumentSpec: Sendable {
  public enum Kind: Sendable {
    /// A lot or item id; completion offers the plan's ids.
    case target
    /// A name for something new.
    case newName
    /// A title: a quoted text or a single word.
    case text
    /// A file name; completion offers files of these extensions (any, when empty) and folders.
    case file([String])
    /// One of a fixed set of words.
    case choice([String])
    /// One of these words or another way to write one, which the command reads itself;
    /// completion offers these.
    case suggested([String])
    /// A command name (for help).
    case command
    /// Words up to the next clause keyword: a date or a duration.
    case rest
  }

  public let name: Phrase
  public let kind: Kind
  public let optional: Bool
}

public enum CommandID: String, Sendable, CaseIterable {
  case new, lot, copy, phase, milestone, decision, show, list, set, rename, remove, shift
  case link, unlink, check, critical, feasible, calendar, closed, history, replay
  case baseline, baselines, diff, procedure, meetings, decisions, leadTime, owner, note, document
  case started, finished, report, present
  case undo, redo, save, open, read, importFile, gantt, export, language, today, setting, help
  case quit
}

extension CommandID {
  /// Compared and hashed by its case, not by its name, as `ClauseID` is: the tables of
  /// commands are looked up by it on every line.
  public static func == (a: Self, b: Self) -> Bool { a.ordinal == b.ordinal }

  public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

  /// The number of the case: a case without a payload is stored as that one byte.
  var ordinal: UInt8 { withUnsafeBytes(of: self) { $0[0] } }
}
