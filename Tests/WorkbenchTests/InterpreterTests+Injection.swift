import PlanFiles
import PlanJSON
import PlanKit
import PlanRender
import Testing
import Workbench

/// Every export and every view of a plan whose titles attack them: formula prefixes, markup,
/// quotes, separators, line breaks of every kind and terminal escapes come out inert.
struct InjectionTests {
  /// A line break in a title is followed by this, so a line starting with it was injected.
  static let marker = "INJECTED"

  static let titles = [
    "=HYPERLINK(\"http://x\";\"klik\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)",
    "\t=1+1", "\r=1+1", "<script>alert(1)</script><img src=x onerror=alert(2)>",
    "a;b,c|d\te: f # g %% h } i { j \\ k ]]> <!-- l", "\"quoted\" 'single' `back`",
    "x\n\(marker)", "x\r\n\(marker)", "x\r\(marker)", "x\u{2028}\(marker)", "x\u{85}\(marker)",
    "\u{1B}[2J\u{1B}]0;titel\u{07}", "\u{9B}31m red \u{7F}", "x\n@endgantt\n@enduml",
    "factuur\u{202E}fdp.exe \u{2066}x\u{2069} \u{200F}", "%getenv(\"HOME\") <img:/etc/hostname>",
    "$(HOME) ${macro} %%{init: {}}%% click x call f()",
  ]

  /// A bidirectional control in text, which shows it in another order than it has.
  static func bidi(in text: String) -> [String] {
    text.unicodeScalars.filter(\.isBidiControl).map { String(format: "U+%04X", $0.value) }
  }

  /// The DESIGN session with a second route, a link, a closing and a baseline, its titles
  /// then replaced by the hostile ones in turn.
  static func interpreter() throws -> (Interpreter, MemoryFiles) {
    let files = MemoryFiles()
    let built = Fixtures.after(
      InterpreterTests.twoRoutes + [
        "vrij 27 dec. 2022 tot 2 jan. 2023 titel Kerst", "basislijn b1",
        "wijzig plan organisatie \"Gemeente\"",
      ], files: files)
    var contents = try SessionFile.decode(SessionFile.encode(built.plan, built.settings))
    var next = titles.makeIterator()
    func title() -> String {
      if let t = next.next() { return t }
      next = titles.makeIterator()
      return next.next()!
    }
    var plan = contents.plan
    plan.title = title()
    plan.organisation = title()
    for l in plan.lots.indices {
      plan.lots[l].title = title()
      for i in plan.lots[l].items.indices { plan.lots[l].items[i].title = title() }
    }
    for i in plan.milestones.indices { plan.milestones[i].title = title() }
    for c in plan.calendar.closings.indices { plan.calendar.closings[c].title = title() }
    contents.plan = plan
    files.files["hostile.json"] = SessionFile.encode(contents.plan, contents.settings)
    var interpreter = Fixtures.interpreter(files)
    let outcome = interpreter.run("open hostile.json")
    #expect(!outcome.failed, "\(outcome.text)")
    return (interpreter, files)
  }

  static func isControl(_ s: Unicode.Scalar) -> Bool {
    s.value < 0x20 || (0x7F...0x9F).contains(s.value)
  }

  /// No control character but a line break (CRLF where the format wants it) and a tab.
  static func controls(in text: String, crlf: Bool = false) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return scalars.indices.compactMap { i in
      let s = scalars[i]
      if s == "\n" || s == "\t" { return nil }
      if crlf && s == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { return nil }
      return isControl(s) ? String(format: "U+%04X at %d", s.value, i) : nil
    }
  }

  static func injectedLines(_ text: String) -> [Substring] {
    text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\u{2028}" })
      .filter { $0.hasPrefix(marker) }
  }

  @Test(arguments: [
    "tekst", "markdown", "csv", "ics", "mermaid", "plantuml", "html", "tjp", "json",
    "mspdi",
  ])
  func emitsHostileTitlesInert(_ format: String) throws {
    var (interpreter, files) = try Self.interpreter()
    let path = "out.\(format)"
    let outcome = interpreter.run("export \(format) \(path)\(format == "ics" ? " alles" : "")")
    #expect(!outcome.failed, "\(outcome.text)")
    let text = try files.read(path)
    let crlf = format == "ics" || format == "csv"
    #expect(Self.controls(in: text, crlf: crlf).isEmpty, "\(Self.controls(in: text, crlf: crlf))")
    // JSON and CSV keep a title as it is, for the programs that read them.
    if format != "json" && format != "csv" { #expect(Self.bidi(in: text).isEmpty, "\(format)") }
    switch format {
    case "csv":
      for record in CSVRecords.parse(text) {
        for field in record {
          #expect(!["=", "+", "-", "@", "\t", "\r"].contains { field.hasPrefix($0) }, "\(field)")
        }
        #expect(record.count == CSVRecords.parse(text)[0].count, "\(record)")
      }
    case "mspdi":
      // Markup in a title is escaped text: no element, comment or CDATA of the title's making.
      for raw in ["<script", "<img", "<!--", "<![CDATA["] { #expect(!text.contains(raw)) }
    case "html", "markdown":
      // Markup is inert in a fenced code block, where the markdown export draws the chart.
      let outside = text.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 0 }
        .map(\.element).joined()
      for raw in ["<script", "<img", "<!--"] { #expect(!outside.lowercased().contains(raw)) }
      if format == "markdown" {
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("|") }
        let columns = { (row: Substring) in
          zip(row, row.dropFirst()).filter { $0.0 != "\\" && $0.1 == "|" }.count
        }
        #expect(Set(rows.map(columns)).count <= 2, "\(rows)")
      }
    case "json":
      let value = try JSONParser.parse(text)
      guard case .object(let root) = value, case .string(let title)? = root["title"] else {
        Issue.record("no title in \(text.prefix(200))")
        return
      }
      #expect(title == Self.titles[0])
    default:
      #expect(Self.injectedLines(text).isEmpty, "\(Self.injectedLines(text))")
    }
    if format == "plantuml" {
      #expect(text.components(separatedBy: "\n@end").count == 2, "one end, the export's own")
    }
  }

  @Test(arguments: [
    "toon", "lijst", "gantt", "gantt schaal week", "export csv", "export ics alles", "kritiek",
    "controleer", "geschiedenis",
    "basislijnen", "verschil b1", "haalbaar r1.start", "toon r1.voorbereiding",
  ])
  func showsHostileTitlesInert(_ command: String) throws {
    var (interpreter, _) = try Self.interpreter()
    let outcome = interpreter.run(command)
    // An export to the screen keeps its format's line ends, and CSV its quoted line breaks.
    let crlf = command.hasPrefix("export")
    #expect(
      Self.controls(in: outcome.text, crlf: crlf).isEmpty,
      "\(command): \(Self.controls(in: outcome.text, crlf: crlf))")
    if command != "export csv" {
      #expect(Self.injectedLines(outcome.text).isEmpty, "\(command)")
    }
  }
}

/// Semicolon-separated records with quoted fields, as Excel reads them.
enum CSVRecords {
  static func parse(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text.unicodeScalars)[...]
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" {
            field.unicodeScalars.append(chars.removeFirst())
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(c)
        }
      } else if c == "\"" && field.isEmpty {
        quoted = true
      } else if c == ";" {
        record.append(field)
        field = ""
      } else if c == "\r" || c == "\n" {
        if c == "\r" && chars.first == "\n" { chars.removeFirst() }
        record.append(field)
        records.append(record)
        (record, field) = ([], "")
      } else {
        field.unicodeScalars.append(c)
      }
    }
    if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
    return records.filter { $0 != [""] }
  }
}
