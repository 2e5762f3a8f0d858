import PlanKit

/// A CSV file as rows of cells, each cell with the line and column where it starts, as
/// Excel writes it: fields separated by `;` (Dutch Excel), `,` or a tab, whichever the header
/// line holds most of; a field in double quotes may hold the separator, a doubled quote and
/// line breaks; lines end in CRLF or LF. Rows with nothing in them are left out.
struct CSVTable {
  struct Cell: Equatable {
    var text: String
    /// 1-based: the line the cell starts on, and its column as a spreadsheet counts them
    /// (the first field is column 1, A in Excel), which is where a user will look.
    var line: Int
    var column: Int
  }

  var separator: Character
  var rows: [[Cell]]

  /// - Complexity: O(characters).
  init(_ text: String) throws(ImportFailure) {
    separator = Self.separator(of: text)
    rows = []
    var row: [Cell] = []
    var cell = ""
    var line = 1
    var start = (line: 1, column: 1)
    var quoted = false
    var afterQuote = false
    var iterator = text.makeIterator()
    var pending: Character?
    func finishCell() {
      row.append(Cell(text: cell, line: start.line, column: row.count + 1))
      cell = ""
    }
    while let character = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if character == "\"" {
          if let next = iterator.next() {
            if next == "\"" {
              cell.append("\"")
              continue
            }
            pending = next
          }
          quoted = false
          afterQuote = true
          continue
        }
        cell.append(character == "\r\n" ? "\n" : character)
        if character == "\n" || character == "\r\n" || character == "\r" { line += 1 }
        continue
      }
      switch character {
      case separator:
        finishCell()
        afterQuote = false
        start = (line, row.count + 1)
      case "\n", "\r\n", "\r":
        finishCell()
        if row.contains(where: { !$0.text.trimmedSpaces.isEmpty }) { rows.append(row) }
        row = []
        afterQuote = false
        line += 1
        start = (line, 1)
      case "\"" where cell.trimmedSpaces.isEmpty && !afterQuote:
        cell = ""
        quoted = true
      default:
        // Excel writes nothing after a closing quote; what another program put there stays
        // part of the cell, as Excel itself reads it.
        cell.append(character)
      }
    }
    if quoted {
      throw ImportFailure([
        ImportProblem(
          line: start.line, column: start.column, field: "",
          message: Phrase(
            nl: "de cel begint met een aanhalingsteken dat nergens gesloten wordt",
            en: "the cell opens a quote that is never closed"),
          hint: Phrase(
            nl: "sluit de tekst met \" of verdubbel een \" in de tekst (\"\")",
            en: "close the text with \" or double a \" inside the text (\"\")"))
      ])
    }
    finishCell()
    if row.contains(where: { !$0.text.trimmedSpaces.isEmpty }) { rows.append(row) }
  }

  /// The separator the first line uses most, outside quotes; `;` when it has none.
  static func separator(of text: String) -> Character {
    var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
    var quoted = false
    for character in text {
      if character == "\"" { quoted.toggle() }
      if !quoted && (character == "\n" || character == "\r\n" || character == "\r") { break }
      if !quoted, counts[character] != nil { counts[character]! += 1 }
    }
    let most = counts.values.max()!
    return most == 0 ? ";" : [";", ",", "\t"].first { counts[$0] == most }!
  }
}

extension String {
  /// Without spaces, tabs and non-breaking spaces (Excel keeps them) at either end.
  var trimmedSpaces: String {
    let scalars = unicodeScalars
    let blank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
    guard let first = scalars.firstIndex(where: { !blank($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !blank($0) })!
    return String(scalars[first...last])
  }
}
