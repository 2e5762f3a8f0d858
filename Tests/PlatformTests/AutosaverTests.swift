import Foundation
import PlanFiles
import PlanKit
import Testing
import Workbench

@testable import Platform

/// The autosave as commands come: each step written once, the file what a whole rewrite would
/// write, and forced to disk before every answer or, for a script, in groups.
struct AutosaverTests {
  let directory: String = {
    let path = NSTemporaryDirectory() + "planwerk-autosaver-tests-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  func interpreter() -> Interpreter {
    Interpreter(files: GuardedFiles(), today: Day(year: 2022, month: 5, day: 1)!)
  }

  /// What the old autosave wrote after every command: the header and every unsaved step.
  func wholeText(_ interpreter: Interpreter) -> String? {
    let pending = Autosave.pending(interpreter)
    guard !pending.steps.isEmpty else { return nil }
    return ([Autosave.headerLine(pending.header)] + pending.steps.map(Autosave.stepLine))
      .joined(separator: "\n") + "\n"
  }

  func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Runs `line`, which must succeed, and brings the autosave in step.
  func run(_ line: String, _ interpreter: inout Interpreter, _ autosaver: Autosaver) throws {
    let outcome = interpreter.run(line)
    #expect(!outcome.failed, "\(line): \(outcome.text)")
    try autosaver.sync(interpreter)
  }

  @Test func appendsEachStepOnceAndWritesWhatAWholeRewriteWrites() throws {
    let autosaver = Autosaver(stateDirectory: directory)
    var session = interpreter()
    try run("nieuw \"Autosave\"", &session, autosaver)
    for lot in 1...60 { try run("perceel p\(lot) \"Perceel \(lot)\"", &session, autosaver) }
    #expect(autosaver.encodedSteps == 61, "every step encoded once, none again")
    #expect(autosaver.forcedToDisk == 61, "each on disk before its answer")
    let location = try #require(autosaver.writtenLocation)
    #expect(contents(location) == wholeText(session))
  }

  @Test func encodesOnlyTheNewStepsHoweverManyCameBefore() throws {
    let autosaver = Autosaver(stateDirectory: directory)
    var session = interpreter()
    try run("nieuw \"Autosave\"", &session, autosaver)
    var costs: [Int] = []
    for lot in 1...300 {
      let before = autosaver.encodedSteps
      try run("perceel p\(lot) \"Perceel \(lot)\"", &session, autosaver)
      costs.append(autosaver.encodedSteps - before)
    }
    #expect(costs.allSatisfy { $0 == 1 }, "the 300th step costs what the first did")
    let before = autosaver.encodedSteps
    try autosaver.sync(session)
    #expect(autosaver.encodedSteps == before, "nothing new, nothing written")
  }

  /// Undo and redo of plain steps are steps of the journal; undoing `open` or `nieuw` puts
  /// another journal in place, and saving moves where the steps start: the file follows.
  @Test func keepsTheFileRightThroughUndoOpenNieuwAndSave() throws {
    let autosaver = Autosaver(stateDirectory: directory)
    var session = interpreter()
    let file = directory + "/p.json"
    let lines = [
      "nieuw \"Nul\"", "perceel n1 a", "perceel n2 b", "nieuw \"Een\"", "perceel p1 a",
      "ongedaan", "ongedaan", "opnieuw", "perceel p2 b", "ongedaan", "opnieuw", "bewaar \(file)",
      "perceel p3 c", "ongedaan", "perceel p4 d", "open \(file)", "perceel p5 e", "ongedaan",
      "ongedaan", "bewaar \(file)", "opnieuw", "perceel p6 f", "perceel p7 g", "nieuw \"Twee\"",
      "perceel q1 h", "ongedaan", "ongedaan", "opnieuw", "perceel q2 j", "ongedaan", "ongedaan",
      "perceel p8 i",
    ]
    for line in lines {
      try run(line, &session, autosaver)
      let location = autosaver.location(for: Autosave.pending(session).header.session)
      #expect(contents(location) == wholeText(session), "after \(line)")
      // What the autosave compares after each command says what the header it writes says.
      let (place, start) = Autosave.pendingPlace(session)
      let pending = Autosave.pendingStart(session)
      #expect(place == Autosave.Place(pending.header) && start == pending.start, "after \(line)")
    }
  }

  @Test func forcesAScriptsStepsToDiskInGroupsAndAtTheEnd() throws {
    let autosaver = Autosaver(stateDirectory: directory)
    autosaver.durability = .grouped(steps: 10, within: .seconds(3600))
    var session = interpreter()
    // The first step writes the file whole, which forces it; then every tenth step does.
    for lot in 1...25 { try run("perceel p\(lot) \"Perceel \(lot)\"", &session, autosaver) }
    #expect(autosaver.forcedToDisk == 3)
    let location = try #require(autosaver.writtenLocation)
    #expect(contents(location) != wholeText(session), "the last group waits in memory")
    try autosaver.settle()
    #expect(autosaver.forcedToDisk == 4, "the end forces the last group")
    #expect(contents(location) == wholeText(session))
    try autosaver.settle()
    #expect(autosaver.forcedToDisk == 4, "nothing waits")
    autosaver.durability = .everyStep
    try run("perceel q1 x", &session, autosaver)
    #expect(autosaver.forcedToDisk == 5)
    #expect(contents(location) == wholeText(session))
  }

  @Test func forcesAGroupOnceItHasWaitedLongEnough() throws {
    let autosaver = Autosaver(stateDirectory: directory)
    autosaver.durability = .grouped(steps: 1000, within: .zero)
    var session = interpreter()
    for lot in 1...5 { try run("perceel p\(lot) x", &session, autosaver) }
    #expect(autosaver.forcedToDisk == 5)
  }

  @Test func forcesWhatWaitsWhenEveryStepMustBeOnDiskAgain() throws {
    let autosaver = Autosaver(stateDirectory: directory)
    // A window no busy machine reaches: the group waits for the change of durability alone.
    autosaver.durability = .grouped(steps: 1000, within: .seconds(3600))
    var session = interpreter()
    for lot in 1...3 { try run("perceel p\(lot) x", &session, autosaver) }
    #expect(autosaver.forcedToDisk == 1)
    autosaver.durability = .everyStep
    try autosaver.sync(session)
    #expect(autosaver.forcedToDisk == 2, "at the next sync, with no new step")
  }

  @Test func measuresAWaitingGroupAgainstTheWindowSetWhileItWaits() throws {
    let autosaver = Autosaver(stateDirectory: directory)
    autosaver.durability = .grouped(steps: 1000, within: .seconds(3600))
    var session = interpreter()
    for lot in 1...3 { try run("perceel p\(lot) x", &session, autosaver) }
    #expect(autosaver.forcedToDisk == 1, "the first step writes the file whole; two wait")
    // A window no busy machine reaches, then one that has passed already.
    autosaver.durability = .grouped(steps: 1000, within: .seconds(Int64.max))
    try autosaver.sync(session)
    #expect(autosaver.forcedToDisk == 1)
    autosaver.durability = .grouped(steps: 1000, within: .zero)
    try autosaver.sync(session)
    #expect(autosaver.forcedToDisk == 2, "due at the next sync, with no new step")
    let location = try #require(autosaver.writtenLocation)
    #expect(contents(location) == wholeText(session))
  }
}
