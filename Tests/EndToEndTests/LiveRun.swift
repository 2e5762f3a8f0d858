import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The built binary kept running on a pipe, so that a second one can meet it: each line is
/// answered before `send` returns.
final class LiveRun {
  let process = Process()
  let stdin = Pipe()
  let stdout = Pipe()
  let stderr = Pipe()
  private var seen = ""
  private var markers = 0

  init(_ arguments: [String] = [], directory: String, state: String) throws {
    process.executableURL = URL(fileURLWithPath: Binary.path)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = Binary.environment(state: state)
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
  }

  var pid: Int32 { process.processIdentifier }

  /// Sends `line` and waits until it is answered (a `vandaag` after it answers in turn).
  func send(_ line: String) {
    stdin.fileHandleForWriting.write((line + "\nvandaag\n").data(using: .utf8)!)
    markers += 1
    let deadline = Date().addingTimeInterval(10)
    while seen.components(separatedBy: "Vandaag is").count <= markers && Date() < deadline {
      seen += String(decoding: stdout.fileHandleForReading.availableData, as: UTF8.self)
    }
  }

  /// Ends standard input and waits: what it wrote to standard error, and its status.
  func finish() -> (errors: String, status: Int32) {
    try? stdin.fileHandleForWriting.close()
    let deadline = Date().addingTimeInterval(10)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    if process.isRunning {
      Issue.record("pid \(pid) did not end at the end of its input")
      Glibc.kill(pid, SIGKILL)
    }
    let errors = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: errors, as: UTF8.self), process.terminationStatus)
  }

  /// Kills it with SIGKILL: what it wrote to standard error until then.
  @discardableResult
  func kill() -> String {
    Glibc.kill(pid, SIGKILL)
    process.waitUntilExit()
    try? stdin.fileHandleForWriting.close()
    return String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  }
}
