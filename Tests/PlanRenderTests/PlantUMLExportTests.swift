import PlanKit
import Testing

@testable import PlanRender

struct PlantUMLExportTests {
  @Test func writesTasksMilestonesSectionsAndClosedDays() {
    let text = PlantUMLExport.render(GanttChartTests.designPlan)
    #expect(
      text.hasPrefix(
        "@startgantt\ntitle Inkoop Wmo en Participatie 2024\nprintscale weekly\nProject starts 2022-05-01\nsaturday are closed\nsunday are closed\n"
      ))
    #expect(text.hasSuffix("@endgantt\n"))
    #expect(text.contains("2022-12-26 is closed\n") && text.contains("2023-04-27 is closed\n"))
    // Koningsdag 2023 is a Thursday; Christmas 2022 a Sunday, closed anyway.
    #expect(!text.contains("2022-12-25 is closed"))
    #expect(text.contains("-- Route 1<U+003A> Gebiedsgerichte zorg ouderen en HbH --\n"))
    #expect(
      text.contains(
        "[Voorbereiding] as [r1_voorbereiding] starts 2022-05-01\n[r1_voorbereiding] ends 2022-08-31\n"
      ))
    #expect(text.contains("[Start uitvoering] as [r1_start] happens 2024-01-01\n"))
  }

  @Test func namesATitleSeveralLotsShareAfterItsLot() {
    var plan = GanttChartTests.designPlan
    var second = plan.lots[0]
    second.id = "r2"
    second.items = second.items.map { item in
      var copy = item
      copy.id = "r2." + item.id.dropFirst(3)
      return copy
    }
    plan.lots.append(second)
    let text = PlantUMLExport.render(plan)
    #expect(text.contains("[Voorbereiding (r1)] as [r1_voorbereiding]"))
    #expect(text.contains("[Voorbereiding (r2)] as [r2_voorbereiding]"))
  }

  @Test func fitsThePlanInOnePictureByItsScale() {
    let day = { (y: Int, m: Int, d: Int) in Day(year: y, month: m, day: d)! }
    #expect(PlantUMLExport.scale(day(2022, 5, 1)..<day(2022, 10, 1)).isEmpty)
    #expect(PlantUMLExport.scale(day(2022, 5, 1)..<day(2024, 1, 1)) == ["printscale weekly"])
    let long = PlantUMLExport.scale(day(2017, 1, 1)..<day(2021, 1, 1))
    #expect(long.first == "printscale weekly" && long.last?.hasPrefix("scale 0.") == true)
  }

  @Test func writesOnlyTheChosenLotsAndDays() {
    var options = ChartOptions()
    options.range = Day(year: 2023, month: 1, day: 1)!..<Day(year: 2023, month: 12, day: 1)!
    let text = PlantUMLExport.render(GanttChartTests.designPlan, options: options)
    #expect(text.contains("Project starts 2023-01-01"))
    #expect(text.contains("[Inkoopprocedure] as [r1_inkoopprocedure] starts 2023-01-01"))
    #expect(text.contains("[r1_implementatie] ends 2023-11-30"))
    #expect(!text.contains("r1_voorbereiding") && !text.contains("r1_start"))
  }

  @Test func keepsHostileTitlesOutOfTheSyntax() {
    let text = PlantUMLExport.render(ExportFixtures.plan)
    let line = text.split(separator: "\n").first { $0.contains("as [r1_start]") }!
    #expect(
      line.hasPrefix("[=HYPERLINK(") && line.hasSuffix("] as [r1_start] happens 2024-01-01"))
    #expect(line.filter { $0 == "[" }.count == 2 && line.filter { $0 == "]" }.count == 2)
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  /// The text with every creole code `<U+XXXX>` read back into its character.
  static func decoded(_ text: String) -> String {
    var out = ""
    var rest = text[...]
    while let open = rest.firstRange(of: "<U+") {
      out += rest[..<open.lowerBound]
      let code = rest[open.upperBound...].prefix(5)
      guard code.count == 5, code.last == ">", let value = UInt32(code.dropLast(), radix: 16),
        let scalar = Unicode.Scalar(value)
      else { return out + rest[open.lowerBound...] }
      out.unicodeScalars.append(scalar)
      rest = rest[open.upperBound...].dropFirst(5)
    }
    return out + rest
  }

  @Test func leavesNoPreprocessorOrCreoleTriggerInAnyTitle() {
    let text = PlantUMLExport.render(ExportFixtures.codePlan)
    // Codes aside, no character the preprocessor or creole reads as the start of code is left.
    let bare = text.replacing(#/<U\+[0-9A-F]{4}>/#, with: "")
    for trigger in ["%", "$", "!", "<", "&", "~", "\u{202E}"] {
      #expect(!bare.contains(trigger), "\(trigger) in \(bare)")
    }
    #expect(!text.contains("\n!") && !text.contains("\n%"))
  }

  @Test func drawsEveryTitleAsItWasTyped() {
    let text = Self.decoded(PlantUMLExport.render(ExportFixtures.codePlan))
    #expect(
      text.contains("title %getenv(\"PLANWERK_SECRET\") %load_json(\"/etc/x.json\") %dirpath()\n"))
    #expect(text.contains("-- <img:/etc/hostname> <$sprite> <&heart> &#37; ~%date() <U+0041> --\n"))
    #expect(
      text.contains(
        "[$(PLANWERK_SECRET) ${PLANWERK_SECRET} ${ macro \"a\" }] as [r1_inkoopprocedure]"))
    #expect(text.contains("[gevaar txt.exe] as"))
  }
}
