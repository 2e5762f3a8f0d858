import Foundation
import PlanKit
import Platform
import TestSupport
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

  @Test func keepsTheOldFileWhenTheDirectoryIsReadOnly() throws {
    let files = DiskFiles()
    let place = try ReadOnlyDirectory(at: directory + "/alleen-lezen")
    defer { place.release() }
    try files.write(place.path + "/keep.json", "old")
    #expect(place.seal())
    do {
      try files.write(place.path + "/keep.json", "new")
      Issue.record("writing into a read-only directory succeeded")
    } catch {
      #expect(error.message.nl.contains("staat nog in het geheugen"), "\(error.message.nl)")
    }
    #expect(try files.read(place.path + "/keep.json") == "old")
  }

  @Test func keepsTheOldFileWhenTheDiskIsFull() throws {
    guard let tmpfs = Tmpfs.mountOrSkip(at: directory + "/full", size: "64k") else { return }
    defer { tmpfs.unmount() }
    let disk = tmpfs.path
    let files = DiskFiles()
    try files.write(disk + "/keep.json", "old")
    do {
      try files.write(disk + "/keep.json", String(repeating: "x", count: 1_000_000))
      Issue.record("writing a megabyte onto a 64 kB disk succeeded")
    } catch {
      #expect(error.message.nl.contains("staat nog in het geheugen"), "\(error.message.nl)")
    }
    #expect(try files.read(disk + "/keep.json") == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: disk) == ["keep.json"])
  }

  @Test(arguments: [1000, 3_000_000])
  func lendsTheBytesOfSmallAndLargeFiles(_ size: Int) throws {
    let text = String(repeating: "é", count: size / 2)
    try DiskFiles().write(directory + "/groot.json", text)
    let (count, same) = try DiskFiles().withBytes(of: directory + "/groot.json") { bytes in
      (bytes.count, bytes.elementsEqual(text.utf8))
    }
    #expect(count == text.utf8.count && same)
    // Cut in the middle of an é, the file is no longer UTF-8 text.
    #expect(
      FileManager.default.createFile(
        atPath: directory + "/kapot.json", contents: Data(text.utf8.dropLast())))
    do {
      try DiskFiles().withBytes(of: directory + "/kapot.json") { _ in }
      Issue.record("a file cut in the middle of a character was lent")
    } catch {
      #expect(error.message.nl.contains("geen UTF-8"), "\(error.message.nl)")
    }
  }

  @Test func readsAFileLongerThanItsSizeSaid() throws {
    // The kernel gives /proc files a size of zero: the first read finds more and reads on.
    let text = try DiskFiles().read("/proc/self/status")
    #expect(text.hasPrefix("Name:") && text.contains("VmRSS"))
  }

  @Test func refusesWhatIsNotATextFile() throws {
    #expect(throws: PlanError.self) { try DiskFiles().read(directory) }
    #expect(throws: PlanError.self) { try DiskFiles().read(directory + "/nothing.json") }
    #expect(
      FileManager.default.createFile(
        atPath: directory + "/bin", contents: Data([0xFF, 0xFE, 0x00])))
    #expect(throws: PlanError.self) { try DiskFiles().read(directory + "/bin") }
    // Refused at once, not after waiting for someone to write into it.
    #expect(mkfifo(directory + "/pijp", 0o600) == 0)
    #expect(throws: PlanError.self) { try DiskFiles().read(directory + "/pijp") }
  }

  @Test func listsADirectoryForCompletion() throws {
    try DiskFiles().write(directory + "/b.json", "x")
    try FileManager.default.createDirectory(
      atPath: directory + "/sub", withIntermediateDirectories: true)
    #expect(DiskFiles().list(directory) == ["b.json", "sub/"])
  }
}
