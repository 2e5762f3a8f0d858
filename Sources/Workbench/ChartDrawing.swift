import PlanKit
import PlanRender

/// Draws the chart as a PDF, PNG or SVG file. The interpreter gets one from the executable
/// (cairo and pango, in PlanDraw), as it gets `FileAccess`, so that the core links no drawing
/// library; without one (tests, fuzzers), `export pdf` says this build cannot draw.
public protocol ChartDrawing: Sendable {
  /// The file's bytes.
  func draw(_ chart: ChartContent, as format: ChartFormat) throws(PlanError) -> [UInt8]
}

extension CommandContext {
  /// The drawn chart's content as the screen marks the plan (today, the critical path, what
  /// the tender's order holds, where items stand once the plan follows progress), with the
  /// user's choices.
  ///
  /// - Complexity: O(plan) for the marks.
  func chartContent(_ options: ChartOptions) -> ChartContent {
    let screen = screenChart(of: plan, followed: true)
    return ChartContent(
      plan, language: language, today: today, critical: screen.critical, held: screen.held,
      status: plan.statusDay(today: today, set: settings.today), options: options)
  }

  /// `export pdf|png|svg [FILE]`: the drawn chart, written to FILE; an SVG without a file
  /// goes to the screen, a PDF or PNG needs one.
  ///
  /// - Complexity: O(plan) for the marks, then as the drawing.
  func exportDrawing(
    _ format: ChartFormat, _ command: ParsedCommand, _ options: ChartOptions, to file: Word?
  ) throws(PlanError) -> Outcome {
    let name = format.rawValue
    let shown = name.uppercased()
    let article = format == .svg ? "an" : "a"
    guard let drawing else {
      throw builtWithout(
        "cairo", cannot: Phrase(nl: "geen \(shown) tekenen", en: "draw \(article) \(shown)"),
        instead: Phrase(nl: "exporteer html of tekst", en: "export html or text"), command)
    }
    guard file != nil || format == .svg else {
      throw needsFile(
        Phrase(nl: "een \(shown)", en: "\(article) \(shown)"), ending: name, command)
    }
    let content = chartContent(options)
    let bytes = try drawing.draw(content, as: format)
    guard let file else { return Outcome(text: String(decoding: bytes, as: UTF8.self)) }
    try files.export(file.text, bytes: bytes)
    return exported(to: file)
  }
}
