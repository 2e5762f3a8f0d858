import CXlsxWriter
import CXlsxWriterLazy
import PlanKit
import PlanRender

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a `Workbook` (laid out in PlanRender) as an .xlsx file's bytes with libxlsxwriter.
/// Only copies the model out: every decision about cells, styles and printing is made in the
/// pure layout, where it is tested.
///
/// libxlsxwriter 1.1.4 (Debian bookworm) writes to a named file only (its in-memory output
/// came later), so the file goes to a private directory of its own and is read back and
/// removed: the interpreter gets bytes and writes them through its `FileAccess`, atomically,
/// like every other export.
public enum WorkbookWriter {
  /// The workbook's bytes.
  ///
  /// - Complexity: O(cells), as libxlsxwriter writes and zips them.
  public static func bytes(_ workbook: Workbook) throws(PlanError) -> [UInt8] {
    if let missing = pw_xlsxwriter_open() { throw failure(String(cString: missing)) }
    let base =
      getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
      ?? "/tmp"
    var template = Array((base + "/planwerk-xlsx-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw failure("no temporary directory in \(base): \(String(cString: strerror(errno)))")
    }
    let directory = String(cString: made)
    let path = directory + "/workbook.xlsx"
    defer {
      unlink(path)
      rmdir(directory)
    }
    try write(workbook, to: path, scratch: directory)
    return try read(path)
  }

  static func write(_ workbook: Workbook, to path: String, scratch: String) throws(PlanError) {
    var failed: lxw_error = LXW_NO_ERROR
    let book: UnsafeMutablePointer<lxw_workbook>? = scratch.withCString { tmp in
      var options = lxw_workbook_options(
        constant_memory: 0, tmpdir: UnsafeMutablePointer(mutating: tmp), use_zip64: 0)
      return path.withCString { workbook_new_opt($0, &options) }
    }
    guard let book else { throw failure("libxlsxwriter could not start a workbook") }
    // Formats live as long as the workbook, which frees them when it closes.
    let formats = workbook.styles.map { format($0, in: book) }
    workbook.title.withCString { title in
      "Planwerk".withCString { tool in
        var properties = lxw_doc_properties()
        properties.title = UnsafeMutablePointer(mutating: title)
        properties.comments = UnsafeMutablePointer(mutating: tool)
        _ = workbook_set_properties(book, &properties)
      }
    }
    for sheet in workbook.sheets {
      guard let page = sheet.name.withCString({ workbook_add_worksheet(book, $0) }) else {
        failed = LXW_ERROR_SHEETNAME_ALREADY_USED
        break
      }
      let error = SheetWriter(sheet: page, formats: formats).write(sheet)
      if error != LXW_NO_ERROR {
        failed = error
        break
      }
    }
    // Closing writes the file, and frees the workbook whatever went wrong before.
    let closed = workbook_close(book)
    if failed == LXW_NO_ERROR { failed = closed }
    guard failed == LXW_NO_ERROR else {
      throw failure("libxlsxwriter: " + String(cString: lxw_strerror(failed)))
    }
  }

  static func format(_ style: CellStyle, in book: UnsafeMutablePointer<lxw_workbook>)
    -> UnsafeMutablePointer<lxw_format>?
  {
    guard let format = workbook_add_format(book) else { return nil }
    if style.bold { format_set_bold(format) }
    if let size = style.size { format_set_font_size(format, size) }
    if let colour = style.colour { format_set_font_color(format, lxw_color_t(colour)) }
    if let fill = style.fill {
      format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
      format_set_bg_color(format, lxw_color_t(fill))
    }
    if let code = style.format { code.withCString { format_set_num_format(format, $0) } }
    switch style.alignment {
    case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
    case .centre: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
    case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
    case nil: break
    }
    format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
    if style.wrap { format_set_text_wrap(format) }
    if style.indent > 0 { format_set_indent(format, UInt8(style.indent)) }
    if let colour = style.bottomBorder {
      format_set_bottom(format, UInt8(LXW_BORDER_THIN.rawValue))
      format_set_bottom_color(format, lxw_color_t(colour))
    }
    if let colour = style.leftBorder {
      format_set_left(format, UInt8(LXW_BORDER_THIN.rawValue))
      format_set_left_color(format, lxw_color_t(colour))
    }
    return format
  }

  static func read(_ path: String) throws(PlanError) -> [UInt8] {
    guard let file = fopen(path, "rb") else {
      throw failure("could not read back \(path): \(String(cString: strerror(errno)))")
    }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = fread(&chunk, 1, chunk.count, file)
      bytes.append(contentsOf: chunk[0..<count])
      if count < chunk.count { break }
    }
    guard ferror(file) == 0 else { throw failure("could not read back \(path)") }
    return bytes
  }

  /// The shared library the workbook opens at its first use, with the names it may have
  /// (`planwerk --loaded-later`).
  public static var libraries: String {
    String(cString: pw_xlsxwriter_libraries())
  }

  static func failure(_ why: String) -> PlanError {
    PlanError(
      nl: "het Excel-bestand kon niet geschreven worden (\(why))",
      en: "the Excel workbook could not be written (\(why))")
  }
}
