import PlanKit
import PlanRender

/// Slack as `kritiek` reports it.
extension CommandContext {
  /// For each target whose chain has negative slack, how much too late it comes as the plan
  /// stands (or, from `vandaag`, as the `forecast` has it): measured at the target, as `haalbaar`
  /// measures it, so both give one number.
  ///
  /// - Complexity: O(plan) per late target.
  func shortfalls(_ analysis: SlackAnalysis, forecast: Forecast?) -> [String] {
    let late = Set(analysis.rows.lazy.filter { $0.totalDays < 0 }.map(\.item.id))
    var lines: [String] = []
    for chain in analysis.chains where chain.items.contains(where: late.contains) {
      guard
        let answer = Feasibility(
          forecast?.plan ?? plan, item: chain.target, atMinimum: false, today: settings.today),
        let goal = answer.goal, let days = answer.slack, let workdays = answer.slackWorkdays,
        days < 0
      else { continue }
      let date = goal.date.text(language)
      lines.append(
        text(
          Phrase(
            nl:
              "! Negatieve speling: \(chain.target) haalt \(date) niet; het kritieke pad is \(Phrase.days(-days).nl) (\(Phrase.workdays(-workdays).nl)) te lang. Verkort een onderdeel met * of zet de datum later.",
            en:
              "! Negative slack: \(chain.target) misses \(date); the critical path is \(Phrase.days(-days).en) (\(Phrase.workdays(-workdays).en)) too long. Shorten an item marked * or move the date."
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
