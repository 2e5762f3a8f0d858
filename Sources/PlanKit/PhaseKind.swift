/// The four standard phases of a municipal procurement, in their order, with the words that
/// name them in Dutch and English.
public enum PhaseKind: String, Sendable, CaseIterable {
  case voorbereiding
  case inkoopprocedure
  case implementatie
  case uitvoering

  public static let milestoneKind = "mijlpaal"

  var aliases: [String] {
    switch self {
    case .voorbereiding: return ["voorbereiding", "preparation", "prep"]
    case .inkoopprocedure: return ["inkoopprocedure", "inkoop", "procurement", "tender"]
    case .implementatie: return ["implementatie", "implementation"]
    case .uitvoering: return ["uitvoering", "start-uitvoering", "execution", "delivery"]
    }
  }

  /// The standard kind a word names, if any ("procurement" → inkoopprocedure).
  public static func named(_ word: String) -> PhaseKind? {
    let key = word.lowercased()
    return allCases.first { $0.aliases.contains(key) }
  }
}
