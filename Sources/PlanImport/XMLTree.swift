internal import CLibXML2
internal import CLibXML2Lazy
import PlanKit

/// An element of an XML document as read: its local name, its own text, its child elements
/// and where its start tag stands (1-based line and column).
struct XMLElement: Sendable {
  var name: String
  /// The namespace of the root element; other elements leave it empty.
  var namespace = ""
  var text = ""
  var children: [XMLElement] = []
  var line: Int
  var column: Int

  /// The first child of that name.
  ///
  /// - Complexity: O(children).
  func child(_ name: String) -> XMLElement? {
    children.first { $0.name == name }
  }

  /// Every child of that name, in order.
  ///
  /// - Complexity: O(children).
  func all(_ name: String) -> [XMLElement] {
    children.filter { $0.name == name }
  }

  /// The text of the first child of that name, trimmed; nil when there is none or it is empty.
  ///
  /// - Complexity: O(children + the text).
  subscript(name: String) -> String? {
    guard let text = child(name)?.text.trimmedXML, !text.isEmpty else { return nil }
    return text
  }

  /// The text of the first child of that name as one line: a name or a title, which MS
  /// Project shows on one line (line breaks, tabs and other control characters made spaces).
  ///
  /// - Complexity: O(children + the text).
  func line(_ name: String) -> String? {
    self[name].map(\.oneLine).flatMap { $0.isEmpty ? nil : $0 }
  }

  /// A problem at this element's start tag.
  func problem(_ message: Phrase, hint: Phrase? = nil) -> ImportProblem {
    ImportProblem(line: line, column: column, message: message, hint: hint)
  }
}

extension String {
  /// Control characters and line or paragraph separators made spaces, runs of spaces one.
  ///
  /// - Complexity: O(length).
  var oneLine: String {
    let control = { (s: Unicode.Scalar) in
      s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s == "\u{2028}" || s == "\u{2029}"
    }
    guard unicodeScalars.contains(where: { control($0) || $0 == " " }) else { return self }
    var out = String.UnicodeScalarView()
    var space = false
    for scalar in unicodeScalars {
      if control(scalar) || scalar == " " {
        space = !out.isEmpty
      } else {
        if space { out.append(" ") }
        out.append(scalar)
        space = false
      }
    }
    return String(out)
  }

  /// Without the spaces, tabs and line breaks XML puts around a value.
  ///
  /// - Complexity: O(length).
  var trimmedXML: String {
    let scalars = unicodeScalars
    let space: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = scalars.firstIndex(where: { !space($0) }),
      let last = scalars.lastIndex(where: { !space($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}

/// A whole document read by libxml2's reader over bytes in memory (no file, no network, no
/// DTD, no entity expanded), into `XMLElement`s: the MSPDI reader looks things up by name,
/// in whatever order a tool wrote them.
enum XMLTree {
  static var libraries: String {
    String(cString: pw_libxml2_libraries())
  }

  /// The document's root element, or every reason it is not well-formed XML (libxml2 stops
  /// at the first), with its line and column.
  ///
  /// - Complexity: O(bytes).
  static func parse(_ bytes: [UInt8]) throws(ImportFailure) -> XMLElement {
    guard bytes.count < Int(Int32.max) else {
      throw ImportFailure([
        ImportProblem(
          line: 1, column: 1,
          message: Phrase(nl: "het bestand is te groot", en: "the file is too large"))
      ])
    }
    if let missing = pw_libxml2_open() {
      let why = String(cString: missing)
      throw ImportFailure([
        ImportProblem(
          line: 1, column: 1,
          message: Phrase(
            nl: "MS Project XML kan niet gelezen worden: \(why)",
            en: "MS Project XML cannot be read: \(why)"))
      ])
    }
    let lines = LineIndex(bytes)
    let result: Result<XMLElement, ImportFailure> = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        var error = pw_xml_error()
        guard let reader = pw_xml_reader(chars.baseAddress, Int32(chars.count), &error) else {
          return .failure(
            ImportFailure([
              ImportProblem(
                line: 1, column: 1,
                message: Phrase(nl: "het bestand is leeg", en: "the file is empty"))
            ]))
        }
        defer { xmlFreeTextReader(reader) }
        return read(reader, &error, lines)
      }
    }
    return try result.get()
  }

  /// - Complexity: O(bytes).
  private static func read(
    _ reader: xmlTextReaderPtr, _ error: inout pw_xml_error, _ lines: LineIndex
  ) -> Result<XMLElement, ImportFailure> {
    var stack: [XMLElement] = []
    var root: XMLElement?
    while true {
      let status = xmlTextReaderRead(reader)
      if status == 0 { break }
      guard status == 1 else { return .failure(failure(error, reader)) }
      switch xmlTextReaderNodeType(reader) {
      case 1:  // element
        let name = string(xmlTextReaderConstLocalName(reader))
        var line = Int(pw_xml_node_line(reader))
        // libxml2 keeps an element's line in 16 bits; past that the parser's line is near.
        if line >= 65535 || line <= 0 { line = Int(xmlTextReaderGetParserLineNumber(reader)) }
        var element = XMLElement(
          name: name, line: line, column: lines.column(of: "<" + name, onLine: line))
        if stack.isEmpty {
          element.namespace = string(xmlTextReaderConstNamespaceUri(reader))
        }
        if xmlTextReaderIsEmptyElement(reader) == 1 {
          if stack.isEmpty {
            root = element
          } else {
            stack[stack.count - 1].children.append(element)
          }
        } else {
          stack.append(element)
        }
      case 3, 4:  // text, CDATA
        if stack.count > 1 {
          stack[stack.count - 1].text += string(xmlTextReaderConstValue(reader))
        }
      case 15:  // end of an element
        guard let element = stack.popLast() else { break }
        if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
      case 10:  // a document type: MSPDI has none, and a DTD may declare entities
        let line = Int(xmlTextReaderGetParserLineNumber(reader))
        return .failure(
          ImportFailure([
            ImportProblem(
              line: line, column: lines.column(of: "<!DOCTYPE", onLine: line),
              message: Phrase(
                nl: "het bestand heeft een DOCTYPE, dat een MS Project XML-bestand niet heeft",
                en: "the file has a DOCTYPE, which an MS Project XML file does not have"))
          ]))
      default: break
      }
    }
    if error.failed != 0 { return .failure(failure(error, reader)) }
    guard let root else {
      return .failure(
        ImportFailure([
          ImportProblem(
            line: 1, column: 1,
            message: Phrase(nl: "het bestand bevat geen XML", en: "the file holds no XML"))
        ]))
    }
    return .success(root)
  }

  /// - Complexity: O(1).
  private static func failure(_ error: pw_xml_error, _ reader: xmlTextReaderPtr) -> ImportFailure {
    var error = error
    let message = withUnsafeBytes(of: &error.message) { raw in
      String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self).trimmedXML
    }
    let line = error.failed != 0 ? Int(error.line) : Int(xmlTextReaderGetParserLineNumber(reader))
    let column =
      error.failed != 0 ? Int(error.column) : Int(xmlTextReaderGetParserColumnNumber(reader))
    return ImportFailure([
      ImportProblem(
        line: max(1, line), column: max(1, column),
        message: Phrase(
          nl: "geen geldige XML: \(message.isEmpty ? "onleesbaar" : message)",
          en: "not well-formed XML: \(message.isEmpty ? "unreadable" : message)"),
        hint: Phrase(
          nl: "sla het plan in MS Project opnieuw op als XML-bestand (*.xml)",
          en: "save the plan again from MS Project as an XML file (*.xml)"))
    ])
  }

  /// - Complexity: O(text).
  private static func string(_ text: UnsafePointer<xmlChar>?) -> String {
    guard let text else { return "" }
    return String(cString: text)
  }
}

/// Where each line of the bytes starts, to give a column as an editor counts it.
struct LineIndex {
  let bytes: [UInt8]
  let starts: [Int]

  /// - Complexity: O(bytes).
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    for (i, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(i + 1) }
    self.starts = starts
  }

  /// The 1-based column, in characters, of the first `text` on a line; 1 when it is not there.
  ///
  /// - Complexity: O(the line's length).
  func column(of text: String, onLine line: Int) -> Int {
    guard line >= 1, line <= starts.count else { return 1 }
    let start = starts[line - 1]
    let end = line < starts.count ? starts[line] : bytes.count
    let needle = Array(text.utf8)
    guard !needle.isEmpty, end - start >= needle.count else { return 1 }
    for i in start...(end - needle.count) where bytes[i] == needle[0] {
      if Array(bytes[i..<(i + needle.count)]) == needle {
        // Characters, not bytes: count the bytes that start one.
        return bytes[start..<i].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
      }
    }
    return 1
  }
}
