/// The periods of the date language: quarters, halves, ISO weeks, seasons and the parts of
/// months, quarters and years.
extension DateParser {
  func afterOrdinal(_ n: Int, _ word: Word, _ reader: inout Reader) throws(PlanError) -> PlanDate {
    // "1st September 2022", "1st of September 2022": a day.
    if reader.peekKey == "of", let second = reader.secondKey, DateWords.months[second] != nil {
      _ = reader.next()
    }
    if let key = reader.peekKey, DateWords.months[key] != nil, DateWords.ordinals[key] == nil,
      Self.dayNumber(Self.key(word.text)) != nil
    {
      return try dayMonthYear(n, word, &reader)
    }
    let unit = reader.next()
    let key = unit.map { Self.key($0.text) } ?? ""
    if DateWords.quarterWords.contains(key) {
      return try quarter(n, at: word.span, &reader, inline: nil)
    }
    if DateWords.halfWords.contains(key) {
      return try half(n, at: word.span, &reader, inline: nil)
    }
    throw PlanError(
      nl: "na '\(word.text)' verwacht ik 'kwartaal' of 'helft'",
      en: "after '\(word.text)' I expect 'quarter' or 'half'", at: unit?.span ?? word.span,
      hint: Phrase(
        nl: "bijvoorbeeld 3e kwartaal 2023 of 1e helft 2023",
        en: "for example 3rd quarter 2023 or first half 2023"))
  }

  func quarter(_ n: Int, at span: Range<Int>, _ reader: inout Reader, inline: Int?)
    throws(PlanError) -> PlanDate
  {
    guard (1...4).contains(n) else {
      throw PlanError(
        nl: "kwartaal \(n) bestaat niet: kies 1 tot en met 4",
        en: "there is no quarter \(n): pick 1 to 4",
        at: span, hint: Phrase(nl: "bijvoorbeeld Q3 2023", en: "for example Q3 2023"))
    }
    let year = try yearOf(inline, &reader)
    guard let day = Day(year: year, month: 3 * n - 2, day: 1) else {
      throw Self.yearOutside(year, at: span)
    }
    return PlanDate(day, .quarter)
  }

  func half(_ n: Int, at span: Range<Int>, _ reader: inout Reader, inline: Int?)
    throws(PlanError) -> PlanDate
  {
    guard (1...2).contains(n) else {
      throw PlanError(
        nl: "een jaar heeft geen helft \(n): kies 1 of 2",
        en: "a year has no half \(n): pick 1 or 2",
        at: span,
        hint: Phrase(nl: "bijvoorbeeld 1e helft 2023 of H2 2023", en: "for example H1 2023"))
    }
    let year = try yearOf(inline, &reader)
    guard let day = Day(year: year, month: n == 1 ? 1 : 7, day: 1) else {
      throw Self.yearOutside(year, at: span)
    }
    return PlanDate(day, .half)
  }

  /// ISO week `n` (Monday start) of the year after it or written onto it (`wk36-2023`).
  func week(_ n: Int, at span: Range<Int>, _ reader: inout Reader, inline: Int?)
    throws(PlanError) -> PlanDate
  {
    let year = try yearOf(inline, &reader)
    guard let monday = Day.mondayOf(isoWeek: n, year: year) else {
      throw PlanError(
        nl: "\(year) heeft geen week \(n)", en: "\(year) has no week \(n)", at: span,
        hint: Phrase(nl: "weken lopen van 1 tot 52 of 53", en: "weeks run from 1 to 52 or 53"))
    }
    return PlanDate(monday, .week)
  }

  /// A season and its year; the winter also as the two years it spans, `winter 2023/2024`
  /// (or `2023-2024`, `2023/24`), which is December 2023 to February 2024, as `winter 2023`.
  func season(_ month: Int, _ word: Word, _ reader: inout Reader) throws(PlanError) -> PlanDate {
    if let yearWord = reader.peek, let (first, second) = Self.yearPair(Self.key(yearWord.text)) {
      _ = reader.next()
      try Self.checkFull(first, yearWord, after: word)
      let year = Int(first)!
      _ = try validYear(year, yearWord)
      let name = Self.key(word.text)
      guard month == 12 else {
        throw PlanError(
          nl: "alleen de winter loopt over twee jaren: schrijf \(name) \(first)",
          en: "only the winter spans two years: write \(name) \(first)", at: yearWord.span)
      }
      let next = String(year + 1)
      guard second == next || second == String(next.suffix(2)) else {
        throw PlanError(
          nl:
            "'\(yearWord.text)' zijn geen opeenvolgende jaren: de winter van december \(year) loopt door tot in \(next)",
          en:
            "'\(yearWord.text)' are not consecutive years: the winter from December \(year) runs into \(next)",
          at: yearWord.span,
          hint: Phrase(nl: "schrijf winter \(year)/\(next)", en: "write winter \(year)/\(next)"))
      }
      return PlanDate(Day(year: year, month: 12, day: 1)!, .season)
    }
    let year = try self.year(&reader, after: word)
    return PlanDate(Day(year: year, month: month, day: 1)!, .season)
  }

  /// "2023/2024", "2023-24" → ("2023", "2024"), ("2023", "24").
  static func yearPair(_ key: String) -> (String, String)? {
    guard let slash = key.firstIndex(where: { $0 == "/" || $0 == "-" }) else { return nil }
    let first = String(key[..<slash])
    let second = String(key[key.index(after: slash)...])
    guard isDigits(first), isDigits(second) else { return nil }
    return (first, second)
  }

  /// `begin`/`medio`/`eind` (`early`, `mid`, `end of`, …) and what it is part of: a month
  /// (days 1–10, 11–20, 21 to the end), a quarter (its first, middle or last month) or a
  /// year (January–February, June–July, November–December).
  func partOf(_ part: DateWords.Part, _ word: Word, _ reader: inout Reader) throws(PlanError)
    -> PlanDate
  {
    let example = Phrase(
      nl: "bijvoorbeeld \(word.text) februari 2021, \(word.text) Q2 2023 of \(word.text) 2023",
      en: "for example \(word.text) of February 2021, \(word.text) of Q2 2023 or \(word.text) 2023")
    if reader.peekKey == "of" || reader.peekKey == "the" { _ = reader.next() }
    if reader.peekKey == "the" { _ = reader.next() }
    guard let next = reader.peek, let key = reader.peekKey else {
      throw PlanError(
        nl: "na '\(word.text)' verwacht ik een maand, een kwartaal of een jaartal",
        en: "after '\(word.text)' I expect a month, a quarter or a year", at: word.span,
        hint: example)
    }
    if Self.isDigits(key), key.count != 4, reader.secondKey == nil {
      try Self.checkFull(key, next, after: word)
    }
    let start = reader.index
    let whole = try read(&reader, weekdayAllowed: false)
    let (y, m, _) = whole.day.civil
    let index: Int =
      switch part {
      case .early: 0
      case .middle: 1
      case .late: 2
      }
    switch whole.precision {
    case .month:
      let precisions: [DatePrecision] = [.earlyMonth, .midMonth, .lateMonth]
      return PlanDate(Day(year: y, month: m, day: 1 + 10 * index)!, precisions[index])
    case .quarter:
      let precisions: [DatePrecision] = [.earlyQuarter, .midQuarter, .lateQuarter]
      return PlanDate(Day(year: y, month: m + index, day: 1)!, precisions[index])
    case .year:
      let precisions: [DatePrecision] = [.earlyYear, .midYear, .lateYear]
      return PlanDate(Day(year: y, month: [1, 6, 11][index], day: 1)!, precisions[index])
    default:
      let words = reader.words[start..<reader.index]
      throw PlanError(
        nl:
          "'\(word.text)' past bij een maand, een kwartaal of een jaar, niet bij '\(Word.joined(words))'",
        en:
          "'\(word.text)' goes with a month, a quarter or a year, not with '\(Word.joined(words))'",
        at: spanOf(words), hint: example)
    }
  }
}

extension DateParser {
  /// The year written onto a number (`Q3-2023`), else the one after it.
  func yearOf(_ inline: Int?, _ reader: inout Reader) throws(PlanError) -> Int {
    if let inline { return inline }
    return try year(&reader, after: reader.last)
  }
}
