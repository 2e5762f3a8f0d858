import PlanKit

/// A keyword clause: `van DATUM`, `duur DUUR`, `na ONDERDEEL`. Its keywords in both languages
/// and what its value is.
public enum ClauseID: String, Sendable, CaseIterable {
  case from, to, duration, after, on, title, kind, procedure, value, organisation

  public enum Value: Sendable { case date, duration, target, text, kind, procedure, money }

  public var keywords: [Language: [String]] {
    switch self {
    case .from: return [.nl: ["van", "vanaf"], .en: ["from"]]
    case .to: return [.nl: ["tot"], .en: ["to", "until"]]
    case .duration: return [.nl: ["duur"], .en: ["for", "duration"]]
    case .after: return [.nl: ["na"], .en: ["after"]]
    case .on: return [.nl: ["op", "per"], .en: ["on", "at"]]
    case .title: return [.nl: ["titel"], .en: ["title"]]
    case .kind: return [.nl: ["soort"], .en: ["kind"]]
    case .procedure: return [.nl: ["procedure"], .en: ["procedure"]]
    case .value: return [.nl: ["waarde"], .en: ["value"]]
    case .organisation: return [.nl: ["organisatie"], .en: ["organisation", "organization"]]
    }
  }

  public var value: Value {
    switch self {
    case .from, .to, .on: return .date
    case .duration: return .duration
    case .after: return .target
    case .title, .organisation: return .text
    case .kind: return .kind
    case .procedure: return .procedure
    case .value: return .money
    }
  }

  public var placeholder: Phrase {
    switch value {
    case .date: return Phrase(nl: "DATUM", en: "DATE")
    case .duration: return Phrase(nl: "DUUR", en: "DURATION")
    case .target: return Phrase(nl: "ONDERDEEL", en: "ITEM")
    case .text: return Phrase(nl: "\"TEKST\"", en: "\"TEXT\"")
    case .kind: return Phrase(nl: "SOORT", en: "KIND")
    case .procedure: return Phrase(nl: "PROCEDURE", en: "PROCEDURE")
    case .money: return Phrase(nl: "BEDRAG", en: "AMOUNT")
    }
  }

  /// The clause a keyword names, in either language.
  static let byKeyword: [String: ClauseID] = {
    var map: [String: ClauseID] = [:]
    for clause in allCases {
      for word in clause.keywords.values.joined() { map[word] = clause }
    }
    return map
  }()
}
