import Foundation

/// How the tables write numbers: grouped counts, milliseconds, megabytes.
enum Format {
  /// 15001 as "15,001".
  static func grouped(_ number: Int) -> String {
    let digits = String(number.magnitude)
    var text = ""
    for (i, digit) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { text += "," }
      text.append(digit)
    }
    return (number < 0 ? "-" : "") + text
  }

  static func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }

  static func seconds(_ seconds: Double) -> String { String(format: "%.2f s", seconds) }

  static func microseconds(_ seconds: Double) -> String { String(format: "%.0f µs", seconds * 1e6) }

  static func mb(_ bytes: Int) -> String { String(format: "%.0f MB", Double(bytes) / 1_048_576) }

  /// A table in Markdown, its columns padded to their widest cell.
  static func table(_ header: [String], _ rows: [[String]]) -> String {
    let all = [header] + rows
    let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
    let lines = all.map { row in
      "| "
        + row.enumerated().map { c, cell in
          cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
        }
        .joined(separator: " | ") + " |"
    }
    let rule =
      "| " + widths.map { String(repeating: "-", count: $0) }.joined(separator: " | ") + " |"
    return ([lines[0], rule] + lines.dropFirst()).joined(separator: "\n")
  }
}
