import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The shell's questions about sessions: recovering, quitting, and a plan another Planwerk has.
extension TerminalTests {
  /// Starts the shell in `directory` on `arguments` under tmux.
  func startShell(_ arguments: String, in directory: String, state: String) throws {
    let command =
      "cd \(directory) && env LANG=C.UTF-8 PLANWERK_HISTORY=\(history) PLANWERK_STATE=\(state) \(Binary.path) \(arguments)"
    try tmux(["new-session", "-d", "-s", "t", "-x", "120", "-y", "30", command])
  }

  /// Starts the tmux server before a `LiveRun`: a server started later would inherit the
  /// run's pipes and keep its standard input open after `finish`.
  func startServerFirst() throws {
    try tmux(["new-session", "-d", "-s", "placeholder", "sleep 60"])
  }

  func waitForExit() throws -> Bool {
    for _ in 0..<100 where try tmux(["has-session", "-t", "t"]).1 == 0 { usleep(50_000) }
    return try tmux(["has-session", "-t", "t"]).1 != 0
  }

  /// A saved session that another Planwerk holds, with a change it has not saved; the tmux
  /// server is started first (the caller stops it).
  func sessionAnotherPlanwerkChanged() throws -> (directory: String, state: String, first: LiveRun)
  {
    let (directory, state) = try savedSession()
    try startServerFirst()
    do {
      let first = try LiveRun(["s.json"], directory: directory, state: state)
      first.send("perceel r2 \"Route 2\"")
      return (directory, state, first)
    } catch {
      stopServer()
      throw error
    }
  }

  func savedSession() throws -> (directory: String, state: String) {
    let directory = try Binary.temporaryDirectory()
    let state = directory + "/state"
    try Binary.saveSession(titled: "Vraag", in: directory, state: state)
    return (directory, state)
  }

  @Test func asksAgainUntilTheAnswerIsYesOrNoAndKeepsTheAutosaveOnCtrlD() throws {
    let (directory, state) = try savedSession()
    try Binary.killAfterAnswers(
      ["perceel r2 \"Route 2\""], arguments: ["s.json"], directory: directory, state: state)
    try startShell("s.json", in: directory, state: state)
    defer { stopServer() }
    _ = try waitFor("the recovery question") { $0.contains("Herstellen? (j/n)") }
    try keys("misschien", "Enter")
    _ = try waitFor("the question again") { lastLine($0).hasSuffix("Antwoord j of n:") }
    try keys("j", "Enter")
    _ = try waitFor("the recovered change") { $0.contains("Hersteld: 1 wijziging.") }
    _ = try waitFor("the prompt") { lastLine($0).hasSuffix("Vraag*>") }

    // Ctrl-D asks; an unclear answer asks again; Ctrl-D then quits but keeps the changes.
    try keys("C-d")
    _ = try waitFor("the quit question") { $0.contains("Toch stoppen en ze weggooien? (j/n)") }
    try keys("misschien", "Enter")
    _ = try waitFor("the quit question again") { lastLine($0).hasSuffix("Antwoord j of n:") }
    try keys("C-d")
    #expect(try waitForExit(), "planwerk did not quit")
    #expect(FileManager.default.fileExists(atPath: directory + "/s.json.autosave"))
    #expect(!FileManager.default.fileExists(atPath: directory + "/s.json.lock"))
    let history = (try? String(contentsOfFile: self.history, encoding: .utf8)) ?? ""
    #expect(!history.contains("misschien"), "an answer is no command")
    let again = try Binary.run(
      ["s.json", "--recover", "-c", "lijst"], directory: directory, state: state)
    #expect(again.output.contains("Hersteld: 1 wijziging."), "\(again.errors)")
    #expect(again.output.contains("r2  Route 2"))
  }

  @Test func takesAPlanOverFromAnotherPlanwerkWhenTheUserSaysSo() throws {
    let (directory, state, first) = try sessionAnotherPlanwerkChanged()
    defer { stopServer() }
    try startShell("s.json", in: directory, state: state)
    _ = try waitFor("the question") {
      $0.contains("is geopend in een andere Planwerk (pid \(first.pid), sinds ")
        && $0.contains("Alleen lezen (l) of overnemen (o)?")
    }
    try keys("o", "Enter")
    _ = try waitFor("the other's autosave kept") {
      $0.contains("De autosave van pid \(first.pid) staat nu in s.json.autosave.old.")
        // Wrapped at the window's width: the lines joined again.
        && $0.replacingOccurrences(of: "\n", with: "").contains(
          "hernoem het naar s.json.autosave en start 'planwerk --recover s.json'")
    }
    _ = try waitFor("the prompt") { lastLine($0).hasSuffix("Vraag>") }
    try keys("perceel r3 \"Route 3\"", "Enter")
    _ = try waitFor("the change") { lastLine($0).hasSuffix("Vraag*>") }

    // The first one is told at its next command, and saves nothing any more.
    first.send("perceel r4 \"Route 4\"")
    // What it still types is kept in an autosave of its own, not lost in a crash.
    let own = try RecoveryTests.autosaves(in: state)
    #expect(own.contains { $0.hasPrefix("unsaved-\(first.pid)-") }, "\(own)")
    first.send("bewaar")
    let end = first.finish()
    #expect(end.status == 1)
    #expect(end.errors.contains("heeft 's.json' overgenomen"), "\(end.errors)")
    #expect(end.errors.contains("'s.json' is geopend in een andere Planwerk"), "\(end.errors)")

    try keys("bewaar", "Enter")
    _ = try waitFor("the save") { $0.contains("Bewaard in s.json") }
    try keys("C-d")
    #expect(try waitForExit(), "planwerk did not quit")
    let saved = try Binary.run(["s.json", "-c", "lijst"], directory: directory, state: state)
    #expect(saved.output.contains("r3  Route 3") && !saved.output.contains("r4"))
    #expect(FileManager.default.fileExists(atPath: directory + "/s.json.autosave.old"))
  }

  @Test func opensAPlanReadOnlyWhileAnotherPlanwerkHasIt() throws {
    let (directory, state, first) = try sessionAnotherPlanwerkChanged()
    defer { stopServer() }
    let autosave = FileManager.default.contents(atPath: directory + "/s.json.autosave")
    try startShell("s.json", in: directory, state: state)
    _ = try waitFor("the question") { $0.contains("Alleen lezen (l) of overnemen (o)?") }
    try keys("l", "Enter")
    _ = try waitFor("read only") { $0.contains("Alleen lezen: 's.json' wordt hier niet bewaard") }
    try keys("perceel r3 \"Route 3\"", "Enter")
    try keys("bewaar", "Enter")
    _ = try waitFor("the refusal") { $0.contains("bewaar ANDER.json") && $0.contains("fout:") }
    try keys("bewaar eigen.json", "Enter")
    _ = try waitFor("the save elsewhere") { $0.contains("Bewaard in eigen.json") }
    try keys("C-d")
    #expect(try waitForExit(), "planwerk did not quit")
    #expect(FileManager.default.contents(atPath: directory + "/s.json.autosave") == autosave)
    #expect(first.finish().status == 0)
  }

  @Test func asksBeforeSavingOverAFileThatChangedOnDisk() throws {
    let (directory, state) = try savedSession()
    try startShell("s.json", in: directory, state: state)
    defer { stopServer() }
    _ = try waitFor("the prompt") { lastLine($0).hasSuffix("Vraag>") }
    try keys("perceel r2 \"Route 2\"", "Enter")
    _ = try waitFor("the change") { lastLine($0).hasSuffix("Vraag*>") }
    let other = try Binary.run(
      ["-c", "nieuw \"Ander\"", "-c", "bewaar ander.json"], directory: directory, state: state)
    #expect(other.status == 0, "\(other.errors)")
    try FileManager.default.removeItem(atPath: directory + "/s.json")
    try FileManager.default.copyItem(
      atPath: directory + "/ander.json", toPath: directory + "/s.json")

    try keys("bewaar", "Enter")
    let asked = try waitFor("the question") { $0.contains("Toch overschrijven? (j/n)") }
    // A notice before a question, not an error: nothing has failed yet.
    #expect(asked.contains("Let op: 's.json' is op schijf veranderd sinds Planwerk het opende"))
    #expect(!asked.contains("fout:"), "\(asked)")
    try keys("misschien", "Enter")
    _ = try waitFor("the question again") { lastLine($0).hasSuffix("Antwoord j of n:") }
    try keys("n", "Enter")
    _ = try waitFor("the prompt") { lastLine($0).hasSuffix("Vraag*>") }
    #expect(try screen().contains("Niet bewaard."))
    #expect(
      FileManager.default.contents(atPath: directory + "/s.json")
        == FileManager.default.contents(atPath: directory + "/ander.json"))
    try keys("bewaar", "Enter")
    _ = try waitFor("the question once more") {
      $0.components(separatedBy: "Toch overschrijven? (j/n)").count == 3
    }
    try keys("j", "Enter")
    _ = try waitFor("the save") { $0.contains("Bewaard in s.json") }
    try keys("C-d")
    #expect(try waitForExit(), "planwerk did not quit")
    let saved = try Binary.run(["s.json", "-c", "lijst"], directory: directory, state: state)
    #expect(saved.output.contains("r2  Route 2"))
  }

  @Test func asksAboutAPlanAnotherPlanwerkHasWhenTheShellOpensIt() throws {
    let (directory, state, first) = try sessionAnotherPlanwerkChanged()
    defer { stopServer() }
    try startShell("", in: directory, state: state)
    _ = try waitFor("the prompt") { lastLine($0).hasSuffix("planwerk>") }
    try keys("open s.json", "Enter")
    _ = try waitFor("the question") { $0.contains("Alleen lezen (l) of overnemen (o)?") }
    try keys("weet niet", "Enter")
    _ = try waitFor("the question again") { lastLine($0).hasSuffix("Antwoord l of o:") }
    try keys("l", "Enter")
    _ = try waitFor("read only") { $0.contains("Alleen lezen: 's.json' wordt hier niet bewaard") }
    try keys("C-d")
    #expect(try waitForExit(), "planwerk did not quit")
    let end = first.finish()
    #expect(end.status == 0, "the first one keeps the plan: \(end.errors)")
  }

  @Test func asksBeforeOpeningAnotherSessionOverUnsavedChanges() throws {
    let directory = try Binary.temporaryDirectory()
    let state = directory + "/state"
    try FileManager.default.copyItem(
      atPath: Binary.root + "/sessions/002-routes.json", toPath: directory + "/r2.json")
    // Also a first try: the previous test's server may still be going away.
    try startServerFirst()
    defer { stopServer() }
    try startShell("", in: directory, state: state)
    _ = try waitFor("the prompt") { lastLine($0).hasSuffix("planwerk>") }
    try keys("nieuw \"Mijn werk\"", "Enter")
    try keys("perceel z \"Zorg\"", "Enter")
    _ = try waitFor("the change") { $0.contains("+ z  Zorg") }
    try keys("open r2.json", "Enter")
    _ = try waitFor("the question") {
      lastLine($0).hasSuffix("Er zijn niet-bewaarde wijzigingen. Toch doorgaan? (j/n)")
    }
    try keys("misschien", "Enter")
    _ = try waitFor("the question again") { lastLine($0).hasSuffix("Antwoord j of n:") }
    try keys("n", "Enter")
    _ = try waitFor("the prompt, nothing opened") { lastLine($0).hasSuffix("Mijn werk*>") }
    #expect(try RecoveryTests.autosaves(in: state).count == 1)
    try keys("open r2.json", "Enter")
    _ = try waitFor("the question once more") {
      lastLine($0).hasSuffix("Toch doorgaan? (j/n)")
    }
    try keys("j", "Enter")
    _ = try waitFor("the opened session") { $0.contains("Geopend: Inkoop Wmo") }
    #expect(try RecoveryTests.autosaves(in: state).isEmpty, "the user let them go")
    try keys("C-d")
    #expect(try waitForExit(), "planwerk did not quit")
  }

  @Test func autosavesWhatIsTypedInAReadOnlyShell() throws {
    let (directory, state, first) = try sessionAnotherPlanwerkChanged()
    defer { stopServer() }
    try startShell("s.json", in: directory, state: state)
    _ = try waitFor("the question") { $0.contains("Alleen lezen (l) of overnemen (o)?") }
    try keys("l", "Enter")
    _ = try waitFor("the prompt") { lastLine($0).hasSuffix("Vraag>") }
    try keys("perceel r3 \"Route 3\"", "Enter")
    _ = try waitFor("the change") { lastLine($0).hasSuffix("Vraag*>") }
    let own = try RecoveryTests.autosaves(in: state)
    #expect(own.count == 1 && own[0].hasPrefix("unsaved-"), "\(own)")

    try keys("C-d")
    _ = try waitFor("the quit question") { $0.contains("Toch stoppen en ze weggooien? (j/n)") }
    try keys("C-d")
    #expect(try waitForExit(), "planwerk did not quit")
    #expect(first.finish().status == 0)
    // Offered once its process is gone; tmux may end the session before it has, so the file
    // is given the name of a process that surely ended.
    let ended = Process()
    ended.executableURL = URL(fileURLWithPath: "/bin/true")
    try ended.run()
    ended.waitUntilExit()
    try FileManager.default.moveItem(
      atPath: state + "/" + (own.first ?? ""),
      toPath: state + "/unsaved-\(ended.processIdentifier)-1.autosave")
    let recovered = try Binary.run(
      ["--recover", "-c", "lijst"], directory: directory, state: state)
    #expect(
      recovered.output.contains("r3  Route 3"),
      "\(recovered.errors) \((try? RecoveryTests.autosaves(in: state)) ?? [])")
  }

  @Test func startsTheMessageAfterCtrlDAtTheQuitQuestionOnANewLine() throws {
    let directory = try Binary.temporaryDirectory()
    let state = directory + "/state"
    // The shell ends with its window; a shell around it keeps the screen to read.
    let command =
      "cd \(directory) && env LANG=C.UTF-8 PLANWERK_HISTORY=\(history) PLANWERK_STATE=\(state) \(Binary.path); sleep 30"
    try startServerFirst()
    defer { stopServer() }
    try tmux(["new-session", "-d", "-s", "t", "-x", "120", "-y", "30", command])
    _ = try waitFor("the prompt") { lastLine($0).hasSuffix("planwerk>") }
    try keys("nieuw \"Mijn werk\"", "Enter")
    _ = try waitFor("the change") { lastLine($0).hasSuffix("Mijn werk*>") }
    try keys("C-d")
    _ = try waitFor("the quit question") { $0.contains("Toch stoppen en ze weggooien? (j/n)") }
    try keys("C-d")
    let screen = try waitFor("the message") { $0.contains("blijven in de autosave") }
    let line = screen.split(separator: "\n").first { $0.contains("blijven in de autosave") }
    #expect(line?.hasPrefix("De niet-bewaarde wijzigingen") == true, "\(screen)")
  }
}
