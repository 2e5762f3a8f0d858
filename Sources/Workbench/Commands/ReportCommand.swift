import PlanKit
import PlanRender

/// `rapport`: where the project stands today, on one page for the stuurgroep. Read only.
enum ReportCommand: PlanCommand {
  static let formats = ["markdown", "md", "html"]

  static let spec = CommandSpec(
    id: .report, group: .timing, names: [.nl: ["rapport"], .en: ["report"]],
    arguments: [
      arg("formaat", "format", .choice(formats), optional: true),
      arg("bestand", "file", .file(["md", "html"]), optional: true),
    ],
    clauses: [.since, .ahead],
    summary: Phrase(
      nl:
        "Stand van zaken voor de stuurgroep: wat sinds de vorige basislijn (of DATUM) gereed is, wat loopt, wat te laat is en wat het ophoudt, of elk perceel zijn doel haalt, wat de komende weken komt (mijlpalen en besluiten) en wie wat moet doen; als markdown of html voor de nota.",
      en:
        "Status for the steering group: what is done since the last baseline (or DATE), what runs, what is late and what it holds up, whether each lot makes its target, what comes in the coming weeks (milestones and decisions) and who must act; as markdown or html for the memo."
    ),
    usage: Phrase(
      nl: "rapport [markdown | html [BESTAND]] [sinds DATUM|BASISLIJN] [vooruit DUUR]",
      en: "report [markdown | html [FILE]] [since DATE|BASELINE] [ahead DURATION]"),
    examples: [
      .nl: [
        "rapport", "rapport sinds 1 september 2022", "rapport html stand.html vooruit 8 weken",
      ],
      .en: ["report since planned"],
    ])

  /// How far ahead the report looks without `vooruit`: the weeks between two meetings of a
  /// stuurgroep, and a college's lead time.
  static let defaultAhead = PlanDuration(6, .weeks)

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let since = try command.clauses[.since].map { clause throws(PlanError) in
      try Self.since(clause.words, context)
    }
    let ahead = try command.clauses[.ahead].map { clause throws(PlanError) in
      let duration = try DurationParser.parse(clause.words)
      guard duration.amount > 0 else {
        throw PlanError(
          nl: "vooruit kijken gaat over een duur groter dan nul",
          en: "looking ahead needs a duration above zero", at: spanOf(clause.words),
          hint: Phrase(nl: "vooruit 6 weken", en: "ahead 6 weeks"))
      }
      return duration
    }
    let format = command.argument(0).first?.text.lowercased()
    let output = try render(format: format ?? "text", since: since, ahead: ahead, context)
    guard let format, let file = command.argument(1).first, file.text != "-" else {
      return Outcome(text: output)
    }
    // A page named for the other form would open as the wrong thing.
    let html = format == "html"
    let name = file.text.lowercased()
    if html ? name.hasSuffix(".md") : (name.hasSuffix(".html") || name.hasSuffix(".htm")) {
      throw PlanError(
        nl:
          "'\(file.text.inert)' is de naam van een \(html ? "markdown" : "html")-bestand, geen \(format)",
        en: "'\(file.text.inert)' names a \(html ? "markdown" : "html") file, not \(format)",
        at: file.span,
        hint: Phrase(
          nl: "rapport \(html ? "markdown" : "html") \(file.text.inert)",
          en: "report \(html ? "markdown" : "html") \(file.text.inert)"))
    }
    try context.files.export(file.text, output)
    return context.exported(to: file)
  }

  /// The report as `format` (text, markdown or html), looking back to `since` (the latest
  /// baseline when nil) and ahead by `ahead` (six weeks when nil).
  ///
  /// - Complexity: O(lots × plan), as `StatusReport`.
  static func render(
    format: String, since: StatusReport.Since?, ahead: PlanDuration?, _ context: CommandContext
  ) throws(PlanError) -> String {
    guard context.plan.itemCount > 0 else {
      throw PlanError(
        nl: "het plan heeft nog geen onderdelen om over te rapporteren",
        en: "the plan has no items to report on yet",
        hint: Phrase(nl: "begin met 'perceel' en 'fase'", en: "start with 'lot' and 'phase'"))
    }
    let today = context.today
    let until = (ahead ?? defaultAhead).added(to: today, in: context.workdays).adding(days: -1)
    guard
      var report = StatusReport(
        context.plan, today: today,
        since: since ?? context.plan.baselines.last.map { .baseline($0) },
        until: until, workdays: context.workdays)
    else {
      throw PlanError(
        nl: "het plan is niet te plannen: de koppelingen vormen een kring",
        en: "the plan cannot be scheduled: its links form a circle",
        hint: Phrase(nl: "'controleer' noemt de kring", en: "'check' names the circle"))
    }
    report.todayFromClock = context.settings.today == nil
    let (plan, language) = (context.plan, context.language)
    switch format {
    case "html": return StatusReportExport.html(report, plan: plan, language: language)
    case "markdown", "md":
      return StatusReportExport.markdown(report, plan: plan, language: language)
    default:
      return StatusReportExport.text(report, plan: plan, language: language)
        .split(separator: "\n", omittingEmptySubsequences: false).map { String($0).inert }
        .joined(separator: "\n")
    }
  }

  /// `sinds` a baseline by its name, or a day not after today.
  static func since(_ words: [Word], _ context: CommandContext) throws(PlanError)
    -> StatusReport.Since
  {
    let name = context.text(words)
    if let baseline = context.plan.baselines.last(where: {
      $0.name.lowercased() == name.lowercased()
    }) {
      return .baseline(baseline)
    }
    let names = context.plan.baselines.map(\.name)
    let hint =
      names.isEmpty
      ? Phrase(nl: "sinds 1 september 2022", en: "since 1 September 2022")
      : Phrase(
        nl: "de basislijnen zijn \(names.joined(separator: ", "))",
        en: "the baselines are \(names.joined(separator: ", "))")
    let day: Day
    do {
      day = try context.presentDateParser.parse(words).day
    } catch {
      throw PlanError(
        nl: "'\(name.inert)' is geen basislijn en geen datum",
        en: "'\(name.inert)' is neither a baseline nor a date", at: spanOf(words),
        hint: hint)
    }
    guard day <= context.today else {
      throw PlanError(
        nl:
          "\(day.text(.nl)) ligt na vandaag (\(context.today.text(.nl))): een rapport kijkt terug",
        en: "\(day.text(.en)) is after today (\(context.today.text(.en))): a report looks back",
        at: spanOf(words), hint: hint)
    }
    return .day(day)
  }
}
