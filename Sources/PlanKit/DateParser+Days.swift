/// Days in words: "1 mei 2022", "September 1, 2022", "dinsdag 5 juli 2016", and a month
/// with its year.
extension DateParser {
  func dayMonthYear(_ day: Int, _ word: Word, _ reader: inout Reader) throws(PlanError)
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
      if DateWords.joiners.contains(key) { throw Self.joinerInDate(monthWord) }
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
    return try typedDay(day, month: month, year: year, at: span, dayAt: word.span)
  }

  /// A day written with its month and year, refused when no month has it (pointing at the day)
  /// or this month does not (pointing at the whole date).
  ///
  /// - Complexity: O(1).
  func typedDay(_ day: Int, month: Int, year: Int, at span: Range<Int>, dayAt: Range<Int>)
    throws(PlanError) -> PlanDate
  {
    guard (1...31).contains(day) else {
      throw PlanError(
        nl: "dag \(day) bestaat niet", en: "there is no day \(day)", at: dayAt,
        hint: Self.examples)
    }
    return PlanDate(try validDay(year: year, month: month, day: day, at: span))
  }

  /// A month and its year ("mei 2022"), or, month first as English writes it, a day
  /// ("September 1, 2022", "May 5th 2022").
  func monthFirst(_ month: Int, _ word: Word, _ reader: inout Reader) throws(PlanError)
    -> PlanDate
  {
    if let next = reader.peek, let day = Self.dayNumber(Self.key(next.text)) {
      if let yearKey = reader.secondKey, Self.isDigits(yearKey) {
        _ = reader.next()
        let year = try self.year(&reader, after: word)
        let span = word.span.lowerBound..<reader.lastSpan.upperBound
        return try typedDay(day, month: month, year: year, at: span, dayAt: next.span)
      }
      // "May 1" where a year goes without saying.
      if let defaultYear, reader.secondKey == nil {
        _ = reader.next()
        return try typedDay(
          day, month: month, year: defaultYear, at: word.span.lowerBound..<next.span.upperBound,
          dayAt: next.span)
      }
      // "mei 22": a year in two digits, or a day without its year.
      let key = Self.key(next.text)
      if key.count == 2, Self.isDigits(key) {
        throw PlanError(
          nl: "schrijf het jaar voluit: 20\(key)", en: "write the year in full: 20\(key)",
          at: next.span,
          hint: Phrase(
            nl: "bijvoorbeeld \(word.text) 20\(key), of voor een dag \(day) \(word.text) 2022",
            en: "for example \(word.text) 20\(key), or for a day \(word.text) \(day), 2022"))
      }
      throw PlanError(
        nl: "na '\(word.text) \(next.text)' ontbreekt het jaartal",
        en: "the year is missing after '\(word.text) \(next.text)'", at: next.span,
        hint: Phrase(
          nl: "bijvoorbeeld \(day) \(word.text) 2022", en: "for example \(word.text) \(day), 2022"))
    }
    let year = try self.year(&reader, after: word)
    return PlanDate(Day(year: year, month: month, day: 1)!, .month)
  }

  /// A weekday before a day: accepted when it is that day's, refused naming the real one.
  func withWeekday(_ weekday: Int, _ word: Word, _ reader: inout Reader) throws(PlanError)
    -> PlanDate
  {
    let nl = DateWords.weekdayNames[.nl]!
    let en = DateWords.weekdayNames[.en]!
    guard reader.peek != nil else {
      throw PlanError(
        nl: "'\(word.text)' alleen is geen datum: zet de dag erachter",
        en: "'\(word.text)' alone is not a date: put the day after it", at: word.span,
        hint: Phrase(
          nl: "bijvoorbeeld \(nl[weekday - 1]) 5 juli 2016",
          en: "for example \(en[weekday - 1]) 5 July 2016"))
    }
    let start = reader.index
    let date = try read(&reader, weekdayAllowed: false)
    guard date.precision == .day else {
      let words = reader.words[start..<reader.index]
      throw PlanError(
        nl: "een weekdag hoort bij één dag, niet bij '\(Word.joined(words))'",
        en: "a weekday goes with a single day, not with '\(Word.joined(words))'", at: word.span,
        hint: Phrase(
          nl: "laat '\(word.text)' weg, of geef de dag: \(nl[weekday - 1]) 5 juli 2016",
          en: "leave '\(word.text)' out, or give the day: \(en[weekday - 1]) 5 July 2016"))
    }
    let actual = date.day.weekday
    guard actual == weekday else {
      throw PlanError(
        nl: "\(date.text(.nl)) is een \(nl[actual - 1]), geen \(nl[weekday - 1])",
        en: "\(date.text(.en)) is a \(en[actual - 1]), not a \(en[weekday - 1])", at: word.span,
        hint: Phrase(
          nl: "schrijf \(nl[actual - 1]) \(date.text(.nl)), of kijk de datum na",
          en: "write \(en[actual - 1]) \(date.text(.en)), or check the date"))
    }
    return date
  }
}
