import PlanKit
import PlanRender

/// `exporteer`: the plan written for other programs, to a file or the screen. Read only.
enum ExportCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .export, group: .view, names: [.nl: ["exporteer", "export"], .en: ["export"]],
    arguments: [
      arg("formaat", "format", .choice(ExportFormat.names)),
      arg("bestand", "file", .file([]), optional: true),
      // After `rapport html` or `besluiten ics`, whose form comes before the file.
      arg("bestand", "file", .file([]), optional: true),
    ],
    clauses: [.all, .reminder] + CommandContext.chartClauses,
    summary: Phrase(
      nl:
        "Schrijft het plan voor andere programma's: tekst (het schema), markdown, csv (Nederlandse Excel), ics (Outlook: mijlpalen, met 'alles' ook de fasen, met 'herinnering DUUR' een melding vooraf), mermaid, plantuml, html (één pagina, afdrukbaar), tjp (TaskJuggler, jaren 1970 tot en met 2035), mspdi (MS Project XML, ook voor ProjectLibre en GanttProject, jaren 1984 tot en met 2149), json, besluiten (de besluitenkalender als .ics, .csv of .md) of rapport (de stand van zaken als .html of .md); zonder bestand op het scherm. pdf (A4 liggend, met pagina's), png (200 dpi) en svg tekenen het schema voor een nota of presentatie: stand per vandaag, kritiek pad, uiterlijk-data en vage data, met legenda; pdf en png alleen naar een bestand. xlsx is een Excel-werkmap: een tabel met echte datums, filters en een kolom Eigenaar, en een Gantt-blad in cellen, afdrukbaar op A4 liggend.",
      en:
        "Writes the plan for other programs: text (the chart), markdown, csv (Dutch Excel), ics (Outlook: milestones, with 'all' the phases too, with 'reminder DURATION' an alarm ahead), mermaid, plantuml, html (one printable page), tjp (TaskJuggler, years 1970 to 2035), mspdi (MS Project XML, also for ProjectLibre and GanttProject, years 1984 to 2149), json, decisions (the decision calendar as .ics, .csv or .md) or report (the status report as .html or .md); without a file, to the screen. pdf (A4 landscape, with pages), png (200 dpi) and svg draw the chart for a memo or a slide: status as of today, critical path, deadlines and vague dates, with a legend; pdf and png only to a file. xlsx is an Excel workbook: a table with real dates, filters and an Owner column, and a Gantt sheet drawn in cells, printable on A4 landscape."
    ),
    usage: Phrase(
      nl:
        "exporteer (tekst | markdown | csv | ics | mermaid | plantuml | html | tjp | mspdi | json | pdf | png | svg | besluiten [ics | csv | markdown] | rapport [html | markdown] | xlsx) [BESTAND] [alles] [herinnering DUUR] [percelen PERCEEL,PERCEEL] [schaal week|maand|kwartaal] [van DATUM] [tot DATUM] [breedte AANTAL] [papier A4|A3] [koppelingen] [basislijn NAAM]",
      en:
        "export (text | markdown | csv | ics | mermaid | plantuml | html | tjp | mspdi | json | pdf | png | svg | decisions [ics | csv | markdown] | report [html | markdown] | xlsx) [FILE] [all] [reminder DURATION] [lots LOT,LOT] [scale week|month|quarter] [from DATE] [to DATE] [width NUMBER] [paper A4|A3] [links] [baseline NAME]"
    ),
    examples: [
      .nl: [
        "export json", "export csv planning.csv", "export ics mijlpalen.ics", "export ics alles",
        "exporteer ics mijlpalen.ics herinnering 5 werkdagen", "exporteer besluiten agenda.ics",
        "exporteer pdf planning.pdf", "exporteer pdf nota.pdf papier A3 koppelingen",
        "exporteer tekst schema.txt breedte 140", "exporteer png r1.png perceel r1 van 2023",
        "exporteer xlsx planning.xlsx",
      ],
      .en: [
        "export markdown plan.md", "export mermaid", "export html plan.html",
        "export png chart.png", "export xlsx plan.xlsx scale month", "export mspdi plan.xml",
      ],
    ])

  /// A tool that counts only `years` cannot take the plan while `item` lies outside them.
  static func refuseOutside(
    _ years: ClosedRange<Int>, _ item: Item?, tool: String, _ command: ParsedCommand
  ) throws(PlanError) {
    guard let item else { return }
    throw PlanError(
      nl:
        "\(tool) rekent alleen met de jaren \(years.lowerBound) tot en met \(years.upperBound), en \(item.id) valt op \(item.period(.nl))",
      en:
        "\(tool) only counts the years \(years.lowerBound) to \(years.upperBound), and \(item.id) falls on \(item.period(.en))",
      at: command.argument(0)[0].span,
      hint: Phrase(
        nl: "verbeter de datum, of exporteer naar een ander formaat",
        en: "correct the date, or export to another format"))
  }

  /// The form a report or a decision calendar names before its file (`exporteer rapport html
  /// stand.html`, as `rapport html stand.html` has it), and the file; any other format takes
  /// one file only.
  ///
  /// - Complexity: O(1).
  static func form(of format: ExportFormat, _ command: ParsedCommand) throws(PlanError) -> (
    String?, Word?
  ) {
    let forms =
      format == .report
      ? ReportCommand.formats : format == .decisions ? DecisionsCommand.formats : []
    if let word = command.argument(1).first, forms.contains(word.text.lowercased()) {
      let form = word.text.lowercased()
      return (form == "md" ? "markdown" : form, command.argument(2).first)
    }
    if let extra = command.argument(2).first {
      throw PlanError(
        nl: "'\(extra.text)' past hier niet: exporteer schrijft één bestand",
        en: "'\(extra.text)' does not fit here: export writes one file", at: extra.span,
        hint: Messages.likeThis(spec.usage))
    }
    return (nil, command.argument(1).first)
  }

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let format = ExportFormat.byName[command.argument(0)[0].text.lowercased()]!
    let everything = try command.clauses[.all].map(CommandContext.flag) ?? false
    if everything && format != .ics {
      throw PlanError(
        nl: "'alles' hoort bij ics: de andere formaten bevatten altijd alles",
        en: "'all' belongs to ics: the other formats always hold everything",
        at: command.clauses[.all]!.keyword.span)
    }
    let reminder = try command.clauses[.reminder].map { clause throws(PlanError) in
      guard format == .ics else {
        throw PlanError(
          nl: "'herinnering' hoort bij ics: een agenda meldt, een bestand niet",
          en: "'reminder' belongs to ics: a calendar alerts, a file does not",
          at: clause.keyword.span)
      }
      let duration = try DurationParser.parse(clause.words)
      guard duration.amount > 0 else {
        throw PlanError(
          nl: "een herinnering komt vóór de datum: geef een duur groter dan nul",
          en: "a reminder comes before the date: give a duration above zero",
          at: spanOf(clause.words),
          hint: Phrase(nl: "herinnering 5 werkdagen", en: "reminder 5 working days"))
      }
      return duration
    }
    try context.refuseChoices(
      command, allowed: format.chartClauses,
      shownAs: Phrase(nl: format.shownName(.nl), en: format.rawValue))
    let (form, named) = try Self.form(of: format, command)
    // A form named outright is what the user wants, whatever the file is called.
    if form == nil { try context.checkExtension(named, of: format) }
    let options = try context.chartOptions(command)
    // "-" is standard output, as for most command-line tools.
    let file = named.flatMap { $0.text == "-" ? nil : $0 }
    let output: String
    switch format {
    case .pdf, .png, .svg:
      return try context.exportDrawing(format.drawn!, command, options, to: file)
    case .xlsx: return try context.exportWorkbook(command, options, to: file)
    case .json: output = PlanJSONExport.render(context.plan, statusDate: context.settings.today)
    case .text:
      var chart = context.screenChart(of: context.plan, colour: false, followed: true)
      chart.width = 80
      chart.apply(options)
      output = chart.render(context.plan)
    case .markdown:
      var chart = context.screenChart(of: context.plan, colour: false, followed: true)
      chart.apply(options)
      output = MarkdownExport.render(
        context.plan, chart: chart.render(context.plan), language: context.language)
    case .csv: output = CSVExport.render(context.plan, language: context.language)
    case .ics:
      let workdays = context.workdays
      // How many calendar days before an event its reminder comes: working days are counted
      // back over the plan's calendar, so "5 werkdagen" before a Tuesday after Easter is right.
      let ahead = reminder.map { duration in
        { (day: Day) -> Int in
          let earlier = PlanDate(day).shifted(
            by: PlanDuration(-duration.amount, duration.unit), in: workdays)
          return earlier.day.days(until: day)
        }
      }
      // What the file itself last gave its calendars counts too: a session not saved after an
      // export must not give an event a lower version the next time.
      var published = context.settings.published
      if let file, !ExportFormat.standardOutputNames.contains(file.text),
        let written = try? context.files.read(file.text)
      {
        published.merge(ICSExport.published(in: written)) { kept, found in
          found.sequence > kept.sequence ? found : kept
        }
      }
      let calendar = ICSExport.render(
        context.plan, everything: everything, stamp: context.stamp, language: context.language,
        reminder: ahead, published: published, statusDate: context.settings.today)
      output = calendar.text
      // Kept only when the calendar reaches a file: the screen publishes nothing.
      if file != nil { context.settings.published = calendar.published }
    case .mermaid:
      output = MermaidExport.render(context.plan, language: context.language, options: options)
    case .plantuml:
      output = PlantUMLExport.render(context.plan, language: context.language, options: options)
    case .tjp:
      try refuseOutside(
        TJPExport.years, TJPExport.outsideYears(context.plan), tool: "TaskJuggler", command)
      output = TJPExport.render(context.plan)
    case .mspdi:
      try refuseOutside(
        MSPDIExport.years, MSPDIExport.outsideYears(context.plan), tool: "MS Project", command)
      output = MSPDIExport.render(
        context.plan,
        statusDate: context.plan.statusDay(today: context.today, set: context.settings.today))
    case .html:
      output = HTMLExport.render(context.chartContent(options), plan: context.plan)
    case .report:
      // The stuurgroep's page as html when the file's name asks for it; markdown elsewhere.
      let html = file.map {
        $0.text.lowercased().hasSuffix(".html") || $0.text.lowercased().hasSuffix(".htm")
      }
      output = try ReportCommand.render(
        format: form ?? (html == true ? "html" : "markdown"), since: nil, ahead: nil, context)
    case .decisions:
      // The secretariat's file, in the form its name asks for; markdown on the screen.
      let ending = file.flatMap { $0.text.split(separator: ".").last }.map { $0.lowercased() }
      output = DecisionsCommand.render(
        format: form ?? ending.map { ["ics", "csv"].contains($0) ? $0 : "markdown" }
          ?? "markdown",
        context)
    }
    guard let file else {
      // A screen shows lines, not Excel's byte-order mark and carriage returns.
      guard format == .csv || output.hasPrefix("\u{FEFF}") else { return Outcome(text: output) }
      return Outcome(
        text: String(output.drop { $0 == "\u{FEFF}" }).replacingOccurrences("\r\n", with: "\n"))
    }
    try context.files.export(file.text, output)
    return context.exported(to: file)
  }
}
