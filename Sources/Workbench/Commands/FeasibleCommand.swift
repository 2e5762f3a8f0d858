import PlanKit
import PlanRender

/// `haalbaar`: is a date still feasible, and if not, what holds it back. Read only.
enum FeasibleCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .feasible, group: .timing, names: [.nl: ["haalbaar"], .en: ["feasible"]],
    arguments: [arg("onderdeel", "item", .target)], clauses: [.before],
    summary: Phrase(
      nl:
        "Zegt of een mijlpaal of het einde van een fase haalbaar is: de vroegste datum met de wettelijke minimumtermijnen, de speling tot de uiterste datum, en anders de keten die het tegenhoudt.",
      en:
        "Says whether a milestone or a phase's end is feasible: the earliest date under the legal minimum periods, the slack to the deadline, and otherwise the chain that holds it back."
    ),
    usage: Phrase(nl: "haalbaar ONDERDEEL [voor DATUM]", en: "feasible ITEM [by DATE]"),
    examples: [
      .nl: ["haalbaar r1.start", "haalbaar r1.start voor 1 januari 2024"],
      .en: ["feasible r1.start by 1 January 2024"],
    ])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    let word = command.argument(0)[0]
    let id = context.plan.id(at: try context.existingLocation(word))
    let date = try command.clauses[.before].map { c throws(PlanError) in
      try context.dateParser.parse(c.words)
    }
    // Late work is counted from vandaag: a date is not feasible on the strength of work that
    // should have happened and has not.
    let forecast = context.forecast()
    if let goal = PlanGoal(
      forecast?.plan ?? context.plan, item: id, by: date, today: context.settings.today)
    {
      return Outcome(text: context.goalLines(goal, asked: date != nil).joined(separator: "\n"))
    }
    guard
      let answer = Feasibility(
        forecast?.plan ?? context.plan, item: id, by: date, today: context.settings.today)
    else {
      throw PlanError(
        nl: "het plan is niet te plannen: de koppelingen vormen een kring",
        en: "the plan cannot be scheduled: its links form a circle", at: word.span,
        hint: Phrase(nl: "'controleer' noemt de kring", en: "'check' names the circle"))
    }
    let item = answer.target
    let planned = context.plan[try context.existingLocation(word)].dueDate.day
    let at = item.type == .milestone ? Phrase("") : Phrase(nl: "einde ", en: "end ")
    let now =
      planned == answer.planned
      ? Phrase(nl: " (nu \(planned.text(.nl)))", en: " (now \(planned.text(.en)))")
      : Phrase(
        nl: " (gepland \(planned.text(.nl)), vanaf vandaag verwacht \(answer.planned.text(.nl)))",
        en: " (planned \(planned.text(.en)), expected from today \(answer.planned.text(.en)))")
    var lines = [
      "\(id)\(item.title.map { " \"\($0.inert)\"" } ?? ""): "
        + context.text(
          Phrase(
            nl: "op zijn vroegst \(at.nl)\(answer.earliest.text(.nl))",
            en: "at the earliest \(at.en)\(answer.earliest.text(.en))"))
        + context.text(now)
    ]
    let errors = context.errors(leadingTo: id, asked: date != nil)
    if let goal = answer.goal, let due = answer.due, let slack = answer.slack,
      let workdays = answer.slackWorkdays
    {
      let what: Phrase
      switch goal {
      case .asked: what = Phrase(nl: "doel", en: "target")
      case .deadline: what = Phrase(nl: "uiterste datum", en: "deadline")
      case .fixed: what = Phrase(nl: "vaste datum", en: "fixed date")
      }
      if slack >= 0 && !errors.isEmpty {
        lines.append(
          context.text(what) + " " + goal.date.text(context.language)
            + context.text(
              Phrase(
                nl:
                  ": niet te beloven: de datums geven \(slack) dagen speling, maar op de weg ernaartoe \(errors.count == 1 ? "staat een fout" : "staan \(errors.count) fouten") van 'controleer':",
                en:
                  ": cannot be promised: the dates leave \(slack) days to spare, but \(errors.count == 1 ? "an error" : "\(errors.count) errors") of 'check' \(errors.count == 1 ? "lies" : "lie") on the way there:"
              )))
        lines += context.warningLines(errors)
      } else if slack >= 0 {
        lines.append(
          context.text(what) + " " + goal.date.text(context.language)
            + context.text(
              Phrase(
                nl:
                  ": haalbaar, met \(Phrase.workdays(workdays).nl) (\(Phrase.days(slack).nl)) speling tot \(due.text(.nl))",
                en:
                  ": feasible, with \(Phrase.workdays(workdays).en) (\(Phrase.days(slack).en)) to spare until \(due.text(.en))"
              )))
      } else {
        lines.append(
          context.text(what) + " " + goal.date.text(context.language)
            + context.text(
              Phrase(
                nl:
                  ": niet haalbaar, \(Phrase.days(-slack).nl) (\(Phrase.workdays(-workdays).nl)) te kort",
                en:
                  ": not feasible, \(Phrase.days(-slack).en) (\(Phrase.workdays(-workdays).en)) short"
              )))
      }
    } else {
      lines.append(
        context.text(
          Phrase(
            nl: "(geen uiterste datum: geef 'voor DATUM' om het te toetsen)",
            en: "(no deadline: give 'by DATE' to test one)")))
    }
    if !answer.isFeasible || answer.due == nil || answer.chain.count > 1 {
      lines.append(
        context.text(
          Phrase(
            nl: answer.isFeasible ? "Wat de datum bepaalt:" : "Wat het tegenhoudt:",
            en: answer.isFeasible ? "What sets the date:" : "What holds it back:")))
      lines += context.chainLines(answer, forecast: forecast)
    }
    let graph = context.graphCache ?? PlanGraph(context.plan)
    if let forecast, let node = graph.index[id],
      let held = context.heldLine(
        forecast,
        among: Set(graph.leading(to: node).map { context.plan[graph.locations[$0]].id } + [id]))
    {
      lines.append(held)
    }
    if answer.shortened > 0 {
      lines.append(
        context.text(
          Phrase(
            nl:
              "Gerekend met de wettelijke minimumtermijnen: \(answer.shortened) langere termijn(en) van het plan ingekort; de rest staat zoals gepland.",
            en:
              "Counted with the legal minimum periods: \(answer.shortened) longer period(s) of the plan cut short; the rest stays as planned."
          )))
    }
    return Outcome(text: lines.joined(separator: "\n"))
  }
}

extension CommandContext {

  /// The errors `controleer` finds on the way to `id`: while one stands, no date after it can
  /// be promised. An error is on the way when the item it is about (a broken link's end, the
  /// later of two) leads to `id`. The target's own date coming before what leads to it is the
  /// question `haalbaar` answers, not in its way; its own deadline missed as planned is, unless
  /// another date was asked about.
  ///
  /// - Complexity: O(plan): the whole plan's findings, filtered.
  fileprivate func errors(leadingTo id: String, asked: Bool) -> [Finding] {
    let graph = graphCache ?? PlanGraph(plan)
    guard let node = graph.index[id] else { return [] }
    let upstream = Set(graph.leading(to: node).map { plan[graph.locations[$0]].id })
    return findings().filter { finding in
      guard finding.isError, let subject = finding.items.last, upstream.contains(subject)
      else { return false }
      return !finding.items.contains(id) || (finding.kind == .missedDeadline && !asked)
    }
  }

  /// A head, then one line per item of the chain: its date (a phase's end) and why it cannot
  /// come earlier.
  fileprivate func chainLines(_ answer: Feasibility, forecast: Forecast?) -> [String] {
    let heads = (
      text(Phrase(nl: "onderdeel", en: "item")), text(Phrase(nl: "gereed", en: "done")),
      text(Phrase(nl: "waarom niet eerder", en: "why not earlier"))
    )
    let width = max(answer.chain.map(\.item.id.count).max() ?? 0, heads.0.count)
    let head = "  \(heads.0.fitted(to: width))  \(heads.1.fitted(to: 13))  \(heads.2)"
    return [head]
      + answer.chain.map { step in
        let item = step.item
        var why: String
        let held = forecast.flatMap { heldReason(item.id, in: $0) }
        if step.link == nil, let held {
          why = held
        } else if let link = step.link {
          why = linkNote(link)
          if let minimum = link.minimum {
            why += text(
              Phrase(
                nl: ", wettelijk minimum \(minimum.days) dagen: \(minimum.source)",
                en: ", legal minimum \(minimum.days) days: \(minimum.source)"))
          }
          if item.type == .phase, case .duration(let length) = item.length {
            why += text(Phrase(nl: ", duur ", en: ", for ")) + length.text(language)
          }
          if let held { why += "; " + held }
        } else if let finished = item.progress?.finished {
          why = text(
            Phrase(
              nl: "gereed op \(finished.text(.nl)) (gemeld)",
              en: "done on \(finished.text(.en)) (reported)"))
        } else if let started = item.progress?.started {
          why = text(
            Phrase(
              nl: "gestart op \(started.text(.nl)) (gemeld)",
              en: "started on \(started.text(.en)) (reported)"))
        } else if let notBefore = item.notBefore, item.anchor == nil || notBefore != item.anchor {
          why = text(Phrase(nl: "niet eerder dan ", en: "not before ")) + notBefore.text(language)
        } else if item.anchor != nil {
          why = text(
            Phrase(
              nl: "vaste datum in het plan: eerder beginnen wint tijd",
              en: "a date set in the plan: starting earlier gains time"))
        } else {
          why = ""
        }
        let date = (item.type == .milestone ? item.start : item.end).day.text(language)
        return "  \(item.id.fitted(to: width))  \(date.fitted(to: 13))  \(why)"
          .trimmingTrailingSpaces
      }
  }
}
