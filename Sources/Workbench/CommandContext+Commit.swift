import PlanFiles
import PlanKit
import PlanRender

/// Changing the plan: every change is one undoable step, after which the schedule is
/// recomputed and the findings it newly causes are returned for the command's outcome.
extension CommandContext {
  /// Applies a change to the plan's rules in place, reschedules what depends on `changed`
  /// and records the step as the edits that undo it. Nothing changes when it throws.
  ///
  /// With `changed`, a change costs what it touches: it is scheduled through the plan's own
  /// index of links from those items outward, and checked for what it touched, before and
  /// after (ids of lots count for their lot). Without, it is a change to the whole plan (a
  /// calendar, `verschuif plan`): everything is scheduled on the plan's graph and checked
  /// whole. A change that keeps every item, kind and link where it is (`structural: false`:
  /// a shift, a calendar) keeps the graph and leaves the tender's order as it is. A change
  /// of the calendar's working days `days` and nothing else schedules and checks only what
  /// asks the calendar about those days, and what follows it.
  ///
  /// - Complexity: what the change and the schedule it causes touch; O(plan) without `changed`.
  mutating func commit(
    _ label: String, changed: [String]? = nil, structural: Bool = true,
    days: [Range<Day>]? = nil, _ change: (inout Plan) throws(PlanError) -> Void
  ) throws(PlanError) -> Committed {
    guard let named = changed else {
      if let days, !structural { return try commitCalendar(label, days: days, change) }
      return try commitWhole(label, structural: structural, change)
    }
    let workdays = workdayCache
    let years = today.year...today.year
    var found: (scheduler: Scheduler, moves: [Scheduler.Move], changed: [String])?
    let record = try plan.recording { plan throws(PlanError) in
      try change(&plan)
      // A new array, not the argument appended to inside this closure: a release build of
      // the latter freed the caller's array (found with valgrind).
      var changed = named
      if structural {
        // The tender's order follows the kinds: what came, went or changed kind may add or
        // drop implicit links, whose ends must be scheduled again.
        changed = named + plan.deriveProcess(lots: Self.lots(of: named))
      }
      let scheduler = Scheduler(local: plan, workdays: workdays, years: years)
      switch scheduler.runLocally(&plan, from: changed) {
      case .success(let moves): found = (scheduler, moves, changed)
      case .failure(let cycle):
        throw Self.cycle(cycle.text)
      }
      // Mapped apart from the call: as its argument, the plan was copied for it.
      let moved = found!.moves.map(\.location)
      try Self.refuseDefects(in: plan, at: moved, changed)
    }
    let (scheduler, moves, changed) = found!
    // What the change can have made or mended a finding about: what it touched or named.
    let scope = changed + record.touchedIDs
    let after = Checker(plan, scheduler: scheduler, today: settings.today).findings(about: scope)
    var new: [Finding] = []
    if !after.isEmpty {
      // What the same items had to say before: the change taken back for a moment. Only
      // asked when there is something to compare, as a change to a sound plan finds nothing.
      let redo = plan.takeBack(record)
      let before = Checker(plan, scheduler: scheduler, today: settings.today).findings(
        about: scope)
      plan.putBack(redo)
      new = Finding.new(after, since: before)
    }
    finish(record, label: label, workdays: scheduler.workdays)
    if structural { graphCache = nil }
    findingsCache = nil
    return Committed(moved: moved(moves), findings: new)
  }

  /// The lots of the items `ids` names, each once; a lot's own id has no dot and stands for
  /// itself. Most changes name items of one lot, which makes no set.
  ///
  /// - Complexity: O(ids).
  static func lots(of ids: [String]) -> [String] {
    guard let first = ids.first else { return [] }
    let lot = first.lotPart ?? first
    if ids.allSatisfy({ $0 == lot || $0.isItemID(of: lot) }) { return [lot] }
    return Array(Set(ids.map { id in id.lotPart ?? id }))
  }

  /// A change to the whole plan: scheduled on the plan's graph and checked whole.
  ///
  /// - Complexity: O(plan).
  private mutating func commitWhole(
    _ label: String, structural: Bool, _ change: (inout Plan) throws(PlanError) -> Void
  ) throws(PlanError) -> Committed {
    var reuse = structural ? nil : graphCache
    // The graph keeps its order of the nodes: the next whole-plan change on it (the same
    // shift undone and redone, another one) schedules without ordering them again. Ordered
    // here, not in the change's closure, which the compiler is known to mishandle.
    reuse?.keepWholeOrder()
    // The plan's findings when they are at hand; else they are found only if the changed plan
    // has any, with the change taken back for a moment.
    let cached = cachedFindings
    let workdays = workdayCache
    var found: (scheduler: Scheduler, moves: [Scheduler.Move])?
    let record = try plan.recording { plan throws(PlanError) in
      try change(&plan)
      if structural { plan.deriveProcess() }
      let scheduler = Scheduler(plan, graph: reuse, workdays: workdays)
      switch scheduler.run(&plan, from: nil) {
      case .success(let moves): found = (scheduler, moves)
      case .failure(let cycle):
        throw Self.cycle(scheduler.graph.text(cycle, in: plan))
      }
      try Self.refuseDefects(
        in: plan, at: found!.moves.map(\.location), [], datesOnly: !structural)
    }
    let (scheduler, moves) = found!
    let after = Checker(plan, scheduler: scheduler, today: settings.today)
      .findingsOfScheduledPlan()
    var new: [Finding] = []
    if !after.isEmpty {
      var before = cached
      if before == nil {
        let redo = plan.takeBack(record)
        before = uncachedFindings()
        plan.putBack(redo)
      }
      new = Finding.new(after, since: before!)
    }
    finish(record, label: label, workdays: scheduler.workdays)
    // Checked whole, the plan's findings serve the next change as its 'before'.
    findingsCache = (history.revision, settings.today, after)
    graphCache = scheduler.graph
    return Committed(moved: moved(moves), findings: new)
  }

  /// A change of the working days `days`: only the items whose dates ask the calendar about
  /// one of them are scheduled again, with what follows them (`Scheduler.nodes(askingAbout:)`),
  /// and only those are checked, before and after, as in a change that names its items.
  ///
  /// - Complexity: O(plan) for one pass over the items' dates to find what asks about the
  ///   days (the calendar is the whole plan's); the schedule and the check cost what it reaches.
  private mutating func commitCalendar(
    _ label: String, days: [Range<Day>], _ change: (inout Plan) throws(PlanError) -> Void
  ) throws(PlanError) -> Committed {
    let graph = graphCache ?? PlanGraph(plan)
    let workdays = workdayCache
    var found: (scheduler: Scheduler, moves: [Scheduler.Move], nodes: [Int])?
    let record = try plan.recording { plan throws(PlanError) in
      try change(&plan)
      let scheduler = Scheduler(plan, graph: graph, workdays: workdays)
      let nodes = graph.reachable(from: scheduler.nodes(askingAbout: days, in: plan))
      switch scheduler.run(&plan, nodes: nodes) {
      case .success(let moves): found = (scheduler, moves, nodes)
      case .failure(let cycle):
        throw Self.cycle(graph.text(cycle, in: plan))
      }
      try Self.refuseDefects(in: plan, at: found!.moves.map(\.location), [], datesOnly: true)
    }
    let (scheduler, moves, nodes) = found!
    let after = Checker(plan, scheduler: scheduler, today: settings.today).findings(
      aboutNodes: nodes, scheduled: true)
    var new: [Finding] = []
    if !after.isEmpty {
      // What the same items had to say under the calendar before, with its working days.
      let redo = plan.takeBack(record)
      let before = Checker(
        plan, scheduler: Scheduler(plan, graph: graph, workdays: workdays), today: settings.today
      ).findings(aboutNodes: nodes)
      plan.putBack(redo)
      new = Finding.new(after, since: before)
    }
    finish(record, label: label, workdays: scheduler.workdays)
    findingsCache = nil
    graphCache = graph
    return Committed(moved: moved(moves), findings: new)
  }

  /// The refusal of a change whose links would form a cycle ("a → b → a").
  static func cycle(_ text: String) -> PlanError {
    PlanError(nl: "de koppelingen vormen een kring: \(text)", en: "the links form a cycle: \(text)")
  }

  /// Refuses a change that left an item it moved or named malformed. With `datesOnly`, what
  /// it moved was only scheduled, which changes dates and nothing else (a calendar, a shift of
  /// the whole plan), and only their dates are looked at.
  ///
  /// - Complexity: O(k) for the k items moved or named.
  static func refuseDefects(
    in plan: Plan, at moved: [Plan.Location], _ changed: [String], datesOnly: Bool = false
  ) throws(PlanError) {
    func refuse(at location: Plan.Location) throws(PlanError) {
      if let defect = datesOnly ? plan.datesDefect(at: location) : plan.defect(at: location) {
        throw PlanError(Phrase("\(plan[location].id): ") + defect)
      }
    }
    for location in moved { try refuse(at: location) }
    // What moved was looked at: of the named, only what stayed where it was (searched for
    // among a handful of moves; among many, looked at again).
    for id in changed {
      if let location = plan.location(of: id), moved.count > 16 || !moved.contains(location) {
        try refuse(at: location)
      }
    }
  }

  /// Records a change that was made: for undo, and for the journal.
  private mutating func finish(
    _ record: PlanChange, label: String, workdays: WorkdayTable
  ) {
    assert(!record.replacedWhole, "a command changed a whole array instead of editing it")
    // Checked whole in debug builds on the plans tests type; a large one would make every
    // command cost the plan.
    assert(
      plan.lots.count > 500 || plan.defect == nil,
      "a command left the plan malformed: \(plan.defect?.en ?? "")")
    if var earlier = committed {
      earlier.append(record)
      committed = earlier
    } else {
      committed = record
    }
    history.record(record, label: label)
    workdayCache = workdays
  }

  /// The moves in plan order, whatever order the schedule found them in: the screen lists
  /// them the way `lijst` does.
  ///
  /// - Complexity: O(k log k) for the k moves; O(k + plan) when they are many
  ///   (`Plan.planOrder(of:)`).
  func moved(_ moves: [Scheduler.Move]) -> [MovedItem] {
    // A typed command moves a handful: sorted as they are, without a list of places. Closures
    // here, not one kept in a constant, which would copy the whole context into it.
    guard moves.count >= Plan.placeTableLimit else {
      return moves.sorted { $0.location.orderKey < $1.location.orderKey }.map { movedItem($0) }
    }
    return plan.planOrder(of: moves.map(\.location)).map { movedItem(moves[$0]) }
  }

  /// A move as the screen tells it, its item read where it lies.
  ///
  /// - Complexity: O(1).
  private func movedItem(_ move: Scheduler.Move) -> MovedItem {
    let now = plan.idTypeAndDates(at: move.location)
    return MovedItem(
      id: now.id, type: now.type, now: (now.start, now.end), start: move.start, end: move.end)
  }

  /// The plan's findings. "Before today" counts only once the session has a `vandaag` of its
  /// own: a plan entered from a memo of 2022 is not late, it is history.
  ///
  /// - Complexity: O(plan), or O(1) when the change that made the plan already checked it.
  func findings() -> [Finding] {
    cachedFindings ?? uncachedFindings()
  }

  /// The findings the change that made the plan left, when they are of this plan and `vandaag`.
  ///
  /// - Complexity: O(1).
  var cachedFindings: [Finding]? {
    guard let cached = findingsCache, cached.revision == history.revision,
      cached.today == settings.today
    else { return nil }
    return cached.findings
  }

  /// - Complexity: O(plan).
  func uncachedFindings() -> [Finding] {
    Checker(plan, scheduler: Scheduler(plan, workdays: workdayCache), today: settings.today)
      .findings()
  }
}
