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
    // The name's bytes copied once with the first one raised: appending its scalars one by one
    // cost 7,000 instructions a name, most of a 100,000-phase chart's rows.
    var bytes = Array(words.utf8)
    bytes[0] = upper
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension Phrase {
  /// The heading of the items that belong to the whole plan rather than a lot.
  static let wholePlan = Phrase(nl: "Plan (alle percelen)", en: "Plan (all lots)")
}
