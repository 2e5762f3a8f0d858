import Testing
import Workbench

struct CompleterTests {
  let interpreter = Fixtures.after(
    Fixtures.designSession,
    files: MemoryFiles([
      "sessions/route1.json": "{}", "sessions/x/a": "", "routes.plan": "", "notes.txt": "",
      "plan.json": "{}",
    ]))
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

  @Test func offersAClausesValuesRightAfterItsKeyword() {
    let procedures = completer.complete("wijzig r1 procedure ", interpreter: interpreter)
    #expect(procedures.candidates.contains("sas") && procedures.candidates.contains("openbaar"))
    #expect(!procedures.candidates.contains("van"))
    #expect(
      completer.complete("gantt schaal kw", interpreter: interpreter).candidates == ["kwartaal"])
    #expect(completer.complete("fase r1.x van ", interpreter: interpreter).candidates == [])
  }

  @Test func offersOnlyTheFilesACommandCanRead() {
    #expect(
      completer.complete("open ", interpreter: interpreter).candidates.sorted() == [
        "plan.json", "sessions/",
      ])
    #expect(
      completer.complete("lees ", interpreter: interpreter).candidates.sorted() == [
        "notes.txt", "routes.plan", "sessions/",
      ])
  }

  @Test func leavesOutKeywordsAlreadyGiven() {
    let candidates = completer.complete(
      "fase r1.x van 1 mei 2022 duur 2 maanden ", interpreter: interpreter
    ).candidates
    #expect(!candidates.contains("van") && !candidates.contains("duur"))
    #expect(candidates.contains("uiterlijk"))
  }

  @Test func readsAQuotedTitleAsOneWord() {
    let result = completer.complete(
      "fase r1.x \"Eerste fase van de inkoop\" v", interpreter: interpreter)
    #expect(result.candidates == ["van", "vast"])
    #expect(result.replacing == 1)
    #expect(completer.complete("fase r1.x \"Eerste v", interpreter: interpreter).candidates == [])
  }
}
