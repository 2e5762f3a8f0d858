import PlanKit
import PlanRender

/// The formats `export` writes, by the names a user types.
enum ExportFormat: String, CaseIterable {
  case text, markdown, csv, ics, mermaid, plantuml, html, tjp, json, pdf, png, svg

  /// The names of standard output, where the answer goes too.
  static let standardOutputNames: Set<String> = ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]

  static let byName: [String: ExportFormat] = [
    "tekst": .text, "text": .text, "txt": .text, "markdown": .markdown, "md": .markdown,
    "csv": .csv, "ics": .ics, "ical": .ics, "mermaid": .mermaid, "plantuml": .plantuml,
    "puml": .plantuml, "html": .html, "tjp": .tjp, "taskjuggler": .tjp, "json": .json,
    "pdf": .pdf, "png": .png, "svg": .svg,
  ]

  /// The drawn chart's format, for pdf, png and svg.
  var drawn: ChartFormat? { ChartFormat(rawValue: rawValue) }

  static var names: [String] { byName.keys.sorted() }
}

extension Interpreter {
  func export(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    let format = ExportFormat.byName[command.argument(0)[0].text.lowercased()]!
    let everything = try command.clauses[.all].map(flag) ?? false
    if everything && format != .ics {
      throw PlanError(
        nl: "'alles' hoort bij ics: de andere formaten bevatten altijd alles",
        en: "'all' belongs to ics: the other formats always hold everything",
        at: command.clauses[.all]!.keyword.span)
    }
    let output: String
    switch format {
    case .pdf, .png, .svg: return try exportDrawing(format.drawn!, command)
    case .json: output = PlanJSONExport.render(plan)
    case .text:
      output = GanttChart(language: language, style: settings.ascii ? .ascii : .unicode).render(
        plan)
    case .markdown: output = MarkdownExport.render(plan, chart: chart(), language: language)
    case .csv: output = CSVExport.render(plan, language: language)
    case .ics:
      output = ICSExport.render(plan, everything: everything, stamp: stamp, language: language)
    case .mermaid: output = MermaidExport.render(plan, language: language)
    case .plantuml: output = PlantUMLExport.render(plan)
    case .tjp:
      if let item = TJPExport.outsideYears(plan) {
        let years = TJPExport.years
        throw PlanError(
          nl:
            "TaskJuggler rekent alleen met de jaren \(years.lowerBound) tot en met \(years.upperBound), en \(item.id) valt op \(item.period(.nl))",
          en:
            "TaskJuggler only counts the years \(years.lowerBound) to \(years.upperBound), and \(item.id) falls on \(item.period(.en))",
          at: command.argument(0)[0].span,
          hint: Phrase(
            nl: "verbeter de datum, of exporteer naar een ander formaat",
            en: "correct the date, or export to another format"))
      }
      output = TJPExport.render(plan)
    case .html: output = HTMLExport.render(plan, language: language, today: settings.today)
    }
    guard let file = command.argument(1).first else { return Outcome(text: output) }
    try files.export(file.text, output)
    // Written to the answer's own stream, a confirmation would become the export's last line.
    guard !ExportFormat.standardOutputNames.contains(file.text) else { return Outcome() }
    return Outcome(
      text: text(Phrase(nl: "Geëxporteerd naar \(file.text).", en: "Exported to \(file.text).")))
  }

  /// DTSTAMP from the session's clock, `YYYYMMDDTHHMMSSZ`.
  var stamp: String {
    let now = clock.now().filter { $0.isNumber || $0 == "T" || $0 == "Z" }
    return now.count == 16 ? now : "20000101T000000Z"
  }
}
