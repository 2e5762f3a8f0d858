/// What one command line produced: text for the screen, and what the shell should do next.
public struct Outcome: Equatable, Sendable {
  public var text: String
  public var failed: Bool
  public var quit: Bool

  public init(text: String = "", failed: Bool = false, quit: Bool = false) {
    self.text = text
    self.failed = failed
    self.quit = quit
  }
}
