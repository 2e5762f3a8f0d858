import CLibEdit

/// Writing to standard error, which Swift 6 sees as shared C state.
enum Terminal {
  static func printError(_ text: String) {
    pw_print_error(text + "\n")
  }
}
