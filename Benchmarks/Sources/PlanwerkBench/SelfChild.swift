import Foundation

/// One measurement run by this program in a child process of its own, so that its peak
/// memory (VmHWM) is its own, and killed when it runs past its budget. The child writes JSON
/// lines to its standard output: progress now and then, its result last.
enum SelfChild {
  /// What a budgeted child left: its result, or how far it got when it was killed.
  struct Budgeted<Result: Codable>: Codable {
    /// The size asked for (phases, steps), so that a row over budget still says which it is.
    var size: Int
    var result: Result?
    var overBudget: OverBudget?
    /// What a child over budget had measured by then, when it reports as it goes.
    var partial: Result?
  }

  struct OverBudget: Codable {
    let budgetSeconds: Double
    /// Peak resident memory when it was killed (the kernel's accounting, wait4).
    let peakBytes: Int
    let progress: Progress?

    /// "over budget (>120 s), 9,000 of 15,001 commands".
    var text: String {
      "over budget (>\(Int(budgetSeconds)) s)"
        + (progress.map { ", \(Format.grouped($0.done)) of \(Format.grouped($0.of)) commands" }
          ?? "")
    }
  }

  static func run<Result: Codable>(
    _ type: Result.Type, size: Int, _ arguments: [String], budget: Double
  ) throws -> Budgeted<Result> {
    let scratch = try Scratch("child")
    defer { scratch.remove() }
    let output = scratch.path + "/output"
    // The child's own scratch goes under this one: a child killed over its budget cannot
    // remove its sessions and autosaves itself.
    let run = try ChildProcess.run(
      CommandLine.arguments[0], arguments, quiet: false, output: output, budget: budget,
      environment: ["TMPDIR": scratch.path])
    let lines =
      (try? String(contentsOfFile: output, encoding: .utf8))?.split(separator: "\n")
      .map { Data($0.utf8) } ?? []
    let decoder = JSONDecoder()
    guard run.overBudget else {
      guard let last = lines.last, let result = try? decoder.decode(Result.self, from: last)
      else { throw ChildProcess.Failure.exit(arguments.joined(separator: " "), run.status) }
      return Budgeted(size: size, result: result)
    }
    // The kill may have torn the last line: the last whole one of each kind counts.
    func last<Line: Decodable>(_ kind: Line.Type) -> Line? {
      lines.reversed().lazy.compactMap { try? decoder.decode(kind, from: $0) }.first
    }
    return Budgeted(
      size: size,
      overBudget: OverBudget(
        budgetSeconds: budget, peakBytes: run.peakBytes, progress: last(Progress.self)),
      partial: last(Result.self))
  }

  /// Writes one JSON line to the output and flushes it.
  static func emit(_ value: some Encodable) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    print(String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self))
    fflush(nil)
  }
}
