import CLibEdit

#if canImport(Glibc)
  import Glibc
#endif

/// Writing to standard error, which Swift 6 sees as shared C state, and what the terminal is.
enum Terminal {
  /// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
  static var wantsColour: Bool {
    pw_stdout_is_terminal() == 1 && getenv("NO_COLOR") == nil
  }

  /// Whether standard output is a terminal, where escape codes do what they say.
  static var isTerminal: Bool { pw_stdout_is_terminal() == 1 }

  /// The terminal's width, else $COLUMNS, else 80.
  static var width: Int {
    let columns = Int(pw_terminal_width())
    if columns >= 40 { return columns }
    if let text = getenv("COLUMNS"), let value = Int(String(cString: text)), value >= 40 {
      return value
    }
    return 80
  }

  /// Prints a line to standard output as `print` does, in one system call.
  ///
  /// - Complexity: O(n) in the text's UTF-8 bytes.
  static func printLine(_ text: String) {
    var text = text
    text.withUTF8 { pw_print_line($0.baseAddress, $0.count) }
  }

  static func printError(_ text: String) {
    pw_print_error(text + "\n")
  }
}
