import Foundation

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

  static func run(
    _ arguments: [String], input: String = "", directory: String? = nil, state: String? = nil
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
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(input.data(using: .utf8)!)
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self),
      status: process.terminationStatus)
  }

  static func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "planwerk-e2e-\(UUID().uuidString)"
    try FileManager.default.createDirectory(
      atPath: path + "/sessions", withIntermediateDirectories: true)
    return path
  }
}
