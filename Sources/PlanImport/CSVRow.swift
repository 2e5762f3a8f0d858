import PlanKit

/// One data row of a plan's CSV: its cells by column, what kind of row it is, and the
/// problems found in it, each at its cell.
struct CSVRow {
  enum Kind { case plan, lot, phase, milestone }

  let cells: [CSVTable.Cell]
  let columns: [CSVColumn: Int]
  /// The file's own headers, which a problem names.
  let headers: [String]
  let line: Int
  var kind: Kind?
  var problems: [ImportProblem] = []

  static let kinds: [String: Kind] = [
    "plan": .plan, "perceel": .lot, "lot": .lot, "route": .lot, "fase": .phase, "phase": .phase,
    "mijlpaal": .milestone, "milestone": .milestone,
  ]

  init(cells: [CSVTable.Cell], columns: [CSVColumn: Int], headers: [String]) {
    self.cells = cells
    self.columns = columns
    self.headers = headers
    line = cells.first?.line ?? 1
    let type = text(.type).lowercased()
    if type.isEmpty {
      // A sheet of its own may have no type column: a row with a start and nothing to end
      // it is a moment, a milestone.
      // A standard phase's kind makes it a phase even without an end, which is then missed.
      let phaseKind = PhaseKind.named(text(.kind).lowercased()) != nil
      kind = text(.end).isEmpty && text(.duration).isEmpty && !phaseKind ? .milestone : .phase
    } else if let kind = Self.kinds[type] {
      self.kind = kind
    } else {
      refuse(
        .type,
        Phrase(nl: "'\(text(.type))' is geen type", en: "'\(text(.type))' is not a type"),
        hint: Phrase(
          nl: "fase, mijlpaal, perceel of plan", en: "phase, milestone, lot (perceel) or plan"))
    }
  }

  /// The cell of `column`; nil when the file has no such column or the row ends before it.
  func cell(_ column: CSVColumn) -> CSVTable.Cell? {
    guard let index = columns[column], index < cells.count else { return nil }
    return cells[index]
  }

  /// The cell's text without spaces around it; empty when there is none. The apostrophe
  /// `exporteer csv` puts before a text that Excel would run as a formula is taken off.
  func text(_ column: CSVColumn) -> String {
    let text = cell(column)?.text.trimmedSpaces ?? ""
    let scalars = text.unicodeScalars
    guard scalars.first == "'", scalars.count > 1,
      Self.formulaStarts.contains(scalars[scalars.index(after: scalars.startIndex)])
    else { return text }
    return String(text.dropFirst())
  }

  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  mutating func refuse(_ column: CSVColumn, _ message: Phrase, hint: Phrase? = nil) {
    let index = columns[column]
    problems.append(
      ImportProblem(
        line: cell(column)?.line ?? line, column: (index ?? 0) + 1,
        field: index.map { $0 < headers.count ? headers[$0] : "" } ?? column.header,
        message: message, hint: hint))
  }

  /// A refusal by one of Planwerk's readers (dates, durations, amounts), which quotes the word.
  mutating func refuse(_ column: CSVColumn, _ error: PlanError) {
    refuse(column, error.message, hint: error.hint)
  }

  /// The cell read by Planwerk's date language; nil when it is empty or refused. Excel may
  /// write a time after a date ("1-5-2022 00:00"): a plan counts in days, so it is left out.
  mutating func date(_ column: CSVColumn) -> PlanDate? {
    guard let cell = cell(column) else { return nil }
    var words = Word.split(cell.text)
    if words.count > 1, Self.isTime(words.last!.text) { words.removeLast() }
    guard !words.isEmpty else { return nil }
    do {
      return try DateParser().parse(words)
    } catch {
      refuse(column, error)
      return nil
    }
  }

  static func isTime(_ text: String) -> Bool {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    return (2...3).contains(parts.count)
      && parts.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) }
  }
}
