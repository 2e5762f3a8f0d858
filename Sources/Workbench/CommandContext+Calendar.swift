import PlanKit
import PlanRender

/// The calendar as `kalender` and `vrij` show it: holidays, closing days, weekdays off.
extension CommandContext {
  static let weekdays: [Language: [String]] = [
    .nl: ["ma", "di", "wo", "do", "vr", "za", "zo"],
    .en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
  ]

  func overview() -> String {
    let calendar = plan.calendar
    var lines = [
      text(Phrase(nl: "Kalender: ", en: "Calendar: ")) + calendar.holidays.rawValue + " ("
        + text(calendar.holidays.summary) + ")"
    ]
    if calendar.closings.isEmpty {
      lines.append(
        text(
          Phrase(
            nl: "Geen eigen vrije dagen ('vrij' voegt ze toe).",
            en: "No closing days of your own ('closed' adds them).")))
    } else {
      lines.append(text(Messages.closingDays))
      lines += calendar.closings.map { closingLine($0) }
    }
    lines.append(
      text(
        Phrase(
          nl:
            "'feestdagen JAAR' toont de feestdagen; 'kalender atw' telt met de Algemene termijnenwet.",
          en:
            "'holidays YEAR' lists the holidays; 'calendar atw' counts with the Algemene termijnenwet."
        )))
    return lines.joined(separator: "\n")
  }

  func closingLine(_ closing: Closing) -> String {
    let last = closing.days.upperBound.adding(days: -1)
    let days =
      closing.days.lowerBound == last
      ? closing.days.lowerBound.text(language)
      : "\(closing.days.lowerBound.text(language)) \(text(Phrase(nl: "t/m", en: "to"))) \(last.text(language))"
    return "  \(days)" + (closing.title.map { "  \($0.inert)" } ?? "")
  }

  func holidays(in year: Int, highlight: HolidaySet) -> String {
    let all = Holiday.all(in: year)
    let names = all.map { $0.name.text(language) }
    let width = names.map(\.count).max() ?? 0
    let dateWidth = all.map { $0.day.text(language).count }.max() ?? 0
    var lines = [
      text(Phrase(nl: "Feestdagen \(year)", en: "Holidays \(year)"))
        + text(Phrase(nl: " (vrij volgens ", en: " (days off under ")) + "gemeente / atw):"
    ]
    for (holiday, name) in zip(all, names) {
      let sets = HolidaySet.allCases.map { $0.includes(holiday) ? $0.rawValue : "" }
      let weekday = Self.weekdays[language]![holiday.day.weekday - 1]
      lines.append(
        "  \(weekday.fitted(to: 3)) \(holiday.day.text(language).fitted(to: dateWidth))  \(name.fitted(to: width))  \(sets[0].fitted(to: 8))  \(sets[1])"
          .trimmingTrailingSpaces)
    }
    if all.contains(where: { $0.name == .gelijkgesteld }) {
      let source =
        DecreeDays.source(of: year).map { Phrase($0) }
        ?? Phrase(
          nl:
            "nog geen besluit voor \(year); geprojecteerd volgens het vaste patroon van de besluiten",
          en: "no decree for \(year) yet; projected by the decrees' fixed pattern")
      lines.append(
        text(
          Phrase(
            nl: "Gelijkgestelde dagen (art. 3 lid 3 Algemene termijnenwet): ",
            en: "Days made equal (art. 3(3) Algemene termijnenwet): ") + source))
    }
    let closings = plan.calendar.closings.filter {
      $0.days.lowerBound.year <= year && $0.days.upperBound.adding(days: -1).year >= year
    }
    if !closings.isEmpty {
      lines.append(text(Messages.closingDays))
      lines += closings.map { closingLine($0) }
    }
    var counts: [String] = []
    for set in HolidaySet.allCases {
      var calendar = plan.calendar
      calendar.holidays = set
      let first = Day(year: year, month: 1, day: 1)!
      let count = WorkdayTable(calendar, years: year...year).count(
        from: first, to: Day(year: year, month: 12, day: 31)!.adding(days: 1))
      counts.append("\(set.rawValue) \(count)")
    }
    lines.append(
      text(Phrase(nl: "Werkdagen in \(year): ", en: "Working days in \(year): "))
        + counts.joined(separator: ", ")
        + text(
          Phrase(
            nl: " (dit plan telt met \(highlight.rawValue))",
            en: " (this plan counts with \(highlight.rawValue))")))
    return lines.joined(separator: "\n")
  }

}
