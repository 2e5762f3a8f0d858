import Foundation
import PlanKit
import Platform
import Testing

/// Exports go into files, pipes and terminals, and never replace a directory or a device.
struct DiskFilesExportTests {
  let directory: String = {
    let path = NSTemporaryDirectory() + "planwerk-export-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  func kind(_ path: String) -> mode_t {
    var info = stat()
    #expect(lstat(path, &info) == 0)
    return info.st_mode & S_IFMT
  }

  /// Reads a FIFO to its end on another thread, as `cat pijp` would.
  final class Reader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ path: String, closingAtOnce: Bool = false) {
      Thread.detachNewThread { [self] in
        let fd = open(path, O_RDONLY)
        if !closingAtOnce, fd >= 0 {
          data = FileHandle(fileDescriptor: fd, closeOnDealloc: false).readDataToEndOfFile()
        }
        close(fd)
        done.signal()
      }
    }

    func text() -> String {
      done.wait()
      return String(decoding: data, as: UTF8.self)
    }
  }

  @Test func streamsIntoAPipeAndLeavesItAPipe() throws {
    let fifo = directory + "/pijp"
    #expect(mkfifo(fifo, 0o600) == 0)
    let reader = Reader(fifo)
    let csv = String(repeating: "r1;voorbereiding;2022-05-01\n", count: 10_000)
    try DiskFiles().export(fifo, csv)
    #expect(reader.text() == csv)
    #expect(kind(fifo) == S_IFIFO)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["pijp"])
  }

  @Test func saysSoWhenThePipesReaderGoesAwayInsteadOfDying() throws {
    let fifo = directory + "/pijp"
    #expect(mkfifo(fifo, 0o600) == 0)
    let reader = Reader(fifo, closingAtOnce: true)
    // More than a pipe holds, so the write is still under way when the reader is gone.
    do {
      try DiskFiles().export(fifo, String(repeating: "x", count: 1 << 20))
      Issue.record("a megabyte went into a pipe nobody read")
    } catch {
      #expect(error.message.nl.contains("niemand leest meer"), "\(error.message.nl)")
      #expect(error.message.nl.contains("er is niets geëxporteerd"))
    }
    _ = reader.text()
  }

  @Test func writesIntoADescriptorItIsGivenByName() throws {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    try DiskFiles().export("/dev/fd/\(ends[1])", "BEGIN:VCALENDAR\n")
    close(ends[1])
    let data = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true).readDataToEndOfFile()
    #expect(String(decoding: data, as: UTF8.self) == "BEGIN:VCALENDAR\n")
  }

  @Test func writesIntoDevNullAndAFileThroughASymlink() throws {
    try DiskFiles().export("/dev/null", "weg")
    try DiskFiles().write(directory + "/plan.csv", "old")
    #expect(symlink("plan.csv", directory + "/link.csv") == 0)
    try DiskFiles().export(directory + "/link.csv", "new")
    #expect(try DiskFiles().read(directory + "/plan.csv") == "new")
    #expect(kind(directory + "/link.csv") == S_IFLNK)
  }

  @Test func refusesAReadOnlyFileAndKeepsItsText() throws {
    let path = directory + "/agenda.md"
    try DiskFiles().export(path, "old")
    #expect(chmod(path, 0o444) == 0)
    do {
      try DiskFiles().export(path, "new")
      Issue.record("an export replaced a read-only file")
    } catch {
      #expect(error.message.nl == "'\(path)' is alleen-lezen; exporteer naar een andere naam")
    }
    #expect(try DiskFiles().read(path) == "old")
  }

  @Test func refusesADirectoryAndDevicesThatAreNotStreams() throws {
    do {
      try DiskFiles().export(directory, "x")
      Issue.record("an export replaced a directory")
    } catch {
      #expect(error.message.nl == "'\(directory)' is een map; geef de naam van een bestand erin")
    }
    // A character device that is neither /dev/null nor a terminal is no reader of text.
    do {
      try DiskFiles().export("/dev/zero", "x")
      Issue.record("an export went into /dev/zero")
    } catch {
      #expect(
        error.message.en
          == "'/dev/zero' is a device, not a file; export to a file, a pipe or /dev/stdout")
    }
  }

  @Test func leavesADeviceNodeInPlaceEvenForRoot() throws {
    guard getuid() == 0 else {
      print("skipped: only root can make device nodes")
      return
    }
    // Made, never opened: a disk (loop0) and /dev/zero's numbers under names of our own.
    let disk = directory + "/schijf"
    let zero = directory + "/nul"
    #expect(mknod(disk, S_IFBLK | 0o600, (7 << 8) | 0) == 0)
    #expect(mknod(zero, S_IFCHR | 0o600, (1 << 8) | 5) == 0)
    for node in [disk, zero] {
      #expect(throws: PlanError.self) { try DiskFiles().export(node, "x") }
      #expect(throws: PlanError.self) { try DiskFiles().write(node, "x") }
    }
    #expect(kind(disk) == S_IFBLK && kind(zero) == S_IFCHR)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["nul", "schijf"])
  }
}
