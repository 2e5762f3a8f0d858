import PlanKit

/// `export ics`: RFC 5545 for Outlook and Google Calendar. All-day events (DTEND is exclusive,
/// like our ends), a UID that stays the same for an item so that a second import updates the
/// first, CRLF line ends, lines folded at 75 octets, text escaped. Milestones only, or every
/// phase too. The summary names the lot ("Start uitvoering — Route 1"), as three routes'
/// contract starts on one day are otherwise three identical entries. A milestone known only
/// to a month or a season ("eind feb. 2021") is an event over that window with the window in
/// its summary, never a day that the plan does not know (a Sunday as a decision date).
public enum ICSExport {
  /// - Parameters:
  ///   - stamp: DTSTAMP, `YYYYMMDDTHHMMSSZ`; the caller knows the time, this does not.
  ///   - reminder: how many days before an event's first day its alarm comes (VALARM); nil
  ///     for none.
  ///   - published: what earlier exports gave calendars, by UID (`PublishedEvent`); the
  ///     returned map adds or updates every event written, so that the caller can keep it.
  ///   - statusDate: the session's `vandaag`, on which each event's description says where
  ///     its item stands ("Stand per 3 okt. 2022 — te laat: 32 dagen"); nil for none.
  /// - Complexity: O(plan).
  public static func render(
    _ plan: Plan, everything: Bool, stamp: String, language: Language,
    reminder: ((Day) -> Int)? = nil, published: [String: PublishedEvent] = [:],
    statusDate: Day? = nil
  ) -> (text: String, published: [String: PublishedEvent]) {
    var published = published
    let calendar = uidSuffix(plan)
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Planwerk//Planwerk 0.1//NL",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(plan.title),
    ]
    let titles = Dictionary(plan.lots.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    for item in plan.allItems where everything || item.type == .milestone {
      let vague = item.type == .milestone && item.start.precision != .day
      let start = vague ? item.start.windowStart : item.start.day
      let end =
        vague
        ? item.start.windowEnd
        : item.type == .milestone ? item.start.day.adding(days: 1) : item.end.day
      let lot = item.lotID.flatMap { titles[$0] }
      var summary = item.shownTitle
      if let lot { summary += " — " + shortName(lot) }
      if vague { summary += " (\(item.start.text(language)))" }
      let uid = "\(item.id)@\(calendar).planwerk"
      let shown = "\(basic(start))/\(basic(end))/" + escape(summary)
      let event = version(of: shown, after: published[uid], at: stamp)
      published[uid] = event
      lines += [
        "BEGIN:VEVENT",
        "UID:\(uid)",
        "DTSTAMP:\(stamp)",
        "LAST-MODIFIED:\(event.modified)",
        "SEQUENCE:\(event.sequence)",
        "DTSTART;VALUE=DATE:\(basic(start))",
        "DTEND;VALUE=DATE:\(basic(end))",
        "SUMMARY:" + escape(summary),
        "DESCRIPTION:"
          + escape(
            ([lot, item.id, item.period(language)].compactMap { $0 }
              + stand(item, on: statusDate, language)
              + annotations(item, owner: plan.owner(of: item), language))
              .joined(separator: "\n")),
        "TRANSP:TRANSPARENT",
      ]
      // The first document is the event's link, which calendars show as one.
      if let url = item.documents.first?.url { lines.append("URL:" + url) }
      if let days = reminder?(start) {
        lines += [
          "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:" + escape(summary),
          "TRIGGER;RELATED=START:-P\(days)D", "END:VALARM",
        ]
      }
      lines.append("END:VEVENT")
    }
    lines.append("END:VCALENDAR")
    return (lines.map(fold).joined(separator: "\r\n") + "\r\n", published)
  }

  /// What a calendar file written before holds, by UID: how a calendar that follows the file
  /// last saw each event, so that a version never goes back even when the session that wrote
  /// it was not saved. Lines are unfolded; an event without a SEQUENCE counts as version 0.
  ///
  /// - Complexity: O(file).
  public static func published(in ics: String) -> [String: PublishedEvent] {
    var found: [String: PublishedEvent] = [:]
    var fields: [String: String] = [:]
    let unfolded = ics.replacingOccurrences("\r\n ", with: "").replacingOccurrences("\n ", with: "")
    for raw in unfolded.split(
      omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    {
      let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
      if line == "BEGIN:VEVENT" {
        fields = [:]
        continue
      }
      if line == "END:VEVENT" {
        guard let uid = fields["UID"], let start = fields["DTSTART;VALUE=DATE"],
          let end = fields["DTEND;VALUE=DATE"], let summary = fields["SUMMARY"]
        else { continue }
        found[uid] = PublishedEvent(
          sequence: Int(fields["SEQUENCE"] ?? "") ?? 0,
          fingerprint: String(fnv1a("\(start)/\(end)/" + summary), radix: 16),
          modified: fields["LAST-MODIFIED"] ?? "")
        continue
      }
      guard let colon = line.firstIndex(of: ":") else { continue }
      let name = String(line[..<colon])
      if fields[name] == nil { fields[name] = String(line[line.index(after: colon)...]) }
    }
    return found
  }

  /// The event's version: the one given before while it shows the same, else one higher,
  /// modified now.
  static func version(of shown: String, after previous: PublishedEvent?, at stamp: String)
    -> PublishedEvent
  {
    let fingerprint = String(fnv1a(shown), radix: 16)
    guard let previous else {
      return PublishedEvent(sequence: 0, fingerprint: fingerprint, modified: stamp)
    }
    guard previous.fingerprint != fingerprint else { return previous }
    return PublishedEvent(
      sequence: previous.sequence + 1, fingerprint: fingerprint, modified: stamp)
  }

  static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }

  /// The owner (`owner`: the item's own unless the caller knows better), the note and every
  /// document, each on a line of the description.
  static func annotations(_ item: Item, owner: String? = nil, _ language: Language) -> [String] {
    var lines: [String] = []
    if let owner = owner ?? item.owner {
      lines.append((language == .nl ? "Eigenaar: " : "Owner: ") + owner)
    }
    if let note = item.note { lines.append(note) }
    lines += item.documents.map { "\($0.name): \($0.url)" }
    return lines
  }

  /// "Stand per 3 okt. 2022 — te laat: 32 dagen", on the status date; nothing without one. The
  /// status is not part of the event's version: it changes with the day, not with the plan.
  ///
  /// - Complexity: O(1).
  static func stand(_ item: Item, on day: Day?, _ language: Language) -> [String] {
    guard let day else { return [] }
    return [
      Phrase(nl: "Stand per ", en: "As of ")(language) + day.text(language) + " — "
        + ItemStand(item, on: day, language).text
    ]
  }

  /// A lot's title up to its colon: "Route 1: Gebiedsgerichte ondersteuning…" is Route 1.
  static func shortName(_ title: String) -> String {
    guard let colon = title.firstIndex(of: ":") else { return title }
    let head = title[..<colon].drop { $0 == " " }
    return head.isEmpty ? title : String(head)
  }

  /// The same for every export of one plan (FNV-1a of its title), so re-imports update.
  static func uidSuffix(_ plan: Plan) -> String {
    String(fnv1a(plan.title), radix: 16)
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
