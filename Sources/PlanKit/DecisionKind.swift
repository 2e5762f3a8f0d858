/// The decisions a municipal procurement waits for (DOMAIN §d): the college decides on the
/// contracts (Gemeentewet art. 160), the raad may give wensen en bedenkingen first
/// (art. 169(4)) and is informed by letter; a regional procurement waits for every college; a
/// wethouder decides what the college mandated to the portefeuillehouder (Gemeentewet art. 168).
public enum DecisionKind: String, Sendable, CaseIterable {
  case collegebesluit
  case raadsbesluit
  case raadsinformatiebrief
  case wensenEnBedenkingen = "wensen-en-bedenkingen"
  case regiobesluit
  case portefeuillehouderbesluit

  var aliases: [String] {
    switch self {
    case .collegebesluit: return ["college", "collegebesluit", "college-decision"]
    case .raadsbesluit: return ["raad", "raadsbesluit", "council", "council-decision"]
    case .raadsinformatiebrief:
      return ["rib", "raadsinformatiebrief", "raadsbrief", "council-letter"]
    case .wensenEnBedenkingen: return ["wensen", "wensen-en-bedenkingen", "views"]
    case .regiobesluit: return ["regio", "regiobesluit", "regionaal-besluit", "regional"]
    case .portefeuillehouderbesluit:
      return [
        "portefeuillehouder", "portefeuillehouderbesluit", "ph", "wethouder", "portfolio-holder",
      ]
    }
  }

  /// The kind a word names ("rib" → raadsinformatiebrief), if any.
  public static func named(_ word: String) -> DecisionKind? {
    let key = word.lowercased()
    return allCases.first { $0.aliases.contains(key) }
  }

  /// The kind a decision's name suggests: `college-amersfoort` and `raad` speak for
  /// themselves; anything else is the college's, which takes most decisions.
  public static func suggested(by name: String) -> DecisionKind {
    let head = name.split(separator: "-").first.map(String.init) ?? name
    return named(name) ?? named(head) ?? .collegebesluit
  }

  public static var allNames: String { allCases.map(\.rawValue).joined(separator: ", ") }

  /// The id of a municipality's collegebesluit in a regional plan: "Utrechtse Heuvelrug"
  /// becomes `college-utrechtse-heuvelrug`.
  public static func collegeID(of municipality: [String]) -> String {
    "college-" + municipality.map { $0.lowercased() }.joined(separator: "-")
  }

  /// The municipality of a college's decision, written as a name: `college-oude-ijsselstreek`
  /// is "Oude IJsselstreek"; nil for a name that is no college's.
  public static func municipality(ofCollege name: String) -> String? {
    guard name.hasPrefix("college-"), name.count > 8 else { return nil }
    // Dutch capitalises the digraph: IJsselstreek.
    return name.dropFirst(8).split(separator: "-").map {
      $0.hasPrefix("ij") ? "IJ" + $0.dropFirst(2) : $0.prefix(1).uppercased() + $0.dropFirst()
    }
    .joined(separator: " ")
  }
}
