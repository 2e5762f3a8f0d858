import PlanKit

/// Words a command reads the same way everywhere: "geen", and clauses that do not apply.
extension CommandContext {
  static let noneWords: Set<String> = ["geen", "none", "-"]

  func isNone(_ words: [Word]) -> Bool {
    words.count == 1 && !words[0].quoted && Self.noneWords.contains(words[0].text.lowercased())
  }

  /// The working days of the plan's calendar, for durations counted in them, over the plan's
  /// years when they are known.
  var workdays: WorkdayTable {
    WorkdayTable(
      plan.calendar, planYears: graphCache?.years ?? today.year...today.year,
      reusing: workdayCache)
  }

  func onlyClauses(_ command: ParsedCommand, _ allowed: Set<ClauseID>, what: Phrase)
    throws(PlanError)
  {
    for (id, clause) in command.clauses where !allowed.contains(id) {
      let names = allowed.map { $0.keywords[language]![0] }.sorted().joined(separator: ", ")
      throw PlanError(
        nl: "'\(clause.keyword.text)' kan niet bij \(what.nl)",
        en: "'\(clause.keyword.text)' does not apply to \(what.en)",
        at: clause.keyword.span,
        hint: Phrase(nl: "wel: \(names)", en: "these do: \(names)"))
    }
  }

}
