/// The procurement procedures of DOMAIN §a, by the words users write for them.
public enum ProcedureKind: String, Sendable, CaseIterable {
  case openbaar
  case nietOpenbaar = "niet-openbaar"
  case mededingingsprocedure = "mededingingsprocedure"
  case dialoog = "concurrentiegerichte-dialoog"
  case innovatiepartnerschap
  case sas
  case openHouse = "open-house"
  case geslotenOpenHouse = "gesloten-open-house"
  case das
  case meervoudigOnderhands = "meervoudig-onderhands"
  case enkelvoudigOnderhands = "enkelvoudig-onderhands"

  var aliases: [String] {
    switch self {
    case .openbaar: return ["openbaar", "open"]
    case .nietOpenbaar: return ["niet-openbaar", "restricted"]
    case .mededingingsprocedure: return ["mededingingsprocedure", "mpo", "negotiated"]
    case .dialoog: return ["concurrentiegerichte-dialoog", "dialoog", "competitive-dialogue"]
    case .innovatiepartnerschap: return ["innovatiepartnerschap", "innovation-partnership"]
    case .sas: return ["sas", "sas-procedure", "verlicht-regime", "light-regime"]
    case .openHouse: return ["open-house", "openhouse"]
    case .geslotenOpenHouse: return ["gesloten-open-house", "closed-open-house"]
    case .das: return ["das", "dynamisch-aankoopsysteem", "dps"]
    case .meervoudigOnderhands:
      return ["meervoudig-onderhands", "meervoudig", "multiple-quotation"]
    case .enkelvoudigOnderhands:
      return ["enkelvoudig-onderhands", "enkelvoudig", "single-quotation"]
    }
  }

  public static func named(_ word: String) -> ProcedureKind? {
    let key = word.lowercased()
    return allCases.first { $0.aliases.contains(key) }
  }

  public static var allNames: String {
    allCases.map(\.rawValue).joined(separator: ", ")
  }
}
