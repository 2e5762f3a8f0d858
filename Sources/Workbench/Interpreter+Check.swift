import PlanKit
import PlanRender

/// controleer, kritiek. Read only.
extension Interpreter {
  func check(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    var lot: String?
    if let word = command.argument(0).first {
      guard plan.lotIndex(word.text.lowercased()) != nil else {
        throw unknownLot(word.text.lowercased(), at: word.span)
      }
      lot = word.text.lowercased()
    }
    let found = findings().filter { lot == nil || $0.lot == lot }
    guard found.contains(where: { !$0.informational }) else {
      let notes = warningLines(found)
      if !notes.isEmpty {
        return Outcome(
          text: (notes + [text(Phrase(nl: "Verder klopt alles.", en: "Otherwise all clear."))])
            .joined(separator: "\n"))
      }
      return Outcome(
        text: text(
          Phrase(
            nl:
              "Alles klopt: geen gemiste uiterste data, verbroken koppelingen, fasen in de verkeerde volgorde of onderdelen vóór vandaag.",
            en:
              "All clear: no missed deadlines, broken links, phases out of order or items before today."
          )))
    }
    var lines: [String] = []
    var current: String??
    for finding in found {
      if current != .some(finding.lot) {
        current = .some(finding.lot)
        let heading =
          finding.lot.flatMap { id in plan.lots.first { $0.id == id } }.map {
            "\($0.id)  \($0.title.inert)"
          } ?? text(Phrase(nl: "plan", en: "plan"))
        lines.append(heading)
      }
      lines += warningLines([finding])
    }
    let count = found.filter { !$0.informational }.count
    lines.append(
      text(
        Phrase(
          nl: "\(count) \(count == 1 ? "bevinding" : "bevindingen").",
          en: "\(count) \(count == 1 ? "finding" : "findings").")))
    return Outcome(text: lines.joined(separator: "\n"))
  }

  func critical(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    var target: String?
    if let clause = command.clauses[.toward] {
      guard clause.words.count == 1 else {
        throw PlanError(nl: "geef één onderdeel", en: "give one item", at: spanOf(clause.words))
      }
      target = plan[try existingLocation(clause.words[0])].id
    }
    guard plan.itemCount > 0 else {
      throw PlanError(
        nl: "het plan heeft nog geen onderdelen", en: "the plan has no items yet",
        hint: Phrase(nl: "begin met 'perceel' en 'fase'", en: "start with 'lot' and 'phase'"))
    }
    let analysis = SlackAnalysis(plan, towards: target)
    var lines: [String]
    if let item = analysis.target {
      let goal =
        "\(item.id) (\(item.type == .milestone ? item.start.text(language) : item.end.closingText(language))"
        + (item.deadline.map {
          text(Phrase(nl: ", uiterlijk ", en: ", deadline ")) + $0.text(language)
        } ?? "") + ")"
      lines = [
        text(Phrase(nl: "Kritiek pad naar ", en: "Critical path to ")) + goal + ":",
        "  " + analysis.path.joined(separator: " → "),
      ]
    } else {
      lines = [
        text(
          Phrase(
            nl: "Kritieke paden, per perceel naar zijn doel:",
            en: "Critical paths, per lot to its target:"))
      ]
      for chain in analysis.chains {
        let due = plan.item(chain.target).map { " (\($0.dueDate.text(language)))" } ?? ""
        lines.append("  \(chain.target)\(due): " + chain.items.joined(separator: " → "))
      }
    }
    lines.append("")
    let header = [
      text(Phrase(nl: "onderdeel", en: "item")), text(Phrase(nl: "begin", en: "start")),
      text(Phrase(nl: "uiterlijk begin", en: "latest start")),
      text(Phrase(nl: "uiterlijk klaar", en: "latest finish")),
      text(Phrase(nl: "totale speling", en: "total slack")),
      text(Phrase(nl: "vrije speling", en: "free slack")),
    ]
    var table = [header]
    for row in analysis.rows {
      table.append([
        (analysis.critical.contains(row.item.id) ? "* " : "  ") + row.item.id,
        row.item.start.day.text(language), row.lateStart.text(language),
        (row.item.type == .milestone ? row.lateStart : row.lateEnd).text(language),
        slack(row.totalWorkdays, row.totalDays), slack(row.freeWorkdays, row.freeDays),
      ])
    }
    let widths = (0..<header.count).map { c in table.map { $0[c].count }.max()! }
    for (r, row) in table.enumerated() {
      let cells = row.enumerated().map { c, cell in
        c == 0 && r == 0 ? "  " + cell.fitted(to: widths[c] - 2) : cell.fitted(to: widths[c])
      }
      lines.append("  " + cells.joined(separator: "  ").trimmingTrailingSpaces)
    }
    let shortfalls = shortfalls(analysis)
    if !shortfalls.isEmpty { lines.append("") }
    lines += shortfalls
    lines.append(
      text(
        Phrase(
          nl:
            "* kritiek: geen speling (0 of minder); speling in werkdagen (wd) en kalenderdagen (d).",
          en: "* critical: no slack (0 or less); slack in working days (wd) and calendar days (d).")
      ))
    return Outcome(text: lines.joined(separator: "\n"))
  }

  /// For each target whose chain has negative slack, how much too late it comes as the plan
  /// stands: measured at the target, as `haalbaar` measures it, so both give one number.
  ///
  /// - Complexity: O(plan) per late target.
  func shortfalls(_ analysis: SlackAnalysis) -> [String] {
    let late = Set(analysis.rows.lazy.filter { $0.totalDays < 0 }.map(\.item.id))
    var lines: [String] = []
    for chain in analysis.chains where chain.items.contains(where: late.contains) {
      guard let answer = Feasibility(plan, item: chain.target, atMinimum: false),
        let goal = answer.goal, let days = answer.slack, let workdays = answer.slackWorkdays,
        days < 0
      else { continue }
      let date = goal.date.text(language)
      lines.append(
        text(
          Phrase(
            nl:
              "! Negatieve speling: \(chain.target) haalt \(date) niet; het kritieke pad is \(-days) dagen (\(-workdays) werkdagen) te lang. Verkort een onderdeel met * of zet de datum later.",
            en:
              "! Negative slack: \(chain.target) misses \(date); the critical path is \(-days) days (\(-workdays) working days) too long. Shorten an item marked * or move the date."
          )))
    }
    return lines
  }

  func slack(_ workdays: Int, _ days: Int) -> String {
    "\(workdays) wd / \(days) d"
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}
