/// Reads the date language: ISO, day-first numeric, Dutch and English month names (also
/// month first, "September 1, 2022"), a weekday before a day ("dinsdag 5 juli 2016"),
/// quarters, halves, seasons ("winter 2023/2024"), parts of months, quarters and years
/// ("eind Q2 2023", "end of February 2021", "mid-2023"), ISO weeks ("wk36 2023", "2023-W36")
/// and `vandaag`.
///
/// Numeric dates are never read month-first, and a year is always written in full. Every
/// refusal quotes the word, says why and shows a form that works.
public struct DateParser: Sendable {
  /// The day `vandaag`/`today` means; nil when the caller has no clock.
  public var today: Day?
  /// The year a date written without one means ("1 mei"), where a command asks about the
  /// present (`lijst van 1 mei tot 1 juli`); nil: a plan's dates always carry their year.
  public var defaultYear: Int?

  public init(today: Day? = nil, defaultYear: Int? = nil) {
    self.today = today
    self.defaultYear = defaultYear
  }

  public static let examples = Phrase(
    nl: "bijvoorbeeld 1 mei 2022, 1-5-2022, 2022-05-01, mei 2022, Q3 2023, eind Q2 2023, "
      + "najaar 2021, begin februari 2021, medio 2023, week 36 2023, dinsdag 5 juli 2016",
    en: "for example 1 May 2022, September 1, 2022, 1-5-2022, 2022-05-01, May 2022, Q3 2023, "
      + "end of Q2 2023, autumn 2021, early February 2021, mid-2023, week 36 2023, "
      + "Tuesday 5 July 2016")

  public func parse(_ text: String) throws(PlanError) -> PlanDate {
    try parse(Word.split(text))
  }

  /// - Complexity: O(words).
  public func parse(_ words: [Word]) throws(PlanError) -> PlanDate {
    guard !words.isEmpty else {
      throw PlanError(nl: "de datum ontbreekt", en: "the date is missing", hint: Self.examples)
    }
    // A date written as ISO, the form scripts and exports use, read from its bytes: the
    // general reader tries every other form first, at some 29,000 instructions a date.
    if words.count == 1, let day = Day(iso: words[0].text), Day.supportedYears.contains(day.year) {
      return PlanDate(day)
    }
    var reader = Reader(words: Self.splittingParts(words))
    let date = try read(&reader)
    if let extra = reader.peek {
      let rest = reader.words[reader.index...]
      if DateWords.joiners.contains(Self.key(extra.text)) {
        throw PlanError(
          nl: "'\(Word.joined(rest))' hoort niet bij de datum: hier past één datum, geen periode",
          en: "'\(Word.joined(rest))' is not part of the date: one date fits here, not a period",
          at: spanOf(rest), hint: Self.examples)
      }
      throw PlanError(
        nl: "'\(extra.text)' hoort niet bij de datum",
        en: "'\(extra.text)' is not part of the date",
        at: spanOf(rest), hint: Self.examples)
    }
    return date
  }

  struct Reader {
    var words: [Word]
    var index = 0
    var peek: Word? { index < words.count ? words[index] : nil }
    var peekKey: String? { peek.map { DateParser.key($0.text) } }
    /// The key of the word after the next one.
    var secondKey: String? {
      index + 1 < words.count ? DateParser.key(words[index + 1].text) : nil
    }
    mutating func next() -> Word? {
      defer { index += 1 }
      return peek
    }
    var last: Word { words[max(0, min(index, words.count) - 1)] }
    var lastSpan: Range<Int> { last.span }
  }

  /// Lowercased, without the optional trailing dot or comma ("Sept." reads as "sept").
  static func key(_ text: String) -> String {
    var key = text.lowercased()
    while let last = key.last, last == "." || last == "," { key.removeLast() }
    return key
  }

  /// "mid-2023" and "mid-February" as two words, "mid" and what follows, each with its span.
  static func splittingParts(_ words: [Word]) -> [Word] {
    guard words.contains(where: { $0.text.contains("-") }) else { return words }
    return words.flatMap { word -> [Word] in
      guard !word.quoted, let dash = word.text.firstIndex(of: "-") else { return [word] }
      let head = String(word.text[..<dash])
      let tail = String(word.text[word.text.index(after: dash)...])
      guard DateWords.parts[head.lowercased()] != nil, !tail.isEmpty else { return [word] }
      let start = word.span.lowerBound
      return [
        Word(head, span: start..<(start + head.count)),
        Word(tail, span: (start + head.count + 1)..<word.span.upperBound),
      ]
    }
  }

  func read(_ reader: inout Reader, weekdayAllowed: Bool = true) throws(PlanError) -> PlanDate {
    let word = reader.next()!
    let key = Self.key(word.text)

    if DateWords.todayWords.contains(key) {
      guard let today else {
        throw PlanError(
          nl: "'vandaag' is hier niet bekend", en: "'today' is not known here", at: word.span,
          hint: Phrase(nl: "zet het met: vandaag 1 mei 2022", en: "set it with: today 1 May 2022"))
      }
      return PlanDate(today)
    }
    if weekdayAllowed, let weekday = DateWords.weekdays[key] {
      return try withWeekday(weekday, word, &reader)
    }
    if let week = try isoWeek(word, key) { return week }
    if let numeric = try numericDate(word, key) { return numeric }
    if let (number, year) = try Self.prefixed(key, "q", word) {
      return try quarter(number, at: word.span, &reader, inline: year)
    }
    if let (number, year) = try Self.prefixed(key, "h", word) {
      return try half(number, at: word.span, &reader, inline: year)
    }
    for prefix in ["week", "wk", "w"] {
      if let (number, year) = try Self.prefixed(key, prefix, word) {
        return try week(number, at: word.span, &reader, inline: year)
      }
    }
    if let ordinal = Self.ordinal(key) {
      return try afterOrdinal(ordinal, word, &reader)
    }
    if DateWords.quarterWords.contains(key) {
      let (n, span) = try number(&reader, what: Phrase(nl: "het kwartaal", en: "the quarter"))
      return try quarter(n, at: span, &reader, inline: nil)
    }
    if DateWords.weekWords.contains(key) {
      let (n, span) = try number(
        &reader, what: Phrase(nl: "het weeknummer", en: "the week number"))
      return try week(n, at: span, &reader, inline: nil)
    }
    if let month = DateWords.seasons[key] {
      return try season(month, word, &reader)
    }
    if let part = DateWords.parts[key] {
      return try partOf(part, word, &reader)
    }
    if let month = DateWords.months[key] {
      return try monthFirst(month, word, &reader)
    }
    if key.count <= 2, Self.isDigits(key), let day = Int(key) {
      return try dayMonthYear(day, word, &reader)
    }
    if key.count == 4, Self.isDigits(key), let year = Int(key) {
      return PlanDate(try validYear(year, word), .year)
    }
    throw unknownWord(word, key)
  }

  /// The month a misspelt word is closest to, named in each language; none for a word of
  /// one or two letters, which is as close to half the months as to any ("di", "en").
  static func suggestedMonth(_ key: String) -> Phrase? {
    guard key.count >= 3, let word = Suggestion.closest(key, DateWords.monthNames),
      let month = DateWords.months[word]
    else { return nil }
    return Phrase(
      nl: DateWords.fullMonths[.nl]![month - 1], en: DateWords.fullMonths[.en]![month - 1])
  }

  private func unknownWord(_ word: Word, _ key: String) -> PlanError {
    if DateWords.joiners.contains(key) { return Self.joinerInDate(word) }
    if let month = Self.suggestedMonth(key) {
      return PlanError(
        nl: "'\(word.text)' is geen maand; bedoelt u '\(month.nl)'?",
        en: "'\(word.text)' is not a month; did you mean '\(month.en)'?", at: word.span,
        hint: Self.examples)
    }
    return PlanError(
      nl: "'\(word.text)' is geen datum", en: "'\(word.text)' is not a date", at: word.span,
      hint: Self.examples)
  }

  /// "en", "tot", "t/m" where a date's own word should be: a period or a list was written
  /// where one date fits, or one date of a period lacks its month and year.
  static func joinerInDate(_ word: Word) -> PlanError {
    PlanError(
      nl: "'\(word.text)' hoort niet in een datum: schrijf elke datum voluit",
      en: "'\(word.text)' does not belong in a date: write each date in full", at: word.span,
      hint: Phrase(
        nl: "bijvoorbeeld van 1 mei 2022 tot en met 5 mei 2022",
        en: "for example from 1 May 2022 through 5 May 2022"))
  }
}

extension Word {
  /// The words' texts as written, one space apart.
  static func joined(_ words: some Collection<Word>) -> String {
    words.map(\.text).joined(separator: " ")
  }
}
