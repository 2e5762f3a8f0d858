import PlanFiles
import PlanKit

/// What a plan command is given: the plan to read, one way to change it (`commit`), the
/// session's settings, the day, the files, and what the plan keeps derived between commands.
/// The journal, the session file and a replay in progress are the interpreter's own: only the
/// session commands (`Interpreter.SessionCommand`) reach them.
struct CommandContext: Sendable {
  /// Changed by commands only through `commit`, so that every change is one undoable step.
  var plan = Plan()
  var settings: Settings
  /// The language the user chose for this run (`--lang`, or `taal` after it): a session
  /// opened later keeps it rather than the language its file remembers.
  var chosenLanguage: Language?
  /// The day the clock says it is, used for `vandaag` until a script fixes it.
  var clockToday: Day
  let files: any FileAccess
  let clock: any TimeSource
  /// What draws `export pdf|png|svg`; nil in a build without cairo.
  var drawing: (any ChartDrawing)?
  /// What writes `export xlsx`; nil in a build without libxlsxwriter.
  var workbooks: (any WorkbookWriting)?
  /// What serves the meeting view (`presenteer`); nil in a build without a web server.
  var presenter: (any Presenting)?
  var history = UndoHistory()
  /// The graph of the current plan's items and links, while no change has restructured it.
  var graphCache: PlanGraph?
  /// The findings of the plan at a revision and a `vandaag`, as the change that made it
  /// found them: the next change compares with them instead of checking the plan again.
  var findingsCache: (revision: Int, today: Day?, findings: [Finding])?
  /// The working days of the last schedule: rebuilt only when the calendar or the plan's
  /// years change.
  var workdayCache: WorkdayTable?
  /// What the command being run changed, as it committed it: the interpreter tells the
  /// journal's effect from it.
  var committed: PlanChange?

  init(files: any FileAccess, clock: any TimeSource, today: Day, settings: Settings) {
    self.files = files
    self.clock = clock
    self.clockToday = today
    self.settings = settings
  }

  var language: Language { settings.language }
  var today: Day {
    // Not `??`: its autoclosure captured the context, which a mutating method then copied.
    if let day = settings.today { return day }
    return clockToday
  }
  var dateParser: DateParser { DateParser(today: today) }

  /// For a day a command asks about rather than plans (`lijst van 1 mei`, `rapport sinds 1
  /// maart`): without a year, the year of the status day.
  var presentDateParser: DateParser { DateParser(today: today, defaultYear: today.year) }

  func text(_ phrase: Phrase) -> String { phrase(language) }

  /// Forgets what was derived from the plan, after it was put in place or taken back whole.
  ///
  /// - Complexity: O(1).
  mutating func forgetDerived() {
    graphCache = nil
    findingsCache = nil
  }
}
