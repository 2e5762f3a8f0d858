/// Writes dates and durations the way a Dutch project leader writes them, as the seeds do: a
/// day with its month abbreviated ("1 sept. 2022", "1 mrt. 2022"), a month in full ("maart
/// 2022", "eind februari 2021"), "Q3 2023", "najaar 2021", "winter 2023/2024", "+2 mnd".
extension Day {
  /// "1 sept. 2022": written as bytes, as every answer that adds or moves an item shows one
  /// or two, which interpolation made the costliest part of a typed command's answer.
  ///
  /// - Complexity: O(1).
  public func text(_ language: Language) -> String {
    let (y, m, d) = civil
    let month = language == .nl ? DateWords.dayMonthsNL[m - 1] : DateWords.dayMonthsEN[m - 1]
    guard Day.supportedYears.contains(y) else { return "\(d) \(month) \(y)" }
    let count = (d < 10 ? 1 : 2) + 1 + month.utf8.count + 1 + 4
    return String(unsafeUninitializedCapacity: count) { bytes in
      var at = 0
      if d >= 10 {
        bytes[at] = UInt8(ascii: "0") + UInt8(d / 10)
        at += 1
      }
      bytes[at] = UInt8(ascii: "0") + UInt8(d % 10)
      bytes[at + 1] = UInt8(ascii: " ")
      at += 2
      for byte in month.utf8 {
        bytes[at] = byte
        at += 1
      }
      bytes[at] = UInt8(ascii: " ")
      var rest = y
      for i in stride(from: at + 4, through: at + 1, by: -1) {
        bytes[i] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      }
      return count
    }
  }
}

extension PlanDate {
  /// An exclusive end as a Dutch reader takes it: a day as it is ("1 sept. 2022", the first
  /// day after, as the seeds write periods), a coarser date as the last window it includes
  /// ("2020" for an end on 1 January 2021 at year precision, "februari 2023", "Q1 2022").
  public func endText(_ language: Language) -> String {
    endsWindow ? PlanDate(lastWindowStart, precision).text(language) : text(language)
  }

  /// An end on its own, in a sentence: "eind 2020", "1 sept. 2022".
  public func closingText(_ language: Language) -> String {
    endsWindow ? (language == .nl ? "eind " : "end of ") + endText(language) : text(language)
  }

  /// An end after its start: as `endText`, but "1 jan. 2023 – eind 2023" when the start is a
  /// day and the end a whole window, which "1 jan. 2023 – 2023" would leave to guessing.
  public func endText(after start: PlanDate, _ language: Language) -> String {
    start.precision == .day ? closingText(language) : endText(language)
  }

  /// "1 mei 2022 – 1 sept. 2022", "2017 – 2020", "1 jan. 2023 – eind 2023"; "najaar 2021"
  /// alone for the one window it fills.
  public static func period(
    _ start: PlanDate, _ end: PlanDate, _ language: Language, dash: String = "–"
  ) -> String {
    if end.endsWindow, end.precision == start.precision, end.lastWindowStart == start.day {
      return start.text(language)
    }
    return "\(start.text(language)) \(dash) \(end.endText(after: start, language))"
  }

  public func text(_ language: Language) -> String {
    // A day, the usual date, without the words the coarser precisions need.
    if precision == .day { return day.text(language) }
    let (y, m, _) = windowStart.civil
    let month = DateWords.fullMonths[language]![m - 1]
    let nl = language == .nl
    let quarter = "Q\((m - 1) / 3 + 1) \(y)"
    switch precision {
    case .day: return day.text(language)
    case .week:
      let (week, weekYear) = day.isoWeek
      return "week \(week) \(weekYear)"
    case .earlyMonth: return "\(nl ? "begin" : "early") \(month) \(y)"
    case .midMonth: return "\(nl ? "medio" : "mid") \(month) \(y)"
    case .lateMonth: return "\(nl ? "eind" : "late") \(month) \(y)"
    case .month: return "\(month) \(y)"
    case .quarter: return quarter
    case .earlyQuarter: return "\(nl ? "begin" : "early") \(quarter)"
    case .midQuarter: return "\(nl ? "medio" : "mid") \(quarter)"
    case .lateQuarter: return "\(nl ? "eind" : "late") \(quarter)"
    case .half: return nl ? "\(m <= 6 ? 1 : 2)e helft \(y)" : "H\(m <= 6 ? 1 : 2) \(y)"
    case .season where m == 12: return "\(DateWords.seasonNames[language]![m]!) \(y)/\(y + 1)"
    case .season: return "\(DateWords.seasonNames[language]![m]!) \(y)"
    case .earlyYear: return "\(nl ? "begin" : "early") \(y)"
    case .midYear: return "\(nl ? "medio" : "mid") \(y)"
    case .lateYear: return "\(nl ? "eind" : "late") \(y)"
    case .year: return "\(y)"
    }
  }
}

extension Item {
  /// "1 mei 2022 – 1 sept. 2022", "2017 – 2020" for a phase (its end as `endText` gives
  /// it), the date alone for a milestone. An end coarser than the start says it is one:
  /// "1 jan. 2023 – eind 2023".
  public func period(_ language: Language, dash: String = "–") -> String {
    type == .milestone ? start.text(language) : PlanDate.period(start, end, language, dash: dash)
  }
}

extension PlanDuration {
  /// "6 maanden", "1 week", "10 days".
  public func text(_ language: Language) -> String {
    "\(amount < 0 ? "-" : "")\(abs(amount)) \(unitWord(language))"
  }

  /// The unit as `text` names it after the number: "werkdagen", "1 week".
  ///
  /// - Complexity: O(1).
  public func unitWord(_ language: Language) -> String {
    let one = abs(amount) == 1
    let word: String
    switch (unit, language) {
    case (.days, .nl): word = one ? "dag" : "dagen"
    case (.weeks, .nl): word = one ? "week" : "weken"
    case (.months, .nl): word = one ? "maand" : "maanden"
    case (.years, .nl): word = "jaar"
    case (.days, .en): word = one ? "day" : "days"
    case (.weeks, .en): word = one ? "week" : "weeks"
    case (.months, .en): word = one ? "month" : "months"
    case (.years, .en): word = one ? "year" : "years"
    case (.workingDays, .nl): word = one ? "werkdag" : "werkdagen"
    case (.workingDays, .en): word = one ? "working day" : "working days"
    }
    return word
  }

  /// A signed short form for deltas: "+2 mnd", "-1 wk", "+10 d".
  public func delta(_ language: Language) -> String {
    let word: String
    switch unit {
    case .days: word = "d"
    case .weeks: word = "wk"
    case .months: word = language == .nl ? "mnd" : "mo"
    case .years: word = language == .nl ? "jr" : "yr"
    case .workingDays: word = "wd"
    }
    return "\(amount < 0 ? "-" : "+")\(abs(amount)) \(word)"
  }
}
