import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the built `planwerk` binary as a user would.
enum Binary {
  static let root = String(#filePath.split(separator: "/Tests/")[0])
  static let path =
    ProcessInfo.processInfo.environment["PLANWERK_BIN"] ?? root + "/.build/debug/planwerk"

  struct Result {
    var output: String
    var errors: String
    var status: Int32
  }

  /// The environment of a test run: its own history file and autosave directory.
  static func environment(state: String? = nil) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["PLANWERK_HISTORY"] = NSTemporaryDirectory() + "planwerk-e2e-history"
    environment["PLANWERK_STATE"] =
      state ?? NSTemporaryDirectory() + "planwerk-e2e-state-\(UUID().uuidString)"
    return environment
  }

  /// With `merged`, standard error goes where standard output goes, as a terminal or a log
  /// sees both, and `output` holds them in the order they were written.
  static func run(
    _ arguments: [String], input: String = "", directory: String? = nil, state: String? = nil,
    merged: Bool = false
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    process.environment = environment(state: state)
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = merged ? stdout : stderr
    try process.run()
    if merged { try stderr.fileHandleForWriting.close() }
    stdin.fileHandleForWriting.write(input.data(using: .utf8)!)
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self),
      status: process.terminationStatus)
  }

  /// Feeds `lines` one by one, waiting for each answer, then sends `inFlight` (when given)
  /// and kills the process with SIGKILL without waiting for its answer.
  static func killAfterAnswers(
    _ lines: [String], inFlight: String? = nil, arguments: [String] = [], directory: String,
    state: String
  ) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = environment(state: state)
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    var seen = ""
    var markers = 0
    for line in lines {
      // Every command here answers; the marker `vandaag` shows that the line before it was
      // answered (a `vandaag` line of the session answers the same way).
      stdin.fileHandleForWriting.write((line + "\nvandaag\n").data(using: .utf8)!)
      markers += line.hasPrefix("vandaag") ? 2 : 1
      let deadline = Date().addingTimeInterval(10)
      while seen.components(separatedBy: "Vandaag is").count <= markers && Date() < deadline {
        seen += String(decoding: stdout.fileHandleForReading.availableData, as: UTF8.self)
      }
    }
    if let inFlight { stdin.fileHandleForWriting.write((inFlight + "\n").data(using: .utf8)!) }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
  }

  /// Saves a plan of one lot as `s.json` in `directory`, as a user would.
  static func saveSession(titled title: String, in directory: String, state: String) throws {
    let saved = try run(
      [], input: "nieuw \"\(title)\"\nperceel r1 \"Route 1\"\nbewaar s.json\n",
      directory: directory, state: state)
    #expect(saved.status == 0, "\(saved.errors)")
  }

  static func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "planwerk-e2e-\(UUID().uuidString)"
    try FileManager.default.createDirectory(
      atPath: path + "/sessions", withIntermediateDirectories: true)
    return path
  }
}
