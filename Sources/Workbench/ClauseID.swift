import PlanKit

/// A keyword clause: `van DATUM`, `duur DUUR`, `na ONDERDEEL`. Its keywords in both languages
/// (a keyword may be several words: `niet eerder dan`) and what its value is.
public enum ClauseID: String, Sendable, CaseIterable {
  case from, to, duration, after, startAfterStart, endWithEnd, on, deadline, notBefore, fixed
  case only, step, all, toward, scale, width, baseline, paper, urgent, title, kind, procedure
  case value, organisation, before, clean, copyAs, shifted, lots, sheet, links, skipRefused
  case reminder, owner, status, since, ahead, port

  public enum Value: Sendable {
    case date, duration, link, target, text, kind, procedure, money, scale, number
    /// Lot ids, separated by spaces or commas.
    case lots
    /// A paper size: A4 or A3.
    case paper
    /// No value needed; `uit`/`off` after it turns it off.
    case flag
  }

  public var keywords: [Language: [String]] {
    switch self {
    case .from: return [.nl: ["van", "vanaf"], .en: ["from"]]
    case .to: return [.nl: ["tot", "tot en met", "t/m"], .en: ["to", "until", "through"]]
    case .duration: return [.nl: ["duur"], .en: ["for", "duration"]]
    case .after: return [.nl: ["na"], .en: ["after"]]
    case .startAfterStart:
      return [.nl: ["start na start van", "begin na begin van"], .en: ["start after start of"]]
    case .endWithEnd:
      return [
        .nl: ["einde met einde van", "eind met eind van"],
        .en: ["end with end of", "finish with finish of"],
      ]
    case .on: return [.nl: ["op", "per"], .en: ["on", "at"]]
    case .deadline: return [.nl: ["uiterlijk"], .en: ["by", "deadline"]]
    case .notBefore:
      return [
        .nl: ["niet eerder dan", "niet voor", "niet vóór"],
        .en: ["not before", "no earlier than", "not earlier than"],
      ]
    case .fixed: return [.nl: ["vast"], .en: ["fixed"]]
    case .only: return [.nl: ["alleen"], .en: ["only"]]
    case .step: return [.nl: ["stap"], .en: ["step"]]
    case .clean: return [.nl: ["schoon"], .en: ["clean"]]
    case .copyAs: return [.nl: ["als"], .en: ["as"]]
    case .shifted: return [.nl: ["verschoven"], .en: ["shifted"]]
    case .all: return [.nl: ["alles"], .en: ["all"]]
    case .scale: return [.nl: ["schaal"], .en: ["scale"]]
    case .width: return [.nl: ["breedte"], .en: ["width"]]
    case .baseline: return [.nl: ["basislijn"], .en: ["baseline"]]
    case .paper: return [.nl: ["papier"], .en: ["paper"]]
    case .sheet: return [.nl: ["papier", "formaat"], .en: ["paper", "size"]]
    case .lots: return [.nl: ["perceel", "percelen"], .en: ["lot", "lots"]]
    case .links: return [.nl: ["koppelingen", "pijlen"], .en: ["links", "arrows"]]
    case .skipRefused: return [.nl: ["sla fouten over"], .en: ["skip errors"]]
    case .reminder: return [.nl: ["herinnering"], .en: ["reminder"]]
    case .owner: return [.nl: ["eigenaar", "trekker"], .en: ["owner"]]
    case .status: return [.nl: ["stand", "status"], .en: ["status"]]
    case .since: return [.nl: ["sinds"], .en: ["since"]]
    case .port: return [.nl: ["poort"], .en: ["port"]]
    case .ahead: return [.nl: ["vooruit", "komende"], .en: ["ahead", "next"]]
    case .urgent: return [.nl: ["versneld"], .en: ["urgent", "accelerated"]]
    case .toward: return [.nl: ["naar"], .en: ["to", "towards", "toward"]]
    case .title: return [.nl: ["titel"], .en: ["title"]]
    case .kind: return [.nl: ["soort"], .en: ["kind"]]
    case .procedure: return [.nl: ["procedure"], .en: ["procedure"]]
    case .value: return [.nl: ["waarde"], .en: ["value"]]
    case .organisation: return [.nl: ["organisatie"], .en: ["organisation", "organization"]]
    case .before: return [.nl: ["voor", "vóór"], .en: ["before", "by"]]
    }
  }

  public var value: Value {
    switch self {
    case .from, .to, .on, .deadline, .notBefore, .before: return .date
    case .duration, .shifted, .reminder, .ahead: return .duration
    case .after, .startAfterStart, .endWithEnd: return .link
    case .toward: return .target
    case .fixed, .only, .step, .all, .paper, .urgent, .clean, .links, .skipRefused:
      return .flag
    case .lots: return .lots
    case .sheet: return .paper
    case .title, .organisation, .baseline, .copyAs, .owner, .status, .since: return .text
    case .scale: return .scale
    case .width, .port: return .number
    case .kind: return .kind
    case .procedure: return .procedure
    case .value: return .money
    }
  }

  /// The link a clause makes, for the clauses that make one.
  var linkKind: Link.Kind? {
    switch self {
    case .after: return .finishToStart
    case .startAfterStart: return .startToStart
    case .endWithEnd: return .finishToFinish
    default: return nil
    }
  }

  public var placeholder: Phrase {
    switch self {
    case .copyAs: return Phrase(nl: "NAAM [\"TITEL\"]", en: "NAME [\"TITLE\"]")
    case .owner: return Phrase(nl: "WIE", en: "WHO")
    case .status: return Phrase(nl: "gepland|loopt|gereed|te-laat", en: "planned|running|done|late")
    case .since: return Phrase(nl: "DATUM|BASISLIJN", en: "DATE|BASELINE")
    case .baseline: return Phrase(nl: "BASISLIJN", en: "BASELINE")
    default: break
    }
    switch value {
    case .date: return Phrase(nl: "DATUM", en: "DATE")
    case .duration: return Phrase(nl: "DUUR", en: "DURATION")
    case .link: return Phrase(nl: "ONDERDEEL [+ WACHTTIJD]", en: "ITEM [+ LAG]")
    case .target: return Phrase(nl: "ONDERDEEL", en: "ITEM")
    case .text: return Phrase(nl: "\"TEKST\"", en: "\"TEXT\"")
    case .kind: return Phrase(nl: "SOORT", en: "KIND")
    case .procedure: return Phrase(nl: "PROCEDURE", en: "PROCEDURE")
    case .money: return Phrase(nl: "BEDRAG", en: "AMOUNT")
    case .scale: return Phrase(nl: "week|maand|kwartaal", en: "week|month|quarter")
    case .number: return Phrase(nl: "AANTAL", en: "NUMBER")
    case .lots: return Phrase(nl: "PERCEEL[,PERCEEL]", en: "LOT[,LOT]")
    case .paper: return Phrase("A4|A3")
    case .flag: return Phrase(nl: "[uit]", en: "[off]")
    }
  }

  /// The clause a keyword names, in either language (the first word of a multi-word one).
  static let byKeyword: [String: ClauseID] = {
    var map: [String: ClauseID] = [:]
    for clause in allCases {
      for phrase in clause.keywords.values.joined() {
        let word = String(phrase.split(separator: " ")[0])
        if map[word] == nil { map[word] = clause }
      }
    }
    return map
  }()
}

extension ClauseID {
  /// Compared and hashed by its case, not by its name: a raw-valued enum would otherwise hash
  /// its string (`RawRepresentable`'s default), and a command's clauses are looked up a dozen
  /// times per line.
  public static func == (a: Self, b: Self) -> Bool { a.ordinal == b.ordinal }

  public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

  /// The number of the case: a case without a payload is stored as that one byte.
  private var ordinal: UInt8 { withUnsafeBytes(of: self) { $0[0] } }
}
