/// One edit of a plan. Applying an edit records the edit that undoes it, so that a change is
/// kept as what it changed (`PlanChange`), never as a copy of the plan.
///
/// The large payloads are boxed (`indirect`), so that an edit of a date is as small as its
/// dates and not as large as a plan.
public enum PlanEdit: Sendable {
  indirect case header(Plan.Header)
  indirect case item(Plan.Location, Item)
  case dates(Plan.Location, start: PlanDate, end: PlanDate)
  indirect case insertItem(Plan.Location, Item)
  case removeItem(Plan.Location)
  indirect case lot(Int, Lot)
  indirect case insertLot(Int, Lot)
  case removeLot(Int)
  indirect case link(Int, Link)
  indirect case insertLink(Int, Link)
  case removeLink(Int)
  /// The fallbacks for changes made to the arrays directly, and a session replaced whole.
  indirect case lots([Lot])
  indirect case milestones([Item])
  indirect case links([Link])
  indirect case whole(Plan)
}

/// What a change did to a plan: the edits that undo it, last first, and the items it touched
/// with the dates they had before it, from which the journal's effect is told.
///
/// Retains what the change touched, not the plan.
public struct PlanChange: Sendable {
  /// The edits that undo the change, in the order the change made them: undo applies them
  /// from the last.
  public internal(set) var inverse: [PlanEdit] = []
  /// The ids touched, in the order first touched, and their dates before (nil: it is new).
  var touched: [String] = []
  var before: [String: PlanDiff.Span?] = [:]
  /// Whether the arrays or the whole plan were replaced rather than edited.
  public internal(set) var replacedWhole = false
  /// Whether the whole plan was replaced: the effect cannot be told item by item.
  var replacedPlan = false

  public init() {}

  public var isEmpty: Bool { inverse.isEmpty }

  /// The change as undo keeps it: its edits, without the items it touched, which only the
  /// journal's effect asks for (undoing it finds them again).
  ///
  /// - Complexity: O(1).
  public var kept: PlanChange {
    var kept = PlanChange()
    kept.inverse = inverse
    kept.replacedWhole = replacedWhole
    kept.replacedPlan = replacedPlan
    return kept
  }

  /// The ids whose items this change touched, in the order it touched them.
  public var touchedIDs: [String] { touched }

  /// Whether the items touched are kept: not for a change taken back only for a moment.
  var keepsTouched = true

  /// Notes `id` with its dates before, unless it was noted already.
  ///
  /// - Complexity: O(1) on average: one lookup, as a whole-plan shift touches every item.
  mutating func touch(_ id: String, _ span: PlanDiff.Span?) {
    guard keepsTouched else { return }
    let count = before.count
    // Through the default, an id not noted yet is put in with `span` as it is looked up, and
    // one noted keeps its first dates.
    Self.leave(&before[id, default: span])
    guard before.count > count else { return }
    touched.append(id)
  }

  private static func leave<T>(_ value: inout T) {}

  mutating func touch(_ item: Item) { touch(item.id, PlanDiff.Span(item)) }

  /// Makes room for `count` more touched items, so that a change to the whole plan does not
  /// grow its table of them step by step.
  ///
  /// - Complexity: O(what is touched so far + count).
  mutating func reserveTouches(_ count: Int) {
    guard keepsTouched else { return }
    before.reserveCapacity(before.count + count)
    touched.reserveCapacity(touched.count + count)
  }

  /// Adds a change made after this one.
  public mutating func append(_ later: PlanChange) {
    inverse += later.inverse
    for id in later.touched { touch(id, later.before[id]!) }
    replacedWhole = replacedWhole || later.replacedWhole
    replacedPlan = replacedPlan || later.replacedPlan
  }

  /// What the change did to the items' dates, as `PlanDiff(from:to:)` of the plans before and
  /// after would tell: the items still there in plan order, then the removed ones. A change
  /// that put another plan in place (`nieuw`) compares the two.
  ///
  /// - Complexity: O(k log k) for the k items touched; O(plan) for a plan replaced whole.
  public func effect(in plan: Plan) -> PlanDiff? {
    if replacedPlan {
      guard case .whole(let old) = inverse.first else { return nil }
      return PlanDiff(from: old, to: plan)
    }
    var present: [(Plan.Location, PlanDiff.Change)] = []
    var removed: [PlanDiff.Change] = []
    for id in touched {
      let old = before[id]!
      guard let location = plan.location(of: id) else {
        if let old { removed.append(PlanDiff.Change(id: id, before: old, after: nil)) }
        continue
      }
      let new = PlanDiff.Span(plan[location])
      if old != new { present.append((location, PlanDiff.Change(id: id, before: old, after: new))) }
    }
    // Sorted as positions, not as the changes themselves: a shifted plan has 125,000. Each
    // item has a place of its own, so no order among equals is lost.
    var order = present.indices.map { (location: present[$0].0, index: $0) }
    order.sort { $0.location < $1.location }
    return PlanDiff(changes: order.map { present[$0.index].1 } + removed)
  }
}
