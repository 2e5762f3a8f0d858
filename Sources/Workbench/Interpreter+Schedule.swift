import PlanKit
import PlanRender

/// Changing the plan: every change is one undoable step, after which the schedule is
/// recomputed and the warnings it newly causes are kept for the command's output.
extension Interpreter {
  /// An item that moved in a change, with the dates it had before.
  struct Moved {
    let item: Item
    let start: PlanDate
    let end: PlanDate
  }

  /// Applies a change to the plan's rules in place, reschedules what depends on `changed`
  /// (everything when nil) and records the step as the edits that undo it. Nothing changes
  /// when it throws. A change that keeps every item and link where it is (`structural: false`)
  /// reuses the plan's graph and checks only what it moved: that keeps a shift on a plan of
  /// 10,000 phases within milliseconds.
  ///
  /// - Complexity: O(plan) for a structural change (the graph is built and the plan checked
  ///   again); what the change moved otherwise.
  @discardableResult
  mutating func commit(
    _ label: String, changed: [String]? = nil, structural: Bool = true,
    _ change: (inout Plan) throws(PlanError) -> Void
  ) throws(PlanError) -> [Moved] {
    let reuse = structural ? nil : graphCache
    // Known before the change when the previous one checked the plan whole; a shift compares
    // only what it moved, before and after.
    let before = reuse == nil ? findings() : []
    let workdays = workdayCache
    var changed = changed
    var found: (scheduler: Scheduler, moves: [Scheduler.Move])?
    let record = try plan.recording { plan throws(PlanError) in
      try change(&plan)
      if structural {
        // The tender's order follows the kinds: what came, went or changed kind may add or
        // drop implicit links, whose ends must be scheduled again.
        let lots = changed.map {
          Set($0.compactMap { id in id.split(separator: ".").first.map(String.init) })
        }
        let relinked = plan.deriveProcess(lots: lots)
        if !relinked.isEmpty, changed != nil { changed! += relinked }
      }
      let scheduler = Scheduler(plan, graph: reuse, workdays: workdays)
      switch scheduler.run(&plan, from: changed) {
      case .success(let moves): found = (scheduler, moves)
      case .failure(let cycle):
        let text = scheduler.graph.text(cycle, in: plan)
        throw PlanError(
          nl: "de koppelingen vormen een kring: \(text)", en: "the links form a cycle: \(text)")
      }
      for location in found!.moves.map(\.location) + (changed ?? []).compactMap(plan.location) {
        let item = plan[location]
        if let defect = item.defect { throw PlanError(Phrase("\(item.id): ") + defect) }
      }
    }
    assert(!record.replacedWhole, "a command changed a whole array instead of editing it")
    assert(plan.defect == nil, "a command left the plan malformed: \(plan.defect!.en)")
    let (scheduler, moves) = found!
    // In plan order, whatever order the schedule found them in: the screen lists them the way
    // `lijst` does.
    let moved = moves.sorted { $0.location < $1.location }.map {
      Moved(item: plan[$0.location], start: $0.start, end: $0.end)
    }
    let graph = scheduler.graph
    let after: [Finding]
    var earlier = before
    if reuse != nil, let changed {
      var nodes = Set(changed.compactMap { graph.index[$0] })
      for move in moves { nodes.insert(graph.index[plan[move.location].id]!) }
      let about = Array(nodes)
      after = Checker(plan, scheduler: scheduler, today: settings.today).findings(about: about)
      // What the same items had to say before: the change taken back for a moment.
      let redo = plan.revert(record)
      let old = Scheduler(plan, graph: graph, workdays: scheduler.workdays)
      earlier = Checker(plan, scheduler: old, today: settings.today).findings(about: about)
      _ = plan.revert(redo)
    } else {
      after = Checker(plan, scheduler: scheduler, today: settings.today).findings()
    }
    if var earlierChange = lastChange {
      earlierChange.append(record)
      lastChange = earlierChange
    } else {
      lastChange = record
    }
    history.record(record, label: label)
    // Checked whole, the plan's findings serve the next change as its 'before'.
    findingsCache = reuse == nil ? (history.revision, settings.today, after) : nil
    graphCache = graph
    workdayCache = scheduler.workdays
    warnings = Finding.new(after, since: earlier)
    return moved
  }

  /// Replaces the plan and its journal as one undoable step (`nieuw`, `open`).
  mutating func replaceSession(_ newPlan: Plan, journal newJournal: Journal, label: String) {
    let previous = session
    let change = plan.recording { $0.replaceWhole(with: newPlan) }
    lastChange = change
    history.record(change, label: label, session: previous)
    journal = newJournal
    journalGeneration = nextGeneration()
    graphCache = nil
    findingsCache = nil
  }

  /// The plan's findings. "Before today" counts only once the session has a `vandaag` of its
  /// own: a plan entered from a memo of 2022 is not late, it is history.
  ///
  /// - Complexity: O(plan), or O(1) when the change that made the plan already checked it.
  func findings() -> [Finding] {
    if let cached = findingsCache, cached.revision == history.revision,
      cached.today == settings.today
    {
      return cached.findings
    }
    return Checker(plan, scheduler: Scheduler(plan, workdays: workdayCache), today: settings.today)
      .findings()
  }

  /// One line per moved item: new dates, the delta, and the old dates.
  func movedLines(_ moved: [Moved]) -> [String] {
    let width = moved.map(\.item.id.count).max() ?? 0
    let periods = moved.map { $0.item.period(language) }
    let periodWidth = periods.map(\.count).max() ?? 0
    return zip(moved, periods).map { move, period in
      let old = Item(
        id: move.item.id, type: move.item.type, kind: move.item.kind, start: move.start,
        end: move.end)
      return
        "  \(move.item.id.fitted(to: width))   \(period.fitted(to: periodWidth))  (\(delta(move)))  \(text(Phrase(nl: "was", en: "was"))) \(old.period(language))"
    }
  }

  /// How an item moved: "+2 mnd" when it slipped as a whole or only its end moved.
  func delta(_ move: Moved) -> String {
    let start = PlanDuration.between(move.start.day, move.item.start.day)
    let end = PlanDuration.between(move.end.day, move.item.end.day)
    if move.item.type == .milestone || start == end || start.amount == 0 {
      return (start.amount == 0 ? end : start).delta(language)
    }
    if end.amount == 0 {
      return text(Phrase(nl: "begin ", en: "start ")) + start.delta(language)
    }
    return text(Phrase(nl: "begin ", en: "start ")) + start.delta(language)
      + text(Phrase(nl: ", einde ", en: ", end ")) + end.delta(language)
  }

  /// Warning lines for the screen, made inert: titles are the user's text.
  func warningLines(_ findings: [Finding]) -> [String] {
    findings.map { "  \($0.informational ? "·" : "!") " + text($0.message).inert }
  }
}
