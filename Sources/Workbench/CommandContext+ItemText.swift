import PlanKit

/// An item as the answers show it: its id, its dates and its length, written as bytes.
extension CommandContext {
  /// "r1.voorbereiding  1 mei 2022 – 1 sept. 2022 (4 maanden)".
  ///
  /// - Complexity: O(the text).
  func describe(_ item: Item) -> String {
    var text = TextBytes(capacity: 80)
    text.append(item.id)
    text.append(literal: "  ")
    Self.writeDates(item, language, into: &text)
    return text.text
  }

  /// "1 mei 2022 – 1 sept. 2022 (4 maanden)", a milestone's day alone.
  ///
  /// - Complexity: O(the text).
  func dates(_ item: Item) -> String {
    var text = TextBytes(capacity: 48)
    Self.writeDates(item, language, into: &text)
    return text.text
  }

  /// `dates`, written where the answer is gathered. Dates given to the day, as nearly every
  /// typed item's are, are written from their days; any coarser date takes
  /// `datesAsPhrases`, which knows windows ("najaar 2021", "eind 2023").
  ///
  /// - Complexity: O(the text).
  static func writeDates(_ item: Item, _ language: Language, into text: inout TextBytes) {
    let milestone = item.type == .milestone
    guard item.start.precision == .day, milestone || item.end.precision == .day else {
      text.append(datesAsPhrases(item, language))
      return
    }
    text.append(day: item.start.day, language)
    guard !milestone else { return }
    text.append(literal: " – ")
    text.append(day: item.end.day, language)
    text.append(literal: " (")
    if case .duration(let duration) = item.length {
      text.append(number: duration.amount)
      text.append(literal: " ")
      text.append(duration.unitWord(language))
    } else {
      text.append(PlanDuration.between(item.start.day, item.end.day).text(language))
    }
    text.append(literal: ")")
  }

  /// `dates` for any item, through its period's and length's text: what `writeDates` must
  /// write for dates of any precision.
  ///
  /// - Complexity: O(the text).
  static func datesAsPhrases(_ item: Item, _ language: Language) -> String {
    if item.type == .milestone { return item.period(language) }
    let length: String
    if case .duration(let duration) = item.length {
      length = duration.text(language)
    } else {
      length = PlanDuration.between(item.start.day, item.end.day).text(language)
    }
    return "\(item.period(language)) (\(length))"
  }
}
