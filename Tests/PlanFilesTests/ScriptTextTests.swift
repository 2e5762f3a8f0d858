import PlanFiles
import Testing

/// Scripts as Notepad, vim on Windows and shell here-documents write them.
struct ScriptTextTests {
  @Test func splitsLinesEndingInCRLFOrLFAndSkipsAByteOrderMark() {
    #expect(
      ScriptText.lines("\u{FEFF}nieuw P\r\nlijst\nhelp\r\n") == ["nieuw P", "lijst", "help", ""])
    #expect(ScriptText.lines("nieuw P") == ["nieuw P"])
    // Only the mark that opens the file is an editor's; one later is the user's text.
    #expect(ScriptText.lines("a\n\u{FEFF}b") == ["a", "\u{FEFF}b"])
    // A return before a CRLF is dropped too, as a reader that split at the LF alone would.
    #expect(ScriptText.lines("a\r\r\nb\r\n\r") == ["a", "b", ""])
    #expect(ScriptText.lines("é\nx\u{301}\n\n") == ["é", "x\u{301}", "", ""])
  }

  @Test func cleansOneLineReadFromStandardInput() {
    #expect(ScriptText.line("\u{FEFF}nieuw P\r", first: true) == "nieuw P")
    #expect(ScriptText.line("\u{FEFF}x", first: false) == "\u{FEFF}x")
    #expect(ScriptText.line("titel \"a\rb\"", first: false) == "titel \"a\rb\"")
  }
}
