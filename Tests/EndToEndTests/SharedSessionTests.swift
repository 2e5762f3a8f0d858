import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A session that a team shares: saved by another user than its owner, it keeps its owner.
struct SharedSessionTests {
  @Test func keepsTheOwnerOfASessionAnotherUserSaves() throws {
    guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
      print("skipped: saving as another user needs root and setpriv")
      return
    }
    let directory = try Binary.temporaryDirectory()
    #expect(chmod(directory, 0o777) == 0)
    let created = try Binary.run(
      ["-c", "nieuw Gedeeld", "-c", "perceel r1 x", "-c", "bewaar gedeeld.json"],
      directory: directory)
    #expect(created.status == 0, "\(created.errors)")
    let session = directory + "/gedeeld.json"
    let nobody: gid_t = 65534
    #expect(chown(session, 0, nobody) == 0 && chmod(session, 0o664) == 0)

    // User nobody, in the file's group, may write the file but could not give a new file
    // root as its owner: the session is rewritten where it is.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
    process.arguments = [
      "--reuid=65534", "--regid=65534", "--clear-groups", Binary.path, "gedeeld.json", "-c",
      "perceel r2 y", "-c", "bewaar",
    ]
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = Binary.environment(state: directory + "/state")
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let said = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(String(decoding: said, as: UTF8.self))")

    var info = stat()
    #expect(stat(session, &info) == 0)
    #expect(info.st_uid == 0 && info.st_gid == nobody && info.st_mode & 0o777 == 0o664)
    #expect(try String(contentsOfFile: session, encoding: .utf8).contains("\"id\": \"r2\""))
    let left = try FileManager.default.contentsOfDirectory(atPath: directory)
    #expect(!left.contains { $0.hasPrefix(".planwerk-") }, "\(left)")
  }
}
