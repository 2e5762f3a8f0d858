import PlanKit

// The name an export gives a plan, a lot or an item that has no title of its own.
extension Plan {
  var shownTitle: String { title.isEmpty ? "Plan" : title }
}

extension Lot {
  var shownTitle: String { title.isEmpty ? id : title }
}

extension Item {
  /// Its title, or its name written as a title ("selectiefase" → "Selectiefase",
  /// "sluiting-inschrijving" → "Sluiting inschrijving"): a phase typed without a title reads
  /// like the milestones beside it that have one.
  var shownTitle: String {
    if let title { return title }
    let words = name.replacingOccurrences("-", with: " ")
    return words.prefix(1).uppercased() + words.dropFirst()
  }
}

extension Phrase {
  /// The heading of the items that belong to the whole plan rather than a lot.
  static let wholePlan = Phrase(nl: "Plan (alle percelen)", en: "Plan (all lots)")
}
