import PlanKit

/// `export ics`: RFC 5545 for Outlook and Google Calendar. All-day events (DTEND is exclusive,
/// like our ends), a UID that stays the same for an item so that a second import updates the
/// first, CRLF line ends, lines folded at 75 octets, text escaped. Milestones only, or every
/// phase too.
public enum ICSExport {
  /// - Parameter stamp: DTSTAMP, `YYYYMMDDTHHMMSSZ`; the caller knows the time, this does not.
  public static func render(_ plan: Plan, everything: Bool, stamp: String, language: Language)
    -> String
  {
    let calendar = uidSuffix(plan)
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Planwerk//Planwerk 0.1//NL",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(plan.title),
    ]
    let titles = Dictionary(plan.lots.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    for item in plan.allItems where everything || item.type == .milestone {
      let end = item.type == .milestone ? item.start.day.adding(days: 1) : item.end.day
      let lot = item.lotID.flatMap { titles[$0] }
      lines += [
        "BEGIN:VEVENT",
        "UID:\(item.id)@\(calendar).planwerk",
        "DTSTAMP:\(stamp)",
        "DTSTART;VALUE=DATE:\(basic(item.start.day))",
        "DTEND;VALUE=DATE:\(basic(end))",
        "SUMMARY:" + escape(item.shownTitle),
        "DESCRIPTION:"
          + escape(
            ([lot, item.id, item.period(language)].compactMap { $0 }).joined(separator: "\n")),
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
      ]
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined(separator: "\r\n") + "\r\n"
  }

  /// The same for every export of one plan (FNV-1a of its title), so re-imports update.
  static func uidSuffix(_ plan: Plan) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in plan.title.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return String(hash, radix: 16)
  }

  static func basic(_ day: Day) -> String {
    day.iso.replacingOccurrences("-", with: "")
  }

  /// TEXT values: backslash, semicolon, comma and newlines escaped; other control characters
  /// dropped, so a title cannot break the file.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n": out += "\\n"
      case "\r": break
      case _ where scalar.isControl || scalar.isBidiControl: break
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Lines longer than 75 octets continue on the next line after a space, never inside a
  /// UTF-8 character.
  static func fold(_ line: String) -> String {
    guard line.utf8.count > 75 else { return line }
    var parts: [String] = []
    var current = ""
    var octets = 0
    for character in line {
      let size = String(character).utf8.count
      let limit = parts.isEmpty ? 75 : 74
      if octets + size > limit {
        parts.append(current)
        current = ""
        octets = 0
      }
      current.append(character)
      octets += size
    }
    parts.append(current)
    return parts.joined(separator: "\r\n ")
  }
}
