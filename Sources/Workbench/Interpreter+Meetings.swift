import PlanKit

/// vergadering: when the college and the raad meet.
extension Interpreter {
  mutating func setMeetings(_ command: ParsedCommand) throws(PlanError) -> Outcome {
    var meetings = plan.meetings
    if let who = command.argument(0).first?.text.lowercased() {
      let words = command.argument(1)
      if who == "college" {
        guard let last = words.last,
          let index = Language.allCases.lazy.compactMap({
            Meetings.weekdays[$0]!.firstIndex(of: last.text.lowercased())
          }).first
        else {
          throw PlanError(
            nl: "op welke weekdag vergadert het college?",
            en: "on which weekday does the college meet?",
            at: spanOf(words) ?? command.verb.span,
            hint: Phrase(
              nl: "bijvoorbeeld: vergadering college dinsdag",
              en: "for example: meeting college tuesday"))
        }
        if words.count == 1 {
          meetings.collegeDay = index + 1
        } else {
          // Another municipality's college in a regional plan: `vergadering college baarn maandag`.
          let id = DecisionKind.collegeID(of: words.dropLast().map(\.text))
          meetings.colleges[id] = index + 1 == meetings.collegeDay ? nil : index + 1
        }
      } else {
        var days: [Day] = []
        for group in groups(words) { days.append(try dateParser.parse(group).day) }
        guard !days.isEmpty else {
          throw PlanError(
            nl: "welke data vergadert de raad?", en: "on which dates does the council meet?",
            at: command.verb.span,
            hint: Phrase(
              nl: "bijvoorbeeld: vergadering raad 8 juli 2019, 20 april 2020",
              en: "for example: meeting council 8 July 2019, 20 April 2020"))
        }
        meetings.council = Array(Set(meetings.council + days)).sorted()
      }
      let changed = meetings
      // Every decision may now fall on another meeting day: a change to the whole plan.
      try commit(command.verb.text, structural: false) { plan throws(PlanError) in
        plan.meetings = changed
      }
    }
    let weekday = Meetings.weekdays[language]![plan.meetings.collegeDay - 1]
    let council =
      plan.meetings.council.isEmpty
      ? text(Phrase(nl: "geen data", en: "no dates"))
      : plan.meetings.council.map { $0.text(language) }.joined(separator: ", ")
    let others = plan.meetings.colleges.sorted { $0.key < $1.key }.map { id, day in
      "\n\(id): " + text(Phrase(nl: "elke ", en: "every ")) + Meetings.weekdays[language]![day - 1]
    }
    return Outcome(
      text: text(
        Phrase(nl: "college: elke \(weekday)\nraad: ", en: "college: every \(weekday)\ncouncil: "))
        + council + others.joined())
  }
}
