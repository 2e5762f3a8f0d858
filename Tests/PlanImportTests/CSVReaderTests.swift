import PlanKit
import Testing

@testable import PlanImport

struct CSVReaderTests {
  static func read(_ text: String, skipping: Bool = false) throws -> ImportedPlan {
    try CSVReader.read(Array(text.utf8), skippingRefused: skipping)
  }

  static func problems(_ text: String) -> [ImportProblem] {
    do {
      _ = try read(text)
      return []
    } catch let failure as ImportFailure {
      return failure.problems
    } catch {
      return []
    }
  }

  @Test func readsDutchExcelWithABOMCRLFAndDayFirstDates() throws {
    let text =
      "\u{FEFF}Perceel;Onderdeel;Titel;Type;Begin;Einde\r\n"
      + "Route 1: Wmo;r1.voorbereiding;Voorbereiding;fase;1-5-2022;31-8-2022\r\n"
      + "Route 1: Wmo;r1.start;Start uitvoering;mijlpaal;1 januari 2024;\r\n"
    let plan = try Self.read(text).plan
    #expect(plan.lots.map(\.id) == ["r1"])
    #expect(plan.lots[0].title == "Route 1: Wmo")
    let items = plan.lots[0].items
    #expect(items.map(\.id) == ["r1.voorbereiding", "r1.start"])
    #expect(items[0].kind == "voorbereiding")
    // Einde is the last day; Planwerk's end is the day after.
    #expect(items[0].start.day == Day(year: 2022, month: 5, day: 1))
    #expect(items[0].end.day == Day(year: 2022, month: 9, day: 1))
    #expect(items[1].type == .milestone && items[1].fixed)
    #expect(items[1].start.day == Day(year: 2024, month: 1, day: 1))
  }

  @Test func readsWindowsCharactersWhereTheTextIsNotUTF8() throws {
    // "Hüsken € " in Windows-1252, as "CSV (puntkomma)" saves it.
    let bytes =
      Array("Onderdeel;Titel;Begin\r\nm1;H".utf8) + [0xFC] + Array("sken ".utf8) + [0x80]
      + Array(";1-5-2022\r\n".utf8)
    #expect(TextDecoding.text(of: bytes).encoding == .windows1252)
    let plan = try CSVReader.read(bytes).plan
    #expect(plan.milestones.first?.title == "Hüsken €")
  }

  @Test func findsEnglishHeadersInAnyOrderWithCommas() throws {
    let text = "Start,Finish,Task,Lot\n2022-05-01,2022-08-31,Preparation,Route 2\n"
    let plan = try Self.read(text).plan
    #expect(plan.lots.map(\.id) == ["r2"])
    #expect(plan.lots[0].items.map(\.id) == ["r2.preparation"])
    #expect(plan.lots[0].items[0].kind == "voorbereiding")
  }

  @Test func makesIdsFromTitlesAndKeepsThemUnique() throws {
    let text =
      "Perceel;Titel;Begin;Einde\nJeugdhulp regio;Marktconsultatie;1-3-2022;31-3-2022\n"
      + "Jeugdhulp regio;Marktconsultatie;1-4-2022;30-4-2022\n"
    let plan = try Self.read(text).plan
    #expect(plan.lots.map(\.id) == ["jeugdhulp-regio"])
    #expect(
      plan.lots[0].items.map(\.id) == [
        "jeugdhulp-regio.marktconsultatie", "jeugdhulp-regio.marktconsultatie-2",
      ])
  }

  @Test func reportsEveryRefusedCellAtItsLineAndColumn() {
    let text =
      "Onderdeel;Begin;Einde\nr1.a;1-5-2022;31-8-2022\nr1.b;31-2-2022;1-9-2022\n"
      + "r1.c;1-9-2022;1-1-2022\n"
    let problems = Self.problems(text)
    #expect(problems.map(\.line) == [3, 4])
    #expect(problems.map(\.column) == [2, 3])
    #expect(problems[0].place.nl == "regel 3, kolom B (Begin)")
    #expect(problems[1].message.nl == "het einde ligt vóór het begin")
  }

  @Test func skipsRefusedRowsOnlyWhenAsked() throws {
    let text = "Onderdeel;Begin;Einde\nr1.a;1-5-2022;31-8-2022\nr1.b;morgen ofzo;1-9-2022\n"
    #expect(Self.problems(text).count == 1)
    let imported = try Self.read(text, skipping: true)
    #expect(imported.plan.lots[0].items.map(\.id) == ["r1.a"])
    #expect(imported.skipped.map(\.line) == [3])
  }

  @Test func readsQuotedCellsWithSeparatorsQuotesAndLineBreaks() throws {
    let table = try CSVTable("a;b\r\n\"x;\"\"y\"\"\r\nz\";2\r\n\r\nlast;3")
    #expect(table.rows.count == 3)
    #expect(table.rows[1][0].text == "x;\"y\"\nz")
    #expect(table.rows[2][0].line == 5)
    #expect(table.rows[1][1].line == 3 && table.rows[1][1].column == 2)
  }

  @Test func refusesAQuoteThatIsNeverClosed() {
    let problems = Self.problems("Onderdeel;Begin\nm1;\"1-5-2022\n")
    #expect(problems.map(\.line) == [2] && problems.map(\.column) == [2])
  }

  @Test func readsPredecessorsWithTypeAndLag() throws {
    let text =
      "Onderdeel;Begin;Einde;Voorgangers\nr1.a;1-5-2022;31-8-2022;\n"
      + "r1.b;1-9-2022;31-12-2022;a\nr1.c;1-9-2022;31-12-2022;r1.a BB +2 weken, r1.b FF-5wd\n"
      + "r1.d;1-1-2023;31-1-2023;r1.b FS+2d\n"
    let links = try Self.read(text).plan.links
    #expect(links.count == 4)
    #expect(links[0] == Link(from: "r1.a", to: "r1.b"))
    #expect(
      links[1] == Link(from: "r1.a", to: "r1.c", kind: .startToStart, lag: PlanDuration(2, .weeks)))
    #expect(
      links[2]
        == Link(
          from: "r1.b", to: "r1.c", kind: .finishToFinish, lag: PlanDuration(-5, .workingDays)))
    #expect(links[3] == Link(from: "r1.b", to: "r1.d", lag: PlanDuration(2, .days)))
  }

  @Test func refusesAnUnknownPredecessorAtItsWord() {
    let problems = Self.problems("Onderdeel;Begin;Voorgangers\nm1;1-5-2022;m0, r9.x\n")
    #expect(problems.count == 2)
    #expect(problems.map(\.column) == [3, 3])
    #expect(problems[1].message.nl == "'r9.x' is geen onderdeel in dit bestand")
  }

  @Test func readsADurationWhereThereIsNoEnd() throws {
    let text = "Onderdeel;Begin;Duur\nr1.a;1-5-2022;10 maanden\nr1.b;1-5-2022;30\n"
    let items = try Self.read(text).plan.lots[0].items
    #expect(items[0].length == .duration(PlanDuration(10, .months)))
    #expect(items[1].length == .duration(PlanDuration(30, .days)))
  }

  @Test func listsColumnsItDoesNotReadAndTakesOffTheFormulaMark() throws {
    let imported = try Self.read("Onderdeel;Titel;Begin;Budget\nm1;'=1+1;1-5-2022;€ 10\n")
    #expect(imported.omitted.map(\.en) == ["column 'Budget' (line 1, column 4) was not read"])
    #expect(imported.plan.milestones[0].title == "=1+1")
  }

  @Test func refusesAFileWithoutAStartColumn() {
    let problems = Self.problems("Onderdeel;Titel\nm1;x\n")
    #expect(problems.count == 1 && problems[0].line == 1)
  }

  @Test func readsThePlanAndLotRows() throws {
    let text =
      "Perceel;Onderdeel;Titel;Type;Begin;Procedure;Waarde\nGemeente X;;Inkoop 2024;plan;;;\n"
      + "Route 1;r1;Route 1;perceel;;sas;€ 1.200.000\nRoute 1;r1.start;Start;mijlpaal;1-1-2024;;\n"
    let plan = try Self.read(text).plan
    #expect(plan.title == "Inkoop 2024" && plan.organisation == "Gemeente X")
    #expect(plan.lots[0].procedure == .sas && plan.lots[0].value == 1_200_000)
  }
}
