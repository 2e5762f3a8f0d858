import PlanKit

/// A spreadsheet as cells: what `export xlsx` writes, laid out here in the pure core so that
/// every cell, style, width and print setting is testable without the C library that zips it
/// (PlanSheet, linked by the executable only). The writer only copies this model out.
public struct Workbook: Sendable, Equatable {
  /// The document's title (its properties), the plan's.
  public var title: String
  public var sheets: [Sheet]
  /// Every style a cell names, by index; style 0 is the default.
  public var styles: [CellStyle]

  public init(title: String, sheets: [Sheet], styles: [CellStyle]) {
    self.title = title
    self.sheets = sheets
    self.styles = styles
  }
}

/// One worksheet: its cells by row and column (0-based), and how it is viewed and printed.
public struct Sheet: Sendable, Equatable {
  public enum Value: Sendable, Equatable {
    /// Written as a string, never as a formula, whatever it starts with.
    case text(String)
    case number(Double)
    /// A typed date: Excel's day serial, shown by the cell's date format.
    case date(Double)
  }

  public struct Cell: Sendable, Equatable {
    public var row: Int
    public var column: Int
    public var value: Value?
    /// An index into `Workbook.styles`.
    public var style: Int
  }

  /// A block of cells shown as one, its value in its first cell.
  public struct Merge: Sendable, Equatable {
    public var row: Int
    public var first: Int
    public var last: Int
  }

  /// An autofilter: its header row, and the last row and column under it.
  public struct Filter: Sendable, Equatable {
    public var row: Int
    public var lastRow: Int
    public var lastColumn: Int
  }

  public struct Print: Sendable, Equatable {
    public var landscape = true
    public var paper = ChartOptions.Paper.a4
    /// Pages across and down the sheet is shrunk to; 0 down: as many as it takes.
    public var pagesWide = 1
    public var pagesHigh = 0
    /// Rows and columns printed on every page.
    public var repeatRows: ClosedRange<Int>?
    public var repeatColumns: ClosedRange<Int>?
    /// Excel's header and footer codes (`&P` the page, `&N` the pages); user text in them is
    /// escaped (`&&`).
    public var header = ""
    public var footer = ""
  }

  public var name: String
  public var cells: [Cell] = []
  /// Widths in characters, by column; the sheet's default where there is none.
  public var widths: [Int: Double] = [:]
  /// Heights in points, by row.
  public var heights: [Int: Double] = [:]
  /// Rows one level in under the row above them (a lot's items), so that they fold away.
  public var outlined: Set<Int> = []
  public var merges: [Merge] = []
  /// Rows and columns that stay in view while scrolling.
  public var frozenRows = 0
  public var frozenColumns = 0
  /// The header row and the last row and column under a filter.
  public var filter: Filter?
  public var print = Print()

  public init(name: String) {
    self.name = name
  }

  /// The cell at `row` and `column`, the last one written there.
  ///
  /// - Complexity: O(cells).
  public func cell(_ row: Int, _ column: Int) -> Cell? {
    cells.last { $0.row == row && $0.column == column }
  }

  /// The row count: one past the last row with a cell.
  public var rowCount: Int { (cells.map(\.row).max() ?? -1) + 1 }
}

/// How a cell looks. Colours are RGB; nil is the sheet's default.
public struct CellStyle: Sendable, Hashable {
  public enum Alignment: Sendable, Hashable { case left, centre, right }

  public var bold = false
  public var size: Double?
  public var colour: UInt32?
  public var fill: UInt32?
  /// Excel's number format code, as written in the file (`d-m-yyyy`, `0 "dagen"`).
  public var format: String?
  public var alignment: Alignment?
  public var indent = 0
  /// Long text on more lines, the row as high as it needs.
  public var wrap = false
  /// A thin border under the cell, in this colour.
  public var bottomBorder: UInt32?
  /// A thin border left of the cell, in this colour: the start of a year.
  public var leftBorder: UInt32?

  public init() {}
}

/// The styles of one workbook, each kept once: a cell names its style by index.
struct StyleBook {
  private(set) var styles = [CellStyle()]
  private var index: [CellStyle: Int] = [CellStyle(): 0]

  /// The index of `style`, added when new.
  ///
  /// - Complexity: O(1) amortised.
  mutating func id(_ style: CellStyle) -> Int {
    if let known = index[style] { return known }
    styles.append(style)
    index[style] = styles.count - 1
    return styles.count - 1
  }
}
