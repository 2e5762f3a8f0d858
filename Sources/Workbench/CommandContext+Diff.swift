import PlanFiles
import PlanKit
import PlanRender

/// A comparison of two schedules as `diff` lists it.
extension CommandContext {
  /// Moved items as `verschuif` shows them, then what came and what went.
  func diffLines(_ changes: [PlanDiff.Change]) -> [String] {
    var moved: [MovedItem] = []
    var others: [String] = []
    for change in changes {
      switch (change.before, change.after) {
      case (let before?, let after?):
        moved.append(
          MovedItem(
            id: change.id, type: after.milestone ? .milestone : .phase,
            now: (after.start, after.end), start: before.start, end: before.end))
      case (nil, let after?):
        others.append(
          "  + \(change.id)  \(period(after))  "
            + text(Phrase(nl: "(nieuw)", en: "(new)")))
      case (let before?, nil):
        others.append(
          "  - \(change.id)  \(period(before))  "
            + text(Phrase(nl: "(niet meer in het plan)", en: "(no longer in the plan)")))
      case (nil, nil): break
      }
    }
    return movedLines(moved) + others
  }

  func period(_ span: PlanDiff.Span) -> String {
    span.milestone
      ? span.start.text(language)
      : "\(span.start.text(language)) – \(span.end.endText(after: span.start, language))"
  }
}
