/// The words of the date language, Dutch and English, as data.
public enum DateWords {
  /// Month names and abbreviations (Onze Taal: "mei" is never shortened; the dot is optional).
  static let months: [String: Int] = {
    let table: [[String]] = [
      ["januari", "jan", "january"],
      ["februari", "feb", "febr", "february"],
      ["maart", "mrt", "mar", "march", "maa"],
      ["april", "apr"],
      ["mei", "may"],
      ["juni", "jun", "june"],
      ["juli", "jul", "july"],
      ["augustus", "aug", "august"],
      ["september", "sep", "sept"],
      ["oktober", "okt", "october", "oct"],
      ["november", "nov"],
      ["december", "dec"],
    ]
    var map: [String: Int] = [:]
    for (index, names) in table.enumerated() {
      for name in names { map[name] = index + 1 }
    }
    return map
  }()

  /// Every month word, for suggestions when a word is not one of them.
  static let monthNames: [String] = months.keys.sorted()

  static let seasons: [String: Int] = [
    "voorjaar": 3, "lente": 3, "spring": 3,
    "zomer": 6, "summer": 6,
    "najaar": 9, "herfst": 9, "autumn": 9, "fall": 9,
    "winter": 12,
  ]

  enum Part { case early, middle, late }

  static let parts: [String: Part] = [
    "begin": .early, "early": .early, "beginning": .early, "start": .early,
    "medio": .middle, "half": .middle, "midden": .middle, "mid": .middle, "middle": .middle,
    "eind": .late, "einde": .late, "late": .late, "end": .late,
  ]

  /// Weekdays and their abbreviations (Onze Taal: ma di wo do vr za zo, also woe, vrij, zat),
  /// by ISO number: 1 is Monday.
  static let weekdays: [String: Int] = {
    let table: [[String]] = [
      ["maandag", "ma", "monday", "mon"],
      ["dinsdag", "di", "din", "tuesday", "tue", "tues"],
      ["woensdag", "wo", "woe", "wednesday", "wed"],
      ["donderdag", "do", "don", "thursday", "thu", "thur", "thurs"],
      ["vrijdag", "vr", "vrij", "friday", "fri"],
      ["zaterdag", "za", "zat", "saturday", "sat"],
      ["zondag", "zo", "zon", "sunday", "sun"],
    ]
    var map: [String: Int] = [:]
    for (index, names) in table.enumerated() {
      for name in names { map[name] = index + 1 }
    }
    return map
  }()

  /// A weekday's name in a sentence: "dinsdag", "Tuesday".
  static let weekdayNames: [Language: [String]] = [
    .nl: ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    .en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  ]

  /// Words that join two dates into a period, or two dates into a list: not part of a date.
  static let joiners: Set<String> = [
    "en", "tot", "t/m", "tm", "met", "and", "to", "until", "through", "-", "–", "—",
  ]

  static let ordinals: [String: Int] = [
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4,
    "first": 1, "second": 2, "third": 3, "fourth": 4,
  ]

  static let quarterWords: Set<String> = ["kwartaal", "quarter", "kw"]
  static let halfWords: Set<String> = ["helft", "halfjaar", "half", "half-year", "halfyear"]
  static let weekWords: Set<String> = ["week", "wk"]
  static let todayWords: Set<String> = ["vandaag", "today"]

  /// Short month names for the charts' time axis.
  static let shortMonths: [Language: [String]] = [
    .nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    .en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  ]

  /// Month names as written after a day number: "1 sept. 2022", "1 mei 2022".
  static let dayMonths: [Language: [String]] = [
    .nl: [
      "jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sept.", "okt.", "nov.",
      "dec.",
    ],
    .en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  ]

  /// `dayMonths` of one language without hashing it: every date a command prints asks.
  public static let dayMonthsNL = dayMonths[.nl]!
  public static let dayMonthsEN = dayMonths[.en]!

  static let fullMonths: [Language: [String]] = [
    .nl: [
      "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
      "oktober", "november", "december",
    ],
    .en: [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ],
  ]

  static let seasonNames: [Language: [Int: String]] = [
    .nl: [3: "voorjaar", 6: "zomer", 9: "najaar", 12: "winter"],
    .en: [3: "spring", 6: "summer", 9: "autumn", 12: "winter"],
  ]
}

extension DateWords {
  /// A weekday's name by ISO number (1 is Monday): "dinsdag", "Tuesday".
  public static func weekdayName(_ weekday: Int, _ language: Language) -> String {
    weekdayNames[language]![weekday - 1]
  }

  /// The chart's month abbreviations: jan feb mrt apr mei jun jul aug sep okt nov dec.
  public static func short(_ language: Language) -> [String] {
    shortMonths[language]!
  }
}
