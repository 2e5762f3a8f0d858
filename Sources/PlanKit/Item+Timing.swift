extension Item {
  /// What scheduling reads of an item: its type, dates and rules. All of it is plain values,
  /// so that reading it where the item lies copies none of the item's strings and arrays, as
  /// a whole schedule does for every item.
  public struct Timing: Sendable {
    public var type: ItemType
    public var start: PlanDate
    public var end: PlanDate
    public var anchor: PlanDate?
    public var length: Length
    public var fixed: Bool
    public var notBefore: PlanDate?
    public var dayShift: Int

    /// What of it `verschuif plan` changes.
    public var rules: Rules { Rules(anchor: anchor, length: length, dayShift: dayShift) }
  }

  public var timing: Timing {
    Timing(
      type: type, start: start, end: end, anchor: anchor, length: length, fixed: fixed,
      notBefore: notBefore, dayShift: dayShift)
  }
}

extension Item {
  /// What `verschuif plan` changes of an item: its anchor, its length and the frame a length
  /// in months is counted in.
  public struct Rules: Sendable, Equatable {
    public var anchor: PlanDate?
    public var length: Length
    public var dayShift: Int
  }

  public var rules: Rules {
    get { Rules(anchor: anchor, length: length, dayShift: dayShift) }
    set { (anchor, length, dayShift) = (newValue.anchor, newValue.length, newValue.dayShift) }
  }
}

extension Plan {
  /// The timing of the item at `location`, read field by field where it lies: a getter of
  /// the whole item would copy it.
  ///
  /// - Complexity: O(1).
  func timing(at location: Location) -> Item.Timing {
    switch location {
    case .lot(let l, let i):
      Item.Timing(
        type: storedLots[l].items[i].type, start: storedLots[l].items[i].start,
        end: storedLots[l].items[i].end, anchor: storedLots[l].items[i].anchor,
        length: storedLots[l].items[i].length, fixed: storedLots[l].items[i].fixed,
        notBefore: storedLots[l].items[i].notBefore, dayShift: storedLots[l].items[i].dayShift)
    case .plan(let i):
      Item.Timing(
        type: storedMilestones[i].type, start: storedMilestones[i].start,
        end: storedMilestones[i].end, anchor: storedMilestones[i].anchor,
        length: storedMilestones[i].length, fixed: storedMilestones[i].fixed,
        notBefore: storedMilestones[i].notBefore, dayShift: storedMilestones[i].dayShift)
    }
  }
}
