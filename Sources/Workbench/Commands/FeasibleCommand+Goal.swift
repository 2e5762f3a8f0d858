import PlanKit
import PlanRender

extension CommandContext {
  /// `haalbaar` on a goal of the whole plan (`PlanGoal`): each lot's target against its date,
  /// the lot it waits for, and where to look next.
  ///
  /// - Complexity: O(lots).
  func goalLines(_ goal: PlanGoal, asked: Bool) -> [String] {
    let item = goal.item
    let on = goal.date.text(language)
    let own = (PlanGoal.date(of: item) ?? goal.date).text(language)
    var lines = [
      "\(item.id)\(item.title.map { " \"\($0.inert)\"" } ?? ""): "
        + text(
          Phrase(
            nl:
              "een doel van het hele plan (\(own)), aan niets gekoppeld: elk perceel moet het halen",
            en: "a goal of the whole plan (\(own)), linked to nothing: every lot must make it"))
    ]
    let heads = (
      text(Phrase(nl: "perceel", en: "lot")), text(Phrase(nl: "doel", en: "target")),
      text(Phrase(nl: "op zijn vroegst", en: "at the earliest"))
    )
    let lotWidth = max(goal.lots.map(\.lot.count).max() ?? 0, heads.0.count)
    let targetWidth = max(goal.lots.map(\.target.id.count).max() ?? 0, heads.1.count)
    lines.append(
      "  \(heads.0.fitted(to: lotWidth))  \(heads.1.fitted(to: targetWidth))  \(heads.2)")
    for lot in goal.lots {
      let spare =
        lot.slack >= 0
        ? Phrase(
          nl: "\(Phrase.workdays(lot.slackWorkdays).nl) speling",
          en: "\(Phrase.workdays(lot.slackWorkdays).en) to spare")
        : Phrase.days(-lot.slack) + Phrase(nl: " te kort", en: " short")
      lines.append(
        "  \(lot.lot.fitted(to: lotWidth))  \(lot.target.id.fitted(to: targetWidth))  "
          + lot.earliest.text(language).fitted(to: 13) + "  " + text(spare))
    }
    guard let latest = goal.latest else { return lines }
    let what =
      asked
      ? Phrase(nl: "doel", en: "target")
      : item.deadline != nil
        ? Phrase(nl: "uiterste datum", en: "deadline") : Phrase(nl: "vaste datum", en: "fixed date")
    let last = latest.earliest.text(language)
    let answer =
      goal.isFeasible
      ? Phrase(
        nl:
          ": haalbaar: \(latest.lot) komt het laatst, op zijn vroegst \(last), met \(Phrase.workdays(latest.slackWorkdays).nl) (\(Phrase.days(latest.slack).nl)) speling",
        en:
          ": feasible: \(latest.lot) comes last, at the earliest \(last), with \(Phrase.workdays(latest.slackWorkdays).en) (\(Phrase.days(latest.slack).en)) to spare"
      )
      : Phrase(
        nl:
          ": niet haalbaar: \(goal.lots.filter { $0.slack < 0 }.count) van de \(goal.lots.count) percelen halen het niet; \(latest.lot) komt het laatst, op zijn vroegst \(last), \(Phrase.days(-latest.slack).nl) (\(Phrase.workdays(-latest.slackWorkdays).nl)) te kort",
        en:
          ": not feasible: \(goal.lots.filter { $0.slack < 0 }.count) of the \(goal.lots.count) lots miss it; \(latest.lot) comes last, at the earliest \(last), \(Phrase.days(-latest.slack).en) (\(Phrase.workdays(-latest.slackWorkdays).en)) short"
      )
    lines.append(text(what) + " " + on + text(answer))
    let next = "'haalbaar \(latest.target.id)'"
    let nextEN = "'feasible \(latest.target.id)'"
    lines.append(
      text(
        goal.isFeasible
          ? Phrase(
            nl: "\(next) toont wat de datum van dat perceel bepaalt.",
            en: "\(nextEN) shows what sets that lot's date.")
          : Phrase(
            nl: "\(next) toont wat dat perceel tegenhoudt.",
            en: "\(nextEN) shows what holds that lot back.")))
    return lines
  }
}
