import PlanKit
import PlanRender
import Testing
import Workbench

/// A drawing that records what it was asked to draw and answers with the format's name.
final class RecordedDrawing: ChartDrawing, @unchecked Sendable {
  // One per test, used by one interpreter.
  var drawn: [(ChartContent, ChartFormat)] = []

  func draw(_ chart: ChartContent, as format: ChartFormat) throws(PlanError) -> [UInt8] {
    drawn.append((chart, format))
    return Array("\(format.rawValue) of \(chart.rows.count) rows".utf8)
  }
}

struct DrawingExportTests {
  @Test func writesTheDrawnChartsBytesToTheFile() {
    let files = MemoryFiles()
    let drawing = RecordedDrawing()
    var interpreter = Fixtures.after(
      Fixtures.designSession + ["vandaag 1 sept. 2022"], files: files)
    interpreter.drawing = drawing
    let outcome = interpreter.run("exporteer pdf plan.pdf")
    #expect(!outcome.failed && outcome.text == "Geëxporteerd naar plan.pdf.")
    #expect(files.binaries["plan.pdf"] == Array("pdf of 5 rows".utf8))
    #expect(files.exported == ["plan.pdf"] && files.files["plan.pdf"] == nil)
    #expect(!interpreter.run("export png plan.png").failed)
    let (content, format) = drawing.drawn[0]
    #expect(format == .pdf && drawing.drawn[1].1 == .png)
    #expect(content.title == "Inkoop Wmo en Participatie 2024")
    #expect(content.today == Day(year: 2022, month: 9, day: 1))
    // The chart marks what the screen marks: the critical path to the contract's start.
    #expect(content.rows.filter(\.critical).map(\.id).contains("r1.start"))
  }

  @Test func printsAnSVGWithoutAFileButNotAPDF() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    interpreter.drawing = RecordedDrawing()
    #expect(interpreter.run("export svg").text == "svg of 5 rows")
    let refused = interpreter.run("exporteer pdf")
    #expect(refused.failed && refused.text.contains("een PDF is geen tekst voor het scherm"))
    #expect(refused.text.contains("exporteer pdf planning.pdf"))
  }

  @Test func saysWhenTheBuildCannotDraw() {
    var interpreter = Fixtures.after(Fixtures.designSession)
    let refused = interpreter.run("exporteer pdf plan.pdf")
    #expect(refused.failed && refused.text.contains("deze Planwerk kan geen PDF tekenen"))
    _ = interpreter.run("lang en")
    #expect(interpreter.run("export svg plan.svg").text.contains("cannot draw an SVG"))
  }
}
