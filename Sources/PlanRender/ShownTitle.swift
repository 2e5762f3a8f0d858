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
  ///
  /// - Complexity: O(name's length); an ASCII name (most are) without Unicode's case mapping,
  ///   which a chart of a thousand items would otherwise pay twice a thousand times.
  var shownTitle: String {
    if let title { return title }
    if let place = DecisionKind.municipality(ofCollege: name) { return "College " + place }
    var words = name
    if words.utf8.contains(UInt8(ascii: "-")) { words = words.replacingOccurrences("-", with: " ") }
    guard let first = words.utf8.first, first < 0x80 else {
      return words.prefix(1).uppercased() + words.dropFirst()
    }
    let upper = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) ? first - 0x20 : first
    var shown = String(Unicode.Scalar(upper))
    shown.unicodeScalars.append(contentsOf: words.unicodeScalars.dropFirst())
    return shown
  }
}

extension Phrase {
  /// The heading of the items that belong to the whole plan rather than a lot.
  static let wholePlan = Phrase(nl: "Plan (alle percelen)", en: "Plan (all lots)")
}
