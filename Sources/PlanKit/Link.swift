/// A dependency: `to` waits for `from`. Finish-to-start by default ("na"), start-to-start
/// ("start na start van") or finish-to-finish ("einde met einde van"), with a lag that may be
/// negative and may count working days.
public struct Link: Hashable, Sendable {
  public enum Kind: String, Sendable, CaseIterable {
    case finishToStart = "fs"
    case startToStart = "ss"
    case finishToFinish = "ff"
  }

  public var from: String
  public var to: String
  public var kind: Kind
  public var lag: PlanDuration
  /// The period the law sets between the two, when it sets one.
  public var minimum: StatutoryPeriod?
  /// How many days `verschuif` has moved both ends at once: a lag in months is counted from
  /// where the first would be without them, so that the gap stays as many days (`Item.dayShift`).
  public var dayShift = 0
  /// Derived from the kinds of its ends, as the tender's natural order (`Plan.deriveProcess`),
  /// not typed: it pushes an item that would come too early, and leaves the item's own date
  /// where that is later.
  public var implicit: Bool

  public init(
    from: String, to: String, kind: Kind = .finishToStart, lag: PlanDuration = .zero,
    minimum: StatutoryPeriod? = nil, implicit: Bool = false
  ) {
    self.from = from
    self.to = to
    self.kind = kind
    self.lag = lag
    self.minimum = minimum
    self.implicit = implicit
  }

  /// "r1.inkoopprocedure → r1.implementatie", with the kind and lag when they are not plain.
  public func text(_ language: Language) -> String {
    var text = "\(from) → \(to)"
    switch kind {
    case .finishToStart: break
    case .startToStart: text += language == .nl ? " (start na start)" : " (start after start)"
    case .finishToFinish: text += language == .nl ? " (einde met einde)" : " (end with end)"
    }
    if lag.amount != 0 { text += " \(lag.delta(language))" }
    return implicit ? text + (language == .nl ? " (vanzelf)" : " (implicit)") : text
  }
}

extension PlanDuration {
  public static let zero = PlanDuration(0, .days)
}
