extension Plan {
  /// Every item, lot by lot in order, then the plan-level milestones: `allItems` without
  /// building the array, for the passes over a whole plan that opening makes.
  public var items: Items { Items(lots: lots, milestones: milestones) }

  public struct Items: Sequence {
    let lots: [Lot]
    let milestones: [Item]

    public struct Iterator: IteratorProtocol {
      let lots: [Lot]
      let milestones: [Item]
      var lot = 0
      var index = 0

      public mutating func next() -> Item? {
        while lot < lots.count {
          if index < lots[lot].items.count {
            defer { index += 1 }
            return lots[lot].items[index]
          }
          lot += 1
          index = 0
        }
        guard index < milestones.count else { return nil }
        defer { index += 1 }
        return milestones[index]
      }
    }

    public func makeIterator() -> Iterator { Iterator(lots: lots, milestones: milestones) }

    public var underestimatedCount: Int {
      lots.reduce(milestones.count) { $0 + $1.items.count }
    }
  }
}

extension Plan {
  /// Who to ask about `item`: its own owner, else its lot's, as `lijst eigenaar` counts it.
  ///
  /// - Complexity: O(1) once the plan is indexed (`lotIndex`).
  public func owner(of item: Item) -> String? {
    item.owner ?? item.lotID.flatMap { lotIndex($0) }.flatMap { lots[$0].owner }
  }
}
