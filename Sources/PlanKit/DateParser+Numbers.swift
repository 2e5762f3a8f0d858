/// The numeric forms of the date language (`1-5-2022`, `2022-05-01`, `2023-W36`) and the
/// numbers inside the worded ones: days, years, week and quarter numbers.
extension DateParser {
  /// A day written as numbers, day first: nil when the word is not one.
  func numericDate(_ word: Word, _ key: String) throws(PlanError) -> PlanDate? {
    let separators: Set<Character> = ["-", "/", "."]
    guard key.contains(where: { separators.contains($0) }), let first = key.first,
      first.isASCII, first.isNumber
    else {
      return nil
    }
    let parts = key.split(omittingEmptySubsequences: false) { separators.contains($0) }
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && Self.isDigits($0) }) else {
      throw PlanError(
        nl: "'\(word.text)' is geen datum: schrijf dag-maand-jaar",
        en: "'\(word.text)' is not a date: write day-month-year", at: word.span,
        hint: Phrase(
          nl: "bijvoorbeeld 1-5-2022 of 2022-05-01", en: "for example 1-5-2022 or 2022-05-01"))
    }
    let numbers = parts.map { Int($0) ?? -1 }
    if parts[0].count == 4 {
      return try dayDate(year: numbers[0], month: numbers[1], day: numbers[2], word)
    }
    guard parts[2].count == 4 else {
      if parts[2].count == 2 {
        let full = "\(parts[0])-\(parts[1])-20\(parts[2])"
        throw PlanError(
          nl: "schrijf het jaar voluit: \(full)", en: "write the year in full: \(full)",
          at: word.span, hint: Self.forExample)
      }
      throw PlanError(
        nl: "schrijf het jaartal in '\(word.text)' voluit, met vier cijfers",
        en: "write the year in '\(word.text)' in full, with four digits", at: word.span,
        hint: Self.forExample)
    }
    return try dayDate(year: numbers[2], month: numbers[1], day: numbers[0], word)
  }

  /// An ISO week, `2023-W36`, or a day of one, `2023-W36-2` (the Tuesday): nil when the word
  /// is not written so.
  func isoWeek(_ word: Word, _ key: String) throws(PlanError) -> PlanDate? {
    let parts = key.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3, Self.isDigits(parts[0]),
      parts[1].first == "w"
    else { return nil }
    let example = Phrase(
      nl: "bijvoorbeeld 2023-W36, of 2023-W36-2 voor de dinsdag van die week",
      en: "for example 2023-W36, or 2023-W36-2 for the Tuesday of that week")
    let weekText = parts[1].dropFirst()
    guard parts[0].count == 4, let year = Int(parts[0]), Self.isDigits(weekText),
      weekText.count <= 2, let week = Int(weekText),
      parts.count == 2 || (parts[2].count == 1 && Self.isDigits(parts[2]))
    else {
      throw PlanError(
        nl: "'\(word.text)' is geen ISO-week: schrijf jaar-Wweek",
        en: "'\(word.text)' is not an ISO week: write year-Wweek", at: word.span, hint: example)
    }
    guard let monday = Day.mondayOf(isoWeek: week, year: year) else {
      throw PlanError(
        nl: "\(year) heeft geen week \(week)", en: "\(year) has no week \(week)", at: word.span,
        hint: Phrase(nl: "weken lopen van 1 tot 52 of 53", en: "weeks run from 1 to 52 or 53"))
    }
    guard parts.count == 3 else { return PlanDate(monday, .week) }
    let weekday = Int(parts[2]) ?? 0
    guard (1...7).contains(weekday) else {
      throw PlanError(
        nl: "dag \(weekday) van een week bestaat niet: kies 1 (maandag) tot en met 7 (zondag)",
        en: "there is no day \(weekday) of a week: pick 1 (Monday) to 7 (Sunday)",
        at: word.span, hint: example)
    }
    return PlanDate(monday.adding(days: weekday - 1))
  }

  func dayDate(year: Int, month: Int, day: Int, _ word: Word) throws(PlanError) -> PlanDate {
    _ = try validYear(year, word)
    guard (1...12).contains(month) else {
      let flipped = (1...12).contains(day) && (1...31).contains(month)
      throw PlanError(
        nl: "maand \(month) bestaat niet in '\(word.text)': datums zijn dag-maand-jaar",
        en: "there is no month \(month) in '\(word.text)': dates are day-month-year",
        at: word.span,
        hint: flipped
          ? Phrase(
            nl: "bedoelt u \(month)-\(day)-\(year)?", en: "did you mean \(month)-\(day)-\(year)?")
          : Self.forExample)
    }
    return PlanDate(try validDay(year: year, month: month, day: day, at: word.span))
  }

  func validDay(year: Int, month: Int, day: Int, at span: Range<Int>) throws(PlanError) -> Day {
    guard let result = Day(year: year, month: month, day: day) else {
      let count = Day.daysIn(year: year, month: month)
      let nl = DateWords.fullMonths[.nl]![month - 1]
      let en = DateWords.fullMonths[.en]![month - 1]
      throw PlanError(
        nl: "\(nl) \(year) heeft \(count) dagen, geen \(day)",
        en: "\(en) \(year) has \(count) days, not \(day)", at: span,
        hint: Phrase(
          nl: "de laatste dag is \(count) \(nl) \(year)",
          en: "the last day is \(count) \(en) \(year)"))
    }
    return result
  }

  /// The hint that shows a date written as numbers.
  static let forExample = Phrase(nl: "bijvoorbeeld 1-5-2022", en: "for example 1-5-2022")

  /// A year outside the ones a `Day` holds.
  static func yearOutside(_ year: Int, at span: Range<Int>?) -> PlanError {
    PlanError(
      nl: "jaar \(year) valt buiten 1000–9999", en: "year \(year) is outside 1000–9999", at: span)
  }

  func validYear(_ year: Int, _ word: Word) throws(PlanError) -> Day {
    guard Day.supportedYears.contains(year), let day = Day(year: year, month: 1, day: 1) else {
      throw Self.yearOutside(year, at: word.span)
    }
    return day
  }

  /// The year after `word`, written in full.
  func year(_ reader: inout Reader, after word: Word) throws(PlanError) -> Int {
    if let defaultYear, reader.peek == nil { return defaultYear }
    guard let yearWord = reader.peek, Self.isDigits(Self.key(yearWord.text)),
      let year = Int(Self.key(yearWord.text))
    else {
      throw PlanError(
        nl: "na '\(word.text)' ontbreekt het jaartal",
        en: "the year is missing after '\(word.text)'",
        at: reader.peek?.span ?? word.span,
        hint: Phrase(nl: "bijvoorbeeld '\(word.text) 2023'", en: "for example '\(word.text) 2023'"))
    }
    let before = Word(Word.joined(reader.words[..<reader.index]), span: word.span)
    _ = reader.next()
    try Self.checkFull(Self.key(yearWord.text), yearWord, after: before)
    _ = try validYear(year, yearWord)
    return year
  }

  /// Refuses a year not written with four digits, saying plainly how: "schrijf het jaar
  /// voluit: 2023" for `23` (a two-digit year is read as this century's only in the hint).
  static func checkFull(_ digits: String, _ word: Word, after previous: Word?) throws(PlanError) {
    guard digits.count != 4 else { return }
    if digits.count == 2 {
      throw PlanError(
        nl: "schrijf het jaar voluit: 20\(digits)", en: "write the year in full: 20\(digits)",
        at: word.span,
        hint: previous.map {
          Phrase(
            nl: "bijvoorbeeld '\($0.text) 20\(digits)'", en: "for example '\($0.text) 20\(digits)'")
        })
    }
    throw PlanError(
      nl: "schrijf het jaartal '\(word.text)' voluit, met vier cijfers",
      en: "write the year '\(word.text)' in full, with four digits", at: word.span)
  }

  func number(_ reader: inout Reader, what: Phrase) throws(PlanError) -> (Int, Range<Int>) {
    guard let word = reader.peek, Self.isDigits(Self.key(word.text)),
      let n = Int(Self.key(word.text))
    else {
      throw PlanError(
        Phrase(nl: "\(what.nl) ontbreekt", en: "\(what.en) is missing"),
        at: reader.peek?.span ?? reader.lastSpan, hint: Self.examples)
    }
    _ = reader.next()
    return (n, word.span)
  }

  /// `q3` → 3, `wk36` → 36; `h2-2023` → 2 and the year written onto it. Nil when the word is
  /// not the letters and a number; refused when the year onto it is not written in full.
  static func prefixed(_ key: String, _ letters: String, _ word: Word) throws(PlanError) -> (
    Int, Int?
  )? {
    guard key.hasPrefix(letters) else { return nil }
    let body = key.dropFirst(letters.count).prefix { $0.isASCII && $0.isNumber }
    guard !body.isEmpty, body.count <= 18, let n = Int(body) else { return nil }
    let rest = key.dropFirst(letters.count + body.count)
    if rest.isEmpty { return (n, nil) }
    let year = rest.dropFirst()
    guard rest.first == "-", isDigits(year) else { return nil }
    try checkFull(String(year), word, after: nil)
    return (n, Int(year))
  }

  static func isDigits(_ text: some StringProtocol) -> Bool {
    !text.isEmpty && text.utf8.allSatisfy { (48...57).contains($0) }
  }

  /// `3e`, `3de`, `1ste`, `3rd`, `derde`, `third` → 3.
  static func ordinal(_ key: String) -> Int? {
    if let n = DateWords.ordinals[key] { return n }
    let digits = key.prefix { $0.isASCII && $0.isNumber }
    let suffix = key.dropFirst(digits.count)
    guard !digits.isEmpty, digits.count <= 2,
      ["e", "de", "ste", "st", "nd", "rd", "th"].contains(String(suffix))
    else { return nil }
    return Int(digits)
  }

  /// A day of the month: `5`, `05`, `5th`; nil for anything else.
  static func dayNumber(_ key: String) -> Int? {
    if key.count <= 2, isDigits(key) { return Int(key) }
    guard let n = ordinal(key), DateWords.ordinals[key] == nil else { return nil }
    return n
  }
}
