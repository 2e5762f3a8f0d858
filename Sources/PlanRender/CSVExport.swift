import PlanKit

/// `export csv`: for Dutch Excel, and for `importeer` to read back. Durations in calendar days, named so in the header (the
/// screen's "10 maanden" is in the Weergave column, as text). Semicolons, UTF-8 with a
/// byte-order mark (so Excel reads the accents), day-first dates (`1-5-2022`), CRLF, a header
/// row. A cell that starts like a
/// formula (`=`, `+`, `-`, `@`, tab, carriage return) gets a leading apostrophe, so that a title
/// such as `=HYPERLINK(…)` is shown and never run.
public enum CSVExport {
  public static let header = [
    "Perceel", "Onderdeel", "Titel", "Soort", "Type", "Begin", "Einde (t/m)", "Duur (dagen)",
    "Weergave",
    "Voorgangers", "Uiterlijk", "Vast", "Procedure", "Waarde", "Eigenaar", "Notitie", "Documenten",
    "Gestart", "Gereed", "% gereed",
  ]

  /// A row for the plan (its title, and the organisation under Perceel), a row per lot (its
  /// span, procedure and value) before its items, and a row per item with the links the user
  /// made into it: what `importeer` needs to give the same plan back. The tender's own order
  /// is not written: it follows from the kinds.
  ///
  /// - Complexity: O(plan).
  public static func render(_ plan: Plan, language: Language) -> String {
    var rows = [header]
    var into: [String: [Link]] = [:]
    for link in plan.links where !link.implicit { into[link.to, default: []].append(link) }
    if !plan.title.isEmpty || plan.organisation != nil {
      let items = plan.allItems
      rows.append(
        [plan.organisation ?? "", "", plan.title, "", "plan"]
          + span(items.map(\.start), items.map(\.end), language)
          + ["", "", "", "", "", "", "", "", "", "", ""])
    }
    for lot in plan.lots {
      rows.append(
        [lot.title, lot.id, lot.title, "", "perceel"]
          + span(lot.items.map(\.start), lot.items.map(\.end), language)
          + ["", "", "", lot.procedure?.rawValue ?? "", lot.value.map(MoneyParser.grouped) ?? ""]
          + annotations(lot.owner, lot.note, lot.documents) + ["", "", ""])
      for item in lot.items { rows.append(row(item, lot: lot.title, into[item.id], language)) }
    }
    for item in plan.milestones { rows.append(row(item, lot: "", into[item.id], language)) }
    return "\u{FEFF}" + rows.map { $0.map(cell).joined(separator: ";") }.joined(separator: "\r\n")
      + "\r\n"
  }

  static func row(_ item: Item, lot: String, _ links: [Link]?, _ language: Language) -> [String] {
    let milestone = item.type == .milestone
    // The last day of a phase, as Excel users count: "1 mei – 1 sept." ends on 31 aug.
    let last = milestone ? item.start.day : item.end.day.adding(days: -1)
    return [
      lot, item.id, item.title ?? item.name, item.kind, milestone ? "mijlpaal" : "fase",
      date(item.start.day), date(last),
      milestone ? "" : String(item.start.day.days(until: item.end.day)),
      item.period(language),
      (links ?? []).map { predecessor($0, language) }.joined(separator: ", "),
      item.deadline.map { $0.precision == .day ? date($0.day) : $0.text(language) } ?? "",
      item.fixed ? "ja" : "nee", "", "",
    ] + annotations(item.owner, item.note, item.documents) + progress(item.progress)
  }

  /// Gestart, Gereed (the last day) and % gereed: what really happened.
  static func progress(_ progress: Progress?) -> [String] {
    [
      progress?.started.map(date) ?? "", progress?.finished.map(date) ?? "",
      progress?.percent.map { "\($0)%" } ?? "",
    ]
  }

  /// Eigenaar, Notitie and Documenten: a document a line, its name and then its address.
  static func annotations(_ owner: String?, _ note: String?, _ documents: [Document]) -> [String] {
    [owner ?? "", note ?? "", documents.map { "\($0.name) \($0.url)" }.joined(separator: "\n")]
  }

  /// Begin, Einde (the last day), Duur and Weergave of a lot or the plan: from its first start
  /// to its last end.
  static func span(_ starts: [PlanDate], _ ends: [PlanDate], _ language: Language) -> [String] {
    guard let first = starts.min(by: { $0.day < $1.day }),
      let end = ends.max(by: { $0.day < $1.day })
    else { return ["", "", "", ""] }
    let last = end.day > first.day ? end.day.adding(days: -1) : first.day
    return [
      date(first.day), date(last), String(first.day.days(until: max(end.day, first.day))),
      PlanDate.period(first, end, language),
    ]
  }

  /// `r1.inkoopprocedure`, with the type when it is not finish-to-start and the lag: `r1.start
  /// BB +2 wk` (in English `SS`), as `importeer` and MS Project's users read them.
  static func predecessor(_ link: Link, _ language: Language) -> String {
    var text = link.from
    switch link.kind {
    case .finishToStart: break
    case .startToStart: text += language == .nl ? " BB" : " SS"
    case .finishToFinish: text += language == .nl ? " EE" : " FF"
    }
    if link.lag.amount != 0 { text += " " + link.lag.delta(language) }
    return text
  }

  /// `1-5-2022`: day first, as Dutch Excel reads a date.
  static func date(_ day: Day) -> String {
    let (y, m, d) = day.civil
    return "\(d)-\(m)-\(y)"
  }

  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  static func cell(_ text: String) -> String {
    var text = text
    // By scalars: "\r\n" is one Character, equal to neither "\r" nor "\n".
    if let first = text.unicodeScalars.first, formulaStarts.contains(first) { text = "'" + text }
    // A line break within a cell is a line feed to Excel; a bare carriage return would only
    // send a screen's cursor back over the line.
    if text.unicodeScalars.contains("\r") {
      var scalars = String.UnicodeScalarView()
      var previous: Unicode.Scalar?
      for scalar in text.unicodeScalars {
        if scalar != "\n" || previous != "\r" { scalars.append(scalar == "\r" ? "\n" : scalar) }
        previous = scalar
      }
      text = String(scalars)
    }
    let needsQuotes = text.unicodeScalars.contains {
      $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r"
    }
    return needsQuotes ? "\"" + text.replacingOccurrences("\"", with: "\"\"") + "\"" : text
  }
}
