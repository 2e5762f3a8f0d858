import PlanFiles
import PlanKit
import PlanRender

/// Takes command lines and returns what they produce. It never touches a terminal, a file or a
/// clock: files come through `FileAccess` and the day through `clockToday`.
public struct Interpreter: Sendable {
  /// The plan, its settings and what is derived from them: all a plan command sees.
  var context: CommandContext
  public internal(set) var plan: Plan {
    get { context.plan }
    _modify { yield &context.plan }
  }
  public var settings: Settings {
    get { context.settings }
    _modify { yield &context.settings }
  }
  var history: UndoHistory {
    get { context.history }
    _modify { yield &context.history }
  }
  /// The session file the plan was last opened from or saved to.
  public internal(set) var path: String?
  /// How the plan came about; saved with the session.
  public internal(set) var journal = Journal()
  /// A step-by-step replay waiting for Enter.
  var stepping: Stepping?
  /// What the last command's change did, as the meeting view tells it; nil when it changed
  /// nothing. A replay step by step reads it from the interpreter it replays in.
  ///
  /// - Complexity: O(1): the first few changes and warnings are told.
  var lastChange: ChangeSummary? { lastMade.map(changeSummary) }
  /// The last command's change, told only when asked: the meeting view and a replay that
  /// follows it ask, a script's thousands of commands do not.
  var lastMade: MadeChange?
  /// The hashes of the plan's ids a whole-plan step's digest made, for the next one.
  var idHashes = Journal.IDHashes()
  /// Whether someone answers at a terminal: a step-by-step replay then waits between steps.
  public var interactive = false
  /// Whether the lines come from a script `lees` is reading.
  var reading = false
  /// Whether the next line answers a step-by-step replay rather than being a command.
  public var isStepping: Bool { stepping != nil }
  private var savedRevision = 0
  /// What calendars had been given when the session was last saved or opened.
  private var savedPublished: [String: PublishedEvent] = [:]
  /// How many times the session was saved or opened: what undo kept of a save holds only while
  /// no later one came.
  private var saves = 0
  /// How many journal steps the session file holds: the rest waits in the autosave.
  public internal(set) var savedSteps = 0
  /// Which journal the session has: each `open`, `nieuw`, `herhaal` and recovery puts one
  /// in place with a number of its own; undo and redo bring back the one they recorded.
  var journalGeneration = 0
  private var generations = 0
  /// The journal the file `savedPath` holds the first `savedSteps` steps of; nil when none.
  var savedGeneration: Int?
  var savedPath: String?

  /// Whether the journal continues the one in the session file, so that the steps after
  /// `savedSteps` are all the file lacks. Undoing an `open` after a save, or redoing it,
  /// puts another journal or file in place, which the file last saved knows nothing of.
  ///
  /// - Complexity: O(1): the autosave asks after every command.
  public var continuesSavedFile: Bool {
    path != nil && path == savedPath && savedGeneration == journalGeneration
  }

  /// A journal number not used before in this session.
  mutating func nextGeneration() -> Int {
    generations += 1
    return generations
  }

  /// The session besides its plan, as undo keeps it.
  var session: UndoHistory.Session {
    UndoHistory.Session(
      journal: journal, path: path, generation: journalGeneration,
      saved: UndoHistory.Saved(
        save: saves, revision: savedRevision, steps: savedSteps, generation: savedGeneration,
        path: savedPath, published: savedPublished),
      settings: settings)
  }

  /// Puts back a session undo kept.
  mutating func restore(_ session: UndoHistory.Session) {
    journal = session.journal
    path = session.path
    journalGeneration = session.generation
    if session.saved.save == saves {
      (savedRevision, savedSteps) = (session.saved.revision, session.saved.steps)
      (savedGeneration, savedPath) = (session.saved.generation, session.saved.path)
      savedPublished = session.saved.published
    }
    if let settings = session.settings { self.settings = settings }
  }
  var files: any FileAccess { context.files }
  var clock: any TimeSource { context.clock }
  /// What draws `export pdf|png|svg`; nil in a build without cairo.
  public var drawing: (any ChartDrawing)? {
    get { context.drawing }
    set { context.drawing = newValue }
  }
  /// What writes `export xlsx`; nil in a build without libxlsxwriter.
  public var workbooks: (any WorkbookWriting)? {
    get { context.workbooks }
    set { context.workbooks = newValue }
  }
  /// What serves `presenteer`; nil in a build without a web server.
  public var presenter: (any Presenting)? {
    get { context.presenter }
    set { context.presenter = newValue }
  }
  /// The day the clock says it is, used for `vandaag` until a script fixes it.
  var clockToday: Day {
    get { context.clockToday }
    set { context.clockToday = newValue }
  }

  public init(
    files: any FileAccess, today: Day, settings: Settings = Settings(),
    clock: any TimeSource = FixedTime()
  ) {
    context = CommandContext(files: files, clock: clock, today: today, settings: settings)
  }

  /// Whether the lines come from a journal rather than a keyboard: they were taken when typed,
  /// and a session saved before a rule for typed lines was tightened must still reopen.
  var replaysJournal = false

  /// Starts from a given plan, as a replay does from its journal's base.
  mutating func start(from base: Plan) {
    replaysJournal = true
    plan = base
    journal = Journal(base: base.itemCount == 0 && base == Plan() ? nil : base)
    context.forgetDerived()
  }

  public var language: Language { context.language }

  /// A language chosen for the whole run (`--lang`): the sessions it opens speak it, whatever
  /// their files remember.
  public var chosenLanguage: Language? {
    get { context.chosenLanguage }
    set {
      context.chosenLanguage = newValue
      if let newValue { settings.language = newValue }
    }
  }
  public var today: Day { context.today }
  /// Whether the plan changed since the session was saved, or an export to calendars gave
  /// them versions the file does not hold yet.
  public var hasUnsavedChanges: Bool {
    history.revision != savedRevision || settings.published != savedPublished
  }

  /// The prompt: the plan's title and `*` while there are unsaved changes.
  public var prompt: String {
    if case .active(let replay, _, _, _) = stepping {
      return text(
        Phrase(
          nl: "stap \(replay.position)/\(replay.journal.steps.count) (Enter, q, nummer)> ",
          en: "step \(replay.position)/\(replay.journal.steps.count) (Enter, q, number)> "))
    }
    let title = plan.title.isEmpty ? "planwerk" : plan.title.inert.truncated(to: 32)
    return "\(title)\(hasUnsavedChanges ? "*" : "")> "
  }

  /// Runs one line. Errors come back as text with `failed` set; nothing is thrown.
  public mutating func run(_ line: String) -> Outcome {
    if stepping != nil { return step(line) }
    lastMade = nil
    do {
      if !replaysJournal { try LineCheck.check(line) }
      guard let command = try CommandParser.parse(line, language: language) else {
        return Outcome()
      }
      context.committed = nil
      plan.indexAll()
      // The revision and the day `vandaag` set, to tell whether the command changed either.
      let (revision, fixedDay) = (history.revision, context.settings.today)
      let day = fixedDay ?? context.clockToday
      #if DEBUG
        // Debug builds check the effect told from the change against the plans compared.
        let before = plan.itemCount <= 400 ? plan : nil
      #endif
      let shownLanguage = language
      var outcome = try CommandTable.command(command.spec.id).execute(command, in: &self)
      // The line without its margins, once: the history's label and the journal's step.
      let typed = line.trimmedWhitespace
      if !outcome.journalsItself && command.spec.id != .undo && command.spec.id != .redo {
        history.relabelLast(typed.inert.truncated(to: 80), recordedAt: revision)
      }
      var changes: [PlanDiff.Change] = []
      if !outcome.journalsItself
        && (history.revision != revision || settings.today != fixedDay)
      {
        changes = context.committed?.effect(in: plan)?.changes ?? []
        #if DEBUG
          if let before {
            let told = Set(changes.map(\.record))
            let compared = Set(PlanDiff(from: before, to: plan).changes.map(\.record))
            assert(
              told == compared,
              "the effect told from the change (\(told.subtracting(compared).sorted())) differs "
                + "from what the plans say (\(compared.subtracting(told).sorted())): \(line)")
          }
        #endif
        journal.steps.append(
          Journal.Step(
            command: typed, time: clock.now(), today: day,
            effect: Journal.effect(of: changes, in: plan, ids: &idHashes),
            imported: outcome.imported))
      }
      if history.revision != revision || settings.today != fixedDay || language != shownLanguage {
        lastMade = MadeChange(command.spec.id, outcome, changes: changes)
        present(command: typed, changes: changes)
      } else {
        lastMade = nil
      }
      let lines = context.warningLines(outcome.findings)
      if !lines.isEmpty {
        outcome.text += (outcome.text.isEmpty ? "" : "\n") + lines.joined(separator: "\n")
      }
      return outcome
    } catch {
      return Outcome(
        text: ErrorRenderer.render(error, line: line, language: language), failed: true)
    }
  }

  mutating func markSaved(path: String) {
    saves += 1
    self.path = path
    savedRevision = history.revision
    savedPublished = settings.published
    savedSteps = journal.steps.count
    savedGeneration = journalGeneration
    savedPath = path
  }

  /// Takes over a session rebuilt from an autosave: its steps since the last save are unsaved.
  /// `savedSteps` is how many of them the file at `path` holds, nil when the journal does not
  /// continue the file's. A step that no longer does what it did is replayed as it goes now
  /// (one that fails is left out) rather than losing the steps after it: the returned
  /// divergences say which.
  ///
  /// - Complexity: a replay of the journal.
  @discardableResult
  public mutating func recovered(_ journal: Journal, path: String?, savedSteps: Int?)
    -> [Replay.Divergence]
  {
    var replay = Replay(journal, language: language)
    replay.finish()
    replaceSession(
      replay.interpreter.plan,
      journal: replay.divergences.isEmpty ? journal : replay.interpreter.journal, label: "herstel")
    // The session's vandaag, which an autosave does not keep: as the journal set it, or, set
    // before the journal began (`vandaag` before `nieuw`), as its last step went by a day the
    // clock did not say.
    if let today = replay.interpreter.settings.today ?? Self.fixedDay(of: journal) {
      settings.today = today
    }
    self.path = path
    self.savedSteps = savedSteps ?? 0
    savedGeneration = savedSteps == nil ? nil : journalGeneration
    savedPath = savedSteps == nil ? nil : path
    return replay.divergences
  }

  /// The day a journal's last step was taken on when that is not the day of its clock time:
  /// a `vandaag` was in force. The time is UTC and the day local, so a day either side of it
  /// is taken for the clock's own (a `vandaag` that close is left to the clock).
  ///
  /// - Complexity: O(1).
  static func fixedDay(of journal: Journal) -> Day? {
    guard let last = journal.steps.last, let clock = Day(iso: String(last.time.prefix(10))),
      abs(clock.days(until: last.today)) > 1
    else { return nil }
    return last.today
  }

  func text(_ phrase: Phrase) -> String { phrase(language) }

  public func chart() -> String {
    context.chart(of: plan)
  }
}
