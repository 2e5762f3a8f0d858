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
    // The reached items by place: each id is looked up once, and the order follows places.
    var reached: [Plan.Location] = []
    var ids: [String] = []
    // A change reaches a handful of items, which an array searches faster than a hash.
    var member = SmallSet<Plan.Location>()
    var stack = changed
    while let id = stack.popLast() {
      guard let location = plan.location(of: id), member.insert(location) else { continue }
      reached.append(location)
      ids.append(id)
      for k in plan.linkPositions(outOf: id) { stack.append(plan.storedLinks[k].to) }
    }
    let lookup =
      reached.count > SmallSet<Plan.Location>.arrayLimit
      ? Dictionary(uniqueKeysWithValues: zip(reached, reached.indices)) : nil
    func slot(of location: Plan.Location) -> Int? {
      if let lookup { return lookup[location] }
      return reached.firstIndex(of: location)
    }
    // The links into the reached items, flat: those into reached item r are
    // `into[intoStart[r]..<intoStart[r + 1]]`, each with its predecessor's place. `edges`
    // holds the links between reached items, sorted so that each item's successors follow in
    // the order of their links, as the plan lists them; `waiting`, how many each waits for.
    var into: [(link: Int, from: Plan.Location)] = []
    var intoStart = [0]
    intoStart.reserveCapacity(reached.count + 1)
    var waiting = [Int](repeating: 0, count: reached.count)
    var edges: [(from: Int, link: Int, to: Int)] = []
    for (r, id) in ids.enumerated() {
      for k in plan.linkPositions(into: id) {
        // Read apart from the lookup: `plan.location(of: plan.…)` copied the plan held inout.
        let source = plan.storedLinks[k].from
        guard let from = plan.location(of: source) else { continue }
        into.append((k, from))
        if let s = slot(of: from) {
          waiting[r] += 1
          edges.append((s, k, r))
        }
      }
      intoStart.append(into.count)
    }
    edges.sort { $0.from != $1.from ? $0.from < $1.from : $0.link < $1.link }
    var edgeStart = [Int](repeating: 0, count: reached.count + 1)
    for edge in edges { edgeStart[edge.from + 1] += 1 }
    for r in reached.indices { edgeStart[r + 1] += edgeStart[r] }
    // Kahn's order over the reached items, in the order they were reached.
    var ready = reached.indices.filter { waiting[$0] == 0 }.reversed() as [Int]
    var moves: [Move] = []
    var done = 0
    while let r = ready.popLast() {
      done += 1
      let location = reached[r]
      let links = into[intoStart[r]..<intoStart[r + 1]]
      // The item's timing read where it lies, not copied.
      let (start, end) = dates(
        of: plan.timing(at: location), into: links.lazy.map(\.link), in: plan
      ) { plan, k in plan.dates(at: links.first { $0.link == k }!.from) }
      let old = plan.dates(at: location)
      if old.start != start || old.end != end {
        moves.append(Move(location: location, start: old.start, end: old.end))
        plan.setDates(at: location, start: start, end: end)
      }
      for e in edgeStart[r]..<edgeStart[r + 1] {
        let successor = edges[e].to
        waiting[successor] -= 1
        if waiting[successor] == 0 { ready.append(successor) }
      }
    }
    guard done < reached.count else { return .success(moves) }
    var left: [String: Int] = [:]
    for r in reached.indices where waiting[r] > 0 { left[ids[r]] = waiting[r] }
    return .failure(LocalCycle(ids: Self.cycle(among: left, in: plan)))
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
    let old = plan.dates(at: location)
    guard old.start != start || old.end != end else { return [] }
    plan.setDates(at: location, start: start, end: end)
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
