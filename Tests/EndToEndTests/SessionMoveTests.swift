import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Unsaved work when the session moves on, one plan behind two paths, and input that no run
/// may hold whole.
@Suite(.serialized)
struct SessionMoveTests {
  let directory: String
  let state: String

  init() throws {
    directory = try Binary.temporaryDirectory()
    state = directory + "/state"
    for name in ["r2.json", "l2.json", "l3.json"] {
      try FileManager.default.copyItem(
        atPath: Binary.root + "/sessions/002-routes.json", toPath: directory + "/" + name)
    }
  }

  func run(_ arguments: [String], input: String = "") throws -> Binary.Result {
    try Binary.run(arguments, input: input, directory: directory, state: state)
  }

  @Test func keepsTheAutosaveOfAnUnsavedPlanWhenAnotherSessionIsOpened() throws {
    try Binary.killAfterAnswers(
      ["nieuw \"Mijn werk\"", "perceel z \"Zorg\"", "open r2.json"], directory: directory,
      state: state)
    let left = try RecoveryTests.autosaves(in: state)
    #expect(left.count == 1 && left[0].hasSuffix("-2.autosave"), "\(left)")
    let recovered = try run(["--recover", "-c", "lijst"])
    #expect(recovered.output.contains("Hersteld: 2 wijzigingen."), "\(recovered.errors)")
    #expect(recovered.output.contains("z  Zorg"))
  }

  @Test func keepsTheAutosaveOfASavedSessionWhenAnotherIsOpened() throws {
    try Binary.killAfterAnswers(
      ["verschuif r1 1w", "open l3.json"], arguments: ["l2.json"], directory: directory,
      state: state)
    #expect(FileManager.default.fileExists(atPath: directory + "/l2.json.autosave"))
    let recovered = try run(["l2.json", "--recover", "-c", "lijst"])
    #expect(recovered.output.contains("Hersteld: 1 wijziging."), "\(recovered.errors)")
    #expect(recovered.output.contains("r1.voorbereiding    8 mei 2022"))
  }

  @Test func saysWhereTheUnsavedStepsOfTheSessionItLeftStay() throws {
    let moved = try run(["l2.json"], input: "verschuif r1 1w\nopen l3.json\n")
    #expect(
      moved.errors.contains(
        "De niet-bewaarde wijzigingen aan l2.json blijven in de autosave l2.json.autosave; 'planwerk l2.json' biedt ze aan."
      ), "\(moved.errors)")
  }

  @Test func removesTheAutosaveOfStepsSavedUnderAnotherName() throws {
    let saved = try run([], input: "nieuw \"Mijn werk\"\nperceel z \"Zorg\"\nbewaar mijn.json\n")
    #expect(saved.status == 0, "\(saved.errors)")
    #expect(try RecoveryTests.autosaves(in: state).isEmpty)
    #expect(!FileManager.default.fileExists(atPath: directory + "/mijn.json.autosave"))
  }

  @Test func locksAPlanOnceWhetherReachedThroughASymlinkOrNot() throws {
    try FileManager.default.createDirectory(
      atPath: directory + "/tgt", withIntermediateDirectories: true)
    try FileManager.default.moveItem(
      atPath: directory + "/l2.json", toPath: directory + "/tgt/real.json")
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/link.json", withDestinationPath: "tgt/real.json")
    let first = try LiveRun(["link.json"], directory: directory, state: state)
    first.send("verschuif r1 1w")
    #expect(FileManager.default.fileExists(atPath: directory + "/tgt/real.json.lock"))
    #expect(FileManager.default.fileExists(atPath: directory + "/tgt/real.json.autosave"))
    let second = try run(["tgt/real.json", "-c", "verschuif r1 1w"])
    #expect(second.status == 1)
    #expect(second.errors.contains("pid \(first.pid), sinds "), "\(second.errors)")
    first.send("bewaar")
    #expect(first.finish().status == 0)
    #expect(!FileManager.default.fileExists(atPath: directory + "/tgt/real.json.lock"))
  }

  @Test func refusesAHugeLineWithoutHoldingIt() throws {
    let huge = String(repeating: "x", count: 3_000_000)
    let result = try run([], input: "\u{FEFF}vandaag\r\n" + huge + "\nvandaag\r\n")
    #expect(result.status == 1)
    #expect(
      result.errors.contains(
        "regel 2 is 3.000.000 bytes lang en is overgeslagen; een regel mag hoogstens 1.000.000 bytes lang zijn"
      ),
      "\(result.errors.prefix(300))")
    #expect(result.output.components(separatedBy: "Vandaag is").count == 3)
  }

  @Test func readsAGigabyteLineInBoundedMemory() throws {
    let binary = Binary.path
    let script =
      "ulimit -v 1000000; head -c 1000000000 /dev/zero | tr '\\0' x | PLANWERK_STATE=\(state) \(binary) > \(directory)/out 2> \(directory)/err; echo $? > \(directory)/status"
    #expect(system(script) == 0)
    let status = try String(contentsOfFile: directory + "/status", encoding: .utf8)
    #expect(status == "1\n")
    let errors = try String(contentsOfFile: directory + "/err", encoding: .utf8)
    #expect(errors.contains("regel 1 is 1.000.000.000 bytes lang"), "\(errors)")
  }

  @Test func saysThatABatchRunLeftChangesUnsaved() throws {
    let unsaved = try run(["l2.json", "-c", "verschuif r1 1w"])
    #expect(unsaved.status == 0)
    #expect(
      unsaved.errors.contains("1 wijziging aan l2.json is niet bewaard; voeg -c bewaar toe"),
      "\(unsaved.errors)")
    let english = try run(["l2.json", "--lang", "en"], input: "verschuif r1 1w\nverschuif r1 1w\n")
    #expect(english.errors.contains("2 changes to l2.json were not saved; add 'save'"))
    let saved = try run(["l2.json", "-c", "verschuif r1 1w", "-c", "bewaar"])
    #expect(saved.status == 0 && saved.errors.isEmpty, "\(saved.errors)")
  }

  @Test func showsTheTimeOfTheLastUnsavedChangeAsLocalMinutes() throws {
    // A run that only reads mentions them, with the time as the lock message shows one.
    try Binary.killAfterAnswers(
      ["verschuif r1 1w"], arguments: ["l3.json"], directory: directory, state: state)
    let reader = try run(["l3.json", "-c", "lijst"])
    #expect(
      reader.errors.range(
        of: #"\(de laatste: 'verschuif r1 1w', \d{1,2} [a-z]+\.? \d{4} \d\d:\d\d\)"#,
        options: .regularExpression) != nil, "\(reader.errors)")
  }
}
