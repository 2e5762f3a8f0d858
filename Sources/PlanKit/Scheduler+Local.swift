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
    var reached: [String] = []
    // A change reaches a handful of items, which an array searches faster than a hash.
    var member = SmallSet<String>()
    var stack = changed.filter { plan.location(of: $0) != nil }
    while let id = stack.popLast() {
      guard member.insert(id) else { continue }
      reached.append(id)
      for k in plan.linksOutOf(id) where plan.location(of: plan.links[k].to) != nil {
        stack.append(plan.links[k].to)
      }
    }
    // Kahn's order over the reached items, in the order they were reached.
    var waiting: [String: Int] = [:]
    for id in reached {
      let count = plan.linksInto(id).count { member.contains(plan.links[$0].from) }
      if count > 0 { waiting[id] = count }
    }
    var ready = reached.filter { waiting[$0] == nil }.reversed() as [String]
    var moves: [Move] = []
    var done = 0
    while let id = ready.popLast() {
      done += 1
      let location = plan.location(of: id)!
      let item = plan[location]
      let into = plan.linksInto(id).filter { plan.location(of: plan.links[$0].from) != nil }
      let (start, end) = dates(of: item, into: into, in: plan) { plan, k in
        plan.dates(at: plan.location(of: plan.links[k].from)!)
      }
      if item.start != start || item.end != end {
        moves.append(Move(location: location, start: item.start, end: item.end))
        plan.setDates(at: location, start: start, end: end)
      }
      for k in plan.linksOutOf(id) {
        let next = plan.links[k].to
        guard let count = waiting[next] else { continue }
        if count == 1 {
          waiting[next] = nil
          ready.append(next)
        } else {
          waiting[next] = count - 1
        }
      }
    }
    guard done < reached.count else { return .success(moves) }
    return .failure(LocalCycle(ids: Self.cycle(among: waiting, in: plan)))
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
