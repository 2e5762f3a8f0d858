import CLibEdit

/// A script's answers, held until the steps they acknowledge are on disk: a script file's
/// steps reach the disk in groups, so its answers go out with them, a group's in one write.
/// What is printed is still on disk first, and a long script makes a write per group, not one
/// per command (150,000 system calls of a 100,000-phase script).
final class HeldAnswers {
  private var bytes: [UInt8] = []

  /// Holds an answer and its line break.
  ///
  /// - Complexity: O(n) in the text's UTF-8 bytes, amortised.
  func add(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
    bytes.append(0x0A)
  }

  /// Prints what is held: when the steps waiting are on disk, before an error, and at the end
  /// of the run.
  ///
  /// - Complexity: O(n) in the bytes held.
  func release() {
    guard !bytes.isEmpty else { return }
    bytes.withUnsafeBufferPointer { pw_write_out($0.baseAddress, $0.count) }
    bytes.removeAll(keepingCapacity: true)
  }
}
