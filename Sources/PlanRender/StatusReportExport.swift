import PlanKit

/// `rapport`: the status report as the shell shows it, as markdown for a memo and as one HTML
/// page for the stuurgroep. All three are written from one list of sections, so they say the
/// same; every user text is escaped for the form it goes into.
public enum StatusReportExport {
  /// A heading and its lines, plain text.
  public struct Section: Sendable, Equatable {
    public let heading: String
    public let lines: [String]
  }

  /// How many lines a section shows before it counts the rest: the report is one page.
  static let shownLines = 15

  /// The title and the line under it.
  public static func title(_ report: StatusReport, plan: Plan, language: Language) -> [String] {
    let nl = language == .nl
    var sub = (nl ? "stand per " : "as of ") + report.today.text(language)
    if report.todayFromClock {
      sub +=
        nl ? " (de klok; 'vandaag DATUM' kiest de dag)" : " (the clock; 'today DATE' picks the day)"
    }
    switch report.since {
    case .baseline(let baseline)?:
      sub +=
        nl
        ? "; terugblik sinds basislijn \(baseline.name) (\(baseline.taken.text(language)))"
        : "; looking back to baseline \(baseline.name) (\(baseline.taken.text(language)))"
    case .day(let day)?:
      sub += (nl ? "; terugblik sinds " : "; looking back to ") + day.text(language)
    case nil: break
    }
    return [(nl ? "Stand van zaken: " : "Status report: ") + plan.shownTitle, sub]
  }

  /// The report for the shell: headings, then indented lines (`niets` when a section is empty).
  ///
  /// - Complexity: O(what the report holds).
  public static func text(_ report: StatusReport, plan: Plan, language: Language) -> String {
    var lines = title(report, plan: plan, language: language)
    for section in sections(report, plan: plan, language: language) {
      lines.append("")
      lines.append(section.heading)
      lines += shown(section.lines, language).map { "  " + $0 }
    }
    return lines.joined(separator: "\n")
  }

  /// - Complexity: O(what the report holds).
  public static func markdown(_ report: StatusReport, plan: Plan, language: Language) -> String {
    let head = title(report, plan: plan, language: language)
    var lines = [
      "# " + MarkdownExport.escape(head[0]), "", "_" + MarkdownExport.escape(head[1]) + "_",
    ]
    for section in sections(report, plan: plan, language: language) {
      lines += ["", "## " + MarkdownExport.escape(section.heading), ""]
      lines += shown(section.lines, language).map { "- " + MarkdownExport.escape($0) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One self-contained page: inline style, no scripts, printable on one A4 page.
  ///
  /// - Complexity: O(what the report holds).
  public static func html(_ report: StatusReport, plan: Plan, language: Language) -> String {
    let head = title(report, plan: plan, language: language).map(HTMLExport.escape)
    var html = [
      "<!DOCTYPE html>",
      "<html lang=\"\(language == .nl ? "nl" : "en")\">",
      "<head>",
      "<meta charset=\"utf-8\">",
      "<meta name=\"generator\" content=\"Planwerk\">",
      "<title>\(head[0])</title>",
      "<style>",
      "@page { size: A4; margin: 15mm; }",
      "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; margin: 1.5em; color: #222; }",
      "h1 { font-size: 15pt; margin: 0; } h2 { font-size: 11pt; margin: 1em 0 0.2em; }",
      "p.sub { color: #555; margin: 0.2em 0 0; } ul { margin: 0; padding-left: 1.2em; }",
      "li.none { color: #777; list-style: none; margin-left: -1.2em; }",
      "section.late li:not(.none) { color: #b00; }",
      "</style>",
      "</head>",
      "<body>",
      "<h1>\(head[0])</h1>",
      "<p class=\"sub\">\(head[1])</p>",
    ]
    let classes = ["done", "running", "late", "targets", "coming", "decisions", "owners", "moved"]
    for (k, section) in sections(report, plan: plan, language: language).enumerated() {
      html.append("<section class=\"\(classes[min(k, classes.count - 1)])\">")
      html.append("<h2>\(HTMLExport.escape(section.heading))</h2>")
      html.append("<ul>")
      if section.lines.isEmpty {
        html.append("<li class=\"none\">\(language == .nl ? "niets" : "nothing")</li>")
      }
      for line in shown(section.lines, language) where !section.lines.isEmpty {
        html.append("<li>\(HTMLExport.escape(line))</li>")
      }
      html += ["</ul>", "</section>"]
    }
    html += ["</body>", "</html>"]
    return html.joined(separator: "\n") + "\n"
  }

  /// At most `shownLines`, the rest counted; `niets` for none.
  static func shown(_ lines: [String], _ language: Language) -> [String] {
    guard !lines.isEmpty else { return [language == .nl ? "niets" : "nothing"] }
    guard lines.count > shownLines else { return lines }
    let rest = lines.count - shownLines + 1
    return lines.prefix(shownLines - 1)
      + [language == .nl ? "… en nog \(rest)" : "… and \(rest) more"]
  }

  static func name(_ item: Item) -> String {
    item.title.map { "\(item.id) \"\($0)\"" } ?? item.id
  }

  static func span(_ span: PlanDiff.Span, _ language: Language) -> String {
    span.milestone
      ? span.start.text(language) : "\(span.start.text(language)) – \(span.end.text(language))"
  }
}
