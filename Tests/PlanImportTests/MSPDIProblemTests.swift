import PlanKit
import PlanRender
import Testing

@testable import PlanImport

/// What the reader refuses, and where: every problem with its line and column.
@Suite struct MSPDIProblemTests {
  static func problems(_ text: String) -> [ImportProblem] {
    do {
      _ = try MSPDIReader.read(Array(text.utf8))
      return []
    } catch {
      return error.problems
    }
  }

  @Test func refusesXMLThatIsNotWellFormedWhereItBreaks() {
    let problems = Self.problems(
      "<?xml version=\"1.0\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\">\n  <Name>x</Nam>\n</Project>\n"
    )
    #expect(problems.count == 1)
    #expect(problems.first?.line == 3)
    // libxml2 stops at the `>` where the closing name should have gone on.
    #expect(problems.first?.column == 16)
    #expect(problems.first?.message.en.hasPrefix("not well-formed XML") == true)
  }

  @Test func refusesAnotherXMLDocumentAtItsRoot() {
    let problems = Self.problems(
      "<?xml version=\"1.0\"?>\n\n  <svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")
    #expect(problems.map(\.line) == [3])
    #expect(problems.map(\.column) == [3])
    #expect(problems.first?.message.en.contains("not an MS Project XML file") == true)
  }

  @Test func refusesEmptyAndNonXMLFiles() {
    #expect(Self.problems("").count == 1)
    #expect(Self.problems("Perceel;Onderdeel\r\nr1;r1.voorbereiding\r\n").map(\.line) == [1])
  }

  @Test func refusesADocumentTypeThatCouldDeclareEntities() {
    let laughs = """
      <?xml version="1.0"?>
      <!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">
        <!ENTITY c SYSTEM "file:///etc/passwd">]>
      <Project xmlns="http://schemas.microsoft.com/project"><Title>&b;&c;</Title></Project>
      """
    let problems = Self.problems(laughs)
    #expect(problems.count == 1)
    #expect(problems.first?.message.en.contains("DOCTYPE") == true)
  }

  @Test func reportsEveryTaskWithoutDatesWithItsPlace() {
    let text = """
      <?xml version="1.0"?>
      <Project xmlns="http://schemas.microsoft.com/project">
        <Tasks>
          <Task><UID>1</UID><Name>Perceel</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary></Task>
          <Task><UID>2</UID><Name>Zonder begin</Name><OutlineLevel>2</OutlineLevel>
            <Finish>2025-01-10T17:00:00</Finish></Task>
            <Task><UID>3</UID><Name>Zonder einde</Name><OutlineLevel>2</OutlineLevel>
            <Start>2025-01-06T08:00:00</Start></Task>
          <Task><UID>4</UID><Name>Achterstevoren</Name><OutlineLevel>2</OutlineLevel>
            <Start>2025-01-06T08:00:00</Start><Finish>2025-01-03T17:00:00</Finish></Task>
        </Tasks>
      </Project>
      """
    let problems = Self.problems(text)
    #expect(problems.map(\.line) == [5, 7, 9])
    #expect(problems.map(\.column) == [5, 7, 5])
    #expect(problems[0].message.nl == "de taak 'Zonder begin' heeft geen begindatum (Start)")
    #expect(problems[1].message.en == "the task 'Zonder einde' has no finish date (Finish)")
    #expect(problems[2].message.en.contains("finishes (2025-01-03) before it starts (2025-01-06)"))
  }

  @Test func keepsAHostileTitleAsOneLineOfText() throws {
    var plan = Plan(
      title: "Plan <script>alert(1)</script> & \"x\"",
      lots: [
        Lot(
          id: "r1", title: "Route 1 ]]> <!-- \u{1B}[2J \u{202E}fdp.exe",
          items: [
            Item(
              id: "r1.fase", type: .phase, kind: "fase",
              title: "=HYPERLINK(\"x\")\nnieuwe regel &amp; \u{07}",
              start: PlanDate(Day(iso: "2025-01-06")!), end: PlanDate(Day(iso: "2025-02-03")!))
          ])
      ])
    plan.links = []
    let xml = MSPDIExport.render(plan)
    #expect(!xml.contains("<script>"))
    #expect(!xml.contains("\u{1B}"))
    #expect(!xml.contains("\u{202E}"))
    let read = try MSPDIReader.read(Array(xml.utf8)).plan
    #expect(read.title == "Plan <script>alert(1)</script> & \"x\"")
    #expect(read.lots[0].title == "Route 1 ]]> <!-- [2J fdp.exe")
    #expect(read.lots[0].items[0].title == "=HYPERLINK(\"x\") nieuwe regel &amp;")
  }

  static func twoTasks(_ links: String, start: String = "2025-01-06") -> String {
    """
    <?xml version="1.0"?>
    <Project xmlns="http://schemas.microsoft.com/project">
      <Tasks>
        <Task><UID>1</UID><Name>Route 1</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary></Task>
        <Task><UID>2</UID><Name>Voorbereiding</Name><OutlineLevel>2</OutlineLevel>
          <Start>\(start)T08:00:00</Start><Finish>2025-02-28T17:00:00</Finish>\(links)</Task>
        <Task><UID>3</UID><Name>Inkoopprocedure</Name><OutlineLevel>2</OutlineLevel>
          <Start>2025-03-03T08:00:00</Start><Finish>2025-06-27T17:00:00</Finish>
          <PredecessorLink><PredecessorUID>2</PredecessorUID></PredecessorLink></Task>
      </Tasks>
    </Project>
    """
  }

  @Test func refusesLinksThatFormACircle() {
    let problems = Self.problems(
      Self.twoTasks("<PredecessorLink><PredecessorUID>3</PredecessorUID></PredecessorLink>"))
    // At the task where the circle was found.
    #expect(problems.map(\.line) == [7])
    #expect(problems.first?.message.en.hasPrefix("the links form a circle") == true)
  }

  @Test func refusesALagBeyondACentury() {
    let problems = Self.problems(
      Self.twoTasks(
        "<PredecessorLink><PredecessorUID>3</PredecessorUID><LinkLag>9e300</LinkLag></PredecessorLink>"
      ))
    #expect(problems.map(\.line) == [6])
    #expect(problems.first?.message.en.contains("LinkLag 9e300") == true)
  }

  @Test func refusesDatesOutsideTheYearsAPlanHolds() {
    let problems = Self.problems(Self.twoTasks("", start: "0999-01-06"))
    #expect(problems.map(\.line) == [5])
    #expect(problems.first?.message.en.contains("'0999-01-06T08:00:00' as its Start") == true)
  }

  /// Found by FuzzMSPDI (Fuzz/Regressions/FuzzMSPDI/duplicate-uid.xml): two tasks with one
  /// UID became two items with one id.
  @Test func refusesTwoTasksWithOneUID() {
    let text = Self.twoTasks("").replacingOccurrences("<UID>3</UID>", with: "<UID>2</UID>")
    let problems = Self.problems(text)
    #expect(problems.map(\.line) == [7])
    #expect(problems.first?.message.en == "UID 2 appears twice in the file")
  }

  /// Found by FuzzMSPDI (Fuzz/Regressions/FuzzMSPDI/line-break-in-a-name.xml): a name is one
  /// line, as MS Project shows it, and as Planwerk's export writes it back.
  @Test func readsANameWithLineBreaksAsOneLine() throws {
    let text = Self.twoTasks("").replacingOccurrences(
      "<Name>Voorbereiding</Name>", with: "<Name>Voor-\n  bereiding\tfase&#13;</Name>")
    let read = try MSPDIReader.read(Array(text.utf8)).plan
    #expect(read.lots[0].items[0].title == "Voor- bereiding fase")
  }
}
