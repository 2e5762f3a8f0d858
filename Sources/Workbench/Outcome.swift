import PlanFiles
import PlanKit

/// What one command line produced: text for the screen, what it did to the plan, and what the
/// shell should do next.
public struct Outcome: Equatable, Sendable {
  public var text: String
  public var failed: Bool
  public var quit: Bool
  /// The part of `text` that must reach the user even where a command's answer is not shown,
  /// as when a session opens at start-up: the file's journal did not lead to its plan.
  public var notice: String
  /// The items the command's change moved, with their dates before, in plan order.
  public var moved: [MovedItem]
  /// What the command's change newly caused: the interpreter prints it after `text`.
  public var findings: [Finding]
  /// Whether the command saw to the journal itself: it put another journal in place (`open`,
  /// undoing `nieuw`) or its own lines as steps (`lees`), so that the interpreter does not add
  /// it as a step.
  var journalsItself = false
  /// The file the command read into the plan (`importeer`): its step in the journal keeps it.
  var imported: Journal.Imported?
  /// Whether a terminal clears its screen before showing this answer: a replay step by step
  /// shows each step's chart in the same place, for a projector.
  public var clearsScreen = false

  public init(
    text: String = "", failed: Bool = false, quit: Bool = false, notice: String = "",
    moved: [MovedItem] = [], findings: [Finding] = []
  ) {
    self.text = text
    self.failed = failed
    self.quit = quit
    self.notice = notice
    self.moved = moved
    self.findings = findings
  }

  /// The answer to a change: its text, and what the change moved and newly caused.
  init(text: String, _ committed: Committed) {
    self.init(text: text, moved: committed.moved, findings: committed.findings)
  }
}

/// An item a change moved: its id and type, its dates now, and the dates it had before. Only
/// what a line about it needs: a shifted plan moves 125,000, and a copy of each whole item
/// was a fifth of the shift.
public struct MovedItem: Equatable, Sendable {
  public let id: String
  public let type: Item.ItemType
  /// Where it is now.
  public let now: (start: PlanDate, end: PlanDate)
  /// Where it was.
  public let start: PlanDate
  public let end: PlanDate

  public init(
    id: String, type: Item.ItemType, now: (start: PlanDate, end: PlanDate), start: PlanDate,
    end: PlanDate
  ) {
    (self.id, self.type, self.now, self.start, self.end) = (id, type, now, start, end)
  }

  public static func == (a: Self, b: Self) -> Bool {
    a.id == b.id && a.type == b.type && a.now == b.now && a.start == b.start && a.end == b.end
  }

  /// "1 mei 2022 – 1 sept. 2022" of its dates now, or of those it had (`before`).
  func period(_ language: Language, before: Bool = false) -> String {
    let (start, end) = before ? (self.start, self.end) : now
    return type == .milestone
      ? start.text(language) : PlanDate.period(start, end, language)
  }
}

/// What a committed change did: the items it moved, in plan order, and the findings it newly
/// caused.
struct Committed {
  var moved: [MovedItem]
  var findings: [Finding]
}
