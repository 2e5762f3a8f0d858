import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program to its end and reports its wall time and its peak resident memory, read
/// from the kernel's own accounting of the child (wait4), so that both tools are measured the
/// same way.
enum ChildProcess {
  struct Run {
    let seconds: Double
    let peakBytes: Int
    let status: Int32
    /// Killed when its budget ran out: its time is the budget, its peak what it had reached.
    var overBudget = false
  }

  enum Failure: Error, CustomStringConvertible {
    case spawn(String, Int32)
    case exit(String, Int32)

    var description: String {
      switch self {
      case .spawn(let path, let code): return "could not start \(path) (errno \(code))"
      case .exit(let command, let status): return "\(command) exited with status \(status)"
      }
    }
  }

  /// - Parameters:
  ///   - output: a file for the program's standard output (else /dev/null when quiet).
  ///   - budget: seconds after which the program is killed, and the run marked over budget
  ///     rather than failed: a quadratic core must not hang the whole benchmark.
  ///   - environment: variables set for the program, over this process's own.
  static func run(
    _ path: String, _ arguments: [String], quiet: Bool = true, output: String? = nil,
    budget: Double? = nil, environment: [String: String] = [:]
  ) throws -> Run {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if let output {
      posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    } else if quiet {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    if quiet { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for arg in argv { free(arg) } }
    let envp = variables(environment).map { strdup($0) } + [nil]
    defer { for variable in envp { free(variable) } }
    var pid: pid_t = 0
    let clock = ContinuousClock()
    let start = clock.now
    let code = posix_spawn(&pid, path, &actions, nil, argv, envp)
    guard code == 0 else { throw Failure.spawn(path, code) }
    let killer = budget.map { Killer(pid: pid, after: $0) }
    // Waited for without reaping first, so that the killer never signals a reused pid.
    var info = siginfo_t()
    while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR {}
    let killed = killer?.stand() ?? false
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let elapsed = clock.now - start
    let exit = (status >> 8) & 0xff
    guard killed || (status & 0x7f == 0 && exit == 0) else {
      throw Failure.exit(([path] + arguments).joined(separator: " "), status)
    }
    return Run(
      seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
      peakBytes: Int(usage.ru_maxrss) * 1024, status: exit, overBudget: killed)
  }

  /// This process's environment as `NAME=value` lines, with `overrides` in place.
  static func variables(_ overrides: [String: String]) -> [String] {
    var lines: [String] = []
    var entry = environ
    while let pointer = entry.pointee {
      let line = String(cString: pointer)
      let name = line.prefix { $0 != "=" }
      if overrides[String(name)] == nil { lines.append(line) }
      entry += 1
    }
    return lines + overrides.map { "\($0.key)=\($0.value)" }.sorted()
  }

  /// Kills a child once its budget is spent, unless told to stand down first.
  final class Killer: @unchecked Sendable {
    // Guarded by `lock`: the timer's thread and the waiting one both touch it.
    private let lock = NSLock()
    private var done = false
    private var fired = false

    init(pid: pid_t, after seconds: Double) {
      DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
        lock.withLock {
          guard !done else { return }
          fired = true
          kill(pid, SIGKILL)
        }
      }
    }

    /// Stops the timer; true when it had already killed the child.
    func stand() -> Bool {
      lock.withLock {
        done = true
        return fired
      }
    }
  }

  /// The full path of a program on PATH.
  static func find(_ name: String) -> String? {
    if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }
}
