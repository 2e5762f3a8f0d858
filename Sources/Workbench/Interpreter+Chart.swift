import PlanKit
import PlanRender

/// gantt with its options.
extension Interpreter {
  static let scales: [String: GanttChart.Scale] = [
    "week": .week, "weken": .week, "weeks": .week, "maand": .month, "maanden": .month,
    "month": .month, "months": .month, "kwartaal": .quarter, "kwartalen": .quarter,
    "quarter": .quarter, "quarters": .quarter,
  ]

  func chart(_ command: ParsedCommand) throws(PlanError) -> String {
    var chart = screenChart(of: plan)
    if let word = command.argument(0).first {
      let id = word.text.lowercased()
      guard plan.lotIndex(id) != nil else { throw unknownLot(id, at: word.span) }
      chart.lot = id
    }
    if let clause = command.clauses[.scale] {
      guard clause.words.count == 1, let scale = Self.scales[clause.words[0].text.lowercased()]
      else {
        throw PlanError(
          nl: "'\(text(clause.words))' is geen schaal; kies week, maand of kwartaal",
          en: "'\(text(clause.words))' is not a scale; choose week, month or quarter",
          at: spanOf(clause.words))
      }
      chart.scale = scale
    }
    if let clause = command.clauses[.width] {
      guard clause.words.count == 1, let width = Int(clause.words[0].text),
        (40...1000).contains(width)
      else {
        throw PlanError(
          nl: "de breedte is een aantal tekens van 40 tot en met 1000",
          en: "the width is a number of characters from 40 to 1000", at: spanOf(clause.words))
      }
      chart.width = width
    }
    let from = try command.clauses[.from].map { c throws(PlanError) in try dateParser.parse(c.words)
    }
    let to = try command.clauses[.to].map { c throws(PlanError) in try endDate(c) }
    if from != nil || to != nil {
      let span = plan.span
      let low = from?.day ?? span?.lowerBound ?? today
      let high = to?.day ?? span?.upperBound ?? low.adding(days: 1)
      guard low < high else {
        throw PlanError(
          nl: "het einde ligt niet na het begin", en: "the end is not after the start",
          at: command.clauses[.to].flatMap { spanOf($0.words) })
      }
      chart.range = low..<high
    }
    if let clause = command.clauses[.baseline] {
      let name = text(clause.words)
      guard let baseline = plan.baselines.first(where: { $0.name == name }) else {
        throw notFound(
          name, what: Phrase(nl: "basislijn ", en: "baseline "), among: plan.baselines.map(\.name),
          at: spanOf(clause.words),
          hint: Phrase(nl: "'basislijnen' toont ze", en: "'baselines' lists them"))
      }
      chart.baseline = baseline
    }
    return chart.render(plan)
  }
}
