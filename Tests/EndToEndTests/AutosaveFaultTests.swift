import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The autosave of the real binary when it is damaged, when the disk fills and empties, and
/// when it is set aside more than once: every whole step is taken back, nothing overwritten.
@Suite(.serialized)
struct AutosaveFaultTests {
  func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func recoversADamagedAutosaveUpToItsLastWholeStepAndSaysSo() throws {
    let directory = try Binary.temporaryDirectory()
    let state = directory + "/state"
    try Binary.saveSession(titled: "Autosave", in: directory, state: state)
    try Binary.killAfterAnswers(
      ["perceel r2 \"Route 2\"", "perceel r3 \"Route 3\"", "perceel r4 \"Route 4\""],
      arguments: ["s.json"], directory: directory, state: state)
    let location = directory + "/s.json.autosave"
    var lines = try #require(contents(location)).split(separator: "\n").map(String.init)
    #expect(lines.count == 4, "a header and three steps")
    lines[2] = lines[2].replacingOccurrences(of: "\"command\":", with: "\"command\"")
    let damaged = lines.joined(separator: "\n") + "\n"
    try damaged.write(toFile: location, atomically: true, encoding: .utf8)

    let recovered = try Binary.run(
      ["s.json", "--recover", "-c", "lijst"], directory: directory, state: state)
    #expect(recovered.status == 0, "\(recovered.errors)")
    #expect(
      recovered.errors.contains("De autosave s.json.autosave is beschadigd vanaf regel 3"),
      "\(recovered.errors)")
    #expect(recovered.errors.contains("2 regels zijn niet te lezen"), "\(recovered.errors)")
    #expect(recovered.output.contains("Hersteld: 1 wijziging."))
    #expect(recovered.output.contains("r2  Route 2") && !recovered.output.contains("r3"))
    // What could not be read is kept as it was.
    #expect(contents(location + ".old") == damaged)
  }

  @Test func keepsEveryStepWhenTheDiskFillsAndEmptiesAgain() throws {
    guard let tmpfs = Tmpfs.mountOrSkip(at: try Binary.temporaryDirectory() + "/vol", size: "64k")
    else { return }
    defer { tmpfs.unmount() }
    let disk = tmpfs.path
    let state = disk + "/state"
    try Binary.saveSession(titled: "Autosave", in: disk, state: state)
    let run = try LiveRun(["s.json"], directory: disk, state: state)
    run.send("perceel r2 \"Route 2\"")
    #expect(FileManager.default.createFile(atPath: disk + "/vulsel", contents: nil))
    let filler = try #require(FileHandle(forWritingAtPath: disk + "/vulsel"))
    while (try? filler.write(contentsOf: Data(count: 1024))) != nil {}
    try? filler.close()
    // Steps longer than a page: none fits in what is left of the autosave's last page.
    let long = String(repeating: "lang ", count: 1000)
    for lot in 3...5 { run.send("perceel r\(lot) \"\(long)\"") }
    try FileManager.default.removeItem(atPath: disk + "/vulsel")
    run.send("perceel r6 \"Route 6\"")
    let errors = run.kill()

    // Each of the three steps and the `vandaag` after each tried again, and said so.
    let warning =
      "fout: de autosave s.json.autosave kan niet worden bijgewerkt: de schijf is vol (opnieuw geprobeerd na elk commando)\n"
    #expect(errors.components(separatedBy: warning).count == 7, "\(errors)")
    #expect(errors.contains("De autosave werkt weer"), "\(errors)")
    let lines = try #require(contents(disk + "/s.json.autosave")).split(separator: "\n")
    #expect(lines.count == 1 + 5, "a header and five steps, none glued to another")
    for line in lines {
      #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "\(line)")
    }
    let recovered = try Binary.run(
      ["s.json", "--recover", "-c", "lijst"], directory: disk, state: state)
    #expect(recovered.output.contains("Hersteld: 5 wijzigingen."), "\(recovered.errors)")
    for lot in 2...6 { #expect(recovered.output.contains("r\(lot)  ")) }
  }

  @Test func setsAsideEarlierAutosavesUnderNewNumbers() throws {
    let directory = try Binary.temporaryDirectory()
    let state = directory + "/state"
    try Binary.saveSession(titled: "Autosave", in: directory, state: state)
    let location = directory + "/s.json.autosave"
    var aside: [String] = []
    for round in 1...3 {
      try Binary.killAfterAnswers(
        ["perceel r\(round + 1) \"Ronde \(round)\""], arguments: ["s.json"],
        directory: directory, state: state)
      aside.append(try #require(contents(location)))
      // A batch run that changes the plan without --recover keeps the leftover aside.
      let change = try Binary.run(
        ["s.json", "-c", "perceel r9 \"Negen\""], directory: directory, state: state)
      #expect(change.status == 0, "\(change.errors)")
    }
    #expect(contents(location + ".old") == aside[0])
    #expect(contents(location + ".old.2") == aside[1])
    #expect(contents(location + ".old.3") == aside[2])
  }

  @Test func saysSoWhenNothingOfAnAutosaveCanBeRead() throws {
    let directory = try Binary.temporaryDirectory()
    let state = directory + "/state"
    try Binary.saveSession(titled: "Autosave", in: directory, state: state)
    let location = directory + "/s.json.autosave"
    try "{\"after\": 1, kapot\n".write(toFile: location, atomically: true, encoding: .utf8)
    let read = try Binary.run(["s.json", "-c", "lijst"], directory: directory, state: state)
    #expect(read.status == 0)
    #expect(read.errors.contains("s.json.autosave: het autosave-bestand is beschadigd (header)"))
    #expect(contents(location) == "{\"after\": 1, kapot\n", "a reading run leaves it be")
    let recover = try Binary.run(
      ["s.json", "--recover", "-c", "lijst"], directory: directory, state: state)
    #expect(recover.status == 1)
    #expect(recover.errors.contains("(bewaard als s.json.autosave.old)"), "\(recover.errors)")
    #expect(contents(location + ".old") == "{\"after\": 1, kapot\n")
  }
}
