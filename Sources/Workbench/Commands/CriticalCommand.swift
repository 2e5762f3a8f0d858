import PlanKit
import PlanRender

/// `kritiek`: the items without slack, and what comes too late as the plan stands. Read only.
enum CriticalCommand: PlanCommand {
  static let spec = CommandSpec(
    id: .critical, group: .timing, names: [.nl: ["kritiek"], .en: ["critical"]],
    arguments: [], clauses: [.toward],
    summary: Phrase(
      nl:
        "Toont het kritieke pad naar een mijlpaal of het einde van het plan, en de speling van elk onderdeel in werkdagen en kalenderdagen.",
      en:
        "Shows the critical path to a milestone or the end of the plan, and every item's slack in working and calendar days."
    ),
    usage: Phrase(nl: "kritiek [naar ONDERDEEL]", en: "critical [towards ITEM]"),
    examples: [.nl: ["kritiek", "kritiek naar r1.start"], .en: ["critical towards r1.start"]])

  static func run(_ command: ParsedCommand, in context: inout CommandContext)
    throws(PlanError) -> Outcome
  {
    var target: String?
    if let clause = command.clauses[.toward] {
      guard clause.words.count == 1 else {
        throw PlanError(Messages.giveOneItem, at: spanOf(clause.words))
      }
      target = context.plan[try context.existingLocation(clause.words[0])].id
    }
    guard context.plan.itemCount > 0 else {
      throw PlanError(
        nl: "het plan heeft nog geen onderdelen", en: "the plan has no items yet",
        hint: Phrase(nl: "begin met 'perceel' en 'fase'", en: "start with 'lot' and 'phase'"))
    }
    // Late work is counted from vandaag, as in `haalbaar`: slack is not spent on the strength of
    // work that should have happened and has not.
    let forecast = context.forecast()
    let analysis = SlackAnalysis(forecast?.plan ?? context.plan, towards: target)
    var lines: [String]
    if let item = analysis.target {
      let goal =
        "\(item.id) (\(item.type == .milestone ? item.start.text(context.language) : item.end.closingText(context.language))"
        + (item.deadline.map {
          context.text(Phrase(nl: ", uiterlijk ", en: ", deadline ")) + $0.text(context.language)
        } ?? "") + ")"
      lines = [
        context.text(Phrase(nl: "Kritiek pad naar ", en: "Critical path to ")) + goal + ":",
        "  " + analysis.path.joined(separator: " → "),
      ]
    } else {
      lines = [
        context.text(
          Phrase(
            nl: "Kritieke paden, per perceel naar zijn doel:",
            en: "Critical paths, per lot to its target:"))
      ]
      for chain in analysis.chains {
        let due =
          (forecast?.plan ?? context.plan).item(chain.target).map {
            " (\($0.dueDate.text(context.language)))"
          } ?? ""
        lines.append("  \(chain.target)\(due): " + chain.items.joined(separator: " → "))
      }
    }
    // A goal of the whole plan is linked to nothing: it waits for every lot's target.
    let goals = target == nil ? context.goalSlack(analysis, forecast?.plan ?? context.plan) : [:]
    for (id, goal) in goals.sorted(by: { $0.key < $1.key }) {
      lines.append(
        "  \(id) (\(goal.date.text(context.language))): "
          + context.text(
            Phrase(
              nl:
                "doel van het hele plan; het laatst komt \(goal.last), verwacht \(goal.lastDay.text(.nl))",
              en:
                "goal of the whole plan; last comes \(goal.last), expected \(goal.lastDay.text(.en))"
            )))
    }
    if let forecast,
      let held = context.heldLine(forecast, among: Set(analysis.rows.map(\.item.id)))
    {
      lines.append(held)
    }
    lines.append("")
    let header = [
      context.text(Phrase(nl: "onderdeel", en: "item")),
      context.text(Phrase(nl: "begin", en: "start")),
      context.text(Phrase(nl: "uiterlijk begin", en: "latest start")),
      context.text(Phrase(nl: "uiterlijk klaar", en: "latest finish")),
      context.text(Phrase(nl: "totale speling", en: "total slack")),
      context.text(Phrase(nl: "vrije speling", en: "free slack")),
    ]
    var table = [header]
    for row in analysis.rows {
      // What is done cannot slip or hold anything up any more: no slack to spend.
      let done = row.item.progress?.finished != nil
      let goal = goals[row.item.id]
      let slack =
        done
        ? [context.text(Phrase(nl: "gereed", en: "done")), ""]
        : goal.map { [context.slack($0.workdays, $0.days), ""] } ?? [
          context.slack(row.totalWorkdays, row.totalDays),
          context.slack(row.freeWorkdays, row.freeDays),
        ]
      let critical = goal.map { $0.days <= 0 } ?? analysis.critical.contains(row.item.id)
      table.append(
        [
          (critical && !done ? "* " : "  ") + row.item.id,
          row.item.start.day.text(context.language), row.lateStart.text(context.language),
          (row.item.type == .milestone ? row.lateStart : row.lateEnd).text(context.language),
        ] + slack)
    }
    var widths = (0..<header.count).map { c in table.map { $0[c].count }.max()! }
    // The head of the first column stands where the marks of the rows below it do.
    widths[0] = max(widths[0], header[0].count + 2)
    for (r, row) in table.enumerated() {
      let cells = row.enumerated().map { c, cell in
        c == 0 && r == 0 ? "  " + cell.fitted(to: widths[c] - 2) : cell.fitted(to: widths[c])
      }
      lines.append("  " + cells.joined(separator: "  ").trimmingTrailingSpaces)
    }
    let shortfalls = context.shortfalls(analysis, forecast: forecast)
    if !shortfalls.isEmpty { lines.append("") }
    lines += shortfalls
    lines.append(
      context.text(
        Phrase(
          nl:
            "* kritiek: geen speling (0 of minder); speling in werkdagen (wd) en kalenderdagen (d).",
          en: "* critical: no slack (0 or less); slack in working days (wd) and calendar days (d).")
      ))
    return Outcome(text: lines.joined(separator: "\n"))
  }
}

/// A goal of the whole plan (`PlanGoal`) as `kritiek` shows it: the lot target that comes
/// last, when, and the slack from there to the goal.
private struct GoalSlack {
  let date: PlanDate
  let last: String
  let lastDay: Day
  let days: Int
  let workdays: Int
}

extension CommandContext {
  /// Each goal of the whole plan against the lots' targets as `plan` has them.
  ///
  /// - Complexity: O(lots + plan milestones).
  fileprivate func goalSlack(_ analysis: SlackAnalysis, _ plan: Plan) -> [String: GoalSlack] {
    // Where each target comes: its date, or later by its negative slack (a contract start
    // stays on 1 januari while what leads to it ends later).
    let behind = Dictionary(
      analysis.rows.map { ($0.item.id, max(0, -$0.totalDays)) }, uniquingKeysWith: { a, _ in a })
    let expected = analysis.chains.compactMap { chain in
      plan.item(chain.target).map { ($0, $0.dueDate.day.adding(days: behind[$0.id] ?? 0)) }
    }
    guard let (last, from) = expected.max(by: { $0.1 < $1.1 }) else { return [:] }
    var goals: [String: GoalSlack] = [:]
    for item in PlanGoal.goals(in: plan, graph: analysis.scheduler.graph) {
      guard let date = PlanGoal.date(of: item) else { continue }
      let due = last.lastDay(for: date)
      goals[item.id] = GoalSlack(
        date: date, last: last.id, lastDay: from, days: from.days(until: due),
        workdays: workdays.count(from: from, to: due))
    }
    return goals
  }
}
