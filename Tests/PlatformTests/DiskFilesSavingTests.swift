import Foundation
import PlanKit
import Platform
import Testing

/// Saving keeps what the user set up around a session: its mode, its links, a read-only flag,
/// and every other file in a shared directory.
struct DiskFilesSavingTests {
  let directory: String = {
    let path = NSTemporaryDirectory() + "planwerk-saving-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  func mode(_ path: String) -> mode_t {
    var info = stat()
    #expect(lstat(path, &info) == 0)
    return info.st_mode
  }

  func leftovers() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
  }

  @Test(arguments: [0o600, 0o640, 0o664] as [mode_t])
  func keepsTheModeOfTheFileItReplaces(_ kept: mode_t) throws {
    let path = directory + "/geheim.json"
    try DiskFiles().write(path, "old")
    #expect(chmod(path, kept) == 0)
    try DiskFiles().write(path, "new")
    #expect(mode(path) & 0o7777 == kept)
    #expect(try DiskFiles().read(path) == "new")
  }

  @Test func givesANewFileWhatTheUmaskAllows() throws {
    try DiskFiles().write(directory + "/nieuw.json", "x")
    // Read where the kernel shows it: setting it to learn it would race other tests.
    let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
    let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }!
    let umask = mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8)!
    #expect(mode(directory + "/nieuw.json") & 0o777 == 0o666 & ~umask)
  }

  @Test func writesThroughASymlinkChainAndKeepsTheLinks() throws {
    let files = DiskFiles()
    try FileManager.default.createDirectory(
      atPath: directory + "/echt", withIntermediateDirectories: true)
    try files.write(directory + "/echt/plan.json", "old")
    #expect(symlink("echt/plan.json", directory + "/link.json") == 0)
    #expect(symlink(directory + "/link.json", directory + "/link2.json") == 0)
    try files.write(directory + "/link2.json", "new")
    #expect(try files.read(directory + "/echt/plan.json") == "new")
    #expect(mode(directory + "/link.json") & S_IFMT == S_IFLNK)
    #expect(mode(directory + "/link2.json") & S_IFMT == S_IFLNK)
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: directory + "/link.json")
        == "echt/plan.json")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory + "/echt") == ["plan.json"])
  }

  @Test func makesTheFileADanglingSymlinkNames() throws {
    #expect(symlink("later.json", directory + "/link.json") == 0)
    try DiskFiles().write(directory + "/link.json", "new")
    #expect(try DiskFiles().read(directory + "/later.json") == "new")
    #expect(mode(directory + "/link.json") & S_IFMT == S_IFLNK)
  }

  @Test func rewritesAFileWithHardLinksInPlaceSoEveryNameSeesIt() throws {
    let files = DiskFiles()
    try files.write(directory + "/a.json", "old text")
    #expect(link(directory + "/a.json", directory + "/b.json") == 0)
    try files.write(directory + "/a.json", "new")
    #expect(try files.read(directory + "/b.json") == "new")
    var a = stat()
    var b = stat()
    #expect(stat(directory + "/a.json", &a) == 0 && stat(directory + "/b.json", &b) == 0)
    #expect(a.st_ino == b.st_ino && a.st_nlink == 2)
    #expect(try leftovers() == ["a.json", "b.json"])
  }

  @Test func refusesAReadOnlyFileAndLeavesItAlone() throws {
    let path = directory + "/alleen.json"
    try DiskFiles().write(path, "old")
    #expect(chmod(path, 0o444) == 0)
    // Also as root, who could write it: the owner's missing write bit is the user's word.
    do {
      try DiskFiles().write(path, "new")
      Issue.record("a read-only file was replaced")
    } catch {
      #expect(error.message.nl == "'\(path)' is alleen-lezen; bewaar onder een andere naam")
      #expect(error.message.en == "'\(path)' is read-only; save under another name")
    }
    #expect(try DiskFiles().read(path) == "old")
    #expect(mode(path) & 0o777 == 0o444)
    #expect(try leftovers() == ["alleen.json"])
  }

  @Test func neverOpensATakenTemporaryNameEvenASymlinkToAnotherFile() throws {
    let victim = directory + "/victim"
    try "root only".write(toFile: victim, atomically: false, encoding: .utf8)
    #expect(symlink(victim, directory + "/.planwerk-taken.tmp") == 0)
    let names = Names(["taken", "taken", "free"])
    let files = DiskFiles(temporaryName: names.next)
    try files.write(directory + "/plan.json", "session")
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "root only")
    #expect(mode(directory + "/.planwerk-taken.tmp") & S_IFMT == S_IFLNK)
    #expect(try files.read(directory + "/plan.json") == "session")
    #expect(try leftovers() == [".planwerk-taken.tmp", "plan.json", "victim"])
  }

  @Test func givesUpWhenEveryTemporaryNameIsTaken() throws {
    let victim = directory + "/victim"
    try "root only".write(toFile: victim, atomically: false, encoding: .utf8)
    #expect(symlink(victim, directory + "/.planwerk-taken.tmp") == 0)
    let files = DiskFiles(temporaryName: { "taken" })
    #expect(throws: PlanError.self) { try files.write(directory + "/plan.json", "session") }
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "root only")
    #expect(try leftovers() == [".planwerk-taken.tmp", "victim"])
  }

  @Test func makesRandomTemporaryNames() {
    let names = Set((0..<100).map { _ in DiskFiles.randomName() })
    #expect(names.count == 100 && names.allSatisfy { $0.count == 16 })
  }

  @Test func refusesToSaveASessionOntoAPipeADeviceOrADirectory() throws {
    let fifo = directory + "/pijp"
    #expect(mkfifo(fifo, 0o644) == 0)
    for path in [fifo, "/dev/null", "/dev/zero"] {
      do {
        try DiskFiles().write(path, "session")
        Issue.record("a session was saved onto \(path)")
      } catch {
        #expect(
          error.message.nl
            == "'\(path)' is geen gewoon bestand; bewaar in een gewoon bestand, zoals plan.json")
      }
    }
    #expect(mode(fifo) & S_IFMT == S_IFIFO)
    #expect(mode("/dev/null") & S_IFMT == S_IFCHR)
    do {
      try DiskFiles().write(directory, "session")
      Issue.record("a session was saved onto a directory")
    } catch {
      #expect(error.message.en == "'\(directory)' is a directory; name a file in it")
    }
  }
}

/// Temporary names handed out in turn, the last one again and again.
final class Names: @unchecked Sendable {
  private var names: [String]
  private let lock = NSLock()

  init(_ names: [String]) {
    self.names = names
  }

  func next() -> String {
    lock.withLock { names.count > 1 ? names.removeFirst() : names[0] }
  }
}
