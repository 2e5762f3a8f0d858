import Foundation
import PlanKit
import Platform
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The lock beside a session, the guard on saving, and autosaves set aside.
struct SessionLockTests {
  let directory: String = {
    let path = NSTemporaryDirectory() + "planwerk-lock-tests-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  /// The pid of a process that has ended and been reaped.
  func deadPid() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  @Test func takesAFreeLockAndGivesItBack() {
    let session = directory + "/s.json"
    #expect(SessionLock.acquire(session) == nil)
    #expect(SessionLock.isMine(session))
    #expect(SessionLock.acquire(session) == nil, "taking it again is no conflict")
    SessionLock.release(session)
    #expect(!FileManager.default.fileExists(atPath: SessionLock.path(for: session)))
  }

  @Test func takesALockOfADeadProcessSilently() throws {
    let session = directory + "/s.json"
    let dead = ProcessIdentity(
      pid: try deadPid(), started: 1, host: ProcessIdentity.current.host)
    try dead.line.write(toFile: SessionLock.path(for: session), atomically: true, encoding: .utf8)
    #expect(SessionLock.otherHolder(of: session) == nil)
    #expect(SessionLock.acquire(session) == nil)
    #expect(SessionLock.isMine(session))
  }

  @Test func takesALockWhosePidWasGivenToALaterProcess() throws {
    let session = directory + "/s.json"
    // pid 1 is alive, but it started long after 1970: the lock's own process is gone.
    let reused = ProcessIdentity(pid: 1, started: 7, host: ProcessIdentity.current.host)
    try reused.line.write(
      toFile: SessionLock.path(for: session), atomically: true, encoding: .utf8)
    #expect(!reused.isAlive)
    #expect(SessionLock.acquire(session) == nil)
    #expect(SessionLock.isMine(session))
  }

  @Test func refusesALockALiveProcessHolds() throws {
    let session = directory + "/s.json"
    // pid 1 runs as long as the machine does, and started before now.
    let live = ProcessIdentity(
      pid: 1, started: Int(Date().timeIntervalSince1970), host: ProcessIdentity.current.host)
    try live.line.write(toFile: SessionLock.path(for: session), atomically: true, encoding: .utf8)
    #expect(SessionLock.acquire(session) == live)
    #expect(!SessionLock.isMine(session))
    let files = GuardedFiles()
    #expect {
      try files.write(session, "{}")
    } throws: { error in
      (error as? PlanError)?.message.nl.contains("(pid 1, sinds ") == true
    }
    try SessionLock.takeOver(session)
    #expect(SessionLock.isMine(session))
    try files.write(session, "{}")
  }

  @Test func asksBeforeOverwritingAFileChangedOnDisk() throws {
    let session = directory + "/s.json"
    try "one".write(toFile: session, atomically: true, encoding: .utf8)
    let files = GuardedFiles()
    #expect(try files.read(session) == "one")
    try files.write(session, "two")
    try "someone else's".write(toFile: session, atomically: true, encoding: .utf8)
    #expect(throws: PlanError.self) { try files.write(session, "three") }
    #expect(files.changedOnDisk == session)
    #expect(try String(contentsOfFile: session, encoding: .utf8) == "someone else's")
    files.allowOverwrite.insert(session)
    try files.write(session, "three")
    #expect(files.changedOnDisk == nil)
    try files.write(session, "four")
  }

  @Test func setsAsideAutosavesUnderNumbersWithoutOverwriting() throws {
    let autosaver = Autosaver(stateDirectory: directory)
    let location = directory + "/s.json.autosave"
    for round in 1...3 {
      try "round \(round)\n".write(toFile: location, atomically: true, encoding: .utf8)
      let aside = autosaver.setAside(location)
      #expect(aside == location + (round == 1 ? ".old" : ".old.\(round)"))
    }
    #expect(try String(contentsOfFile: location + ".old", encoding: .utf8) == "round 1\n")
    #expect(try String(contentsOfFile: location + ".old.3", encoding: .utf8) == "round 3\n")
    #expect(!FileManager.default.fileExists(atPath: location))
  }

  @Test func namesTheUnsavedAutosaveAfterItsProcess() {
    let me = ProcessIdentity.current
    let autosaver = Autosaver(stateDirectory: directory)
    #expect(
      autosaver.location(for: nil) == directory + "/unsaved-\(me.pid)-\(me.started).autosave")
    #expect(autosaver.location(for: "a/s.json") == "a/s.json.autosave")
    #expect(autosaver.found(for: nil) == nil, "its own autosave is not a leftover")
  }

  @Test func keysTheLockAndAutosaveByTheFileAPathLeadsTo() throws {
    let real = directory + "/tgt/real.json"
    try FileManager.default.createDirectory(
      atPath: directory + "/tgt", withIntermediateDirectories: true)
    try "{}".write(toFile: real, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/link.json", withDestinationPath: "tgt/real.json")
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/dir", withDestinationPath: "tgt")
    let target = SessionLock.resolved(real)
    #expect(SessionLock.resolved(directory + "/link.json") == target)
    #expect(SessionLock.resolved(directory + "/dir/real.json") == target)
    #expect(
      SessionLock.resolved(directory + "/dir/new.json")
        == SessionLock.resolved(
          directory + "/tgt/new.json"), "a file not there yet: by its directory")
    #expect(SessionLock.path(for: directory + "/link.json") == target + ".lock")
    #expect(
      Autosaver(stateDirectory: directory).location(for: directory + "/link.json")
        == target + ".autosave")
    #expect(SessionLock.resolved("a/s.json") == "a/s.json", "a path that leads nowhere else")
  }
}
