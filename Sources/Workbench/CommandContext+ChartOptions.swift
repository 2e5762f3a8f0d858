import PlanKit
import PlanRender

/// The choices every chart takes, read in one place for `gantt` and `export`: `schaal`, `van`,
/// `tot`, `perceel`/`percelen`, `breedte`, `papier`, `koppelingen` and `basislijn`.
extension CommandContext {
  static let scales: [String: GanttChart.Scale] = [
    "week": .week, "weken": .week, "weeks": .week, "maand": .month, "maanden": .month,
    "month": .month, "months": .month, "kwartaal": .quarter, "kwartalen": .quarter,
    "quarter": .quarter, "quarters": .quarter,
  ]

  /// The clauses that choose how a chart looks.
  static let chartClauses: [ClauseID] = [
    .lots, .scale, .from, .to, .width, .sheet, .links, .baseline,
  ]

  /// The chart choices of `command`, each checked against the plan: a lot that exists, a
  /// scale, a width of 40 to 1000 characters, A4 or A3, a window that ends after it starts, a
  /// baseline by its name.
  ///
  /// - Complexity: O(lots named + baselines).
  func chartOptions(_ command: ParsedCommand) throws(PlanError) -> ChartOptions {
    var options = ChartOptions()
    if let clause = command.clauses[.lots] { options.lots = try lots(clause) }
    if let clause = command.clauses[.scale] {
      options.scale = try oneWord(
        clause, Self.scales, what: Phrase(nl: "schaal", en: "scale"),
        choose: Phrase(nl: "week, maand of kwartaal", en: "week, month or quarter"))
    }
    if let clause = command.clauses[.width] {
      guard clause.words.count == 1, let width = Int(clause.words[0].text),
        (40...1000).contains(width)
      else {
        throw PlanError(
          nl: "de breedte is een aantal tekens van 40 tot en met 1000",
          en: "the width is a number of characters from 40 to 1000", at: spanOf(clause.words))
      }
      options.width = width
    }
    if let clause = command.clauses[.sheet] {
      options.paper = try oneWord(
        clause, ["a4": .a4, "a3": .a3], what: Phrase(nl: "papierformaat", en: "paper size"),
        choose: Phrase(nl: "A4 of A3", en: "A4 or A3"))
    }
    if let clause = command.clauses[.links] { options.links = try Self.flag(clause) }
    let from = try command.clauses[.from].map { c throws(PlanError) in
      try dateParser.parse(c.words)
    }
    let to = try command.clauses[.to].map { c throws(PlanError) in try endDate(c) }
    if from != nil || to != nil {
      let span = plan.span
      let low = from?.day ?? span?.lowerBound ?? today
      let high = to?.day ?? span?.upperBound ?? low.adding(days: 1)
      let words = [command.clauses[.from], command.clauses[.to]].compactMap { $0 }
      if let span, from == nil || to == nil || low < high,
        low >= span.upperBound || high <= span.lowerBound
      {
        let plan = PlanDate.period(
          PlanDate(span.lowerBound), PlanDate(span.upperBound), language, dash: "–")
        throw PlanError(
          nl: "er valt niets van het plan in die dagen: het loopt \(plan)",
          en: "nothing of the plan falls in those days: it runs \(plan)",
          at: spanOf(words.flatMap { [$0.keyword] + $0.words }),
          hint: Phrase(
            nl: "kies dagen binnen het plan, of laat van en tot weg",
            en: "choose days within the plan, or leave out from and to"))
      }
      guard low < high else {
        throw PlanError(
          Messages.endNotAfterStart,
          at: command.clauses[.to].flatMap { spanOf($0.words) })
      }
      options.range = low..<high
    }
    if let clause = command.clauses[.baseline] {
      let name = text(clause.words)
      guard let baseline = plan.baselines.first(where: { $0.name == name }) else {
        throw notFound(
          name, what: Phrase(nl: "basislijn ", en: "baseline "),
          among: plan.baselines.map(\.name),
          at: spanOf(clause.words),
          hint: Messages.baselinesListsThem)
      }
      options.baseline = baseline
    }
    return options
  }

  /// The one word of `clause`, read in `table` (in lower case), or an error that names what
  /// it is not and what to choose.
  func oneWord<T>(
    _ clause: ParsedCommand.Clause, _ table: [String: T], what: Phrase, choose: Phrase
  ) throws(PlanError) -> T {
    guard clause.words.count == 1, let value = table[clause.words[0].text.lowercased()] else {
      let given = text(clause.words)
      throw PlanError(
        nl: "'\(given)' is geen \(what.nl); kies \(choose.nl)",
        en: "'\(given)' is not a \(what.en); choose \(choose.en)", at: spanOf(clause.words))
    }
    return value
  }

  /// `percelen r1, r2` or `perceel r1 r2`: lot ids, each one the plan has.
  func lots(_ clause: ParsedCommand.Clause) throws(PlanError) -> Set<String> {
    var ids = Set<String>()
    for word in clause.words {
      for part in word.text.split(separator: ",") {
        let id = String(part).trimmedWhitespace.lowercased()
        guard !id.isEmpty else { continue }
        guard plan.lotIndex(id) != nil else { throw unknownLot(id, at: word.span) }
        ids.insert(id)
      }
    }
    guard !ids.isEmpty else {
      throw PlanError(
        nl: "welke percelen? Geef hun namen, bijvoorbeeld 'percelen r1, r2'",
        en: "which lots? Give their names, for example 'lots r1, r2'",
        at: clause.keyword.span)
    }
    return ids
  }

  /// The first chart choice in `command` that `allowed` leaves out, refused with the formats
  /// that take it.
  func refuseChoices(_ command: ParsedCommand, allowed: Set<ClauseID>, shownAs name: Phrase)
    throws(PlanError)
  {
    for id in Self.chartClauses where !allowed.contains(id) {
      guard let clause = command.clauses[id] else { continue }
      let keyword = clause.keyword.text
      let takers = ExportFormat.takers(of: id, language)
      throw PlanError(
        nl: "'\(keyword)' kan niet bij \(name.nl)",
        en: "'\(keyword)' does not go with \(name.en)",
        at: clause.keyword.span,
        hint: Phrase(
          nl: "'\(keyword)' hoort bij exporteer \(takers)",
          en: "'\(keyword)' goes with export \(takers)"))
    }
  }

  /// A file named for another format (`exporteer pdf plan.png`) is refused: its reader would
  /// not open it.
  func checkExtension(_ file: Word?, of format: ExportFormat) throws(PlanError) {
    guard let file, let dot = file.text.lastIndex(of: "."),
      !file.text[dot...].contains("/"),
      let other = ExportFormat.byName[file.text[file.text.index(after: dot)...].lowercased()],
      other != format, !(format == .text && other == .markdown),
      !(format == .decisions && [.ics, .csv, .markdown].contains(other)),
      !(format == .report && [.html, .markdown].contains(other))
    else { return }
    let stem = file.text[..<dot]
    let name = format.shownName(language)
    let ending: String =
      switch format {
      case .text: "txt"
      case .markdown: "md"
      case .report: "html"
      case .decisions: "ics"
      default: format.rawValue
      }
    throw PlanError(
      nl: "'\(file.text)' is de naam van een \(other.shownName(.nl))-bestand, geen \(name)",
      en: "'\(file.text)' names a \(other.rawValue) file, not \(format.rawValue)",
      at: file.span,
      hint: Phrase(
        nl:
          "exporteer \(name) \(stem).\(ending), of exporteer \(other.shownName(.nl)) \(file.text)",
        en: "export \(format.rawValue) \(stem).\(ending), or export \(other.rawValue) \(file.text)")
    )
  }
}
