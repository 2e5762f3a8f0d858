import PlanKit

/// The decision calendar for the secretariat (`besluiten`, `exporteer besluiten`): as lines
/// for the screen, a Markdown table for a memo, CSV for Dutch Excel and iCalendar with the
/// meeting and the day to hand in each proposal.
public enum DecisionExport {
  /// The columns of every form: date, decision, who, meeting, hand in by, status.
  public static func rows(_ calendar: DecisionCalendar, _ language: Language) -> [[String]] {
    calendar.entries.map { entry in
      [
        entry.item.start.text(language),
        entry.item.id + " " + entry.item.shownTitle,
        entry.body(language),
        meeting(entry, language),
        entry.handIn.text(language),
        status(entry, language),
      ]
    }
  }

  public static func header(_ language: Language) -> [String] {
    language == .nl
      ? ["Datum", "Besluit", "Wie", "Vergadering", "Aanleveren uiterlijk", "Stand"]
      : ["Date", "Decision", "Who", "Meeting", "Hand in by", "Status"]
  }

  static func meeting(_ entry: DecisionCalendar.Entry, _ language: Language) -> String {
    let day = DateWords.weekdayName(entry.meeting.weekday, language).prefix(2)
    let text = "\(day) \(entry.meeting.text(language))"
    guard entry.meetingKnown else {
      return text + (language == .nl ? " (raadsdata onbekend)" : " (council dates unknown)")
    }
    return text
  }

  /// "genomen", "nog 12 werkdagen", "vandaag aanleveren", "3 werkdagen te laat; eerstvolgende:
  /// di 15 dec. 2026".
  public static func status(_ entry: DecisionCalendar.Entry, _ language: Language) -> String {
    let nl = language == .nl
    switch entry.status {
    case .taken: return nl ? "genomen" : "taken"
    case .due(let days) where days == 0: return nl ? "vandaag aanleveren" : "hand in today"
    case .due(let days):
      return nl
        ? "nog \(days) \(days == 1 ? "werkdag" : "werkdagen")"
        : "\(days) working \(days == 1 ? "day" : "days") left"
    case .late(let days, let next):
      var text =
        nl
        ? "\(days) \(days == 1 ? "werkdag" : "werkdagen") te laat"
        : "\(days) working \(days == 1 ? "day" : "days") late"
      if let next {
        let weekday = DateWords.weekdayName(next.weekday, language).prefix(2)
        text +=
          nl
          ? "; haalbaar: \(weekday) \(next.text(language))"
          : "; feasible: \(weekday) \(next.text(language))"
      }
      return text
    }
  }

  /// - Complexity: O(decisions).
  public static func markdown(_ calendar: DecisionCalendar, title: String, language: Language)
    -> String
  {
    var lines = [
      "# "
        + MarkdownExport.escape(
          title.isEmpty ? (language == .nl ? "Besluiten" : "Decisions") : title),
      "",
      "| " + header(language).joined(separator: " | ") + " |",
      "|" + String(repeating: " --- |", count: 6),
    ]
    for row in rows(calendar, language) {
      lines.append("| " + row.map(MarkdownExport.escape).joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// - Complexity: O(decisions).
  public static func csv(_ calendar: DecisionCalendar, language: Language) -> String {
    let nl = language == .nl
    var rows = [
      nl
        ? ["Datum", "Onderdeel", "Besluit", "Wie", "Vergadering", "Aanleveren uiterlijk", "Stand"]
        : ["Date", "Item", "Decision", "Who", "Meeting", "Hand in by", "Status"]
    ]
    for entry in calendar.entries {
      rows.append([
        CSVExport.date(entry.item.start.day), entry.item.id, entry.item.shownTitle,
        entry.body(language), CSVExport.date(entry.meeting), CSVExport.date(entry.handIn),
        status(entry, language),
      ])
    }
    return "\u{FEFF}"
      + rows.map { $0.map(CSVExport.cell).joined(separator: ";") }.joined(separator: "\r\n")
      + "\r\n"
  }

  /// Two all-day events per decision: the meeting, and the day its proposal is due, each with
  /// a UID of its own that stays the same, so that a calendar that imports it again updates it.
  ///
  /// - Complexity: O(decisions).
  public static func ics(
    _ calendar: DecisionCalendar, plan: Plan, stamp: String, language: Language
  )
    -> String
  {
    let suffix = ICSExport.uidSuffix(plan)
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Planwerk//Planwerk 0.1//NL",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
      "X-WR-CALNAME:"
        + ICSExport.escape((language == .nl ? "Besluiten " : "Decisions ") + plan.title),
    ]
    let lots = Dictionary(plan.lots.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    for entry in calendar.entries {
      var title = entry.item.shownTitle
      if let lot = entry.item.lotID.flatMap({ lots[$0] }) {
        title += " (\(ICSExport.shortName(lot)))"
      }
      let body = entry.body(language)
      // The body is in the description: a title such as "Raad: …" names it already.
      let events: [(String, Day, String)] = [
        ("meeting", entry.meeting, title),
        ("handin", entry.handIn, (language == .nl ? "Aanleveren: " : "Hand in: ") + title),
      ]
      for (what, day, summary) in events {
        lines += [
          "BEGIN:VEVENT",
          "UID:\(entry.item.id).\(what)@\(suffix).planwerk",
          "DTSTAMP:\(stamp)",
          "DTSTART;VALUE=DATE:\(ICSExport.basic(day))",
          "DTEND;VALUE=DATE:\(ICSExport.basic(day.adding(days: 1)))",
          "SUMMARY:" + ICSExport.escape(summary),
          "DESCRIPTION:"
            + ICSExport.escape(
              [entry.item.id, body + " " + meeting(entry, language), status(entry, language)]
                .joined(
                  separator: "\n")),
          "TRANSP:TRANSPARENT",
          "END:VEVENT",
        ]
      }
    }
    lines.append("END:VCALENDAR")
    return lines.map(ICSExport.fold).joined(separator: "\r\n") + "\r\n"
  }
}
