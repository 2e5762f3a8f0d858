/// Reads the date language: ISO, day-first numeric, Dutch and English month names,
/// quarters, halves, seasons, parts of months and years, ISO weeks and `vandaag`.
///
/// Numeric dates are never read month-first. Every refusal quotes the word, says why and
/// shows a form that works.
public struct DateParser: Sendable {
  /// The day `vandaag`/`today` means; nil when the caller has no clock.
  public var today: Day?

  public init(today: Day? = nil) {
    self.today = today
  }

  public static let examples = Phrase(
    nl: "bijvoorbeeld 1 mei 2022, 1-5-2022, 2022-05-01, mei 2022, Q3 2023, najaar 2021, "
      + "begin februari 2021, medio 2023, week 36 2023",
    en: "for example 1 May 2022, 1-5-2022, 2022-05-01, May 2022, Q3 2023, autumn 2021, "
      + "early February 2021, mid 2023, week 36 2023")

  public func parse(_ text: String) throws(PlanError) -> PlanDate {
    try parse(Word.split(text))
  }

  public func parse(_ words: [Word]) throws(PlanError) -> PlanDate {
    guard let first = words.first else {
      throw PlanError(nl: "de datum ontbreekt", en: "the date is missing", hint: Self.examples)
    }
    var reader = Reader(words: words)
    let date = try read(&reader, first: first)
    if let extra = reader.peek {
      throw PlanError(
        nl: "'\(extra.text)' hoort niet bij de datum",
        en: "'\(extra.text)' is not part of the date",
        at: spanOf(words[reader.index...]), hint: Self.examples)
    }
    return date
  }

  private struct Reader {
    var words: [Word]
    var index = 0
    var peek: Word? { index < words.count ? words[index] : nil }
    var peekKey: String? { peek.map { DateParser.key($0.text) } }
    mutating func next() -> Word? {
      defer { index += 1 }
      return peek
    }
    var lastSpan: Range<Int> { words[max(0, min(index, words.count) - 1)].span }
  }

  /// Lowercased, without the optional trailing dot or comma ("Sept." reads as "sept").
  static func key(_ text: String) -> String {
    var key = text.lowercased()
    while let last = key.last, last == "." || last == "," { key.removeLast() }
    return key
  }

  private func read(_ reader: inout Reader, first: Word) throws(PlanError) -> PlanDate {
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
    if let numeric = try numericDate(word, key) { return numeric }
    if let (number, span) = Self.prefixed(key, "q", word.span) {
      return try quarter(number, at: span, &reader, inline: Self.suffixYear(key))
    }
    if let (number, span) = Self.prefixed(key, "h", word.span) {
      return try half(number, at: span, &reader, inline: Self.suffixYear(key))
    }
    if let ordinal = Self.ordinal(key) {
      return try afterOrdinal(ordinal, word, &reader)
    }
    if DateWords.quarterWords.contains(key) {
      let (n, span) = try number(&reader, what: Phrase(nl: "het kwartaal", en: "the quarter"))
      return try quarter(n, at: span, &reader, inline: nil)
    }
    if DateWords.weekWords.contains(key) {
      return try week(&reader)
    }
    if let month = DateWords.seasons[key] {
      let year = try self.year(&reader, after: word)
      return PlanDate(Day(year: year, month: month, day: 1)!, .season)
    }
    if let part = DateWords.parts[key] {
      return try partOf(part, word, &reader)
    }
    if let month = DateWords.months[key] {
      let year = try self.year(&reader, after: word)
      return PlanDate(Day(year: year, month: month, day: 1)!, .month)
    }
    if key.count <= 2, Self.isDigits(key), let day = Int(key) {
      return try dayMonthYear(day, word, &reader)
    }
    if key.count == 4, Self.isDigits(key), let year = Int(key) {
      return PlanDate(try validYear(year, word), .year)
    }
    throw unknownWord(word, key)
  }

  /// The month a misspelt word is closest to, named in each language.
  static func suggestedMonth(_ key: String) -> Phrase? {
    guard let word = Suggestion.closest(key, DateWords.monthNames),
      let month = DateWords.months[word]
    else { return nil }
    return Phrase(
      nl: DateWords.fullMonths[.nl]![month - 1], en: DateWords.fullMonths[.en]![month - 1])
  }

  private func unknownWord(_ word: Word, _ key: String) -> PlanError {
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

  // MARK: - Numeric forms

  private func numericDate(_ word: Word, _ key: String) throws(PlanError) -> PlanDate? {
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
      throw PlanError(
        nl: "schrijf het jaartal in '\(word.text)' voluit, met vier cijfers",
        en: "write the year in '\(word.text)' in full, with four digits", at: word.span,
        hint: Self.forExample)
    }
    return try dayDate(year: numbers[2], month: numbers[1], day: numbers[0], word)
  }

  private func dayDate(year: Int, month: Int, day: Int, _ word: Word) throws(PlanError) -> PlanDate
  {
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

  private func validDay(year: Int, month: Int, day: Int, at span: Range<Int>) throws(PlanError)
    -> Day
  {
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

  private func validYear(_ year: Int, _ word: Word) throws(PlanError) -> Day {
    guard Day.supportedYears.contains(year), let day = Day(year: year, month: 1, day: 1) else {
      throw Self.yearOutside(year, at: word.span)
    }
    return day
  }

  // MARK: - Words

  private func dayMonthYear(_ day: Int, _ word: Word, _ reader: inout Reader) throws(PlanError)
    -> PlanDate
  {
    guard let monthWord = reader.next() else {
      throw PlanError(
        nl: "na '\(word.text)' ontbreekt de maand", en: "the month is missing after '\(word.text)'",
        at: word.span,
        hint: Phrase(nl: "bijvoorbeeld \(day) mei 2022", en: "for example \(day) May 2022"))
    }
    let key = Self.key(monthWord.text)
    guard let month = DateWords.months[key] else {
      let suggestion = Self.suggestedMonth(key)
      throw PlanError(
        nl: "'\(monthWord.text)' is geen maand"
          + (suggestion.map { "; bedoelt u '\($0.nl)'?" } ?? ""),
        en: "'\(monthWord.text)' is not a month"
          + (suggestion.map { "; did you mean '\($0.en)'?" } ?? ""),
        at: monthWord.span,
        hint: Phrase(
          nl: "bijvoorbeeld \(day) \(suggestion?.nl ?? "maart") 2022 of \(day) mrt 2022",
          en: "for example \(day) \(suggestion?.en ?? "March") 2022 or \(day) Mar 2022"))
    }
    let year = try self.year(&reader, after: monthWord)
    let span = word.span.lowerBound..<reader.lastSpan.upperBound
    guard (1...31).contains(day) else {
      throw PlanError(
        nl: "dag \(day) bestaat niet", en: "there is no day \(day)", at: word.span,
        hint: Self.examples)
    }
    return PlanDate(try validDay(year: year, month: month, day: day, at: span))
  }

  private func year(_ reader: inout Reader, after word: Word) throws(PlanError) -> Int {
    guard let yearWord = reader.peek, Self.isDigits(Self.key(yearWord.text)),
      let year = Int(Self.key(yearWord.text))
    else {
      throw PlanError(
        nl: "na '\(word.text)' ontbreekt het jaartal",
        en: "the year is missing after '\(word.text)'",
        at: reader.peek?.span ?? word.span,
        hint: Phrase(nl: "bijvoorbeeld '\(word.text) 2023'", en: "for example '\(word.text) 2023'"))
    }
    _ = reader.next()
    guard Self.key(yearWord.text).count == 4 else {
      throw PlanError(
        nl: "schrijf het jaartal '\(yearWord.text)' voluit, met vier cijfers",
        en: "write the year '\(yearWord.text)' in full, with four digits", at: yearWord.span)
    }
    _ = try validYear(year, yearWord)
    return year
  }

  private func number(_ reader: inout Reader, what: Phrase) throws(PlanError) -> (
    Int, Range<Int>
  ) {
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

  /// `q3` → 3; `h2-2023` → 2. Returns the number and the word's span.
  private static func prefixed(_ key: String, _ letter: Character, _ span: Range<Int>) -> (
    Int, Range<Int>
  )? {
    guard key.first == letter else { return nil }
    let body = key.dropFirst().prefix { $0.isASCII && $0.isNumber }
    guard !body.isEmpty, let n = Int(body) else { return nil }
    let rest = key.dropFirst(1 + body.count)
    guard rest.isEmpty || (rest.first == "-" && rest.count == 5) else { return nil }
    return (n, span)
  }

  /// The year written onto a quarter or half: `q3-2023` → 2023.
  private static func suffixYear(_ key: String) -> Int? {
    guard let dash = key.firstIndex(of: "-") else { return nil }
    return Int(key[key.index(after: dash)...])
  }

  static func isDigits(_ text: some StringProtocol) -> Bool {
    !text.isEmpty && text.utf8.allSatisfy { (48...57).contains($0) }
  }

  /// `3e`, `3de`, `1ste`, `3rd`, `derde`, `third` → 3.
  private static func ordinal(_ key: String) -> Int? {
    if let n = DateWords.ordinals[key] { return n }
    let digits = key.prefix { $0.isASCII && $0.isNumber }
    let suffix = key.dropFirst(digits.count)
    guard !digits.isEmpty, ["e", "de", "ste", "st", "nd", "rd", "th"].contains(String(suffix))
    else { return nil }
    return Int(digits)
  }

  private func afterOrdinal(_ n: Int, _ word: Word, _ reader: inout Reader) throws(PlanError)
    -> PlanDate
  {
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

  private func quarter(_ n: Int, at span: Range<Int>, _ reader: inout Reader, inline: Int?)
    throws(PlanError) -> PlanDate
  {
    guard (1...4).contains(n) else {
      throw PlanError(
        nl: "kwartaal \(n) bestaat niet: kies 1 tot en met 4",
        en: "there is no quarter \(n): pick 1 to 4",
        at: span, hint: Phrase(nl: "bijvoorbeeld Q3 2023", en: "for example Q3 2023"))
    }
    let year: Int
    if let inline {
      year = inline
    } else {
      year = try self.year(&reader, after: reader.words[reader.index - 1])
    }
    guard let day = Day(year: year, month: 3 * n - 2, day: 1) else {
      throw Self.yearOutside(year, at: span)
    }
    return PlanDate(day, .quarter)
  }

  private func half(_ n: Int, at span: Range<Int>, _ reader: inout Reader, inline: Int?)
    throws(PlanError) -> PlanDate
  {
    guard (1...2).contains(n) else {
      throw PlanError(
        nl: "een jaar heeft geen helft \(n): kies 1 of 2",
        en: "a year has no half \(n): pick 1 or 2",
        at: span,
        hint: Phrase(nl: "bijvoorbeeld 1e helft 2023 of H2 2023", en: "for example H1 2023"))
    }
    let year: Int
    if let inline {
      year = inline
    } else {
      year = try self.year(&reader, after: reader.words[reader.index - 1])
    }
    guard let day = Day(year: year, month: n == 1 ? 1 : 7, day: 1) else {
      throw Self.yearOutside(year, at: span)
    }
    return PlanDate(day, .half)
  }

  private func week(_ reader: inout Reader) throws(PlanError) -> PlanDate {
    let (n, span) = try number(&reader, what: Phrase(nl: "het weeknummer", en: "the week number"))
    let year = try self.year(&reader, after: reader.words[reader.index - 1])
    guard let monday = Day.mondayOf(isoWeek: n, year: year) else {
      throw PlanError(
        nl: "\(year) heeft geen week \(n)", en: "\(year) has no week \(n)", at: span,
        hint: Phrase(nl: "weken lopen van 1 tot 52 of 53", en: "weeks run from 1 to 52 or 53"))
    }
    return PlanDate(monday, .week)
  }

  private func partOf(_ part: DateWords.Part, _ word: Word, _ reader: inout Reader)
    throws(PlanError) -> PlanDate
  {
    if let key = reader.peekKey, let month = DateWords.months[key] {
      let monthWord = reader.next()!
      let year = try self.year(&reader, after: monthWord)
      let (day, precision): (Int, DatePrecision) =
        switch part {
        case .early: (1, .earlyMonth)
        case .middle: (11, .midMonth)
        case .late: (21, .lateMonth)
        }
      return PlanDate(Day(year: year, month: month, day: day)!, precision)
    }
    if let key = reader.peekKey, key.count == 4, Self.isDigits(key), let year = Int(key) {
      let yearWord = reader.next()!
      _ = try validYear(year, yearWord)
      let (month, precision): (Int, DatePrecision) =
        switch part {
        case .early: (1, .earlyYear)
        case .middle: (6, .midYear)
        case .late: (11, .lateYear)
        }
      return PlanDate(Day(year: year, month: month, day: 1)!, precision)
    }
    throw PlanError(
      nl: "na '\(word.text)' verwacht ik een maand of een jaartal",
      en: "after '\(word.text)' I expect a month or a year", at: reader.peek?.span ?? word.span,
      hint: Phrase(
        nl: "bijvoorbeeld \(word.text) februari 2021 of \(word.text) 2023",
        en: "for example \(word.text) February 2021 or \(word.text) 2023"))
  }
}
