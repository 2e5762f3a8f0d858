import Foundation
import LineEditor
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What the line editor keeps in its history file.
struct LineEditorTests {
  @Test func keepsLinesLongerThanItsLimitOutOfTheHistory() throws {
    let directory = NSTemporaryDirectory() + "planwerk-editor-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let typed = directory + "/typed.txt"
    let history = directory + "/history"
    let long = String(repeating: "x", count: 2_000)
    try "kort\n\(long)\nook kort\n".write(toFile: typed, atomically: true, encoding: .utf8)
    let input = try #require(fopen(typed, "r"))
    defer { fclose(input) }
    let editor = LineEditor(program: "planwerk-test", historyFile: history, input: input)
    editor.longestRemembered = 1_000
    #expect(editor.read(prompt: "") == .line("kort"))
    #expect(editor.read(prompt: "") == .line(long), "the line itself is read whole")
    #expect(editor.read(prompt: "") == .line("ook kort"))
    let kept = try String(contentsOfFile: history, encoding: .utf8)
    // libedit writes a space as \040.
    #expect(kept.contains("kort") && kept.contains("ook"), "\(kept)")
    #expect(!kept.contains("xxx"), "\(kept)")
  }
}
