import PlanFiles
import PlanKit

extension SessionFile.Contents {
  /// The journal that a session opened from this file continues, and, when the file's own
  /// journal no longer leads to its plan, what the replay found: the journal then starts
  /// afresh from the saved plan, which is what the user saved and saw. The saved plan is
  /// trusted when the journal's recorded effects lead to it; only a journal that does not is
  /// replayed, to say where it parts.
  ///
  /// - Complexity: O(the effects recorded + plan); a replay of the journal when they do not
  ///   lead to the plan.
  public func continuedJournal(language: Language = .nl) -> (journal: Journal, problem: Phrase?) {
    guard !journal.steps.isEmpty else { return (Journal(base: plan), nil) }
    // Written before the tender's order was kept as links, its steps now do more.
    guard version >= 5 || !plan.links.contains(where: \.implicit) else {
      return (
        Journal(base: plan),
        Phrase(
          nl:
            "het bestand is van een eerdere Planwerk; de fasen en mijlpalen van elke procedure volgen nu elkaar vanzelf (\(plan.links.filter(\.implicit).count) koppelingen), en de oude stappen zouden dat niet meer precies zo doen",
          en:
            "the file is from an earlier Planwerk; the phases and milestones of each procedure now follow one another by themselves (\(plan.links.filter(\.implicit).count) links), and the old steps would no longer do quite the same"
        )
      )
    }
    guard !journal.effectsLead(to: plan) else { return (journal, nil) }
    var replay = Replay(journal, language: language)
    replay.finish()
    let problem =
      replay.problem(against: plan)
      ?? Phrase(
        nl: "de wijzigingen die het journaal noteert, leiden niet tot de bewaarde data",
        en: "the changes the journal records do not lead to the saved dates")
    return (Journal(base: plan), problem)
  }
}
