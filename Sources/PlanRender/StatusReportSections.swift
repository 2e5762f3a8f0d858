import PlanKit

/// The status report's sections, each written from the report on its own.
extension StatusReportExport {
  /// The report's sections, in the order a stuurgroep reads them.
  ///
  /// - Complexity: O(what the report holds).
  public static func sections(_ report: StatusReport, plan: Plan, language: Language)
    -> [Section]
  {
    let writer = SectionWriter(report: report, language: language)
    return [writer.done()] + [writer.passed()].compactMap { $0 } + [
      writer.running(), writer.late(), writer.targets(), writer.coming(),
      writer.decisions(), writer.owners(),
    ] + [writer.moved()].compactMap { $0 }
  }

  struct SectionWriter {
    let report: StatusReport
    let language: Language
    var nl: Bool { language == .nl }

    func date(_ day: Day) -> String { day.text(language) }

    func days(_ n: Int) -> String { Phrase.days(n)(language) }

    /// "op 1 mei 2022"; a vague date by the last day of its window, as lateness counts it:
    /// "uiterlijk 30 jun. 2022 (juni 2022)".
    func due(_ planned: PlanDate) -> String {
      guard planned.precision != .day else { return (nl ? "op " : "on ") + date(planned.day) }
      let last = date(planned.windowEnd.adding(days: -1))
      return (nl ? "uiterlijk " : "by ") + last + " (" + planned.text(language) + ")"
    }

    func weekday(_ day: Day) -> String {
      DateWords.weekdayName(day.weekday, language).prefix(2) + " " + date(day)
    }

    func name(_ item: Item) -> String { StatusReportExport.name(item) }

    /// Since a baseline, what was reported done after it was taken, whatever day it ended.
    func done() -> Section {
      let heading: String =
        switch report.since {
        case .baseline(let baseline)?:
          nl
            ? "Gereed gemeld sinds basislijn \(baseline.name)"
            : "Reported done since baseline \(baseline.name)"
        case .day(let day)?: (nl ? "Gereed sinds " : "Done since ") + date(day)
        case nil: nl ? "Gereed" : "Done"
        }
      return Section(
        heading: heading,
        lines: report.done.map { item in
          "\(name(item)): " + (nl ? "gereed op " : "done on ")
            + date(item.progress?.finished ?? item.start.day)
        })
    }

    /// Fixed dates passed that nobody reported: not done, a question to the owner; none, no
    /// section.
    func passed() -> Section? {
      guard !report.passed.isEmpty else { return nil }
      return Section(
        heading: nl ? "Datum voorbij, niet gemeld" : "Date passed, not reported",
        lines: report.passed.map { item in
          "\(name(item)): "
            + (nl
              ? "vaste datum \(item.start.text(language)); meld 'gereed \(item.id)' als het gebeurd is"
              : "fixed date \(item.start.text(language)); report 'done \(item.id)' if it happened")
        })
    }

    func running() -> Section {
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
        })
    }

    func late() -> Section {
      Section(
        heading: nl ? "Te laat" : "Late",
        lines: report.late.map { late in
          let item = late.item
          var line = "\(name(item)): "
          if late.started {
            line +=
              nl
              ? "loopt \(days(late.days)) over zijn einde (gepland tot \(item.end.closingText(language)))"
              : "runs \(days(late.days)) past its end (planned until \(item.end.closingText(language)))"
          } else if item.type == .milestone {
            line +=
              nl
              ? "had \(due(item.start)) bereikt moeten zijn (\(days(late.days)) te laat)"
              : "was due \(due(item.start)) (\(days(late.days)) late)"
          } else {
            line +=
              nl
              ? "had \(due(item.start)) moeten beginnen (\(days(late.days)) te laat)"
              : "was to start \(due(item.start)) (\(days(late.days)) late)"
          }
          // On the way to a target that comes later: not always the cause of all of it.
          for target in late.delays {
            let later = days(target.planned.days(until: target.expected))
            // The lot's target itself: it delays nothing but itself.
            guard target.item.id != item.id else {
              line +=
                nl
                ? "; is zelf het doel van zijn perceel (verwacht \(date(target.expected)), \(later) later)"
                : "; is its lot's target itself (expected \(date(target.expected)), \(later) later)"
              continue
            }
            line +=
              nl
              ? "; ligt op de weg naar \(target.item.id) (verwacht \(date(target.expected)), \(later) later)"
              : "; lies on the way to \(target.item.id) (expected \(date(target.expected)), \(later) later)"
          }
          return line
        })
    }

    /// The plan's goals first, then each lot's target.
    func targets() -> Section {
      Section(
        heading: nl ? "Doelen" : "Targets",
        lines: report.goals.map(goal) + report.targets.map(target))
    }

    func target(_ target: StatusReport.Target) -> String {
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
            ? " haalbaar\(against), \(Phrase.workdays(workdays).nl) speling"
            : " feasible\(against), \(Phrase.workdays(workdays).en) to spare")
      }
      return line + ":"
        + (nl
          ? " niet haalbaar\(against): op zijn vroegst \(date(target.earliest)), \(days(-slack)) te kort"
          : " not feasible\(against): \(date(target.earliest)) at the earliest, \(days(-slack)) short")
    }

    /// "plan: doel-contracten … 1 jan. 2023: niet haalbaar: 3 van de 3 percelen halen het niet;
    /// r1 komt het laatst, op zijn vroegst 3 jun. 2024, 519 dagen te kort".
    func goal(_ goal: PlanGoal) -> String {
      let line = "plan: " + "\(name(goal.item)) \(goal.date.text(language))"
      guard let latest = goal.latest else { return line }
      let last = date(latest.earliest)
      if goal.isFeasible {
        return line
          + (nl
            ? ": haalbaar; \(latest.lot) komt het laatst, op zijn vroegst \(last), \(Phrase.workdays(latest.slackWorkdays).nl) speling"
            : ": feasible; \(latest.lot) comes last, at the earliest \(last), \(Phrase.workdays(latest.slackWorkdays).en) to spare")
      }
      let missing = goal.lots.filter { $0.slack < 0 }.count
      return line
        + (nl
          ? ": niet haalbaar: \(missing) van de \(goal.lots.count) percelen halen het niet; \(latest.lot) komt het laatst, op zijn vroegst \(last), \(days(-latest.slack)) te kort"
          : ": not feasible: \(missing) of the \(goal.lots.count) lots miss it; \(latest.lot) comes last, at the earliest \(last), \(days(-latest.slack)) short")
    }

    func coming() -> Section {
      let ahead = date(report.until)
      return Section(
        heading: nl ? "Komende weken (t/m \(ahead))" : "Coming weeks (through \(ahead))",
        lines: report.coming.map { coming in
          let item = coming.item
          // A vague date on its own window is shown as it was given, not as its first day.
          let when =
            coming.day == item.start.day && item.start.precision != .day
            ? item.start.text(language) : weekday(coming.day)
          var line = "\(when)  \(name(item))"
          if item.type == .phase { line += nl ? " begint" : " starts" }
          if coming.day != item.start.day {
            line += (nl ? " (gepland " : " (planned ") + date(item.start.day) + ")"
          }
          return line
        })
    }

    func decisions() -> Section {
      Section(
        heading: nl ? "Besluiten" : "Decisions",
        lines: report.decisions.map { entry in
          "\(name(entry.item)): \(entry.body(language)) \(weekday(entry.meeting))"
            + (nl ? "; aanleveren uiterlijk " : "; hand in by ") + date(entry.handIn) + ": "
            + DecisionExport.status(entry, language)
        })
    }

    func owners() -> Section {
      Section(
        heading: nl ? "Wie wat moet doen" : "Who must act",
        lines: report.actions.map { group in
          let who = group.owner ?? (nl ? "Zonder eigenaar" : "No owner")
          return "\(who): " + group.actions.map(action).joined(separator: "; ")
        })
    }

    func action(_ action: StatusReport.Action) -> String {
      let reason: String
      switch action.reason {
      case .late(let late): reason = (nl ? "te laat, " : "late, ") + days(late)
      case .starts(let day) where action.item.type == .milestone:
        // A milestone is reached, not begun; a vague one as it was written ("eind feb. 2021").
        let start = action.item.start
        reason = start.precision == .day ? (nl ? "op " : "on ") + date(day) : start.text(language)
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

    /// Only when the report looks back to a baseline.
    func moved() -> Section? {
      guard case .baseline(let baseline) = report.since else { return nil }
      return Section(
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
              start == end || before.milestone
              ? signed(start)
              : (nl ? "begin " : "start ") + signed(start) + (nl ? ", einde " : ", end ")
                + signed(end)
            return "\(change.id): \(span(before)) → \(span(after)) (\(shift))"
          case (nil, let after?):
            return "\(change.id): " + (nl ? "nieuw, " : "new, ") + span(after)
          case (let before?, nil):
            return "\(change.id): " + (nl ? "verwijderd, was " : "removed, was ") + span(before)
          case (nil, nil): return change.id
          }
        })
    }

    func span(_ span: PlanDiff.Span) -> String { StatusReportExport.span(span, language) }
  }
}
