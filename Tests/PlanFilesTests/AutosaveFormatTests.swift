import PlanFiles
import PlanKit
import Testing

/// The autosave format on its own: a header and steps made directly, written line by line and
/// read back, whole, torn or damaged.
struct AutosaveFormatTests {
  static let steps = (1...4).map { n in
    Journal.Step(
      command: "verschuif r1 \(n)w", time: n == 1 ? "" : "2022-05-01T10:0\(n):00Z",
      today: SessionFileRoundTripTests.day("2022-05-01"),
      effect: ["r1.voorbereiding 2022-05-02/2022-09-01 → 2022-05-\(n + 2)/2022-09-0\(n + 1)"])
  }

  static func text(_ header: Autosave.Header, _ steps: [Journal.Step] = steps) -> String {
    ([Autosave.headerLine(header)] + steps.map(Autosave.stepLine)).joined(separator: "\n") + "\n"
  }

  @Test(arguments: [
    Autosave.Header(session: nil, after: 0, base: nil),
    Autosave.Header(session: nil, after: 0, base: SessionFileRoundTripTests.plan),
    Autosave.Header(session: "sessies/wmo.json", after: 6, base: nil),
    Autosave.Header(session: "p.json", after: 0, base: Plan(), whole: true),
  ])
  func roundTripsItsHeaderAndStepsOneLineEach(_ header: Autosave.Header) throws {
    let written = Self.text(header)
    #expect(written.split(separator: "\n").count == 1 + Self.steps.count)
    let read = try Autosave.decode(written)
    #expect(read.header == header)
    #expect(read.steps == Self.steps && read.unread == nil)
  }

  @Test func appendsTheLineAStepHasWithItsLineBreak() {
    let step = Journal.Step(
      command: "perceel r1 \"Route \\ één\"\t👩‍💻", time: "2022-05-01T10:00:00Z",
      today: SessionFileRoundTripTests.day("2022-05-01"), effect: ["+ r1 \u{1B}", "é"],
      imported: Journal.Imported(file: "a.csv", text: "a;b\r\nc;d\n"))
    #expect(
      Autosave.stepLine(step)
        == #"{"command": "perceel r1 \"Route \\ één\"\t👩‍💻", "effect": ["+ r1 \u001b", "é"], "#
        + #""importFile": "a.csv", "importText": "a;b\r\nc;d\n", "#
        + #""time": "2022-05-01T10:00:00Z", "today": "2022-05-01"}"#)
    var bytes = Array("vorige\n".utf8)
    let steps = Self.steps + [step]
    Autosave.appendStepLines(steps, 0..<steps.count, to: &bytes)
    #expect(
      String(decoding: bytes, as: UTF8.self)
        == "vorige\n" + steps.map { Autosave.stepLine($0) + "\n" }.joined())
  }

  @Test func leavesOutALastLineCutOffByACrash() throws {
    let read = try Autosave.decode(
      String(Self.text(Autosave.Header(session: nil, after: 0, base: nil)).dropLast(20)))
    #expect(read.steps == Array(Self.steps.dropLast()))
    #expect(read.unread == nil, "a torn last line was never answered: nothing to say")
  }

  @Test func readsAnAutosaveCopiedThroughWindows() throws {
    let written = Self.text(Autosave.Header(session: "s.json", after: 2, base: nil))
    let windows =
      "\u{FEFF}"
      + written.split(separator: "\n", omittingEmptySubsequences: false)
      .joined(separator: "\r\n")
    let read = try Autosave.decode(windows)
    #expect(read.header.session == "s.json" && read.steps == Self.steps && read.unread == nil)
  }

  @Test func readsADamagedAutosaveUpToItsLastWholeStep() throws {
    let written = Self.text(Autosave.Header(session: nil, after: 0, base: nil))
    let damaged = written.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .map {
        $0.offset == 2 ? $0.element.replacing("\"command\":", with: "\"command\"") : $0.element
      }
      .joined(separator: "\n")
    let read = try Autosave.decode(damaged)
    #expect(read.steps == [Self.steps[0]])
    let unread = try #require(read.unread)
    #expect(unread.line == 3 && unread.lines == Self.steps.count - 1)
    #expect(unread.reason.en.contains("the autosave file is damaged (steps[1])"))
  }

  @Test func refusesAnEmptyFileAndADamagedHeader() {
    #expect(throws: PlanError.self) { try Autosave.decode("\n\n") }
    #expect(throws: PlanError.self) {
      try Autosave.decode("{" + Self.text(Autosave.Header(session: nil, after: 0, base: nil)))
    }
    #expect {
      try Autosave.decode(SessionFile.encode(Plan(), Settings()))
    } throws: { error in
      (error as? PlanError)?.message.en.hasPrefix("the autosave file is damaged (header)") == true
    }
  }
}
