import Testing
import Workbench

struct CompleterTests {
  let interpreter = Fixtures.after(
    Fixtures.designSession, files: MemoryFiles(["sessions/route1.json": "{}", "sessions/x/a": ""]))
  let completer = Completer()

  @Test func completesCommandWords() {
    #expect(
      completer.complete("ver", interpreter: interpreter).candidates.sorted() == [
        "vergadering", "verschil", "verschuif", "verwijder",
      ])
    #expect(completer.complete("ga", interpreter: interpreter).candidates == ["gantt"])
    #expect(completer.complete("shi", interpreter: interpreter).candidates == ["shift"])
  }

  @Test func completesItemIds() {
    let result = completer.complete("verschuif r1.in", interpreter: interpreter)
    #expect(result.candidates == ["r1.inkoopprocedure"])
    #expect(result.replacing == 5)
  }

  @Test func completesKeywordsAfterTheArguments() {
    let candidates = completer.complete("fase r1.x v", interpreter: interpreter).candidates
    #expect(candidates == ["van", "vast"])
    #expect(
      completer.complete("fase r1.x van 1 mei 2022 d", interpreter: interpreter).candidates == [
        "duur"
      ])
  }

  @Test func completesItemsAfterNa() {
    let candidates = completer.complete("fase r1.x na r1.v", interpreter: interpreter).candidates
    #expect(candidates == ["r1.voorbereiding"])
  }

  @Test func completesFileNames() {
    #expect(completer.complete("open sess", interpreter: interpreter).candidates == ["sessions/"])
    #expect(
      completer.complete("open sessions/r", interpreter: interpreter).candidates == [
        "sessions/route1.json"
      ])
  }

  @Test func completesHelpTopics() {
    #expect(completer.complete("help mij", interpreter: interpreter).candidates == ["mijlpaal"])
  }
}
