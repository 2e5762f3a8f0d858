import Foundation
import PlanKit
import Platform
import Testing

struct DiskFilesTests {
  let directory: String = {
    let path = NSTemporaryDirectory() + "planwerk-tests-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  @Test func writesAndReadsAFile() throws {
    let files = DiskFiles()
    try files.write(directory + "/a.json", "{\"é\": 1}\n")
    #expect(try files.read(directory + "/a.json") == "{\"é\": 1}\n")
    try files.write(directory + "/a.json", "new")
    #expect(try files.read(directory + "/a.json") == "new")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory)
    #expect(leftovers == ["a.json"], "the temporary file must be renamed away")
  }

  @Test func failsWithAMessageInAMissingDirectory() {
    do {
      try DiskFiles().write(directory + "/missing/a.json", "x")
      Issue.record("write into a missing directory succeeded")
    } catch {
      #expect(error.message.nl.contains("bestaat niet"))
      #expect(error.message.nl.contains("staat nog in het geheugen"))
    }
  }

  @Test func keepsTheOldFileWhenWritingFails() throws {
    let files = DiskFiles()
    try files.write(directory + "/keep.json", "old")
    chmod(directory, 0o500)
    defer { chmod(directory, 0o700) }
    if getuid() != 0 {
      #expect(throws: PlanError.self) { try files.write(directory + "/keep.json", "new") }
    }
    #expect(try files.read(directory + "/keep.json") == "old" || getuid() == 0)
  }

  @Test func refusesWhatIsNotATextFile() throws {
    #expect(throws: PlanError.self) { try DiskFiles().read(directory) }
    #expect(throws: PlanError.self) { try DiskFiles().read(directory + "/nothing.json") }
    #expect(
      FileManager.default.createFile(
        atPath: directory + "/bin", contents: Data([0xFF, 0xFE, 0x00])))
    #expect(throws: PlanError.self) { try DiskFiles().read(directory + "/bin") }
  }

  @Test func listsADirectoryForCompletion() throws {
    try DiskFiles().write(directory + "/b.json", "x")
    try FileManager.default.createDirectory(
      atPath: directory + "/sub", withIntermediateDirectories: true)
    #expect(DiskFiles().list(directory) == ["b.json", "sub/"])
  }
}
