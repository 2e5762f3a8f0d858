import PlanKit
import Testing

@testable import PlanRender

struct PlantUMLExportTests {
  @Test func writesTasksMilestonesSectionsAndClosedDays() {
    let text = PlantUMLExport.render(GanttChartTests.designPlan)
    #expect(
      text.hasPrefix(
        "@startgantt\ntitle Inkoop Wmo en Participatie 2024\nProject starts 2022-05-01\nsaturday are closed\nsunday are closed\n"
      ))
    #expect(text.hasSuffix("@endgantt\n"))
    #expect(text.contains("2022-12-26 is closed\n") && text.contains("2023-04-27 is closed\n"))
    // Koningsdag 2023 is a Thursday; Christmas 2022 a Sunday, closed anyway.
    #expect(!text.contains("2022-12-25 is closed"))
    #expect(text.contains("-- Route 1: Gebiedsgerichte zorg ouderen en HbH --\n"))
    #expect(
      text.contains(
        "[r1 Voorbereiding] as [r1_voorbereiding] starts 2022-05-01\n[r1_voorbereiding] ends 2022-08-31\n"
      ))
    #expect(text.contains("[r1 Start uitvoering] as [r1_start] happens 2024-01-01\n"))
  }

  @Test func keepsHostileTitlesOutOfTheSyntax() {
    let text = PlantUMLExport.render(ExportFixtures.plan)
    let line = text.split(separator: "\n").first { $0.contains("as [r1_start]") }!
    #expect(
      line.hasPrefix("[r1 =HYPERLINK(") && line.hasSuffix("] as [r1_start] happens 2024-01-01"))
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
        "[r1 $(PLANWERK_SECRET) ${PLANWERK_SECRET} ${ macro \"a\" }] as [r1_inkoopprocedure]"))
    #expect(text.contains("[r1 gevaar txt.exe] as"))
  }
}
