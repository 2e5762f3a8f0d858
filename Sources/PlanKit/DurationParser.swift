/// Reads durations: `6 maanden`, `3 months`, `2 weken`, `10 dagen`, `1 jaar`, `6m`, `2w`,
/// `10d`, signed (`+2m`, `-1w`).
public enum DurationParser {
  static let units: [String: PlanDuration.Unit] = [
    "d": .days, "dag": .days, "dagen": .days, "day": .days, "days": .days,
    "w": .weeks, "wk": .weeks, "wkn": .weeks, "week": .weeks, "weken": .weeks, "weeks": .weeks,
    "m": .months, "mnd": .months, "maand": .months, "maanden": .months, "mo": .months,
    "month": .months, "months": .months,
    "j": .years, "jr": .years, "jaar": .years, "jaren": .years, "y": .years, "yr": .years,
    "year": .years, "years": .years,
  ]
  static let workingDayUnits: Set<String> = ["wd", "werkdag", "werkdagen", "workday", "workdays"]
  /// Two-word units: "working days", "business days".
  static let workingDayFirstWords: Set<String> = ["working", "business"]
  static let dayWords: Set<String> = ["day", "days"]

  public static let examples = Phrase(
    nl:
      "bijvoorbeeld 6 maanden, 2 weken, 10 dagen, 20 werkdagen, 1 jaar, 6m, 2w, 10d, 20wd, +2m, -1w",
    en:
      "for example 6 months, 2 weeks, 10 days, 20 working days, 1 year, 6m, 2w, 10d, 20wd, +2m, -1w"
  )

  public static func parse(_ text: String) throws(PlanError) -> PlanDuration {
    try parse(Word.split(text))
  }

  public static func parse(_ words: [Word]) throws(PlanError) -> PlanDuration {
    if let plain = plainDuration(words) { return plain }
    guard let first = words.first else {
      throw PlanError(nl: "de duur ontbreekt", en: "the duration is missing", hint: examples)
    }
    var body = DateParser.key(first.text)
    var sign = 1
    if let s = body.first, s == "+" || s == "-" {
      sign = s == "-" ? -1 : 1
      body.removeFirst()
    }
    let digits = String(body.prefix { $0.isASCII && $0.isNumber })
    guard !digits.isEmpty, let amount = Int(digits.prefix(7)) else {
      throw PlanError(
        nl: "'\(first.text)' is geen duur", en: "'\(first.text)' is not a duration", at: first.span,
        hint: examples)
    }
    var unitWord = String(body.dropFirst(digits.count))
    var unitSpan = first.span
    var used = 1
    if unitWord.isEmpty {
      guard words.count > 1 else {
        throw PlanError(
          nl: "na '\(first.text)' ontbreekt de eenheid",
          en: "the unit is missing after '\(first.text)'",
          at: first.span, hint: examples)
      }
      unitWord = DateParser.key(words[1].text)
      unitSpan = words[1].span
      used = 2
    }
    let unit: PlanDuration.Unit
    if workingDayUnits.contains(unitWord) {
      unit = .workingDays
    } else if workingDayFirstWords.contains(unitWord), used < words.count,
      dayWords.contains(DateParser.key(words[used].text))
    {
      unit = .workingDays
      used += 1
    } else if let calendarUnit = units[unitWord] {
      unit = calendarUnit
    } else {
      throw PlanError(
        nl: "'\(unitWord)' is geen eenheid van tijd", en: "'\(unitWord)' is not a unit of time",
        at: unitSpan, hint: examples)
    }
    if used < words.count {
      let extra = words[used]
      throw PlanError(
        nl: "'\(extra.text)' hoort niet bij de duur",
        en: "'\(extra.text)' is not part of the duration",
        at: spanOf(words[used...]), hint: examples)
    }
    guard amount <= unit.limit else {
      throw PlanError(
        nl: "\(amount) is te lang voor een plan (hoogstens \(unit.limit))",
        en: "\(amount) is too long for a plan (at most \(unit.limit))", at: first.span)
    }
    return PlanDuration(sign * amount, unit)
  }

  /// `40 werkdagen` as scripts and exports write it, a number and a unit in lowercase ASCII,
  /// read from their bytes; nil for anything else, which `parse` reads word by word.
  ///
  /// - Complexity: O(1) for the few bytes of a duration.
  static func plainDuration(_ words: [Word]) -> PlanDuration? {
    guard words.count == 2, words[0].text.utf8.count <= 7, !words[1].quoted else { return nil }
    var amount = 0
    for byte in words[0].text.utf8 {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      amount = amount * 10 + Int(byte - UInt8(ascii: "0"))
    }
    let unitWord = words[1].text
    guard !words[0].text.isEmpty,
      unitWord.utf8.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
    else { return nil }
    let unit = workingDayUnits.contains(unitWord) ? .workingDays : units[unitWord]
    guard let unit, amount <= unit.limit else { return nil }
    return PlanDuration(amount, unit)
  }
}
