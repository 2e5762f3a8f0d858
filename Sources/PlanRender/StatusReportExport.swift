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

  /// The report's sections, in the order a stuurgroep reads them.
  ///
  /// - Complexity: O(what the report holds).
  public static func sections(_ report: StatusReport, plan: Plan, language: Language)
    -> [Section]
  {
    let nl = language == .nl
    func date(_ day: Day) -> String { day.text(language) }
    func weekday(_ day: Day) -> String {
      DateWords.weekdayName(day.weekday, language).prefix(2) + " " + date(day)
    }
    var sections: [Section] = []
    // Since a baseline, what was reported done after it was taken, whatever day it ended.
    let heading: String =
      switch report.since {
      case .baseline(let baseline)?:
        nl
          ? "Gereed gemeld sinds basislijn \(baseline.name)"
          : "Reported done since baseline \(baseline.name)"
      case .day(let day)?: (nl ? "Gereed sinds " : "Done since ") + date(day)
      case nil: nl ? "Gereed" : "Done"
      }
    sections.append(
      Section(
        heading: heading,
        lines: report.done.map { item in
          let when: String
          if let finished = item.progress?.finished {
            when = (nl ? "gereed op " : "done on ") + date(finished)
          } else if DecisionKind(rawValue: item.kind) != nil {
            when = (nl ? "genomen op " : "taken on ") + date(item.start.day)
          } else {
            when =
              nl
              ? "vaste datum \(date(item.start.day)) voorbij (niet gemeld)"
              : "fixed date \(date(item.start.day)) passed (not reported)"
          }
          return "\(name(item)): \(when)"
        }))
    sections.append(
      Section(
        heading: nl ? "Loopt" : "Running",
        lines: report.running.map { item in
          var line = "\(name(item)): " + (nl ? "sinds " : "since ")
          line += item.progress?.started.map(date) ?? ""
          if let percent = item.progress?.percent { line += " (\(percent)%)" }
          if item.type == .phase {
            line += (nl ? ", gepland tot " : ", planned until ") + item.end.closingText(language)
          }
          return line
        }))
    sections.append(
      Section(
        heading: nl ? "Te laat" : "Late",
        lines: report.late.map { late in
          let item = late.item
          var line = "\(name(item)): "
          if late.started {
            line +=
              nl
              ? "loopt \(late.days) dagen over zijn einde (gepland tot \(item.end.closingText(language)))"
              : "runs \(late.days) days past its end (planned until \(item.end.closingText(language)))"
          } else if item.type == .milestone {
            line +=
              nl
              ? "had op \(date(item.start.day)) bereikt moeten zijn (\(late.days) dagen te laat)"
              : "was due on \(date(item.start.day)) (\(late.days) days late)"
          } else {
            line +=
              nl
              ? "had op \(date(item.start.day)) moeten beginnen (\(late.days) dagen te laat)"
              : "was to start on \(date(item.start.day)) (\(late.days) days late)"
          }
          // On the way to a target that comes later: not always the cause of all of it.
          for target in late.delays {
            let days = target.planned.days(until: target.expected)
            line +=
              nl
              ? "; ligt op de weg naar \(target.item.id) (verwacht \(date(target.expected)), \(days) dagen later)"
              : "; lies on the way to \(target.item.id) (expected \(date(target.expected)), \(days) days later)"
          }
          return line
        }))
    sections.append(
      Section(
        heading: nl ? "Doelen per perceel" : "Targets per lot",
        lines: report.targets.map { target in
          var line =
            "\(target.lot.map { "\($0): " } ?? "")\(name(target.item)) \(date(target.planned))"
          if target.reached {
            return line + (nl ? ": bereikt" : ": reached")
          }
          if target.expected > target.planned {
            line += (nl ? ", verwacht " : ", expected ") + date(target.expected)
          }
          guard let slack = target.slack, let workdays = target.slackWorkdays,
            let goal = target.goal
          else {
            return line + (nl ? " (geen uiterste datum)" : " (no deadline)")
          }
          let against = (nl ? " voor " : " by ") + goal.text(language)
          if slack >= 0 {
            return line + ":"
              + (nl
                ? " haalbaar\(against), \(workdays) werkdagen speling"
                : " feasible\(against), \(workdays) working days to spare")
          }
          return line + ":"
            + (nl
              ? " niet haalbaar\(against): op zijn vroegst \(date(target.earliest)), \(-slack) dagen te kort"
              : " not feasible\(against): \(date(target.earliest)) at the earliest, \(-slack) days short")
        }))
    let ahead = date(report.until)
    sections.append(
      Section(
        heading: nl ? "Komende weken (t/m \(ahead))" : "Coming weeks (through \(ahead))",
        lines: report.coming.map { coming in
          let item = coming.item
          var line = "\(weekday(coming.day))  \(name(item))"
          if item.type == .phase { line += nl ? " begint" : " starts" }
          if coming.day != item.start.day {
            line += (nl ? " (gepland " : " (planned ") + date(item.start.day) + ")"
          }
          return line
        }))
    sections.append(
      Section(
        heading: nl ? "Besluiten" : "Decisions",
        lines: report.decisions.map { entry in
          "\(name(entry.item)): \(entry.body(language)) \(weekday(entry.meeting))"
            + (nl ? "; aanleveren uiterlijk " : "; hand in by ") + date(entry.handIn) + ": "
            + DecisionExport.status(entry, language)
        }))
    sections.append(
      Section(
        heading: nl ? "Wie wat moet doen" : "Who must act",
        lines: report.actions.map { group in
          let who = group.owner ?? (nl ? "Zonder eigenaar" : "No owner")
          let what = group.actions.map { action in
            let reason: String
            switch action.reason {
            case .late(let days): reason = nl ? "te laat, \(days) dagen" : "late, \(days) days"
            case .starts(let day): reason = (nl ? "begint " : "starts ") + date(day)
            case .due(let day):
              reason = (nl ? "klaar uiterlijk " : "due by ") + date(day.adding(days: -1))
            case .handIn(let day): reason = (nl ? "aanleveren " : "hand in ") + date(day)
            case .handInLate(let days):
              reason =
                nl
                ? "aanleveren: \(days) \(days == 1 ? "werkdag" : "werkdagen") te laat"
                : "hand in: \(days) working \(days == 1 ? "day" : "days") late"
            }
            return "\(action.item.id) (\(reason))"
          }
          return "\(who): " + what.joined(separator: "; ")
        }))
    if case .baseline(let baseline) = report.since {
      sections.append(
        Section(
          heading: nl
            ? "Verschoven sinds basislijn \(baseline.name)"
            : "Moved since baseline \(baseline.name)",
          lines: report.moved.map { change in
            switch (change.before, change.after) {
            case (let before?, let after?):
              // A start that stayed where it was: the end is what moved.
              let start = before.start.day.days(until: after.start.day)
              let end = before.end.day.days(until: after.end.day)
              func signed(_ days: Int) -> String { "\(days >= 0 ? "+" : "")\(days) d" }
              let shift =
                start == end || change.before?.milestone == true
                ? signed(start)
                : (nl ? "begin " : "start ") + signed(start) + (nl ? ", einde " : ", end ")
                  + signed(end)
              return "\(change.id): \(span(before, language)) → \(span(after, language))"
                + " (\(shift))"
            case (nil, let after?):
              return "\(change.id): " + (nl ? "nieuw, " : "new, ") + span(after, language)
            case (let before?, nil):
              return "\(change.id): " + (nl ? "verwijderd, was " : "removed, was ")
                + span(before, language)
            case (nil, nil): return change.id
            }
          }))
    }
    return sections
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
