/// The command line as flags with values (`--budget 60`), read where they are needed.
struct Flags {
  let arguments: [String]

  init(_ arguments: [String]) { self.arguments = arguments }

  func has(_ flag: String) -> Bool { arguments.contains(flag) }

  func value(_ flag: String) -> String? {
    arguments.firstIndex(of: flag).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
  }

  func int(_ flag: String) -> Int? { value(flag).flatMap { Int($0) } }

  func double(_ flag: String) -> Double? { value(flag).flatMap { Double($0) } }

  /// A comma-separated list of sizes (`--typed-phases 1000,10000`).
  func ints(_ flag: String) -> [Int]? {
    value(flag).map { $0.split(separator: ",").compactMap { Int($0) } }
  }

  /// The sections of `make bench` to run (`--sections typed,commands`); all when not given.
  func runs(_ section: String) -> Bool {
    value("--sections").map { $0.split(separator: ",").contains { $0 == section } } ?? true
  }
}
