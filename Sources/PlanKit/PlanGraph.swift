/// The plan's items and links as a graph over dense indices, in compressed adjacency arrays,
/// so that a plan of 100,000 items builds it in a few milliseconds.
public struct PlanGraph: Sendable {
  public let locations: [Plan.Location]
  public let index: [String: Int]
  /// Per link (in `plan.links` order): its ends as node indices.
  public let from: [Int32]
  public let to: [Int32]
  /// Links into node `i`: `incoming[inStart[i] ..< inStart[i + 1]]`, as link indices.
  let inStart: [Int32]
  let incoming: [Int32]
  let outStart: [Int32]
  let outgoing: [Int32]
  /// The years the plan's dates fall in, when it was built.
  public let years: ClosedRange<Int>
  /// The order of every node, once `keepWholeOrder` found one: it follows from the links
  /// alone, which a graph never changes, so a graph kept from one whole-plan change to the
  /// next (a shift of the plan, its undo and redo) orders its nodes once.
  public private(set) var wholeOrder: [Int]?

  /// - Complexity: O(plan): made once for a plan and kept while no change restructures it.
  public init(_ plan: Plan) {
    var locations: [Plan.Location] = []
    locations.reserveCapacity(plan.itemCount)
    var index = [String: Int](minimumCapacity: plan.itemCount)
    var low = Int32.max
    var high = Int32.min
    func add(_ item: Item, _ location: Plan.Location) {
      index[item.id] = locations.count
      locations.append(location)
      low = min(low, item.start.day.raw)
      high = max(high, item.end.day.raw)
    }
    for l in plan.lots.indices {
      for i in plan.lots[l].items.indices { add(plan.lots[l].items[i], .lot(l, i)) }
    }
    for i in plan.milestones.indices { add(plan.milestones[i], .plan(i)) }
    years = low <= high ? Day(raw: low).year...Day(raw: high).year : 2020...2030
    var from: [Int32] = []
    var to: [Int32] = []
    from.reserveCapacity(plan.links.count)
    to.reserveCapacity(plan.links.count)
    for link in plan.links {
      // A plan that passed `defect` names only existing items; others are kept out of the graph.
      from.append(Int32(index[link.from] ?? -1))
      to.append(Int32(index[link.to] ?? -1))
    }
    self.locations = locations
    self.index = index
    self.from = from
    self.to = to
    (inStart, incoming) = Self.adjacency(count: locations.count, ends: to, valid: from)
    (outStart, outgoing) = Self.adjacency(count: locations.count, ends: from, valid: to)
  }

  private static func adjacency(count: Int, ends: [Int32], valid other: [Int32]) -> (
    [Int32], [Int32]
  ) {
    var start = [Int32](repeating: 0, count: count + 1)
    for (k, node) in ends.enumerated() where node >= 0 && other[k] >= 0 {
      start[Int(node) + 1] += 1
    }
    for i in 0..<count { start[i + 1] += start[i] }
    var fill = start
    var list = [Int32](repeating: 0, count: Int(start[count]))
    for (k, node) in ends.enumerated() where node >= 0 && other[k] >= 0 {
      list[Int(fill[Int(node)])] = Int32(k)
      fill[Int(node)] += 1
    }
    return (start, list)
  }

  public var count: Int { locations.count }

  /// Indices into `plan.links` of the links into node `i`.
  public func linksInto(_ i: Int) -> ArraySlice<Int32> {
    incoming[Int(inStart[i])..<Int(inStart[i + 1])]
  }

  public func linksOutOf(_ i: Int) -> ArraySlice<Int32> {
    outgoing[Int(outStart[i])..<Int(outStart[i + 1])]
  }

  /// The nodes reachable from `sources` along links, the sources included.
  public func reachable(from sources: some Sequence<Int>) -> [Int] {
    var seen = [Bool](repeating: false, count: count)
    var stack = Array(sources)
    var result: [Int] = []
    while let node = stack.popLast() {
      guard !seen[node] else { continue }
      seen[node] = true
      result.append(node)
      for k in linksOutOf(node) { stack.append(Int(to[Int(k)])) }
    }
    return result
  }

  /// The nodes that lead to `target` along links, the target included.
  ///
  /// - Complexity: O(nodes + links) at most, O(what leads to the target) in practice.
  public func leading(to target: Int) -> [Int] {
    var seen: Set<Int> = [target]
    var stack = [target]
    while let node = stack.popLast() {
      for k in linksInto(node) where seen.insert(Int(from[Int(k)])).inserted {
        stack.append(Int(from[Int(k)]))
      }
    }
    // In node order: what is derived from it reads the same on every run.
    return seen.sorted()
  }

  /// The nodes in an order where every link points forward, or a cycle as a node list
  /// (`a, b, c` for a → b → c → a).
  ///
  /// - Complexity: O(plan) for its tables, and O(the nodes and their links) besides.
  public func topologicalOrder(of nodes: [Int]? = nil) -> Result<[Int], Cycle> {
    if nodes == nil, let wholeOrder { return .success(wholeOrder) }
    let nodes = nodes ?? Array(0..<count)
    var member = [Bool](repeating: nodes.count == count, count: count)
    if nodes.count != count { for node in nodes { member[node] = true } }
    var waiting = [Int32](repeating: 0, count: count)
    var order: [Int] = []
    order.reserveCapacity(nodes.count)
    // Read through buffers: a slice of the adjacency arrays for each node retained and
    // released them, a third of the order of a whole plan.
    withBuffers { from, to, inStart, incoming, outStart, outgoing in
      member.withUnsafeBufferPointer { member in
        waiting.withUnsafeMutableBufferPointer { waiting in
          for node in nodes {
            for k in incoming[Int(inStart[node])..<Int(inStart[node + 1])]
            where member[Int(from[Int(k)])] {
              waiting[node] += 1
            }
          }
          var ready = nodes.filter { waiting[$0] == 0 }.reversed() as [Int]
          while let node = ready.popLast() {
            order.append(node)
            for k in outgoing[Int(outStart[node])..<Int(outStart[node + 1])] {
              let next = Int(to[Int(k)])
              guard member[next] else { continue }
              waiting[next] -= 1
              if waiting[next] == 0 { ready.append(next) }
            }
          }
        }
      }
    }
    guard order.count < nodes.count else { return .success(order) }
    return .failure(Cycle(nodes: findCycle(among: nodes.filter { waiting[$0] > 0 })))
  }

  /// Keeps the order of every node with the graph (`wholeOrder`), unless its links form a
  /// cycle: the next whole-plan schedule on this graph, or on a copy of it, takes it as it is.
  ///
  /// - Complexity: O(plan) the first time, O(1) once kept.
  public mutating func keepWholeOrder() {
    guard wholeOrder == nil, case .success(let order) = topologicalOrder() else { return }
    wholeOrder = order
  }

  /// Calls `body` with the graph's arrays as buffers: `from`, `to`, `inStart`, `incoming`,
  /// `outStart`, `outgoing`.
  ///
  /// - Complexity: O(1), and what `body` costs.
  private func withBuffers<T>(
    _ body: (
      UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>,
      UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>
    ) -> T
  ) -> T {
    from.withUnsafeBufferPointer { from in
      to.withUnsafeBufferPointer { to in
        inStart.withUnsafeBufferPointer { inStart in
          incoming.withUnsafeBufferPointer { incoming in
            outStart.withUnsafeBufferPointer { outStart in
              outgoing.withUnsafeBufferPointer { outgoing in
                body(from, to, inStart, incoming, outStart, outgoing)
              }
            }
          }
        }
      }
    }
  }

  public struct Cycle: Error, Sendable {
    public let nodes: [Int]
  }

  /// "a → b → c → a".
  public func text(_ cycle: Cycle, in plan: Plan) -> String {
    let ids = cycle.nodes.map { plan[locations[$0]].id }
    return (ids + ids.prefix(1)).joined(separator: " → ")
  }

  /// A cycle among nodes that all still wait for a predecessor: walk backwards until a node
  /// repeats.
  private func findCycle(among nodes: [Int]) -> [Int] {
    guard let first = nodes.first else { return [] }
    var inSet = [Bool](repeating: false, count: count)
    for node in nodes { inSet[node] = true }
    var position = [Int: Int]()
    var path: [Int] = []
    var node = first
    while position[node] == nil {
      position[node] = path.count
      path.append(node)
      guard let k = linksInto(node).first(where: { inSet[Int(from[Int($0)])] }) else { break }
      node = Int(from[Int(k)])
    }
    let cycle = path[(position[node] ?? 0)...]
    return Array(cycle.reversed())
  }

  /// A path of links from `source` to `target`, as nodes, if there is one.
  public func path(from source: Int, to target: Int) -> [Int]? {
    var parent = [Int: Int]()
    var queue = [source]
    var head = 0
    parent[source] = source
    while head < queue.count {
      let node = queue[head]
      head += 1
      if node == target {
        var path = [target]
        while path.last! != source { path.append(parent[path.last!]!) }
        return path.reversed()
      }
      for k in linksOutOf(node) {
        let next = Int(to[Int(k)])
        if parent[next] == nil {
          parent[next] = node
          queue.append(next)
        }
      }
    }
    return nil
  }
}
