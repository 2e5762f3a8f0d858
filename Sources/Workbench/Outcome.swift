/// What one command line produced: text for the screen, and what the shell should do next.
public struct Outcome: Equatable, Sendable {
  public var text: String
  public var failed: Bool
  public var quit: Bool
  /// The part of `text` that must reach the user even where a command's answer is not shown,
  /// as when a session opens at start-up: the file's journal did not lead to its plan.
  public var notice: String

  public init(text: String = "", failed: Bool = false, quit: Bool = false, notice: String = "") {
    self.text = text
    self.failed = failed
    self.quit = quit
    self.notice = notice
  }
}
