import PlanFiles
import PlanKit
import PlanRender

/// Takes command lines and returns what they produce. It never touches a terminal, a file or a
/// clock: files come through `FileAccess` and the day through `clockToday`.
public struct Interpreter: Sendable {
  public internal(set) var plan = Plan()
  public var settings: Settings
  /// The session file the plan was last opened from or saved to.
  public internal(set) var path: String?
  var history = UndoHistory()
  /// What the last change newly caused, printed after the command's own output.
  var warnings: [Finding] = []
  /// The graph of the current plan's items and links, while no change has restructured it.
  var graphCache: PlanGraph?
  /// The findings of the plan at a revision and a `vandaag`, as the change that made it
  /// found them: the next change compares with them instead of checking the plan again.
  var findingsCache: (revision: Int, today: Day?, findings: [Finding])?
  /// The working days of the last schedule: rebuilt only when the calendar or the plan's
  /// years change.
  var workdayCache: WorkdayTable?
  /// How the plan came about; saved with the session.
  public internal(set) var journal = Journal()
  /// Set by a command that replaced the journal itself (`open`, undoing `nieuw`).
  var journalHandled = false
  /// What the command being run changed: the journal's effect is told from it.
  var lastChange: PlanChange?
  /// A step-by-step replay waiting for Enter.
  var stepping: Stepping?
  /// Whether someone answers at a terminal: a step-by-step replay then waits between steps.
  public var interactive = false
  /// Whether the next line answers a step-by-step replay rather than being a command.
  public var isStepping: Bool { stepping != nil }
  private var savedRevision = 0
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
        path: savedPath),
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
    }
    if let settings = session.settings { self.settings = settings }
  }
  let files: any FileAccess
  let clock: any TimeSource
  /// The day the clock says it is, used for `vandaag` until a script fixes it.
  var clockToday: Day

  public init(
    files: any FileAccess, today: Day, settings: Settings = Settings(),
    clock: any TimeSource = FixedTime()
  ) {
    self.files = files
    self.clockToday = today
    self.settings = settings
    self.clock = clock
  }

  /// Whether the lines come from a journal rather than a keyboard: they were taken when typed,
  /// and a session saved before a rule for typed lines was tightened must still reopen.
  var replaysJournal = false

  /// Starts from a given plan, as a replay does from its journal's base.
  mutating func start(from base: Plan) {
    replaysJournal = true
    plan = base
    journal = Journal(base: base.itemCount == 0 && base == Plan() ? nil : base)
    graphCache = nil
  }

  public var language: Language { settings.language }
  public var today: Day { settings.today ?? clockToday }
  public var hasUnsavedChanges: Bool { history.revision != savedRevision }
  var dateParser: DateParser { DateParser(today: today) }

  /// The prompt: the plan's title and `*` while there are unsaved changes.
  public var prompt: String {
    if case .active(let replay, _, _) = stepping {
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
    do {
      if !replaysJournal { try LineCheck.check(line) }
      guard let command = try CommandParser.parse(line, language: language) else {
        return Outcome()
      }
      warnings = []
      lastChange = nil
      plan.indexAll()
      journalHandled = false
      let (revision, day, fixedDay) = (history.revision, today, settings.today)
      #if DEBUG
        // Debug builds check the effect told from the change against the plans compared.
        let before = plan.itemCount <= 400 ? plan : nil
      #endif
      var outcome = try execute(command)
      if !journalHandled && (history.revision != revision || settings.today != fixedDay) {
        let changes = lastChange?.effect(in: plan)?.changes ?? []
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
            command: line.trimmedWhitespace, time: clock.now(), today: day,
            effect: Journal.effect(of: changes, in: plan)))
      }
      let lines = warningLines(warnings)
      if !lines.isEmpty {
        outcome.text += (outcome.text.isEmpty ? "" : "\n") + lines.joined(separator: "\n")
      }
      return outcome
    } catch {
      return Outcome(
        text: ErrorRenderer.render(error, line: line, language: language), failed: true)
    }
  }

  mutating func execute(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    switch command.spec.id {
    case .new: return try newPlan(command)
    case .lot: return try addLot(command)
    case .phase: return try addPhase(command)
    case .milestone: return try addMilestone(command)
    case .decision: return try addDecision(command)
    case .show: return try show(command)
    case .list: return try list(command)
    case .set: return try change(command)
    case .rename: return try rename(command)
    case .remove: return try remove(command)
    case .shift: return try shift(command)
    case .link: return try link(command)
    case .unlink: return try unlink(command)
    case .check: return try check(command)
    case .critical: return try critical(command)
    case .feasible: return try feasible(command)
    case .calendar: return try calendar(command)
    case .closed: return try closed(command)
    case .history: return try listHistory(command)
    case .replay: return try replay(command)
    case .baseline: return try storeBaseline(command)
    case .baselines: return listBaselines()
    case .diff: return try diff(command)
    case .procedure: return try layOutProcedure(command)
    case .meetings: return try setMeetings(command)
    case .undo: return try undo()
    case .redo: return try redo()
    case .save: return try save(command)
    case .open: return try open(command)
    case .gantt: return Outcome(text: try chart(command))
    case .export: return try export(command)
    case .language: return try setLanguage(command)
    case .today: return try setToday(command)
    case .setting: return try setting(command)
    case .help: return try help(command)
    case .quit: return Outcome(quit: true)
    }
  }

  mutating func markSaved(path: String) {
    saves += 1
    self.path = path
    savedRevision = history.revision
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
    self.path = path
    self.savedSteps = savedSteps ?? 0
    savedGeneration = savedSteps == nil ? nil : journalGeneration
    savedPath = savedSteps == nil ? nil : path
    return replay.divergences
  }

  func text(_ phrase: Phrase) -> String { phrase(language) }

  public func chart() -> String {
    chart(of: plan)
  }

  /// The chart as the screen shows it: its width, today, the critical path, colour.
  func chart(of plan: Plan, colour: Bool? = nil) -> String {
    screenChart(of: plan, colour: colour).render(plan)
  }

  /// A chart set up as the screen shows one, before `gantt`'s own options.
  ///
  /// - Complexity: O(plan): the slack of every item, to mark the critical ones.
  func screenChart(of plan: Plan, colour: Bool? = nil) -> GanttChart {
    var chart = GanttChart(
      language: language, style: settings.ascii ? .ascii : .unicode, width: settings.width)
    chart.today = today
    chart.colour = colour ?? settings.colour
    guard plan.itemCount > 0 else { return chart }
    // One schedule for both marks: which items have no slack, which the tender's order holds.
    let analysis = SlackAnalysis(plan, towards: nil)
    chart.critical = analysis.critical
    chart.held = plan.heldByProcess(analysis.scheduler)
    return chart
  }
}
