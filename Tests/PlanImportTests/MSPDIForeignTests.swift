import PlanKit
import Testing

@testable import PlanImport

/// Files Planwerk did not write: tj3's MS Project XML of every seed plan, and one as MS
/// Project writes it, with what Planwerk cannot carry.
@Suite struct MSPDIForeignTests {
  @Test(arguments: MSPDIFixtures.seeds)
  func readsTJ3sFileToPlanwerksOwnDates(_ name: String) throws {
    let plan = try MSPDIFixtures.session(name)
    let read = try MSPDIReader.read(MSPDIFixtures.tj3(name)).plan
    // tj3 names lots and items by their titles: compare by place, type and days.
    func days(_ plan: Plan) -> [String] {
      plan.allItems.map { "\($0.type) \($0.start.day.iso) \($0.end.day.iso)" }
    }
    #expect(days(read) == days(plan))
    #expect(read.lots.count == plan.lots.filter { !$0.items.isEmpty }.count)
    var scheduled = read
    _ = Scheduler.schedule(&scheduled)
    #expect(days(scheduled) == days(plan))
  }

  @Test func namesTJ3sRoutesAndPhasesLikeATypedPlan() throws {
    let read = try MSPDIReader.read(MSPDIFixtures.tj3("002-routes")).plan
    #expect(read.lots.map(\.id) == ["r1", "r2", "r3"])
    #expect(
      read.lots[0].items.map(\.id) == [
        "r1.voorbereiding", "r1.inkoopprocedure", "r1.implementatie", "r1.start-uitvoering",
      ])
    #expect(
      read.lots[0].items.map(\.kind) == [
        "voorbereiding", "inkoopprocedure", "implementatie", "mijlpaal",
      ])
    #expect(read.lots[0].items[0].title == nil)
    #expect(read.milestones.map(\.title) == ["Doel: nieuwe contracten per 1 januari 2023"])
    #expect(read.links.contains(Link(from: "r1.voorbereiding", to: "r1.inkoopprocedure")))
  }

  @Test func readsTJ3sBoundaryPlanToPlanwerksDates() throws {
    let read = try MSPDIReader.read(MSPDIFixtures.tj3("grenzen")).plan
    let days = read.allItems.map { "\($0.start.day.iso) \($0.end.day.iso)" }
    // As Planwerk scheduled Tests/Consumers/mspdi.plan: ends on a Monday after a weekend,
    // on Easter Monday, after the Christmas closing.
    #expect(
      days == [
        "2022-05-02 2022-08-01", "2022-08-01 2023-04-10", "2023-04-17 2023-05-16",
        "2023-06-05 2023-09-05", "2023-05-14 2023-05-14", "2024-01-01 2024-01-01",
        "2022-09-01 2023-01-02", "2023-02-02 2023-06-02", "2023-07-05 2023-09-05",
        "2022-06-21 2022-06-21",
      ])
  }

  /// As MS Project 2016 saves a plan: a project summary task, a lot with a sub-summary,
  /// resources, an assignment, costs, notes, progress, a start-to-finish link, a lag in hours,
  /// a calendar with named exceptions, a working Saturday and a recurring exception.
  static let msProject = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Project xmlns="http://schemas.microsoft.com/project">
      <SaveVersion>14</SaveVersion>
      <Name>Inkoop jeugd.xml</Name>
      <Title>Inkoop jeugd 2025</Title>
      <Company>Gemeente Voorbeeld</Company>
      <CalendarUID>1</CalendarUID>
      <DefaultStartTime>08:00:00</DefaultStartTime>
      <DefaultFinishTime>17:00:00</DefaultFinishTime>
      <MinutesPerDay>480</MinutesPerDay>
      <Calendars>
        <Calendar>
          <UID>1</UID><Name>Standaard</Name><IsBaseCalendar>1</IsBaseCalendar>
          <BaseCalendarUID>-1</BaseCalendarUID>
          <WeekDays>
            <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
            <WeekDay><DayType>2</DayType><DayWorking>1</DayWorking></WeekDay>
            <WeekDay><DayType>7</DayType><DayWorking>1</DayWorking></WeekDay>
          </WeekDays>
          <Exceptions>
            <Exception><TimePeriod><FromDate>2025-12-29T00:00:00</FromDate>
              <ToDate>2025-12-31T23:59:00</ToDate></TimePeriod><Name>Tussen kerst en nieuwjaar</Name>
              <Type>1</Type><DayWorking>0</DayWorking></Exception>
            <Exception><TimePeriod><FromDate>2025-04-21T00:00:00</FromDate>
              <ToDate>2025-04-21T23:59:00</ToDate></TimePeriod><Name>Tweede Paasdag</Name>
              <Type>1</Type><DayWorking>0</DayWorking></Exception>
            <Exception><TimePeriod><FromDate>2025-01-01T00:00:00</FromDate>
              <ToDate>2030-12-31T23:59:00</ToDate></TimePeriod><Name>Elke 1e maandag</Name>
              <Type>4</Type><DayWorking>0</DayWorking></Exception>
          </Exceptions>
        </Calendar>
      </Calendars>
      <Tasks>
        <Task><UID>0</UID><ID>0</ID><Name>Inkoop jeugd</Name><OutlineLevel>0</OutlineLevel>
          <Start>2025-01-06T08:00:00</Start><Finish>2026-01-30T17:00:00</Finish><Summary>1</Summary></Task>
        <Task><UID>1</UID><ID>1</ID><Name>Perceel 1 Specialistische jeugdhulp</Name><WBS>1</WBS>
          <OutlineLevel>1</OutlineLevel><Start>2025-01-06T08:00:00</Start>
          <Finish>2026-01-30T17:00:00</Finish><Summary>1</Summary></Task>
        <Task><UID>2</UID><ID>2</ID><Name>Voorbereiding</Name><WBS>1.1</WBS><OutlineLevel>2</OutlineLevel>
          <Start>2025-01-06T08:00:00</Start><Finish>2025-03-28T17:00:00</Finish>
          <Duration>PT480H0M0S</Duration><ConstraintType>4</ConstraintType>
          <ConstraintDate>2025-01-06T08:00:00</ConstraintDate><Cost>1500</Cost>
          <Notes>Met de ambtenaar van de regio</Notes><PercentComplete>40</PercentComplete></Task>
        <Task><UID>3</UID><ID>3</ID><Name>Aanbesteding</Name><WBS>1.2</WBS><OutlineLevel>2</OutlineLevel>
          <Start>2025-03-31T08:00:00</Start><Finish>2025-09-30T17:00:00</Finish><Summary>1</Summary></Task>
        <Task><UID>4</UID><ID>4</ID><Name>Selectie</Name><WBS>1.2.1</WBS><OutlineLevel>3</OutlineLevel>
          <Start>2025-03-31T08:00:00</Start><Finish>2025-05-30T17:00:00</Finish>
          <Duration>PT336H0M0S</Duration>
          <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type>
            <LinkLag>4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink></Task>
        <Task><UID>5</UID><ID>5</ID><Name>Gunning</Name><WBS>1.2.2</WBS><OutlineLevel>3</OutlineLevel>
          <Start>2025-09-30T17:00:00</Start><Finish>2025-09-30T17:00:00</Finish>
          <Duration>PT0H0M0S</Duration><Milestone>1</Milestone><Deadline>2025-10-01T17:00:00</Deadline>
          <PredecessorLink><PredecessorUID>4</PredecessorUID><Type>2</Type></PredecessorLink>
          <PredecessorLink><PredecessorUID>3</PredecessorUID><Type>1</Type></PredecessorLink>
          <PredecessorLink><PredecessorUID>4</PredecessorUID><Type>0</Type>
            <LinkLag>2400</LinkLag><LagFormat>5</LagFormat></PredecessorLink></Task>
        <Task><UID>6</UID><ID>6</ID><Name>Implementatie</Name><WBS>1.3</WBS><OutlineLevel>2</OutlineLevel>
          <Start>2025-10-01T08:00:00</Start><Finish>2026-01-30T17:00:00</Finish>
          <Duration>PT680H0M0S</Duration><ConstraintType>7</ConstraintType>
          <ConstraintDate>2026-01-30T17:00:00</ConstraintDate>
          <PredecessorLink><PredecessorUID>5</PredecessorUID><Type>1</Type>
            <LinkLag>432000</LinkLag><LagFormat>12</LagFormat></PredecessorLink></Task>
        <Task><UID>7</UID><ID>7</ID><Name>Raadsbesluit</Name><WBS>2</WBS><OutlineLevel>1</OutlineLevel>
          <Start>2025-02-13T17:00:00</Start><Finish>2025-02-13T17:00:00</Finish>
          <Milestone>1</Milestone><ConstraintType>2</ConstraintType>
          <ConstraintDate>2025-02-13T17:00:00</ConstraintDate></Task>
      </Tasks>
      <Resources>
        <Resource><UID>0</UID><ID>0</ID></Resource>
        <Resource><UID>1</UID><ID>1</ID><Name>Inkoopadviseur</Name></Resource>
      </Resources>
      <Assignments>
        <Assignment><UID>1</UID><TaskUID>2</TaskUID><ResourceUID>1</ResourceUID></Assignment>
        <Assignment><UID>2</UID><TaskUID>4</TaskUID><ResourceUID>-65535</ResourceUID></Assignment>
      </Assignments>
    </Project>
    """

  @Test func readsMSProjectsOutlineIntoLotsItemsAndPaths() throws {
    let read = try MSPDIReader.read(Array(Self.msProject.utf8))
    let plan = read.plan
    #expect(plan.title == "Inkoop jeugd 2025")
    #expect(plan.organisation == "Gemeente Voorbeeld")
    #expect(plan.lots.map(\.id) == ["p1"])
    #expect(
      plan.lots[0].items.map(\.id) == [
        "p1.voorbereiding", "p1.aanbesteding-selectie", "p1.aanbesteding-gunning",
        "p1.implementatie",
      ])
    #expect(
      plan.lots[0].items.map(\.title) == [
        nil, "Aanbesteding / Selectie", "Aanbesteding / Gunning", nil,
      ])
    #expect(
      plan.lots[0].items.map(\.kind) == ["voorbereiding", "selectie", "mijlpaal", "implementatie"])
    #expect(plan.milestones.map(\.id) == ["raadsbesluit"])
    #expect(plan.milestones[0].fixed)
    #expect(plan.defect == nil)
  }

  @Test func readsMSProjectsDatesConstraintsAndDeadlines() throws {
    let items = try MSPDIReader.read(Array(Self.msProject.utf8)).plan.allItems
    let day = { (iso: String) in PlanDate(Day(iso: iso)!) }
    #expect(
      items.map(\.start) == [
        day("2025-01-06"), day("2025-03-31"), day("2025-09-30"), day("2025-10-01"),
        day("2025-02-13"),
      ])
    #expect(
      items.map(\.end) == [
        day("2025-03-29"), day("2025-05-31"), day("2025-09-30"), day("2026-01-31"),
        day("2025-02-13"),
      ])
    #expect(items[0].anchor == day("2025-01-06"))
    // 42 working days from 31 March, with Tweede Paasdag a holiday anyway.
    #expect(items[1].length == .duration(PlanDuration(42, .workingDays)))
    #expect(items[1].anchor == nil)
    #expect(items[2].deadline == day("2025-10-01"))
    #expect(items[3].deadline == day("2026-01-31"))
  }

  @Test func holdsALinkedTaskBackByItsStartNoEarlierThan() throws {
    // MS Project's own file, without Planwerk's field: Selectie follows Voorbereiding but may
    // not start before 2 June 2025.
    let text = Self.msProject.replacingOccurrences(
      "<Duration>PT336H0M0S</Duration>",
      with:
        "<Duration>PT336H0M0S</Duration><ConstraintType>4</ConstraintType><ConstraintDate>2025-06-02T08:00:00</ConstraintDate>"
    )
    var plan = try MSPDIReader.read(Array(text.utf8)).plan
    let selectie = plan.item("p1.aanbesteding-selectie")!
    #expect(selectie.notBefore == PlanDate(Day(iso: "2025-06-02")!))
    #expect(selectie.anchor == nil)
    #expect(throws: Never.self) { try Scheduler.schedule(&plan).get() }
    #expect(plan.item("p1.aanbesteding-selectie")!.start == PlanDate(Day(iso: "2025-06-02")!))
  }

  @Test func readsMSProjectsLinksWithTheirTypesAndLags() throws {
    let links = try MSPDIReader.read(Array(Self.msProject.utf8)).plan.links
    #expect(
      links == [
        Link(
          from: "p1.voorbereiding", to: "p1.aanbesteding-selectie",
          lag: PlanDuration(1, .workingDays)),
        Link(
          from: "p1.aanbesteding-selectie", to: "p1.aanbesteding-gunning", kind: .finishToFinish,
          lag: PlanDuration(1, .workingDays)),
        Link(
          from: "p1.aanbesteding-gunning", to: "p1.implementatie", lag: PlanDuration(1, .months)),
      ])
  }

  @Test func readsTheCalendarsExceptionsAsClosingDays() throws {
    let calendar = try MSPDIReader.read(Array(Self.msProject.utf8)).plan.calendar
    #expect(calendar.holidays == .gemeente)
    #expect(
      calendar.closings == [
        Closing(
          days: Day(iso: "2025-12-29")!..<Day(iso: "2026-01-01")!,
          title: "Tussen kerst en nieuwjaar")
      ])
  }

  @Test func listsWhatThePlanCannotHold() throws {
    let dutch = try MSPDIReader.read(Array(Self.msProject.utf8)).omitted.map(\.nl)
    #expect(dutch.contains("1 taak met kosten"))
    let omitted = try MSPDIReader.read(Array(Self.msProject.utf8)).omitted.map(\.en)
    // The resource, its assignment, the note and the progress are taken over.
    #expect(
      omitted == [
        "1 task with costs",
        "1 start-to-finish link (SF), which Planwerk does not have",
        "1 link from or to a summary task",
        "1 lag in hours or minutes, rounded to working days",
        "1 summary task below a lot: their name is in their tasks' titles",
        "1 weekday that differs in the calendar: Planwerk works Monday to Friday",
        "1 recurring exception in the calendar",
      ])
  }

  @Test func takesOverMSProjectsProgressNotesAndAssignedResources() throws {
    let item = try MSPDIReader.read(Array(Self.msProject.utf8)).plan.lots[0].items[0]
    #expect(item.owner == "Inkoopadviseur")
    #expect(item.note == "Met de ambtenaar van de regio")
    // 40% without an actual start: it started on its own start, and keeps it.
    #expect(item.progress == Progress(started: Day(iso: "2025-01-06")!, percent: 40))
    #expect(item.fixed && item.anchor == PlanDate(Day(iso: "2025-01-06")!))
  }

  static let followed = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Project xmlns="http://schemas.microsoft.com/project">
      <Title>Gevolgd</Title>
      <StatusDate>2025-03-03T17:00:00</StatusDate>
      <Tasks>
        <Task><UID>1</UID><ID>1</ID><Name>Perceel A</Name><OutlineLevel>1</OutlineLevel>
          <Start>2025-01-06T08:00:00</Start><Finish>2025-04-30T17:00:00</Finish><Summary>1</Summary>
          <HyperlinkAddress>\\\\server\\share\\plan.docx</HyperlinkAddress></Task>
        <Task><UID>2</UID><ID>2</ID><Name>Voorbereiding</Name><OutlineLevel>2</OutlineLevel>
          <Start>2025-01-06T08:00:00</Start><Finish>2025-01-31T17:00:00</Finish>
          <PercentComplete>100</PercentComplete><ActualStart>2025-01-06T08:00:00</ActualStart>
          <ActualFinish>2025-01-31T17:00:00</ActualFinish>
          <Hyperlink>Startnotitie</Hyperlink>
          <HyperlinkAddress>https://raad.example.nl/startnotitie</HyperlinkAddress></Task>
        <Task><UID>3</UID><ID>3</ID><Name>Uitvraag</Name><OutlineLevel>2</OutlineLevel>
          <Start>2025-02-03T08:00:00</Start><Finish>2025-04-30T17:00:00</Finish>
          <PercentComplete>25</PercentComplete><ActualStart>2025-02-03T08:00:00</ActualStart>
          <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type></PredecessorLink></Task>
        <Task><UID>4</UID><ID>4</ID><Name>Publicatie</Name><OutlineLevel>2</OutlineLevel>
          <Start>2025-02-14T17:00:00</Start><Finish>2025-02-14T17:00:00</Finish>
          <Milestone>1</Milestone><PercentComplete>100</PercentComplete>
          <ActualStart>2025-02-14T17:00:00</ActualStart><ActualFinish>2025-02-14T17:00:00</ActualFinish></Task>
      </Tasks>
      <Resources>
        <Resource><UID>1</UID><ID>1</ID><Name>Jan</Name></Resource>
        <Resource><UID>2</UID><ID>2</ID><Name>Els</Name></Resource>
        <Resource><UID>3</UID><ID>3</ID><Name>Vacature</Name></Resource>
      </Resources>
      <Assignments>
        <Assignment><UID>1</UID><TaskUID>3</TaskUID><ResourceUID>1</ResourceUID></Assignment>
        <Assignment><UID>2</UID><TaskUID>3</TaskUID><ResourceUID>2</ResourceUID></Assignment>
      </Assignments>
    </Project>
    """

  @Test func readsActualDatesHyperlinksAndEveryAssignedResource() throws {
    let read = try MSPDIReader.read(Array(Self.followed.utf8))
    let items = read.plan.lots[0].items
    let day = { (iso: String) in Day(iso: iso)! }
    #expect(
      items[0].progress == Progress(started: day("2025-01-06"), finished: day("2025-01-31")))
    #expect(
      items[0].documents == [
        Document(name: "Startnotitie", url: "https://raad.example.nl/startnotitie")
      ])
    #expect(items[1].progress == Progress(started: day("2025-02-03"), percent: 25))
    #expect(items[1].owner == "Jan, Els")
    #expect(items[2].progress == Progress(finished: day("2025-02-14")))
    #expect(items[2].fixed)
    // A file on a share is no web address; a resource of no task is no owner.
    #expect(read.plan.lots[0].documents.isEmpty)
    #expect(
      read.omitted.map(\.en) == [
        "1 resource (people, equipment) without a task: Planwerk does not plan staffing, an assigned resource becomes the owner",
        "1 hyperlink that is not a web or mail address",
      ])
  }

  @Test(arguments: MSPDIFixtures.seeds + ["grenzen", "msproject"])
  func readsItsOwnExportOfAForeignPlanBackTheSame(_ name: String) throws {
    let bytes = name == "msproject" ? Array(Self.msProject.utf8) : try MSPDIFixtures.tj3(name)
    let read = try MSPDIReader.read(bytes).plan
    let again = try MSPDIFixtures.roundTrip(read).plan
    #expect(again.allItems == read.allItems)
    #expect(Set(again.links) == Set(read.links))
    #expect(again.calendar == read.calendar)
    #expect(again.lots.map(\.id) == read.lots.map(\.id))
  }
}
