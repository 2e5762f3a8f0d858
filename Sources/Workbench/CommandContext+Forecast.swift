import PlanKit

extension CommandContext {
  /// The plan as it goes from `vandaag` on, when the session has a `vandaag` of its own and
  /// something is late; nil otherwise, when the plan's own dates are the answer (a plan typed
  /// from a memo of 2022 is history, not late).
  ///
  /// - Complexity: O(plan): every late item may move anything after it.
  func forecast() -> Forecast? {
    guard let today = settings.today, let forecast = Forecast(plan, on: today),
      !forecast.held.isEmpty
    else { return nil }
    return forecast
  }

  /// What the forecast holds back, among `ids` (all when nil): "Gerekend vanaf vandaag (3 okt.
  /// 2022): r2.voorbereiding is 155 dagen te laat en begint op zijn vroegst vandaag."; nil when
  /// none of them is held.
  ///
  /// - Complexity: O(held items).
  func heldLine(_ forecast: Forecast, among ids: Set<String>? = nil) -> String? {
    let held = forecast.held.filter { ids?.contains($0.id) ?? true }
    guard !held.isEmpty else { return nil }
    // Five named, or six rather than "and 1 more".
    let shown = held.prefix(held.count == 6 ? 6 : 5).map { hold in
      let milestone = plan.item(hold.id)?.type == .milestone
      return hold.started
        ? hold.days == 0
          ? text(
            Phrase(
              nl:
                "\(hold.id) was \(hold.share?.percent ?? 0)% gereed op \(hold.share?.reported.text(.nl) ?? ""): wat toen overbleef loopt tot na zijn geplande einde",
              en:
                "\(hold.id) was \(hold.share?.percent ?? 0)% done on \(hold.share?.reported.text(.en) ?? ""): what was left then runs past its planned end"
            ))
          : text(
            Phrase(
              nl: "\(hold.id) loopt \(Phrase.days(hold.days).nl) over zijn einde",
              en: "\(hold.id) runs \(Phrase.days(hold.days).en) past its end"))
            + (hold.share.map { share in
              text(
                Phrase(
                  nl: " (\(share.percent)% gereed op \(share.reported.text(.nl)))",
                  en: " (\(share.percent)% done on \(share.reported.text(.en)))"))
            } ?? "")
        : milestone
          ? text(
            Phrase(
              nl: "\(hold.id) had \(Phrase.days(hold.days).nl) geleden bereikt moeten zijn",
              en: "\(hold.id) was due \(Phrase.days(hold.days).en) ago"))
          : text(
            Phrase(
              nl: "\(hold.id) had \(Phrase.days(hold.days).nl) geleden moeten beginnen",
              en: "\(hold.id) was to start \(Phrase.days(hold.days).en) ago"))
    }
    let more =
      held.count > shown.count
      ? text(
        Phrase(
          nl: " en nog \(held.count - shown.count)", en: " and \(held.count - shown.count) more"))
      : ""
    let day = forecast.today
    return text(
      Phrase(
        nl:
          "Gerekend vanaf vandaag (\(day.text(.nl))): wat nog niet gebeurd is, gebeurt niet eerder. ",
        en: "Counted from today (\(day.text(.en))): what has not happened cannot happen earlier. "))
      + shown.joined(separator: "; ") + more + "."
  }

  /// Why a held item cannot come earlier, for a chain of `haalbaar` or `kritiek`.
  func heldReason(_ id: String, in forecast: Forecast) -> String? {
    guard let hold = forecast.held.first(where: { $0.id == id }) else { return nil }
    guard !hold.started || hold.share == nil else { return shareReason(hold) }
    return hold.started
      ? text(
        Phrase(
          nl: "loopt nog (\(Phrase.days(hold.days).nl) over zijn einde): klaar niet vóór vandaag",
          en: "still running (\(Phrase.days(hold.days).en) past its end): not done before today"))
      : text(
        Phrase(
          nl: "niet gestart (\(Phrase.days(hold.days).nl) te laat): begint niet vóór vandaag",
          en: "not started (\(Phrase.days(hold.days).en) late): does not start before today"))
  }

  /// Why a running phase with a percentage ends where the forecast puts it: the percentage and
  /// the day it was reported, from which what was left is counted.
  func shareReason(_ hold: Forecast.Hold) -> String? {
    guard let share = hold.share else { return nil }
    let over =
      hold.days > 0
      ? Phrase(
        nl: "loopt nog (\(Phrase.days(hold.days).nl) over zijn einde); ",
        en: "still running (\(Phrase.days(hold.days).en) past its end); ") : Phrase("")
    let last = share.until.adding(days: -1)
    let until =
      hold.days > 0 && last <= today
      ? Phrase(nl: "klaar niet vóór vandaag", en: "not done before today")
      : Phrase(nl: "klaar niet vóór \(last.text(.nl))", en: "not done before \(last.text(.en))")
    return text(
      over
        + Phrase(
          nl:
            "\(share.percent)% gereed gemeld op \(share.reported.text(.nl)), de overige \(100 - share.percent)% van de geplande duur gerekend vanaf die dag: ",
          en:
            "\(share.percent)% done reported on \(share.reported.text(.en)), the other \(100 - share.percent)% of the planned length counted from that day: "
        ) + until)
  }
}
