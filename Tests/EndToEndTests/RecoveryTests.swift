import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real binary killed with SIGKILL in the middle of a session: the next start takes back
/// every command it had answered.
@Suite(.serialized)
struct RecoveryTests {
  static let commands = [
    "nieuw \"Herstel\"", "perceel r1 \"Route 1\"",
    "fase r1.voorbereiding van 1 mei 2022 tot 1 sept. 2022",
    "fase r1.inkoopprocedure na r1.voorbereiding duur 10 maanden",
    "verschuif r1.voorbereiding 1 maand", "mijlpaal r1.start na r1.inkoopprocedure",
  ]

  @Test func recoversAnUnsavedPlanAfterAKill() throws {
    let directory = try Binary.temporaryDirectory()
    let state = directory + "/state"
    try Binary.killAfterAnswers(Self.commands, directory: directory, state: state)
    let left = try Self.autosaves(in: state)
    #expect(left.count == 1 && left[0].hasPrefix("unsaved-"), "\(left)")
    let recovered = try Binary.run(
      ["--recover", "-c", "lijst"], directory: directory, state: state)
    #expect(recovered.status == 0, "\(recovered.errors)")
    #expect(recovered.output.contains("Hersteld: 6 wijzigingen."))
    #expect(recovered.output.contains("r1.inkoopprocedure  1 okt. 2022 – 1 aug. 2023 (10 maanden)"))
    #expect(recovered.output.contains("r1.start            1 aug. 2023"))
    // Recovered but not saved: the changes stay, now in the recovering run's own autosave.
    #expect(recovered.errors.contains("De niet-bewaarde wijzigingen blijven in de autosave"))
    let kept = try Self.autosaves(in: state)
    #expect(kept.count == 1 && kept != left, "\(kept)")
    let saved = try Binary.run(
      ["--recover", "-c", "bewaar h.json"], directory: directory, state: state)
    #expect(saved.status == 0, "\(saved.errors)")
    #expect(try Self.autosaves(in: state).isEmpty, "saved: nothing is left to recover")
  }

  /// A script forces its steps to disk in groups (`AutosaverTests` shows their bounds); what
  /// it leaves in the autosave at its end is every step.
  @Test func endsAScriptWithEveryStepInTheAutosave() throws {
    let directory = try Binary.temporaryDirectory()
    let state = directory + "/state"
    try Binary.killAfterAnswers(Self.commands, directory: directory, state: state)
    let script = (1...300).map { "perceel p\($0) \"Perceel \($0)\"" }
    try (script.joined(separator: "\n") + "\n").write(
      toFile: directory + "/meer.plan", atomically: true, encoding: .utf8)
    let run = try Binary.run(["meer.plan", "--recover"], directory: directory, state: state)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.errors.contains("De niet-bewaarde wijzigingen blijven in de autosave"))
    let kept = try Self.autosaves(in: state)
    try #require(kept.count == 1, "\(kept)")
    let lines = try String(contentsOfFile: state + "/" + kept[0], encoding: .utf8)
      .split(separator: "\n")
    #expect(lines.count == 1 + Self.commands.count + script.count)
    #expect(lines.last?.contains("perceel p300") == true)
    let recovered = try Binary.run(
      ["--recover", "-c", "toon p300"], directory: directory, state: state)
    #expect(recovered.output.contains("Hersteld: 306 wijzigingen."), "\(recovered.errors)")
  }

  @Test func countsOneUnsavedChangeInTheSingular() throws {
    let (directory, state) = try Self.savedThenKilled(after: ["verschuif r1 2w"])
    let read = try Binary.run(["s.json", "-c", "lijst"], directory: directory, state: state)
    #expect(
      read.errors.contains(
        "Planwerk vond 1 niet-bewaarde wijziging van s.json (de laatste: 'verschuif r1 2w', "),
      "\(read.errors)")
  }

  /// A session of the first commands saved as s.json, then opened and killed after `answers`:
  /// its directory and state directory.
  static func savedThenKilled(after answers: [String]) throws -> (String, String) {
    let directory = try Binary.temporaryDirectory()
    let state = directory + "/state"
    let saved = try Binary.run(
      [], input: Self.commands.prefix(4).joined(separator: "\n") + "\nbewaar s.json\n",
      directory: directory, state: state)
    #expect(saved.status == 0, "\(saved.errors)")
    try Binary.killAfterAnswers(
      answers, arguments: ["s.json"], directory: directory, state: state)
    return (directory, state)
  }

  static func autosaves(in state: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: state).filter {
      $0.hasSuffix(".autosave")
    }
  }

  @Test func recoversOnTopOfASavedSessionAndSetsAsideWhatIsDeclined() throws {
    let (directory, state) = try Self.savedThenKilled(after: [
      "verschuif r1 2w", "wijzig r1.inkoopprocedure duur 11 maanden",
    ])
    #expect(FileManager.default.fileExists(atPath: directory + "/s.json.autosave"))
    // A run that only reads says so and leaves the autosave where it is.
    let read = try Binary.run(["s.json", "-c", "lijst"], directory: directory, state: state)
    #expect(read.errors.contains("Planwerk vond 2 niet-bewaarde wijzigingen van s.json"))
    #expect(read.output.contains("r1.inkoopprocedure  1 sept. 2022 – 1 jul. 2023"))
    #expect(FileManager.default.fileExists(atPath: directory + "/s.json.autosave"))
    // One that changes the plan without --recover sets it aside under a new name.
    let declined = try Binary.run(
      ["s.json", "-c", "verschuif r1 1w"], directory: directory, state: state)
    #expect(declined.status == 0, "\(declined.errors)")
    #expect(declined.errors.contains("staan nu in s.json.autosave.old;"), "\(declined.errors)")
    try FileManager.default.moveItem(
      atPath: directory + "/s.json.autosave.old", toPath: directory + "/s.json.autosave")
    let recovered = try Binary.run(
      ["s.json", "--recover", "-c", "lijst", "-c", "bewaar"], directory: directory, state: state)
    #expect(recovered.status == 0, "\(recovered.errors)")
    #expect(
      recovered.output.contains("r1.inkoopprocedure  15 sept. 2022 – 15 aug. 2023 (11 maanden)"))
    let reopened = try Binary.run(
      ["s.json", "-c", "geschiedenis"], directory: directory, state: state)
    #expect(reopened.output.contains("6  "))
    #expect(!FileManager.default.fileExists(atPath: directory + "/s.json.autosave"))
  }
}
