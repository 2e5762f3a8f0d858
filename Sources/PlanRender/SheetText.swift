import PlanKit

extension Sheet.Value {
  /// Excel keeps at most this many characters in a cell.
  static let longest = 32_767

  /// User text as a cell shows it: a string (the writer never makes a formula of `=…`, `+…`,
  /// `-…` or `@…`), control and direction characters as spaces, since a spreadsheet has no
  /// use for them and XML cannot carry most; Excel's own escape `_xHHHH_` escaped in turn
  /// (`_x005F_` is its underscore), so that a title reads as typed; cut at Excel's limit.
  ///
  /// - Complexity: O(length).
  public static func cleanText(_ text: String) -> Sheet.Value {
    let hidden = text.unicodeScalars.contains { $0.isHiddenControl }
    let escape = text.utf8.contains(UInt8(ascii: "_"))
    guard hidden || escape || text.unicodeScalars.count > longest else { return .text(text) }
    let scalars = Array(text.unicodeScalars.prefix(longest))
    var out = String.UnicodeScalarView()
    for (i, scalar) in scalars.enumerated() {
      if scalar.isHiddenControl {
        out.append(" ")
      } else if scalar == "_" && isExcelEscape(scalars, at: i) {
        out.append(contentsOf: "_x005F_".unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return .text(String(out))
  }

  /// Whether `_xHHHH_` starts at `i`: what Excel reads as the character HHHH.
  static func isExcelEscape(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
    guard i + 6 < scalars.count, scalars[i + 1] == "x", scalars[i + 6] == "_" else {
      return false
    }
    return scalars[(i + 2)...(i + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
  }

  /// A typed date, or the date as text before 1 March 1900, which Excel cannot count.
  ///
  /// - Complexity: O(1).
  public static func date(_ day: Day, _ language: Language) -> Sheet.Value {
    ExcelDate.serial(day).map(Sheet.Value.date) ?? .text(day.text(language))
  }
}

/// Excel's day numbers (the 1900 date system that Excel, LibreOffice and openpyxl read).
public enum ExcelDate {
  /// 1 January 1970, which Excel counts as day 25,569.
  static let epoch = 25_569.0
  /// 1 March 1900: before it, Excel's count holds a 29 February 1900 that never was.
  static let first = Day(year: 1900, month: 3, day: 1)!

  /// The day's serial number, or nil before 1 March 1900.
  ///
  /// - Complexity: O(1).
  public static func serial(_ day: Day) -> Double? {
    day < first ? nil : Double(day.raw) + epoch
  }
}
