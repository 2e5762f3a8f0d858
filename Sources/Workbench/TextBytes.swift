import PlanKit

/// An answer's text gathered as UTF-8 bytes and made a `String` once: a typed command's
/// answer put together from interpolations and `+` cost more than everything else it
/// printed (each piece a string of its own, grown and copied again at every join).
struct TextBytes {
  private(set) var bytes: [UInt8] = []

  /// - Complexity: O(1).
  init(capacity: Int) {
    bytes.reserveCapacity(capacity)
  }

  /// - Complexity: O(n) in `text`'s bytes.
  mutating func append(_ text: String) {
    // Read where the string keeps its bytes, in one copy; only a bridged string is walked.
    if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
      bytes.append(contentsOf: text.utf8)
    }
  }

  /// A few bytes of punctuation (", ", " – "), byte by byte: cheaper than a copy for so few.
  ///
  /// - Complexity: O(n) in the bytes.
  mutating func append(literal: StaticString) {
    literal.withUTF8Buffer { for byte in $0 { bytes.append(byte) } }
  }

  /// A decimal number as `String(number)` writes it.
  ///
  /// - Complexity: O(its digits).
  mutating func append(number: Int) {
    if number < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = number.magnitude
    // The largest power of ten in it, then its digits from the first.
    var power: UInt = 1
    while magnitude / power >= 10 { power *= 10 }
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude / power % 10))
      power /= 10
    } while power > 0
  }

  /// A day as `Day.text` writes it ("5 jan. 2026"), from its civil date.
  ///
  /// - Complexity: O(1).
  mutating func append(day: Day, _ language: Language) {
    let (year, month, date) = day.civil
    // The day of the month and a year of four digits by divisions by constants, which the
    // compiler turns into multiplications.
    if date >= 10 { bytes.append(UInt8(ascii: "0") + UInt8(date / 10)) }
    bytes.append(UInt8(ascii: "0") + UInt8(date % 10))
    bytes.append(UInt8(ascii: " "))
    append(language == .nl ? DateWords.dayMonthsNL[month - 1] : DateWords.dayMonthsEN[month - 1])
    bytes.append(UInt8(ascii: " "))
    guard Day.supportedYears.contains(year) else { return append(number: year) }
    bytes.append(UInt8(ascii: "0") + UInt8(year / 1000))
    bytes.append(UInt8(ascii: "0") + UInt8(year / 100 % 10))
    bytes.append(UInt8(ascii: "0") + UInt8(year / 10 % 10))
    bytes.append(UInt8(ascii: "0") + UInt8(year % 10))
  }

  /// - Complexity: O(n) in the bytes.
  var text: String { String(decoding: bytes, as: UTF8.self) }
}
