import Foundation
import Testing

/// The real terminal path: planwerk under tmux, typed at with send-keys, read with capture-pane.
@Suite(.serialized)
struct TerminalTests {
  let server = "planwerk-test-\(getpid())"
  let history = NSTemporaryDirectory() + "planwerk-tmux-history-\(UUID().uuidString)"

  /// Runs tmux through the shell: Foundation's Process does not reap the tmux client on Linux.
  @discardableResult
  func tmux(_ arguments: [String]) throws -> (String, Int32) {
    let output = NSTemporaryDirectory() + "\(server)-out"
    let quoted = (["tmux", "-L", server] + arguments).map {
      "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
    let status = system(quoted.joined(separator: " ") + " > '\(output)' 2>&1 < /dev/null")
    let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    return (text, status)
  }

  /// Stops the tmux server and waits until it no longer answers: a new session asked of a
  /// server still going away goes down with it.
  func stopServer() {
    _ = try? tmux(["kill-server"])
    for _ in 0..<100 where (try? tmux(["list-sessions"]).1) == 0 { usleep(20_000) }
  }

  func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "t"]).0 }

  /// Waits until the screen satisfies `condition`, and returns it.
  func waitFor(_ what: String, _ condition: (String) -> Bool) throws -> String {
    for _ in 0..<100 {
      let text = try screen()
      if condition(text) { return text }
      usleep(50_000)
    }
    let text = try screen()
    Issue.record("timed out waiting for \(what); screen:\n\(text)")
    return text
  }

  func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", "t"] + keys) }

  func lastLine(_ text: String) -> String {
    text.split(separator: "\n").last.map(String.init) ?? ""
  }

  @Test func editsCompletesRecallsAndQuitsInARealTerminal() throws {
    let command =
      "env -u NO_COLOR LANG=C.UTF-8 PLANWERK_HISTORY=\(history) PLANWERK_STATE=\(history)-state \(Binary.path)"
    try tmux(["new-session", "-d", "-s", "t", "-x", "100", "-y", "30", command])
    defer { stopServer() }
    _ = try waitFor("the greeting") {
      $0.contains("typ 'help' voor hulp") && $0.contains("planwerk>")
    }

    // UTF-8 editing: type "cafe", step left over the quote, replace e by é.
    try keys("nieuw \"één cafe\"")
    try keys("Left", "BSpace", "é", "Enter")
    _ = try waitFor("the new title in the prompt") { $0.contains("één café*>") }

    // Tab completes the command word, then an id.
    // Completion ends a single candidate with a space, so typing goes straight on.
    try keys("perc", "Tab")
    _ = try waitFor("the completed command") { lastLine($0).hasSuffix("perceel") }
    try keys("r1 \"Route 1\"")
    _ = try waitFor("the typed arguments") { lastLine($0).hasSuffix("perceel r1 \"Route 1\"") }
    try keys("Enter")
    _ = try waitFor("the new lot") { $0.contains("+ r1  Route 1") }
    try keys("toon r", "Tab")
    _ = try waitFor("the completed id") { lastLine($0).hasSuffix("toon r1") }
    try keys("Enter")
    _ = try waitFor("the lot details") { $0.contains("r1  (perceel)") }

    // Up recalls the previous command from history.
    try keys("Up")
    _ = try waitFor("the recalled line") { lastLine($0).hasSuffix("één café*> toon r1") }

    // Ctrl-C discards the half-typed line and the shell goes on.
    try keys("C-c")
    _ = try waitFor("an empty prompt after Ctrl-C") { lastLine($0).hasSuffix("één café*>") }
    try keys("lijst", "Enter")
    _ = try waitFor("the list after Ctrl-C") { $0.contains("r1  Route 1") }

    // On a terminal the chart has colour: the critical path in red.
    try keys("fase r1.a van 1 mei 2022 duur 2m", "Enter")
    try keys("gantt", "Enter")
    _ = try waitFor("the chart") { $0.contains("█ fase") }
    let (coloured, _) = try tmux(["capture-pane", "-e", "-p", "-t", "t"])
    #expect(coloured.contains("\u{1B}[31m"), "no colour on the terminal:\n\(coloured)")

    // Ctrl-D asks first because there are unsaved changes; n keeps the shell.
    try keys("C-d")
    _ = try waitFor("the question") { $0.contains("Toch stoppen en ze weggooien? (j/n)") }
    try keys("n", "Enter")
    _ = try waitFor("the prompt again") { lastLine($0).hasSuffix("één café*>") }
    try keys("C-d")
    _ = try waitFor("the question again") {
      $0.split(separator: "\n").filter { $0.contains("Toch stoppen") }.count == 2
    }
    try keys("j", "Enter")
    for _ in 0..<100 where try tmux(["has-session", "-t", "t"]).1 == 0 { usleep(50_000) }
    #expect(try tmux(["has-session", "-t", "t"]).1 != 0, "planwerk did not quit")

    let saved = try String(contentsOfFile: history, encoding: .utf8)
    // libedit writes a space as \040.
    #expect(saved.contains("toon\\040r1"), "history file: \(saved)")
    #expect(!saved.split(separator: "\n").contains("j"), "the answer to the question is no command")
  }

  @Test func leavesColourOutWhenNoColorIsSet() throws {
    let commands = ["nieuw x", "perceel r1 y", "fase r1.a van 1 mei 2022 duur 2m", "gantt"]
    let command =
      "env NO_COLOR=1 LANG=C.UTF-8 PLANWERK_STATE=\(history)-state \(Binary.path) "
      + commands.map { "-c '\($0)'" }.joined(separator: " ") + "; sleep 30"
    try tmux(["new-session", "-d", "-s", "t", "-x", "100", "-y", "30", command])
    defer { stopServer() }
    _ = try waitFor("the chart") { $0.contains("█ fase") }
    let (screen, _) = try tmux(["capture-pane", "-e", "-p", "-t", "t"])
    #expect(!screen.contains("\u{1B}[31m"), "colour despite NO_COLOR:\n\(screen)")
  }
}
