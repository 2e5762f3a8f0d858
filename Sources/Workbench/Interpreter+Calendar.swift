import PlanKit
import PlanRender

/// kalender (feestdagen), vrij.
extension Interpreter {
  static let weekdays: [Language: [String]] = [
    .nl: ["ma", "di", "wo", "do", "vr", "za", "zo"],
    .en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
  ]

  mutating func calendar(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    var year: Int?
    var set: HolidaySet?
    for word in command.argument(0) {
      if let chosen = HolidaySet(rawValue: word.text.lowercased()) {
        set = chosen
      } else if let number = Int(word.text), Day.supportedYears.contains(number) {
        year = number
      } else {
        throw PlanError(
          nl: "'\(word.text)' is geen jaar en geen kalender",
          en: "'\(word.text)' is neither a year nor a calendar", at: word.span,
          hint: Phrase(
            nl: "bijvoorbeeld: kalender 2025, kalender atw, kalender gemeente",
            en: "for example: calendar 2025, calendar atw, calendar gemeente"))
      }
    }
    var lines: [String] = []
    if let set, year == nil {
      let moved = try commit(command.verb.text, structural: false) { plan throws(PlanError) in
        plan.calendar.holidays = set
      }
      lines.append(
        text(Phrase(nl: "Kalender: \(set.rawValue), ", en: "Calendar: \(set.rawValue), "))
          + text(set.summary) + ".")
      lines += movedLines(summarising: moved)
      return Outcome(text: lines.joined(separator: "\n"))
    }
    guard let year else { return Outcome(text: overview()) }
    return Outcome(text: holidays(in: year, highlight: set ?? plan.calendar.holidays))
  }

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
      lines.append(text(Phrase(nl: "Eigen vrije dagen:", en: "Closing days:")))
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
      lines.append(text(Phrase(nl: "Eigen vrije dagen:", en: "Closing days:")))
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

  mutating func closed(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    var words = command.argument(0)
    let removing =
      words.first.map { ["weg", "remove", "wis"].contains($0.text.lowercased()) } ?? false
    if removing { words.removeFirst() }
    let start = try dateParser.parse(words)
    if removing {
      let hit = plan.calendar.closings.filter { $0.days.contains(start.day) }
      guard !hit.isEmpty else {
        throw PlanError(
          nl: "op \(start.text(.nl)) is geen eigen vrije dag",
          en: "\(start.text(.en)) is not a closing day", at: spanOf(words),
          hint: Phrase(
            nl: "'kalender' toont de vrije dagen", en: "'calendar' lists the closing days"))
      }
      let moved = try commit(command.verb.text, structural: false) { plan throws(PlanError) in
        plan.calendar.closings.removeAll { $0.days.contains(start.day) }
      }
      let lines =
        hit.map {
          text(Phrase(nl: "Weer werkdagen:", en: "Working days again:"))
            + closingLine($0).dropFirst()
        }
        + movedLines(summarising: moved)
      return Outcome(text: lines.joined(separator: "\n"))
    }
    let end =
      try command.clauses[.to].map { c throws(PlanError) in try endDate(c).day } ?? start.windowEnd
    guard end > start.day else {
      throw PlanError(
        nl: "het einde ligt niet na het begin", en: "the end is not after the start",
        at: command.clauses[.to].flatMap { spanOf($0.words) })
    }
    guard start.day.days(until: end) <= 366 else {
      throw PlanError(
        nl: "een sluiting van meer dan een jaar is geen vrije dag meer",
        en: "a closing of more than a year is not a day off any more",
        at: command.clauses[.to].flatMap { spanOf($0.words) })
    }
    let closing = Closing(
      days: start.day..<end, title: command.clauses[.title].map { text($0.words) })
    let moved = try commit(command.verb.text, structural: false) { plan throws(PlanError) in
      plan.calendar.closings.append(closing)
      plan.calendar.closings.sort { $0.days.lowerBound < $1.days.lowerBound }
    }
    var before = plan.calendar
    before.closings.removeAll { $0 == closing }
    let lost =
      WorkdayTable(before, years: start.day.year...end.year).count(from: start.day, to: end)
      - WorkdayTable(plan.calendar, years: start.day.year...end.year).count(
        from: start.day, to: end)
    let lines =
      [
        text(Phrase(nl: "Vrij:", en: "Closed:")) + closingLine(closing).dropFirst()
          + text(
            Phrase(
              nl: " (\(count(lost, "werkdag", "werkdagen")) minder)",
              en: " (\(count(lost, "working day", "working days")) fewer)"))
      ] + movedLines(summarising: moved)
    return Outcome(text: lines.joined(separator: "\n"))
  }
}
