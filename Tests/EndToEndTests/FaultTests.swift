import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real binary under faults: killed at random points of a long session, and given
/// damaged and oversized session files.
@Suite(.serialized)
struct FaultTests {
  /// A long session that touches every kind of change, undo and redo among them.
  static let session: [String] = {
    var lines = ["vandaag 1 april 2022", "nieuw \"Storing\""]
    for r in 1...5 {
      lines += [
        "perceel r\(r) \"Route \(r)\"",
        "fase r\(r).voorbereiding van \(r) mei 2022 tot 1 sept. 2022",
        "fase r\(r).inkoop na r\(r).voorbereiding duur \(6 + r) maanden",
        "mijlpaal r\(r).gunning na r\(r).inkoop",
        "fase r\(r).implementatie na r\(r).gunning duur 20 werkdagen",
      ]
    }
    lines += [
      "verschuif r1.voorbereiding 2 weken", "ongedaan", "opnieuw", "koppel r2.inkoop na r1.inkoop",
      "wijzig r3.gunning uiterlijk 1 juni 2023", "vrij 27 dec. 2022 tot 2 jan. 2023",
      "verschuif r4 -1 maand alleen", "verwijder r5.implementatie", "ongedaan",
      "hernoem r5 jeugd", "kalender atw", "procedure r3 openbaar vanaf 1 okt. 2022",
    ]
    return lines
  }()

  /// The plan after the first `count` commands, as `export json` writes it.
  func reference(_ count: Int, in directory: String) throws -> String {
    let script = Self.session.prefix(count) + ["export json ref-\(count).json"]
    let run = try Binary.run(
      [], input: script.joined(separator: "\n") + "\n", directory: directory,
      state: directory + "/ref-state")
    #expect(run.status == 0, "\(run.errors)")
    return try String(contentsOfFile: directory + "/ref-\(count).json", encoding: .utf8)
  }

  @Test func recoversEveryAnsweredCommandAfterKillsAtRandomPoints() throws {
    var generator = SystemRandomNumberGenerator()
    let points = (0..<4).map { _ in Int.random(in: 3..<Self.session.count, using: &generator) }
    for answered in points {
      let directory = try Binary.temporaryDirectory()
      let state = directory + "/state"
      try Binary.killAfterAnswers(
        Array(Self.session.prefix(answered)), inFlight: Self.session[answered],
        directory: directory, state: state)
      let recovered = try Binary.run(
        ["--recover", "-c", "export json recovered.json"], directory: directory, state: state)
      #expect(recovered.status == 0, "killed after \(answered): \(recovered.errors)")
      let plan = try String(contentsOfFile: directory + "/recovered.json", encoding: .utf8)
      // Everything answered is back; the command in flight may or may not have made it.
      let candidates = [
        try reference(answered, in: directory), try reference(answered + 1, in: directory),
      ]
      #expect(
        candidates.contains(plan),
        "killed after \(answered) answered commands")
    }
  }

  /// The largest peak memory of any child this process has waited for.
  /// The peak memory of one run of the binary alone, measured by a small Python parent with
  /// wait4: a child of the test process itself starts out sharing the test process's memory
  /// (vfork), and the kernel counts that in the child's peak.
  func peakBytes(_ arguments: [String]) throws -> Int {
    let script = """
      import os, subprocess, sys
      child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
      _, _, usage = os.wait4(child.pid, 0)
      print(usage.ru_maxrss)
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, Binary.path] + arguments
    process.environment = Binary.environment()
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let kilobytes = Int(
      String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    return try #require(kilobytes) * 1024
  }

  @Test func refusesAHundredMegabyteFileQuicklyWithoutReadingIt() throws {
    let directory = try Binary.temporaryDirectory()
    let path = directory + "/groot.json"
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.write(contentsOf: Data("{\"version\": 3, \"plan\": {\"title\": \"".utf8))
    // Sparse: the size is refused before a byte of it is read.
    try handle.truncate(atOffset: 600 << 20)
    try handle.close()
    let clock = ContinuousClock()
    var run: Binary.Result?
    let elapsed = try clock.measure {
      run = try Binary.run(["groot.json", "-c", "lijst"], directory: directory)
    }
    #expect(run?.status == 1)
    #expect(run?.errors.contains("'groot.json' is te groot voor een sessie (600 MB)") == true)
    #expect(elapsed < .seconds(5))
    #expect(try peakBytes([path, "-c", "lijst"]) < 100 << 20, "it did not read the file whole")
  }

  /// Cut short, the JSON breaks off and the file is refused; with a letter flipped in the
  /// journal, the plan opens as saved and the journal's damage is said.
  @Test func refusesABrokenFileAndOpensTheSavedPlanPastABrokenJournal() throws {
    let directory = try Binary.temporaryDirectory()
    let original = try String(
      contentsOfFile: Binary.root + "/sessions/002-routes.json", encoding: .utf8)
    let bytes = Array(original.utf8)
    let cut = Data(bytes[..<(bytes.count / 2)])
    // A letter flipped in the journal's command that makes route 3's preparation.
    let command = Array("\"command\": \"fase r3.voorbereiding".utf8)
    let at = (0..<bytes.count).first { bytes[$0...].starts(with: command) }! + command.count - 3
    var flipped = bytes
    flipped[at] ^= 0x20
    flipped[at + 1] = UInt8(ascii: "{")
    try cut.write(to: URL(fileURLWithPath: directory + "/kort.json"))
    try Data(flipped).write(to: URL(fileURLWithPath: directory + "/omgevallen.json"))
    let clock = ContinuousClock()
    var run: Binary.Result?
    let elapsed = try clock.measure {
      run = try Binary.run(["kort.json", "-c", "lijst"], directory: directory)
    }
    #expect(run?.status == 1)
    #expect(run?.errors.contains("kort.json: geen geldige JSON (regel") == true)
    #expect(run?.output.isEmpty == true, "nothing is listed from a refused file")
    #expect(elapsed < .seconds(5))
    // Its recorded effects still lead to the saved plan, which opens as it was saved; the
    // replay that `herhaal` makes finds the broken step.
    let opened = try Binary.run(["omgevallen.json", "-c", "lijst"], directory: directory)
    #expect(opened.status == 0, "\(opened.errors)")
    #expect(opened.output.contains("r3.voorbereiding    1 mei 2022 – 1 sept. 2022"))
    let replayed = try Binary.run(["-c", "herhaal omgevallen.json"], directory: directory)
    #expect(
      replayed.output.contains("de herhaling van omgevallen.json wijkt af: stap 14"),
      "\(replayed.output) \(replayed.errors)")
  }

  /// Saves a session into `place`, lets `spoil` make saving there fail, then changes the
  /// plan and saves again: the save is refused, the old file is untouched and nothing else
  /// is left beside it, and the changed plan is still there to be saved elsewhere.
  func checkFailedSave(in place: String, spoil: () throws -> Void, says reason: String) throws {
    let directory = try Binary.temporaryDirectory()
    let first = try Binary.run(
      [], input: "nieuw \"Vol\"\nperceel r1 \"Route 1\"\nbewaar \(place)/plan.json\n",
      directory: directory)
    #expect(first.status == 0, "\(first.errors)")
    let old = try Data(contentsOf: URL(fileURLWithPath: place + "/plan.json"))
    try spoil()
    let before = try FileManager.default.contentsOfDirectory(atPath: place).sorted()
    let long = String(repeating: "lang ", count: 4000)
    let second = try Binary.run(
      [place + "/plan.json"],
      input: "perceel r2 \"\(long)\"\nbewaar\nexport json \(directory)/na.json\n",
      directory: directory)
    #expect(second.status == 1, "the failed save counts as a failure")
    #expect(second.errors.contains(reason), "\(second.errors)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: place + "/plan.json")) == old)
    #expect(try FileManager.default.contentsOfDirectory(atPath: place).sorted() == before)
    let after = try String(contentsOfFile: directory + "/na.json", encoding: .utf8)
    #expect(after.contains("\"r2\"") && after.contains(long), "the change is still in the plan")
  }

  @Test func keepsTheOldFileAndThePlanWhenTheDiskIsFull() throws {
    guard let tmpfs = Tmpfs.mountOrSkip(at: try Binary.temporaryDirectory() + "/vol", size: "64k")
    else { return }
    defer { tmpfs.unmount() }
    let disk = tmpfs.path
    try checkFailedSave(
      in: disk,
      spoil: {
        // Fill what is left, a page at a time, until the disk says no.
        #expect(FileManager.default.createFile(atPath: disk + "/vulsel", contents: nil))
        let filler = try #require(FileHandle(forWritingAtPath: disk + "/vulsel"))
        while (try? filler.write(contentsOf: Data(count: 4096))) != nil {}
        try? filler.close()
      }, says: "staat nog in het geheugen")
  }

  @Test func keepsTheOldFileAndThePlanWhenTheDirectoryIsReadOnly() throws {
    let place = try ReadOnlyDirectory(at: try Binary.temporaryDirectory() + "/alleen-lezen")
    defer { place.release() }
    try checkFailedSave(
      in: place.path, spoil: { #expect(place.seal()) }, says: "staat nog in het geheugen")
  }
}
