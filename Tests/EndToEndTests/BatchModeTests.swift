import Foundation
import Testing

/// The built binary, fed commands on standard input, as scripts and with -c.
@Suite(.serialized)
struct BatchModeTests {
  static let designSession = """
    nieuw "Inkoop Wmo en Participatie 2024"
    perceel r1 "Route 1: Gebiedsgerichte zorg ouderen en HbH" procedure sas
    fase r1.voorbereiding van 1 mei 2022 tot 1 sept. 2022
    fase r1.inkoopprocedure na r1.voorbereiding tot 1 juli 2023
    fase r1.implementatie van 1 juli 2023 duur 6 maanden
    mijlpaal r1.start "Start uitvoering" op 1 januari 2024
    gantt
    verschuif r1.inkoopprocedure 2 maanden
    ongedaan
    bewaar sessions/route1.json

    """

  @Test func runsTheDesignSessionAndReopensTheFile() throws {
    let directory = try Binary.temporaryDirectory()
    let result = try Binary.run([], input: Self.designSession, directory: directory)
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.errors.isEmpty)
    #expect(result.output.contains("* Voorbereiding     1 mei 2022 – 1 sept. 2022  ███"))
    #expect(result.output.contains("  r1.inkoopprocedure   1 sept. 2022 – 1 sept. 2023  (+2 mnd)"))
    #expect(result.output.contains("  r1.implementatie     1 sept. 2023 – 1 mrt. 2024   (+2 mnd)"))
    #expect(
      result.output.contains(
        "  ! r1.start \"Start uitvoering\" (1 jan. 2024) ligt vóór het einde van r1.implementatie"))
    #expect(result.output.contains("Bewaard in sessions/route1.json (4 onderdelen)."))
    // Redirected output has no colour.
    #expect(!result.output.contains("\u{1B}"))

    let reopened = try Binary.run(["sessions/route1.json", "-c", "lijst"], directory: directory)
    #expect(reopened.status == 0, "\(reopened.errors)")
    #expect(reopened.output.contains("r1.inkoopprocedure  1 sept. 2022 – 1 jul. 2023 (10 maanden)"))
    #expect(reopened.output.contains("r1.start            1 jan. 2024"))
  }

  @Test func continuesAfterAnErrorAndExitsOne() throws {
    let result = try Binary.run([], input: "nieuw P\nfoo\nperceel r1 x\nlijst\n")
    #expect(result.status == 1)
    #expect(result.errors.contains("fout: 'foo' is geen opdracht"))
    #expect(result.output.contains("r1  x"))
  }

  @Test func stopsAtTheFirstErrorWithBail() throws {
    let result = try Binary.run(["--bail"], input: "nieuw P\nfoo\nperceel r1 x\nlijst\n")
    #expect(result.status == 1)
    #expect(!result.output.contains("r1  x"))
  }

  @Test func runsAPlanScriptWithLineNumbersInErrors() throws {
    let directory = try Binary.temporaryDirectory()
    try "nieuw P\n# commentaar\nperceel r1 x\nfase r1.v van 1 smarch 2022 duur 1m\n".write(
      toFile: directory + "/s.plan", atomically: true, encoding: .utf8)
    let result = try Binary.run(["s.plan"], directory: directory)
    #expect(result.status == 1)
    #expect(result.errors.hasPrefix("s.plan:4: fout: 'smarch' is geen maand"))
  }

  /// A script's answers wait for their steps to reach the disk, a group at a time; an error
  /// still comes after the answers before it and before those after it.
  @Test func keepsTheOrderOfAScriptsAnswersAndErrors() throws {
    let directory = try Binary.temporaryDirectory()
    var lines = (1...300).map { "perceel p\($0) \"Perceel \($0)\"" }
    lines.insert("foo", at: 150)
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: directory + "/s.plan", atomically: true, encoding: .utf8)
    let result = try Binary.run(["s.plan"], directory: directory, merged: true)
    #expect(result.status == 1)
    let shown = result.output.split(separator: "\n").filter {
      $0.hasPrefix("+ ") || $0.hasPrefix("s.plan")
    }
    #expect(shown.count == 301, "\(result.output.suffix(300))")
    #expect(shown[149] == "+ p150  Perceel 150")
    #expect(shown[150] == "s.plan:151: fout: 'foo' is geen opdracht")
    #expect(shown[151] == "+ p151  Perceel 151")
    #expect(shown.last == "+ p300  Perceel 300")
  }

  @Test func runsAScriptSavedOnWindowsWithAByteOrderMarkAndCRLF() throws {
    let directory = try Binary.temporaryDirectory()
    let windows = "\u{FEFF}" + Self.designSession.replacingOccurrences(of: "\n", with: "\r\n")
    try windows.write(toFile: directory + "/kladblok.plan", atomically: true, encoding: .utf8)
    let script = try Binary.run(["kladblok.plan"], directory: directory)
    #expect(script.status == 0, "\(script.errors)")
    #expect(script.output.contains("Bewaard in sessions/route1.json (4 onderdelen)."))
    #expect(
      FileManager.default.fileExists(atPath: directory + "/sessions/route1.json"),
      "the name must not end in a carriage return")
    let piped = try Binary.run(["--bail"], input: windows, directory: directory)
    #expect(piped.status == 0, "\(piped.errors)")
    #expect(piped.output.contains("Bewaard in sessions/route1.json (4 onderdelen)."))
  }

  @Test func opensAndSavesAPathWithAQuoteAndASpaceAsThatFile() throws {
    let directory = try Binary.temporaryDirectory()
    let saved = try Binary.run([], input: Self.designSession, directory: directory)
    #expect(saved.status == 0, "\(saved.errors)")
    let odd = directory + "/sessions/de \"beste\" \\ versie.json"
    try FileManager.default.moveItem(atPath: directory + "/sessions/route1.json", toPath: odd)
    let result = try Binary.run(
      [odd, "-c", "verschuif r1.implementatie 1 maand", "-c", "bewaar"], directory: directory)
    #expect(result.status == 0, "\(result.errors)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory + "/sessions") == [
        "de \"beste\" \\ versie.json"
      ])
    let reopened = try Binary.run([odd, "-c", "lijst"], directory: directory)
    #expect(reopened.output.contains("– 1 feb. 2024 (7 maanden)"), "\(reopened.output)")
  }

  @Test func exportsToStandardOutputByItsDeviceName() throws {
    let directory = try Binary.temporaryDirectory()
    let result = try Binary.run(
      ["-c", "nieuw P", "-c", "perceel r1 x", "-c", "export csv /dev/stdout"],
      directory: directory)
    #expect(result.status == 0, "\(result.errors)")
    #expect(
      result.output.hasPrefix("Nieuw plan: P\n+ r1  x\n\u{FEFF}Perceel;Onderdeel;"),
      "\(result.output)")
    // No confirmation after the data: it would be the CSV's last row.
    #expect(!result.output.contains("Geëxporteerd"), "\(result.output)")
  }

  @Test func runsCommandsGivenWithC() throws {
    let result = try Binary.run([
      "--lang", "en", "-c", "new \"P\"", "-c", "lot r1 x", "-c", "help phase",
    ])
    #expect(result.status == 0)
    #expect(result.output.contains("New plan: P"))
    #expect(result.output.contains("phase LOT.NAME"))
  }

  @Test func refusesABadFileAtStart() throws {
    let directory = try Binary.temporaryDirectory()
    try "{\"format\": \"planwerk-session\", \"version\": 9}".write(
      toFile: directory + "/new.json", atomically: true, encoding: .utf8)
    let result = try Binary.run(["new.json", "-c", "lijst"], directory: directory)
    #expect(result.status == 1)
    #expect(result.errors.contains("nieuwere Planwerk"))
  }

  @Test func answersVersionAndHelp() throws {
    #expect(try Binary.run(["--version"]).output.hasPrefix("planwerk 0.1"))
    let help = try Binary.run(["--help"]).output
    for flag in ["-c", "--bail", "--lang", "--ascii", "--version"] {
      #expect(help.contains(flag), "\(flag)")
    }
    #expect(try Binary.run(["--lang", "fr"]).status != 0)
  }

  @Test func neverPrintsTerminalEscapes() throws {
    let result = try Binary.run(
      [],
      input:
        "nieuw \"\u{1B}[2JEvil\"\nperceel r1 \"\u{1B}]0;x\u{07}\"\nfase r1.a van mei 2022 duur 1m\ngantt\nlijst\nfoo\u{1B}[31m\nnieuw \"a\u{202E}b\"\nfoo\u{2067}\n"
    )
    for hidden in ["\u{1B}", "\u{202E}", "\u{2067}"] {
      #expect(!result.output.contains(hidden) && !result.errors.contains(hidden))
    }
  }
}

extension BatchModeTests {
  @Test func explainsItsFlagsInDutchUnlessAskedForEnglish() throws {
    let dutch = try Binary.run(["--help"])
    #expect(dutch.output.contains("Voer OPDRACHT uit en stop"), "\(dutch.output)")
    #expect(dutch.output.contains("--lang <taal>"))
    let english = try Binary.run(["--lang", "en", "--help"])
    #expect(english.output.contains("Run COMMAND and exit"), "\(english.output)")
  }
}
