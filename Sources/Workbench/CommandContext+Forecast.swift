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
        ? text(
          Phrase(
            nl: "\(hold.id) loopt \(Phrase.days(hold.days).nl) over zijn einde",
            en: "\(hold.id) runs \(Phrase.days(hold.days).en) past its end"))
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
}
