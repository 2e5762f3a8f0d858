import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Two Planwerks on one plan: one writes it, the other reads it or is told who has it.
@Suite(.serialized)
struct LockTests {
  let directory: String
  let state: String

  init() throws {
    directory = try Binary.temporaryDirectory()
    state = directory + "/state"
    try Binary.saveSession(titled: "Slot", in: directory, state: state)
  }

  func file(_ name: String) -> Data? {
    FileManager.default.contents(atPath: directory + "/" + name)
  }

  func run(_ arguments: [String]) throws -> Binary.Result {
    try Binary.run(arguments, directory: directory, state: state)
  }

  @Test func letsOnlyTheFirstOfTwoProcessesChangeAPlan() throws {
    let first = try LiveRun(["s.json"], directory: directory, state: state)
    first.send("perceel r2 \"Route 2\"")
    let lock = try #require(file("s.json.lock"))
    #expect(String(decoding: lock, as: UTF8.self).hasPrefix("\(first.pid) "))
    let autosave = try #require(file("s.json.autosave"))

    // Runs that only read take no lock and leave the other's autosave alone.
    for arguments in [["s.json", "-c", "lijst"], ["-c", "help"], ["s.json", "-c", "export csv"]] {
      let reader = try run(arguments)
      #expect(reader.status == 0, "\(arguments): \(reader.errors)")
      #expect(reader.errors.isEmpty, "\(arguments): \(reader.errors)")
    }
    #expect(file("s.json.autosave") == autosave)
    #expect(file("s.json.lock") == lock)

    // A batch run that would change it, or save over it, stops and names the holder.
    let before = file("s.json")
    for arguments in [["s.json", "-c", "perceel r3 \"Route 3\""], ["s.json", "-c", "bewaar"]] {
      let writer = try run(arguments)
      #expect(writer.status == 1, "\(arguments)")
      #expect(writer.errors.contains("pid \(first.pid), sinds "), "\(writer.errors)")
    }
    let elsewhere = try run(["-c", "nieuw \"Ander\"", "-c", "bewaar s.json"])
    #expect(elsewhere.status == 1 && elsewhere.errors.contains("pid \(first.pid)"))
    #expect(file("s.json") == before)
    #expect(file("s.json.autosave") == autosave)

    first.send("bewaar")
    let end = first.finish()
    #expect(end.status == 0, "\(end.errors)")
    for name in ["s.json.lock", "s.json.autosave"] { #expect(file(name) == nil, "\(name)") }
    let reopened = try run(["s.json", "-c", "lijst"])
    #expect(reopened.output.contains("r2  Route 2"))
  }

  @Test func takesOverTheLockOfAKilledProcessSilently() throws {
    try Binary.killAfterAnswers(
      ["perceel r3 \"Route 3\""], arguments: ["s.json"], directory: directory, state: state)
    #expect(file("s.json.lock") != nil, "a killed process leaves its lock")
    let next = try run(["s.json", "--recover", "-c", "perceel r2 \"Route 2\"", "-c", "bewaar"])
    #expect(next.status == 0, "\(next.errors)")
    #expect(!next.errors.contains("geopend"), "\(next.errors)")
    #expect(next.output.contains("Hersteld: 1 wijziging."))
    #expect(file("s.json.lock") == nil && file("s.json.autosave") == nil)
  }

  @Test func refusesToSaveOverAFileChangedOnDisk() throws {
    let first = try LiveRun(["s.json"], directory: directory, state: state)
    first.send("perceel r2 \"Route 2\"")
    // Someone (an editor, a git checkout) replaces the file meanwhile.
    let other = try run(["-c", "nieuw \"Ander\"", "-c", "bewaar ander.json"])
    #expect(other.status == 0, "\(other.errors)")
    try FileManager.default.removeItem(atPath: directory + "/s.json")
    try FileManager.default.copyItem(
      atPath: directory + "/ander.json", toPath: directory + "/s.json")
    let replaced = file("s.json")
    first.send("bewaar")
    first.send("bewaar kopie.json")
    let end = first.finish()
    #expect(end.status == 1)
    #expect(end.errors.contains("'s.json' is op schijf veranderd"), "\(end.errors)")
    #expect(file("s.json") == replaced)
    #expect(file("kopie.json") != nil, "saving elsewhere works")
  }

  @Test func givesNeverSavedSessionsAnAutosaveEach() throws {
    let first = try LiveRun([], directory: directory, state: state)
    let second = try LiveRun([], directory: directory, state: state)
    first.send("nieuw \"Eerste\"")
    second.send("nieuw \"Tweede\"")
    let names = try RecoveryTests.autosaves(in: state).sorted()
    #expect(names.count == 2, "\(names)")
    for run in [first, second] {
      #expect(names.contains { $0.hasPrefix("unsaved-\(run.pid)-") }, "\(names)")
    }
    let contents = try names.map { try Data(contentsOf: URL(fileURLWithPath: state + "/" + $0)) }

    // Nothing of a live session is recovered, set aside or touched.
    for arguments in [["-c", "help"], ["--recover", "-c", "lijst"], ["-c", "nieuw \"Derde\""]] {
      let other = try run(arguments)
      #expect(other.status == 0, "\(arguments): \(other.errors)")
      #expect(!other.output.contains("Hersteld"), "\(arguments)")
    }
    #expect(
      try names.map { try Data(contentsOf: URL(fileURLWithPath: state + "/" + $0)) } == contents)

    // Once the first has died, its changes are offered; the second's stay its own.
    first.kill()
    let recovered = try run(["--recover", "-c", "lijst"])
    #expect(recovered.output.contains("Hersteld: 1 wijziging."), "\(recovered.errors)")
    #expect(recovered.status == 0, "\(recovered.errors)")
    second.send("perceel r1 \"Nog steeds hier\"")
    let end = second.finish()
    #expect(end.status == 0, "\(end.errors)")
    // A run without a terminal is its own record: its unsaved plan goes with it.
    #expect(try RecoveryTests.autosaves(in: state).count == 1, "only the recovering run's")
  }
}
