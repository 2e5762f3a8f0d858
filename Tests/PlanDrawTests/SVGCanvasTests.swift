import PlanKit
import Testing

@testable import PlanDraw
@testable import PlanRender

struct SVGCanvasTests {
  @Test func escapesMarkupControlAndDirectionCharacters() {
    let escaped = SVGCanvas.escape("<script>\"a\" & 'b'\u{1B}[2J \u{202E}exe\u{FFFF}")
    #expect(
      escaped == "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;\u{FFFD}[2J \u{FFFD}exe\u{FFFD}")
  }

  @Test func writesNumbersWithAtMostTwoDecimals() {
    #expect(SVGCanvas.number(12) == "12")
    #expect(SVGCanvas.number(12.5) == "12.5")
    #expect(SVGCanvas.number(0.05) == "0.05")
    #expect(SVGCanvas.number(3.14159) == "3.14")
    #expect(SVGCanvas.number(-2.5) == "-2.5")
  }

  @Test func writesEachShapeAndTextAsAnElement() {
    var canvas = SVGCanvas(measure: FixedWidth())
    canvas.fill(Rect(x: 1, y: 2, width: 3, height: 4), Colour(0x3F77BC))
    canvas.line(from: Point(x: 0, y: 0), to: Point(x: 5, y: 5), Colour(0x138D63), width: 1, dash: 3)
    canvas.polygon(
      [Point(x: 0, y: 0), Point(x: 1, y: 1), Point(x: 0, y: 2)], fill: nil, stroke: Colour(0),
      width: 1.2)
    canvas.text(
      "mei & jun", at: Point(x: 10, y: 20), Font(size: 8, bold: true), ChartStyle.grey, anchor: .end
    )
    canvas.lines(
      [(Point(x: 0, y: 0), Point(x: 5, y: 0)), (Point(x: 1, y: 1), Point(x: 1, y: 9.5))],
      Colour(0xE1E5EA), width: 0.5)
    let svg = canvas.document(title: "A < B", width: 841.89, height: 300)
    #expect(
      svg.contains(
        "<path d=\"M0 0L5 0 M1 1L1 9.5\" fill=\"none\" stroke=\"#e1e5ea\" stroke-width=\"0.5\"/>"))
    #expect(svg.contains("<rect x=\"1\" y=\"2\" width=\"3\" height=\"4\" fill=\"#3f77bc\"/>"))
    #expect(svg.contains("stroke-dasharray=\"3\""))
    #expect(svg.contains("<polygon points=\"0,0 1,1 0,2\" fill=\"none\" stroke=\"#000000\""))
    #expect(
      svg.contains(
        "<text x=\"10\" y=\"20\" font-size=\"8\" font-weight=\"bold\" text-anchor=\"end\" fill=\"#5a6270\">mei &amp; jun</text>"
      ))
    #expect(svg.contains("<title>A &lt; B</title>"))
    #expect(svg.contains("viewBox=\"0 0 841.89 300\""))
  }
}

struct ChartDrawerTests {
  static let hostile = "<script>alert(1)</script> & \u{202E}fdp.exe \"quoted\""

  @Test func drawsEveryTitleAsSearchableTextInTheSVG() throws {
    var plan = DrawFixtures.plan(lots: 2)
    plan.lots[1].items[4].title = Self.hostile
    let content = ChartContent(plan, language: .nl, today: DrawFixtures.day(2022, 9, 1))
    let svg = String(decoding: try ChartDrawer.draw(content, as: .svg), as: UTF8.self)
    #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
    #expect(!svg.contains("<script") && !svg.contains("href") && !svg.contains("<image"))
    #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(!svg.unicodeScalars.contains { $0.isBidiControl })
    for row in content.rows where !row.label.contains("script") {
      #expect(svg.contains(">\(SVGCanvas.escape(row.label))</text>"), "\(row.label)")
    }
    #expect(svg.contains(">Stand per 1 sept. 2022</text>"))
    #expect(svg.contains(">mijlpaal</text>") && svg.contains(">vandaag</text>"))
  }

  @Test func drawsAnA4LandscapePDFWithAPageForEveryFortyRowsOrSo() throws {
    let small = try ChartDrawer.draw(DrawFixtures.content(lots: 3), as: .pdf)
    #expect(small.starts(with: Array("%PDF-".utf8)))
    let text = String(decoding: small, as: UTF8.self)
    #expect(text.contains("/MediaBox [ 0 0 841.89 595.28 ]"))
    #expect(text.ranges(of: "/Type /Page %").count == 1)
    let content = DrawFixtures.content(lots: 30)
    let large = String(decoding: try ChartDrawer.draw(content, as: .pdf), as: UTF8.self)
    let pages = ChartLayout(content, measure: PangoText(), height: ChartLayout.a4Landscape.height)
      .pages.count
    #expect(pages == (content.rows.count + 39) / 40)
    #expect(large.ranges(of: "/Type /Page %").count == pages)
  }

  @Test func drawsAPNGAFourWideAtTwoHundredDPI() throws {
    let png = try ChartDrawer.draw(DrawFixtures.content(lots: 3), as: .png)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    func number(at offset: Int) -> Int {
      png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }
    #expect(number(at: 16) == 2339)
    #expect(number(at: 20) > 600 && number(at: 20) < 1654)
  }

  @Test func refusesAPictureTallerThanCairoDraws() {
    #expect(throws: PlanError.self) {
      try ChartDrawer.draw(DrawFixtures.content(lots: 400), as: .png)
    }
  }
}
