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

  /// Applies a change to the plan's rules, reschedules what depends on `changed` (everything
  /// when nil) and records the step. Nothing changes when it throws. A change that keeps
  /// every item and link where it is (`structural: false`) reuses the plan's graph and checks
  /// only what it moved: that keeps a shift on a plan of 10,000 phases within milliseconds.
  @discardableResult
  mutating func commit(
    _ label: String, changed: [String]? = nil, structural: Bool = true,
    _ change: (inout Plan) throws(PlanError) -> Void
  ) throws(PlanError) -> [Moved] {
    var next = plan
    try change(&next)
    var changed = changed
    if structural {
      // The tender's order follows the kinds: what came, went or changed kind may add or
      // drop implicit links, whose ends must be scheduled again.
      let lots = changed.map {
        Set($0.compactMap { id in id.split(separator: ".").first.map(String.init) })
      }
      let relinked = next.deriveProcess(lots: lots)
      if !relinked.isEmpty, changed != nil { changed! += relinked }
    }
    let reuse = structural ? nil : graphCache
    let scheduler = Scheduler(next, graph: reuse, workdays: workdayCache)
    let moves: [Scheduler.Move]
    switch scheduler.run(&next, from: changed) {
    case .success(let found): moves = found
    case .failure(let cycle):
      let text = scheduler.graph.text(cycle, in: next)
      throw PlanError(
        nl: "de koppelingen vormen een kring: \(text)", en: "the links form a cycle: \(text)")
    }
    // In plan order, whatever order the schedule found them in: the screen lists them the way
    // `lijst` does, and the journal records one effect for one change, whether or not the
    // graph was at hand (a replay compares them).
    let moved = moves.sorted { $0.location < $1.location }.map {
      Moved(item: next[$0.location], start: $0.start, end: $0.end)
    }
    for item in moved.map(\.item) + (changed ?? []).compactMap({ next.item($0) }) {
      if let defect = item.defect { throw PlanError(Phrase("\(item.id): ") + defect) }
    }
    assert(next.defect == nil, "a command left the plan malformed: \(next.defect!.en)")
    let graph = scheduler.graph
    let before: [Finding]
    let after: [Finding]
    if reuse != nil, let changed {
      var nodes = Set(changed.compactMap { graph.index[$0] })
      for move in moves { nodes.insert(graph.index[next[move.location].id]!) }
      let old = Scheduler(plan, graph: graph, workdays: scheduler.workdays)
      before = Checker(plan, scheduler: old, today: settings.today).findings(about: Array(nodes))
      after = Checker(next, scheduler: scheduler, today: settings.today).findings(
        about: Array(nodes))
    } else {
      before = findings()
      after = Checker(next, scheduler: scheduler, today: settings.today).findings()
    }
    effect = Self.effect(
      of: moved, moves: moves, changed: changed, reused: reuse != nil, plan, next)
    history.record(previous: plan, label: label)
    plan = next
    // Checked whole, the plan's findings serve the next change as its 'before'.
    findingsCache = reuse == nil ? (history.revision, settings.today, after) : nil
    graphCache = graph
    workdayCache = scheduler.workdays
    warnings = Finding.new(after, since: before)
    return moved
  }

  /// What a change did, for the journal, without comparing whole plans where it knows: what a
  /// shift moved, or what an addition added and moved (it removed nothing: the count says so).
  /// Nil when it cannot tell; the journal then compares the plans. Debug builds check it
  /// against that.
  ///
  /// - Complexity: O(k log k) for the k items moved or added, O(lots) for the count.
  static func effect(
    of moved: [Moved], moves: [Scheduler.Move], changed: [String]?, reused: Bool, _ old: Plan,
    _ new: Plan
  ) -> PlanDiff? {
    func change(_ move: Moved) -> PlanDiff.Change {
      PlanDiff.Change(
        id: move.item.id,
        before: PlanDiff.Span(
          start: move.start, end: move.end, milestone: move.item.type == .milestone),
        after: PlanDiff.Span(move.item))
    }
    if reused { return PlanDiff(changes: moved.map(change)) }
    // A change that names nothing (a rename, a baseline) may still add and remove ids.
    guard let changed, !changed.isEmpty else { return nil }
    let added = changed.filter { old.location(of: $0) == nil }.compactMap { id in
      new.location(of: id).map { (location: $0, id: id) }
    }
    // Only what adds items and removes none: a change to an item may schedule inside its own
    // step (settling an end date), moving what the schedule after it does not see move.
    guard !added.isEmpty, new.itemCount == old.itemCount + added.count else { return nil }
    let addedIDs = Set(added.map(\.id))
    var located: [(Plan.Location, PlanDiff.Change)] = []
    for (move, item) in zip(moves.sorted { $0.location < $1.location }, moved)
    where !addedIDs.contains(item.item.id) {
      located.append((move.location, change(item)))
    }
    for (location, id) in added {
      located.append(
        (location, PlanDiff.Change(id: id, before: nil, after: PlanDiff.Span(new[location]))))
    }
    let effect = PlanDiff(changes: located.sorted { $0.0 < $1.0 }.map(\.1))
    assert(
      Set(effect.changes.map(\.record)) == Set(PlanDiff(from: old, to: new).changes.map(\.record)),
      "a change's effect differs from what the plans say")
    return effect
  }

  /// Replaces the plan and its journal as one undoable step (`nieuw`, `open`).
  mutating func replaceSession(_ newPlan: Plan, journal newJournal: Journal, label: String) {
    history.record(previous: plan, label: label, session: session)
    plan = newPlan
    journal = newJournal
    journalGeneration = nextGeneration()
    graphCache = nil
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
