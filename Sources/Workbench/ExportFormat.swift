import PlanKit
import PlanRender

/// The formats `export` writes, by the names a user types.
enum ExportFormat: String, CaseIterable {
  case text, markdown, csv, ics, mermaid, plantuml, html, tjp, json, pdf, png, svg
  /// The decision calendar (`besluiten`), as ics, csv or markdown by the file's name.
  case decisions
  /// The status report (`rapport`), as html or markdown by the file's name.
  case report
  case xlsx
  case mspdi

  /// The names of standard output, where the answer goes too.
  static let standardOutputNames: Set<String> = ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]

  static let byName: [String: ExportFormat] = [
    "tekst": .text, "text": .text, "txt": .text, "markdown": .markdown, "md": .markdown,
    "csv": .csv, "ics": .ics, "ical": .ics, "mermaid": .mermaid, "plantuml": .plantuml,
    "puml": .plantuml, "html": .html, "tjp": .tjp, "taskjuggler": .tjp, "json": .json,
    "pdf": .pdf, "png": .png, "svg": .svg, "besluiten": .decisions, "decisions": .decisions,
    "rapport": .report, "report": .report,
    "xlsx": .xlsx, "mspdi": .mspdi, "msproject": .mspdi,
  ]

  /// The drawn chart's format, for pdf, png and svg.
  var drawn: ChartFormat? { ChartFormat(rawValue: rawValue) }

  static var names: [String] { byName.keys.sorted() }

  /// The chart choices a format shows: a chart takes the days, lots and scale; text its width
  /// in characters; a drawing (and the HTML page, drawn alike) its paper, links and baseline.
  var chartClauses: Set<ClauseID> {
    switch self {
    case .text, .markdown: return [.lots, .scale, .from, .to, .width, .baseline]
    case .pdf, .png, .svg, .html: return [.lots, .scale, .from, .to, .sheet, .links, .baseline]
    // PlantUML 1.2020 draws days or weeks only: the scale is chosen to fit the picture.
    case .plantuml: return [.lots, .from, .to]
    case .mermaid: return [.lots, .from, .to]
    // The workbook's Gantt sheet draws with cells: no arrows, no baseline bars.
    case .xlsx: return [.lots, .scale, .from, .to, .sheet]
    case .csv, .ics, .json, .tjp, .decisions, .report, .mspdi: return []
    }
  }

  /// The formats that take `clause`, as a user names them: "tekst of markdown".
  static func takers(of clause: ClauseID, _ language: Language) -> String {
    let names = allCases.filter { $0.chartClauses.contains(clause) }.map {
      $0.shownName(language)
    }
    guard names.count > 1 else { return names.first ?? "" }
    let or = language == .nl ? " of " : " or "
    return names.dropLast().joined(separator: ", ") + or + names.last!
  }

  func shownName(_ language: Language) -> String {
    switch self {
    case .text where language == .nl: return "tekst"
    case .decisions where language == .nl: return "besluiten"
    case .report where language == .nl: return "rapport"
    default: return rawValue
    }
  }

  /// Each format once, as `help` and completion name it.
  static func shownNames(_ language: Language) -> [String] {
    allCases.map { $0.shownName(language) }
  }
}

extension CommandContext {
  /// The answer to an export written to `file`: none when the file is the answer's own stream,
  /// where a confirmation would become the export's last line.
  func exported(to file: Word) -> Outcome {
    guard !ExportFormat.standardOutputNames.contains(file.text) else { return Outcome() }
    return Outcome(
      text: text(Phrase(nl: "Geëxporteerd naar \(file.text).", en: "Exported to \(file.text).")))
  }

  /// A format this build has no library for: it says which, and what works instead.
  func builtWithout(
    _ library: String, cannot: Phrase, instead: Phrase, _ command: ParsedCommand
  ) -> PlanError {
    PlanError(
      nl: "deze Planwerk kan \(cannot.nl): hij is gebouwd zonder \(library)",
      en: "this Planwerk cannot \(cannot.en): it was built without \(library)",
      at: command.argument(0).first?.span ?? command.verb.span,
      hint: instead
        + Phrase(
          nl: ", of gebruik het programma planwerk zelf", en: ", or use the planwerk program itself"
        ))
  }

  /// A format that is no text for the screen (a PDF, a workbook): it needs a file.
  func needsFile(_ what: Phrase, ending: String, _ command: ParsedCommand) -> PlanError {
    PlanError(
      nl: "\(what.nl) is geen tekst voor het scherm: geef een bestand",
      en: "\(what.en) is not text for the screen: give a file",
      at: command.argument(0)[0].span,
      hint: Phrase(
        nl: "exporteer \(ending) planning.\(ending)", en: "export \(ending) planning.\(ending)"))
  }

  /// DTSTAMP from the session's clock, `YYYYMMDDTHHMMSSZ`.
  var stamp: String {
    let now = clock.now().filter { $0.isNumber || $0 == "T" || $0 == "Z" }
    return now.count == 16 ? now : "20000101T000000Z"
  }
}
