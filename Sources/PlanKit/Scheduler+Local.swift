/// Scheduling a change through the plan's own index of links: what the change reaches is
/// found and ordered from the changed items outward, so that adding one phase to a plan of
/// 100,000 costs what that phase's lot holds, not a graph of the whole plan.
extension Scheduler {
  /// A cycle of item ids (`a, b, c` for a → b → c → a).
  public struct LocalCycle: Error, Sendable {
    public let ids: [String]

    /// "a → b → c → a".
    public var text: String { (ids + ids.prefix(1)).joined(separator: " → ") }
  }

  /// Recomputes what depends on `changed`: the rest cannot move. Returns the items that moved,
  /// in the order they were scheduled, or a cycle the links among them form.
  ///
  /// - Complexity: O(r log r) for the r items and links `changed` reaches.
  public func runLocally(_ plan: inout Plan, from changed: [String]) -> Result<
    [Move], LocalCycle
  > {
    // One changed item that nothing follows reaches only itself.
    if changed.count == 1, let location = plan.location(of: changed[0]) {
      var successors = plan.linkPositions(outOf: changed[0]).makeIterator()
      if successors.next() == nil, let moves = scheduleSole(&plan, at: location, id: changed[0]) {
        return .success(moves)
      }
    }
    return scheduleReached(&plan, from: changed)
  }

  /// An item a change reaches: where it is, its id, how many of the links into it come from
  /// reached items not yet scheduled, and where its links out begin in `Reach.out`.
  private struct Reached {
    let location: Plan.Location
    let id: String
    var waiting = 0
    let outStart: Int
  }

  /// `runLocally` for a change that reaches several items: found outward from `changed`, then
  /// scheduled in Kahn's order. The links out of each reached item are kept, with their
  /// ends' places, as the search found them, so that neither the links into the reached
  /// items nor the edges between them are collected and sorted apart: a typed milestone of
  /// the tender reaches two or three items, for which those arrays cost more than the rest.
  ///
  /// - Complexity: O(r log r) for the r items and links `changed` reaches.
  private func scheduleReached(_ plan: inout Plan, from changed: [String]) -> Result<
    [Move], LocalCycle
  > {
    // The reached items in the order found, each id looked up once; `out` holds the links
    // out of them, reached item after reached item, each in the plan's order of links.
    var reached: [Reached] = []
    reached.reserveCapacity(8)
    var out: [(link: Int, to: Plan.Location?)] = []
    out.reserveCapacity(8)
    // A change reaches a handful of items, which an array searches faster than a hash; a
    // table only past `SmallSet.arrayLimit`. Looked up through a static function, not a
    // nested one, which boxed the arrays it captured.
    var table: [Plan.Location: Int]?
    // What is still to visit: an index of `changed` as -1 - index, else a position in `out`.
    var stack: [Int] = []
    stack.reserveCapacity(changed.count + 8)
    for i in changed.indices { stack.append(-1 - i) }
    while let entry = stack.popLast() {
      let id = entry < 0 ? changed[-1 - entry] : plan.storedLinks[out[entry].link].to
      guard let location = entry < 0 ? plan.location(of: id) : out[entry].to,
        Self.slot(of: location, in: reached, table) == nil
      else { continue }
      reached.append(Reached(location: location, id: id, outStart: out.count))
      if table != nil {
        table![location] = reached.count - 1
      } else if reached.count > SmallSet<Plan.Location>.arrayLimit {
        // A loop, not a closure over `reached`, which would box the array.
        var made: [Plan.Location: Int] = [:]
        for r in reached.indices { made[reached[r].location] = r }
        table = made
      }
      let first = out.count
      for k in plan.linkPositions(outOf: id) {
        // Read apart from the lookup: `plan.location(of: plan.…)` copied the plan held inout.
        let to = plan.storedLinks[k].to
        out.append((k, plan.location(of: to)))
      }
      // The last link is visited first.
      stack.append(contentsOf: first..<out.count)
    }
    for edge in out {
      if let to = edge.to, let s = Self.slot(of: to, in: reached, table) {
        reached[s].waiting += 1
      }
    }
    // Kahn's order over the reached items, in the order they were reached.
    // The search's stack, empty now: its room is taken over.
    var ready = stack
    for r in reached.indices.reversed() where reached[r].waiting == 0 { ready.append(r) }
    var into: [(link: Int, from: Plan.Location)] = []
    into.reserveCapacity(4)
    var moves: [Move] = []
    var done = 0
    while let r = ready.popLast() {
      done += 1
      let location = reached[r].location
      into.removeAll(keepingCapacity: true)
      for k in plan.linkPositions(into: reached[r].id) {
        // Read apart from the lookup: `plan.location(of: plan.…)` copied the plan held inout.
        let source = plan.storedLinks[k].from
        guard let from = plan.location(of: source) else { continue }
        into.append((k, from))
      }
      // The predecessors scheduled before are read with their new dates, set below.
      let (start, end) = soleDates(at: location, into: into, in: plan)
      if let old = plan.moveDates(at: location, start: start, end: end) {
        moves.append(Move(location: location, start: old.start, end: old.end))
      }
      let outEnd = r + 1 < reached.count ? reached[r + 1].outStart : out.count
      for e in reached[r].outStart..<outEnd {
        guard let to = out[e].to, let successor = Self.slot(of: to, in: reached, table) else {
          continue
        }
        reached[successor].waiting -= 1
        if reached[successor].waiting == 0 { ready.append(successor) }
      }
    }
    guard done < reached.count else { return .success(moves) }
    var left: [String: Int] = [:]
    for item in reached where item.waiting > 0 { left[item.id] = item.waiting }
    return .failure(LocalCycle(ids: Self.cycle(among: left, in: plan)))
  }

  /// Where `location` is among `reached`: in `table` when there is one, else searched.
  ///
  /// - Complexity: O(1) on average with a table, else O(reached).
  private static func slot(
    of location: Plan.Location, in reached: [Reached], _ table: [Plan.Location: Int]?
  ) -> Int? {
    if let table { return table[location] }
    return reached.firstIndex { $0.location == location }
  }

  /// `runLocally` for a change that reaches one item, as a typed phase or milestone does: its
  /// dates from the links into it, without the arrays that order many. Nil when a link of
  /// the item to itself makes a cycle, which the general path reports.
  ///
  /// - Complexity: O(links into the item).
  private func scheduleSole(_ plan: inout Plan, at location: Plan.Location, id: String)
    -> [Move]?
  {
    var into: [(link: Int, from: Plan.Location)] = []
    for k in plan.linkPositions(into: id) {
      let source = plan.storedLinks[k].from
      guard let from = plan.location(of: source) else { continue }
      if from == location { return nil }
      into.append((k, from))
    }
    let (start, end) = soleDates(at: location, into: into, in: plan)
    guard let old = plan.moveDates(at: location, start: start, end: end) else { return [] }
    return [Move(location: location, start: old.start, end: old.end)]
  }

  /// The dates of the item at `location` from the links `into` it, read in a plan lent, not
  /// one being changed: the compiler copied a plan held `inout` for each such call.
  ///
  /// - Complexity: O(links into the item).
  private func soleDates(
    at location: Plan.Location, into: [(link: Int, from: Plan.Location)], in plan: Plan
  ) -> (PlanDate, PlanDate) {
    dates(of: plan.timing(at: location), into: into.lazy.map(\.link), in: plan) { plan, k in
      plan.dates(at: into.first { $0.link == k }!.from)
    }
  }

  /// A cycle among items that all still wait for a predecessor: walk backwards until an item
  /// repeats.
  static func cycle(among waiting: [String: Int], in plan: Plan) -> [String] {
    guard let first = waiting.keys.min() else { return [] }
    var position: [String: Int] = [:]
    var path: [String] = []
    var id = first
    while position[id] == nil {
      position[id] = path.count
      path.append(id)
      guard
        let k = plan.linksInto(id).first(where: { waiting[plan.links[$0].from] != nil })
      else { break }
      id = plan.links[k].from
    }
    return Array(path[(position[id] ?? 0)...].reversed())
  }
}
