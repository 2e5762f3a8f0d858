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
    let text = dayText(entry.meeting, language)
    guard entry.meetingKnown else {
      return text + (language == .nl ? " (raadsdata onbekend)" : " (council dates unknown)")
    }
    guard let committee = entry.committee else { return text }
    return text + (language == .nl ? " (commissie " : " (committee ")
      + dayText(committee, language) + ")"
  }

  /// "di 15 dec. 2020".
  static func dayText(_ day: Day, _ language: Language) -> String {
    "\(DateWords.weekdayName(day.weekday, language).prefix(2)) \(day.text(language))"
  }

  /// "genomen", "nog 12 werkdagen", "vandaag aanleveren", "3 werkdagen te laat; eerstvolgende:
  /// di 15 dec. 2026".
  public static func status(_ entry: DecisionCalendar.Entry, _ language: Language) -> String {
    let nl = language == .nl
    switch entry.status {
    case .taken: return nl ? "genomen" : "taken"
    case .passed:
      return nl ? "datum voorbij, niet als genomen gemeld" : "date passed, not reported taken"
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
    case .waiting(let colleges, let earliest):
      // Named when a few; counted when many, as a regional plan of eight colleges has.
      let names =
        colleges.count <= 2
        ? colleges.joined(separator: nl ? " en " : " and ")
        : "\(colleges.count) colleges"
      let late =
        colleges.count == 1
        ? (nl ? "dat te laat is" : "which is late") : (nl ? "die te laat zijn" : "which are late")
      guard let earliest else {
        return nl ? "wacht op \(names), \(late)" : "waits for \(names), \(late)"
      }
      let weekday = DateWords.weekdayName(earliest.weekday, language).prefix(2)
      return nl
        ? "wacht op \(names), \(late); haalbaar: \(weekday) \(earliest.text(language))"
        : "waits for \(names), \(late); feasible: \(weekday) \(earliest.text(language))"
    }
  }

  /// Who to ask (the item's owner, else its lot's), the note and the documents (the
  /// collegevoorstel in the council system): what a secretariat needs beside the dates.
  ///
  /// - Complexity: O(documents).
  static func annotations(_ item: Item, plan: Plan) -> [String] {
    [
      plan.owner(of: item) ?? "", item.note ?? "",
      item.documents.map { "\($0.name): \($0.url)" }.joined(separator: "; "),
    ]
  }

  static func annotationHeader(_ language: Language) -> [String] {
    language == .nl ? ["Eigenaar", "Notitie", "Documenten"] : ["Owner", "Note", "Documents"]
  }

  /// - Complexity: O(decisions).
  public static func markdown(_ calendar: DecisionCalendar, plan: Plan, language: Language)
    -> String
  {
    // The columns of owners, notes and documents only when a decision has any.
    let notes = calendar.entries.map { annotations($0.item, plan: plan) }
    let annotated = notes.contains { $0.contains { !$0.isEmpty } }
    let head = header(language) + (annotated ? annotationHeader(language) : [])
    var lines = [
      "# "
        + MarkdownExport.escape(
          plan.title.isEmpty ? (language == .nl ? "Besluiten" : "Decisions") : plan.title),
      "",
      (language == .nl ? "Stand per " : "As of ") + calendar.today.text(language),
      "",
      "| " + head.joined(separator: " | ") + " |",
      "|" + String(repeating: " --- |", count: head.count),
    ]
    for (row, note) in zip(rows(calendar, language), notes) {
      let cells = row + (annotated ? note : [])
      lines.append("| " + cells.map(MarkdownExport.escape).joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// - Complexity: O(decisions).
  public static func csv(_ calendar: DecisionCalendar, plan: Plan, language: Language) -> String {
    let nl = language == .nl
    var rows = [
      (nl
        ? [
          "Datum", "Onderdeel", "Besluit", "Wie", "Vergadering", "Commissie",
          "Aanleveren uiterlijk", "Stand",
        ]
        : ["Date", "Item", "Decision", "Who", "Meeting", "Committee", "Hand in by", "Status"])
        + annotationHeader(language)
    ]
    for entry in calendar.entries {
      rows.append(
        [
          CSVExport.date(entry.item.start.day), entry.item.id, entry.item.shownTitle,
          entry.body(language), CSVExport.date(entry.meeting),
          entry.committee.map(CSVExport.date) ?? "", CSVExport.date(entry.handIn),
          status(entry, language),
        ] + annotations(entry.item, plan: plan))
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
      var events: [(String, Day, String)] = [
        ("meeting", entry.meeting, title),
        ("handin", entry.handIn, (language == .nl ? "Aanleveren: " : "Hand in: ") + title),
      ]
      if let committee = entry.committee {
        events.append(
          ("committee", committee, (language == .nl ? "Commissie: " : "Committee: ") + title))
      }
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
              ([
                entry.item.id, body + " " + meeting(entry, language),
                (language == .nl ? "Stand per " : "As of ") + calendar.today.text(language) + ": "
                  + status(entry, language),
              ]
                + ICSExport.annotations(entry.item, owner: plan.owner(of: entry.item), language))
                .joined(separator: "\n")),
        ]
        if let url = entry.item.documents.first?.url { lines.append("URL:" + url) }
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
      }
    }
    lines.append("END:VCALENDAR")
    return lines.map(ICSExport.fold).joined(separator: "\r\n") + "\r\n"
  }
}
