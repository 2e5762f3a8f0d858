import PlanKit

/// The workbook's first sheet, "Planning": a table a project leader filters, sorts and fills
/// in. One row per lot (bold, a summary over its items) and per item under it; typed dates in
/// the Dutch way (`1-9-2022`); the last day of a phase shown inclusively, as `export csv` does
/// ("1 mei – 1 sept." ends on 31 aug.), so that Excel's own date arithmetic counts right;
/// durations as numbers whose format carries the unit; the owner column (`eigenaar`) as the
/// plan has it, empty where there is none, to fill in.
struct PlanningSheet {
  enum Column: Int, CaseIterable {
    case lot, item, kind, title, start, end, days, workdays, deadline, critical, owner, shown
    /// A followed plan's: where the item stands, how far, its actual first and last day. Last,
    /// so that the other columns keep their places whether the plan is followed or not.
    case status, percent, actualStart, actualEnd

    static let progress: [Column] = [.status, .percent, .actualStart, .actualEnd]

    func header(_ language: Language) -> String {
      let nl = language == .nl
      switch self {
      case .lot: return nl ? "Perceel" : "Lot"
      case .item: return nl ? "Onderdeel" : "Item"
      case .kind: return nl ? "Soort" : "Kind"
      case .title: return nl ? "Titel" : "Title"
      case .start: return nl ? "Begin" : "Start"
      case .end: return nl ? "Einde (t/m)" : "End (incl.)"
      case .days: return nl ? "Duur" : "Duration"
      case .workdays: return nl ? "Werkdagen" : "Working days"
      case .deadline: return nl ? "Uiterlijk" : "Deadline"
      case .critical: return nl ? "Kritiek" : "Critical"
      case .owner: return nl ? "Eigenaar" : "Owner"
      case .shown: return nl ? "Zoals gepland" : "As planned"
      case .status: return nl ? "Stand" : "Status"
      case .percent: return nl ? "% gereed" : "% done"
      case .actualStart: return nl ? "Werkelijk begin" : "Actual start"
      case .actualEnd: return nl ? "Werkelijk einde" : "Actual end"
      }
    }

    /// The most characters a column is widened to; longer text is cut off on the screen
    /// but kept whole in the cell.
    var widest: Int {
      switch self {
      case .lot: return 36
      case .title: return 48
      case .shown: return 34
      case .status: return 30
      default: return 16
      }
    }
  }

  /// Excel's date format codes are written in English whatever the reader's language; a
  /// Dutch Excel shows `d-m-yyyy` as `1-9-2022`, its own short date.
  static func dateFormat(_ language: Language) -> String {
    language == .nl ? "d-m-yyyy" : "d mmm yyyy"
  }

  /// A number with its unit, singular for one: "1 dag", "123 dagen".
  static func unitFormat(_ one: String, _ many: String) -> String {
    "[=1]0 \"\(one)\";0 \"\(many)\""
  }

  var sheet: Sheet
  private var styles: StyleBook
  private let language: Language
  /// The columns written: the progress columns only for a followed plan.
  private let columns: [Column]

  /// The table of the items `content` shows (its lots and days), with `plan`'s details.
  ///
  /// - Complexity: O(items + rows + working days counted over the plan's years).
  init(_ content: ChartContent, plan: Plan, styles: StyleBook) {
    language = content.language
    let nl = language == .nl
    self.styles = styles
    sheet = Sheet(name: nl ? "Planning" : "Plan")
    let columns =
      content.statusDay == nil
      ? Column.allCases.filter { !Column.progress.contains($0) } : Column.allCases
    self.columns = columns
    var widths = Column.allCases.map { $0.header(language).count + 3 }
    for column in columns {
      put(0, column, .text(column.header(language)), header(column), &widths)
    }
    let years = (content.span?.lowerBound.year ?? 2000)...(content.span?.upperBound.year ?? 2000)
    let workdays = WorkdayTable(plan.calendar, years: years)
    // By id once: a plan opened from a file has no index yet, and a lookup would scan its lots.
    let items = Dictionary(plan.allItems.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let owners = Dictionary(plan.lots.map { ($0.id, $0.owner) }, uniquingKeysWith: { a, _ in a })
    var row = 1
    var lotTitle = ""
    for shown in content.rows {
      if shown.isHeading {
        lotTitle = shown.label
        let owner = shown.kind == .lot ? owners[shown.id] ?? nil : nil
        writeHeading(shown, owner: owner, row: row, workdays: workdays, &widths)
      } else if let item = items[shown.id] {
        writeItem(item, shown, lot: lotTitle, row: row, workdays: workdays, &widths)
        sheet.outlined.insert(row)
      } else {
        continue
      }
      row += 1
    }
    for column in columns {
      sheet.widths[column.rawValue] = Double(min(widths[column.rawValue], column.widest))
    }
    sheet.frozenRows = 1
    sheet.filter = Sheet.Filter(
      row: 0, lastRow: max(row - 1, 1), lastColumn: columns.last!.rawValue)
    sheet.print.paper = content.paper
    sheet.print.repeatRows = 0...0
    sheet.print.header = "&L&\"-,Bold\"" + Self.headerText(content.title)
    sheet.print.footer = nl ? "&Cpagina &P van &N" : "&CPage &P of &N"
  }

  /// The style book with this sheet's styles added.
  var book: StyleBook { styles }

  /// Text for an Excel header or footer: `&` starts a code there, `&&` is one ampersand. A
  /// header holds at most 255 characters: 120 of the title leave room for its codes even
  /// when every character is a doubled ampersand.
  static func headerText(_ text: String) -> String {
    guard case .text(let clean) = Sheet.Value.cleanText(text) else { return "" }
    return String(clean.prefix(120)).replacingOccurrences("&", with: "&&")
  }

  /// A column's head, white on dark, right-aligned over dates and numbers like them.
  private mutating func header(_ column: Column) -> Int {
    var style = CellStyle()
    style.bold = true
    style.colour = 0xFFFFFF
    style.fill = 0x3D4B5C
    if [.start, .end, .days, .workdays, .deadline, .percent, .actualStart, .actualEnd].contains(
      column)
    {
      style.alignment = .right
    }
    return styles.id(style)
  }

  private mutating func style(heading: Bool, format: String? = nil, colour: UInt32? = nil)
    -> Int
  {
    var style = CellStyle()
    style.bold = heading || colour != nil
    style.fill = heading ? 0xE6ECF4 : nil
    style.format = format
    style.colour = colour
    return styles.id(style)
  }

  private mutating func put(
    _ row: Int, _ column: Column, _ value: Sheet.Value?, _ style: Int, _ widths: inout [Int]
  ) {
    sheet.cells.append(Sheet.Cell(row: row, column: column.rawValue, value: value, style: style))
    let shown: Int
    switch value {
    case .text(let text): shown = text.count
    case .date: shown = 10
    case .number: shown = column == .workdays ? 14 : 12
    case nil: shown = 0
    }
    widths[column.rawValue] = max(widths[column.rawValue], shown + 1)
  }

  /// A lot's row: bold on a band, its first start to its last end; the plan's own milestones
  /// get a heading without dates.
  private mutating func writeHeading(
    _ shown: ChartContent.Row, owner: String?, row: Int, workdays: WorkdayTable,
    _ widths: inout [Int]
  ) {
    let plain = style(heading: true)
    let dated = style(heading: true, format: Self.dateFormat(language))
    let nl = language == .nl
    put(row, .lot, .cleanText(shown.label), plain, &widths)
    put(row, .item, .cleanText(shown.id), plain, &widths)
    put(row, .kind, shown.kind == .lot ? .text(nl ? "perceel" : "lot") : nil, plain, &widths)
    put(row, .title, .cleanText(shown.label), plain, &widths)
    if let days = shown.days {
      put(row, .start, .date(days.lowerBound, language), dated, &widths)
      put(row, .end, .date(days.upperBound.adding(days: -1), language), dated, &widths)
      writeLengths(days, row: row, heading: true, workdays: workdays, &widths)
      put(row, .shown, .cleanText(shown.dates), plain, &widths)
    }
    for column in [Column.deadline, .critical] { put(row, column, nil, plain, &widths) }
    put(row, .owner, owner.map(Sheet.Value.cleanText), plain, &widths)
    for column in [Column.start, .end, .days, .workdays, .shown] where shown.days == nil {
      put(row, column, nil, plain, &widths)
    }
    for column in Column.progress where columns.contains(column) {
      put(row, column, nil, plain, &widths)
    }
  }

  private mutating func writeItem(
    _ item: Item, _ shown: ChartContent.Row, lot: String, row: Int, workdays: WorkdayTable,
    _ widths: inout [Int]
  ) {
    let plain = style(heading: false)
    let dated = style(heading: false, format: Self.dateFormat(language))
    let milestone = item.type == .milestone
    put(row, .lot, .cleanText(lot), plain, &widths)
    put(row, .item, .cleanText(item.id), plain, &widths)
    put(row, .kind, .cleanText(item.kind), plain, &widths)
    var titled = CellStyle()
    titled.indent = 1
    put(row, .title, .cleanText(item.shownTitle), styles.id(titled), &widths)
    put(row, .start, .date(item.start.day, language), dated, &widths)
    let last = milestone ? item.start.day : item.end.day.adding(days: -1)
    put(row, .end, .date(last, language), dated, &widths)
    if !milestone {
      writeLengths(
        item.start.day..<item.end.day, row: row, heading: false, workdays: workdays, &widths)
    }
    if let deadline = item.deadline {
      // As typed: a day as it is, a month or quarter as its last day ("uiterlijk Q3 2023").
      let day = deadline.precision == .day ? deadline.day : deadline.windowEnd.adding(days: -1)
      put(row, .deadline, .date(day, language), dated, &widths)
    }
    if shown.critical {
      put(
        row, .critical, .text(language == .nl ? "ja" : "yes"),
        style(heading: false, colour: 0xC0392B), &widths)
    }
    if let owner = item.owner { put(row, .owner, .cleanText(owner), plain, &widths) }
    put(row, .shown, .cleanText(item.period(language)), plain, &widths)
    if let stand = shown.stand { writeProgress(item, stand, row: row, &widths) }
  }

  /// Stand (the status in words, red when late), % gereed (100% when done), and the actual
  /// first and last day as Excel dates.
  private mutating func writeProgress(
    _ item: Item, _ stand: ItemStand, row: Int, _ widths: inout [Int]
  ) {
    let plain = style(heading: false)
    let dated = style(heading: false, format: Self.dateFormat(language))
    let status = stand.isLate ? style(heading: false, colour: 0xE0301E) : plain
    put(row, .status, .cleanText(stand.text), status, &widths)
    let percent = stand.status == .done ? 100 : item.progress?.percent
    put(
      row, .percent, percent.map { .number(Double($0) / 100) },
      style(heading: false, format: "0%"), &widths)
    put(row, .actualStart, item.progress?.started.map { .date($0, language) }, dated, &widths)
    put(row, .actualEnd, item.progress?.finished.map { .date($0, language) }, dated, &widths)
  }

  /// Calendar days and working days (weekends, holidays and the plan's closing days off).
  private mutating func writeLengths(
    _ days: Range<Day>, row: Int, heading: Bool, workdays: WorkdayTable, _ widths: inout [Int]
  ) {
    let nl = language == .nl
    let calendar = style(
      heading: heading,
      format: nl ? Self.unitFormat("dag", "dagen") : Self.unitFormat("day", "days"))
    let working = style(
      heading: heading,
      format: nl
        ? Self.unitFormat("werkdag", "werkdagen") : Self.unitFormat("working day", "working days"))
    let count = days.lowerBound.days(until: days.upperBound)
    put(row, .days, .number(Double(count)), calendar, &widths)
    let work = workdays.count(from: days.lowerBound, to: days.upperBound)
    put(row, .workdays, .number(Double(work)), working, &widths)
  }
}
