/// The text of a file another program wrote. Dutch Excel saves "CSV (puntkomma)" in the
/// Windows code page (Windows-1252: "Hüsken" is one byte per letter), "CSV UTF-8" with a
/// byte-order mark, "Unicode-tekst" in UTF-16; MS Project writes UTF-8 or UTF-16 XML.
public enum TextDecoding {
  /// How the bytes were read, so that an answer can say so.
  public enum Encoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "Windows-1252"
  }

  /// The text without a byte-order mark, and how it was read: a byte-order mark decides;
  /// else valid UTF-8 is UTF-8 and anything else Windows-1252, which has a character for
  /// every byte, so that no file is refused for its encoding.
  ///
  /// - Complexity: O(bytes).
  public static func text(of bytes: [UInt8]) -> (text: String, encoding: Encoding) {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return (String(decoding: bytes.dropFirst(3), as: UTF8.self), .utf8)
    }
    if bytes.starts(with: [0xFF, 0xFE]) {
      return (utf16(bytes.dropFirst(2), bigEndian: false), .utf16LittleEndian)
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return (utf16(bytes.dropFirst(2), bigEndian: true), .utf16BigEndian)
    }
    if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
    var scalars = String.UnicodeScalarView()
    for byte in bytes { scalars.append(windows1252(byte)) }
    return (String(scalars), .windows1252)
  }

  static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let (a, b) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
      units.append(bigEndian ? a << 8 | b : b << 8 | a)
      index += 2
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// Windows-1252 differs from Latin-1 only in 0x80–0x9F: the euro sign, quotes, dashes.
  static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
    guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
    let table: [UInt32] = [
      0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
    return Unicode.Scalar(table[Int(byte - 0x80)])!
  }
}
