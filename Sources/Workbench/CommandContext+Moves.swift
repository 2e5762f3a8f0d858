import PlanKit

/// The lines that tell what a change moved and newly caused.
extension CommandContext {
  /// How many moved items a change to many lists before it counts the rest: a project leader
  /// reads a screenful, not the 125,000 lines of a shifted plan.
  static let shownMoves = 40

  /// The first `shownMoves` lines of `movedLines` and, when more moved, a line that counts
  /// them; the journal's effect keeps every move.
  ///
  /// - Complexity: O(k log k) for the k lines shown, whatever moved.
  func movedLines(summarising moved: [MovedItem]) -> [String] {
    let shown = shownCount(of: moved.count, atMost: Self.shownMoves)
    guard shown < moved.count else { return movedLines(moved) }
    let rest = moved.count - shown
    return movedLines(Array(moved.prefix(shown))) + [
      text(
        Phrase(
          nl: "  … en nog \(rest) onderdelen verschoven ('lijst' toont alle data)",
          en: "  … and \(rest) more items moved ('list' shows every date)"))
    ]
  }

  /// One line per moved item: new dates, the delta, and the old dates.
  ///
  /// - Complexity: O(k) for the k moves.
  func movedLines(_ moved: [MovedItem]) -> [String] {
    let width = moved.map(\.id.count).max() ?? 0
    let periods = moved.map { $0.period(language) }
    let periodWidth = periods.map(\.count).max() ?? 0
    return zip(moved, periods).map { move, period in
      "  \(move.id.fitted(to: width))   \(period.fitted(to: periodWidth))  (\(delta(move)))  \(text(Phrase(nl: "was", en: "was"))) \(move.period(language, before: true))"
    }
  }

  /// How an item moved: "+2 mnd" when it slipped as a whole or only its end moved.
  func delta(_ move: MovedItem) -> String {
    let start = PlanDuration.between(move.start.day, move.now.start.day)
    let end = PlanDuration.between(move.end.day, move.now.end.day)
    if move.type == .milestone || start == end || start.amount == 0 {
      return (start.amount == 0 ? end : start).delta(language)
    }
    if end.amount == 0 {
      return text(Phrase(nl: "begin ", en: "start ")) + start.delta(language)
    }
    return text(Phrase(nl: "begin ", en: "start ")) + start.delta(language)
      + text(Phrase(nl: ", einde ", en: ", end ")) + end.delta(language)
  }

  /// Warning lines for the screen, made inert: titles are the user's text.
  func warningLines(_ findings: [Finding]) -> [String] {
    findings.map { "  \($0.informational ? "·" : "!") " + text($0.message).inert }
  }
}
