import PlanKit

/// Reads a plan from CSV as Dutch Excel writes it (see `CSVTable`, `TextDecoding`): the
/// columns of `exporteer csv` or a project leader's own sheet, by their headers (`CSVColumn`).
///
/// A row is a phase, a milestone, a lot (`Type` perceel: its title, procedure and value) or
/// the plan itself (`Type` plan: its title, and the organisation under Perceel). An item's lot
/// comes from its id (`r1.voorbereiding`) or, without one, from the Perceel column, a lot
/// being made for each new title; ids are made from titles where the sheet has none. Dates
/// are read by Planwerk's date language, day first; Einde is the last day, inclusive, as
/// Excel users count; without it Duur gives the length. Every refused cell is reported with
/// its line and column, and nothing is read when one is, unless refused rows may be skipped.
public struct CSVReader {
  var columns: [CSVColumn: Int] = [:]
  var headers: [String] = []
  var problems: [ImportProblem] = []
  var skipped: [ImportProblem] = []
  var omitted: [Phrase] = []
  var title = ""
  var organisation: String?
  var lots: [Lot] = []
  /// Where each lot is in `lots`.
  var lotIndex: [String: Int] = [:]
  var milestones: [Item] = []
  /// Lot ids by lowercased title, for rows that name their lot by its title.
  var lotsByTitle: [String: String] = [:]
  /// The items read so far, with their lines.
  var itemIDs: [String: Int] = [:]
  /// The ids of refused rows, with their lines: a link to one is not "missing from the file".
  var refusedIDs: [String: Int] = [:]
  /// The lots a lot row gave, each once.
  var declaredLots: Set<String> = []
  var pending: [PendingLinks] = []
  var links: [Link] = []
  let skipRefused: Bool

  /// The predecessors cell of a row, read once every id is known.
  struct PendingLinks {
    var to: String
    var cell: CSVTable.Cell
  }

  /// The plan in `bytes`; with `skippingRefused`, rows with a refused cell are left out and
  /// listed in `skipped`, otherwise the whole file is refused with every problem found.
  ///
  /// - Complexity: O(bytes + rows × predecessors).
  public static func read(_ bytes: [UInt8], skippingRefused: Bool = false)
    throws(ImportFailure) -> ImportedPlan
  {
    var reader = CSVReader(skipRefused: skippingRefused)
    // A spreadsheet saved as .xlsx, a PDF or a picture has bytes no text has.
    if bytes.prefix(4096).contains(0) && !bytes.starts(with: [0xFF, 0xFE])
      && !bytes.starts(with: [0xFE, 0xFF])
    {
      throw ImportFailure([
        ImportProblem(
          line: 1, column: 1,
          message: Phrase(
            nl: "dit is geen tekstbestand (CSV), maar bijvoorbeeld een werkmap of een PDF",
            en: "this is no text file (CSV) but, say, a workbook or a PDF"),
          hint: Phrase(
            nl: "sla het in Excel op als 'CSV (puntkomma)' of 'CSV UTF-8'",
            en: "save it from Excel as 'CSV (semicolon)' or 'CSV UTF-8'"))
      ])
    }
    let table = try CSVTable(TextDecoding.text(of: bytes).text)
    guard let header = table.rows.first else {
      throw ImportFailure([
        ImportProblem(
          line: 1, column: 1, message: Phrase(nl: "het bestand is leeg", en: "the file is empty"),
          hint: Phrase(
            nl: "een kopregel met Onderdeel;Titel;Begin;Einde en een regel per fase",
            en: "a header line with Onderdeel;Titel;Begin;Einde and a line per phase"))
      ])
    }
    try reader.readHeader(header)
    for row in table.rows.dropFirst() { reader.readRow(row) }
    reader.readLinks()
    guard reader.problems.isEmpty else {
      throw ImportFailure(reader.problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
    }
    let plan = Plan(
      title: reader.title, organisation: reader.organisation, lots: reader.lots,
      milestones: reader.milestones, links: reader.links)
    return ImportedPlan(plan: plan, omitted: reader.omitted, skipped: reader.skipped)
  }

  mutating func readHeader(_ header: [CSVTable.Cell]) throws(ImportFailure) {
    headers = header.map(\.text.trimmedSpaces)
    for (index, cell) in header.enumerated() {
      guard let column = CSVColumn.named(cell.text) else {
        if !cell.text.trimmedSpaces.isEmpty {
          omitted.append(
            Phrase(
              nl:
                "kolom '\(cell.text.trimmedSpaces)' (regel 1, kolom \(cell.column)) is niet gelezen",
              en: "column '\(cell.text.trimmedSpaces)' (line 1, column \(cell.column)) was not read"
            ))
        }
        continue
      }
      if columns[column] != nil {
        problems.append(
          ImportProblem(
            line: cell.line, column: cell.column, field: cell.text.trimmedSpaces,
            message: Phrase(
              nl: "de kolom \(column.header) staat er twee keer",
              en: "the column \(column.header) is there twice"),
            hint: Phrase(nl: "hernoem of verwijder er een", en: "rename or remove one")))
      }
      columns[column] = index
    }
    if columns[.start] == nil || (columns[.id] == nil && columns[.title] == nil) {
      let missing = columns[.start] == nil ? "Begin" : "Onderdeel of Titel"
      let missingEN = columns[.start] == nil ? "Begin" : "Onderdeel or Titel"
      problems.append(
        ImportProblem(
          line: 1, column: 1, field: "",
          message: Phrase(
            nl: "de kopregel mist de kolom \(missing)",
            en: "the header line lacks the column \(missingEN)"),
          hint: Phrase(
            nl: "kolommen: " + CSVColumn.allCases.map(\.header).joined(separator: ";"),
            en: "columns: " + CSVColumn.allCases.map(\.header).joined(separator: ";"))))
    }
    if !problems.isEmpty { throw ImportFailure(problems) }
  }

  /// One row into the plan, or its problems into `problems` (or `skipped`): a refused row
  /// leaves nothing behind, so that skipping it is exact.
  ///
  /// - Complexity: O(cells), amortised.
  mutating func readRow(_ cells: [CSVTable.Cell]) {
    var row = CSVRow(cells: cells, columns: columns, headers: headers)
    switch row.kind {
    case .plan:
      guard row.problems.isEmpty else { break }
      title = row.text(.title)
      if !row.text(.lot).isEmpty { organisation = row.text(.lot) }
    case .lot:
      let lot = readLot(&row)
      if row.problems.isEmpty, let lot { add(lot) }
    case .phase, .milestone:
      let placed = readItem(&row)
      if row.problems.isEmpty, let placed { add(placed, row) }
    case nil: break
    }
    if !row.problems.isEmpty, let id = row.cell(.id)?.text.trimmedSpaces.lowercased(), !id.isEmpty {
      refusedIDs[id] = row.line
    }
    if skipRefused { skipped += row.problems } else { problems += row.problems }
  }
}
