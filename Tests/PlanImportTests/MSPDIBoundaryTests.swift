import PlanKit
import PlanRender
import Testing

@testable import PlanImport

/// MS Project's Finish is inclusive with a time of day, Planwerk's end exclusive: the
/// boundary both ways, over weekends, holidays and closing days.
@Suite struct MSPDIBoundaryTests {
  static func day(_ iso: String) -> Day { Day(iso: iso)! }

  static func phase(_ id: String, _ start: String, _ end: String) -> Item {
    Item(
      id: id, type: .phase, kind: id.split(separator: ".").last.map(String.init)!,
      start: PlanDate(day(start)), end: PlanDate(day(end)))
  }

  static let christmas = Closing(
    days: day("2022-12-27")..<day("2023-01-03"), title: "Kerstsluiting")

  static func plan(_ items: [Item], holidays: HolidaySet = .gemeente) -> Plan {
    Plan(
      title: "Grenzen", lots: [Lot(id: "a", title: "Perceel A", items: items)],
      calendar: WorkCalendar(holidays: holidays, closings: [christmas]))
  }

  /// Each end with the Finish MS Project shows: 17:00 on the last working day before it.
  static let ends: [(end: String, holidays: HolidaySet, finish: String)] = [
    ("2022-08-01", .gemeente, "2022-07-29"),  // a Monday after a weekend
    ("2023-04-10", .gemeente, "2023-04-07"),  // Easter Monday: Goede Vrijdag is worked
    ("2023-04-10", .atw, "2023-04-06"),  // under the Atw Goede Vrijdag is not
    ("2023-04-11", .gemeente, "2023-04-07"),  // a Tuesday after Easter Monday
    ("2023-05-22", .gemeente, "2023-05-19"),  // the Monday after Hemelvaart
    ("2023-05-22", .atw, "2023-05-17"),  // the Atw's Friday after Hemelvaart is off too
    ("2023-01-03", .gemeente, "2022-12-23"),  // after the Christmas closing and 26 December
    ("2022-09-02", .gemeente, "2022-09-01"),  // a Friday: the day before
  ]

  @Test(arguments: ends.indices)
  func finishesAtFiveOnTheLastWorkingDayBeforeTheEnd(_ index: Int) throws {
    let (end, holidays, finish) = Self.ends[index]
    let plan = Self.plan([Self.phase("a.fase", "2022-06-01", end)], holidays: holidays)
    let xml = MSPDIExport.render(plan)
    #expect(xml.contains("<Finish>\(finish)T17:00:00</Finish>"))
    let read = try MSPDIReader.read(Array(xml.utf8)).plan
    #expect(read.lots[0].items[0].end == PlanDate(Self.day(end)))
    #expect(read.calendar == plan.calendar)
  }

  @Test(arguments: ends.indices)
  func readsAnotherToolsFinishAsEndingTheNextDay(_ index: Int) throws {
    let (_, holidays, finish) = Self.ends[index]
    // Without Planwerk's own field the Finish is all there is: "t/m vrijdag" is "tot zaterdag".
    let xml = MSPDIExport.render(
      Self.plan([Self.phase("a.fase", "2022-06-01", Self.ends[index].end)], holidays: holidays)
    ).replacingOccurrences("<Alias>Planwerk</Alias>", with: "<Alias>Iets</Alias>")
    let read = try MSPDIReader.read(Array(xml.utf8))
    #expect(read.plan.lots[0].items[0].end.day == Self.day(finish).adding(days: 1))
    #expect(!read.omitted.isEmpty)  // the field's values, now someone else's
  }

  @Test func startsOnItsOwnDayAtEightAlsoOnASunday() throws {
    let plan = Self.plan([Self.phase("a.fase", "2022-05-01", "2022-09-01")])
    let xml = MSPDIExport.render(plan)
    #expect(xml.contains("<Start>2022-05-01T08:00:00</Start>"))
    #expect(xml.contains("<Finish>2022-08-31T17:00:00</Finish>"))
    // 2 May to 31 August: 88 weekdays less Hemelvaart (26 May) and Pinksteren (6 June).
    #expect(xml.contains("<Duration>PT688H0M0S</Duration>"))
    #expect(
      try MSPDIReader.read(Array(xml.utf8)).plan.lots[0].items[0].start.day
        == Self.day("2022-05-01"))
  }

  @Test func readsTJ3sMidnightFinishAsItsOwnDay() throws {
    let xml = Self.foreign(start: "2022-05-01T00:00:00", finish: "2022-09-01T00:00:00")
    let item = try MSPDIReader.read(Array(xml.utf8)).plan.lots[0].items[0]
    #expect(item.start.day == Self.day("2022-05-01"))
    #expect(item.end.day == Self.day("2022-09-01"))
  }

  @Test func readsAMovedTaskByItsNewDates() throws {
    let plan = Self.plan([Self.phase("a.fase", "2022-06-01", "2022-08-01")])
    // Moved a week later in MS Project: Planwerk's field still names the old days.
    let xml = MSPDIExport.render(plan)
      .replacingOccurrences("<Start>2022-06-01T08:00:00", with: "<Start>2022-06-08T08:00:00")
      .replacingOccurrences("<Finish>2022-07-29T17:00:00", with: "<Finish>2022-08-05T17:00:00")
    let item = try MSPDIReader.read(Array(xml.utf8)).plan.lots[0].items[0]
    #expect(item.start.day == Self.day("2022-06-08"))
    #expect(item.end.day == Self.day("2022-08-06"))
  }

  @Test func keepsEveryLinkKindAndLagUnit() throws {
    var plan = Self.plan([
      Self.phase("a.voorbereiding", "2022-05-02", "2022-08-01"),
      Self.phase("a.inkoopprocedure", "2022-08-01", "2023-04-10"),
      Self.phase("a.beoordeling", "2023-04-17", "2023-05-16"),
      Self.phase("a.implementatie", "2023-06-05", "2023-09-05"),
      Item(
        id: "a.gunning", type: .milestone, kind: "gunning", start: PlanDate(Self.day("2023-05-14")),
        end: PlanDate(Self.day("2023-05-14"))),
    ])
    plan.links = [
      Link(from: "a.voorbereiding", to: "a.inkoopprocedure", lag: PlanDuration(1, .months)),
      Link(from: "a.inkoopprocedure", to: "a.beoordeling", lag: PlanDuration(1, .weeks)),
      Link(
        from: "a.beoordeling", to: "a.implementatie", kind: .startToStart,
        lag: PlanDuration(10, .workingDays)),
      Link(from: "a.beoordeling", to: "a.gunning", lag: PlanDuration(-2, .days)),
      Link(from: "a.implementatie", to: "a.gunning", kind: .finishToFinish),
    ]
    plan.lots[0].items[0].deadline = PlanDate(Self.day("2022-08-01"))
    plan.lots[0].items[4].deadline = PlanDate(Self.day("2023-06-01"))
    plan.lots[0].items[3].notBefore = PlanDate(Self.day("2023-06-05"))
    _ = Scheduler.schedule(&plan)
    let read = try MSPDIFixtures.roundTrip(plan).plan
    #expect(Set(read.links) == MSPDIFixtures.links(plan))
    #expect(
      read.lots[0].items.map(MSPDIFixtures.Shape.init)
        == plan.lots[0].items.map(MSPDIFixtures.Shape.init))
    var scheduled = read
    _ = Scheduler.schedule(&scheduled)
    #expect(
      scheduled.lots[0].items.map(MSPDIFixtures.Shape.init)
        == plan.lots[0].items.map(MSPDIFixtures.Shape.init))
  }

  /// Found by FuzzMSPDI (Fuzz/Regressions/FuzzMSPDI/phase-in-a-closing.xml): a phase with no
  /// working day starts and finishes at one moment, and is still a phase when read back.
  @Test func readsBackAPhaseThatHoldsNoWorkingDay() throws {
    let plan = Self.plan([Self.phase("a.weekend", "2022-12-24", "2022-12-27")])
    let xml = MSPDIExport.render(plan)
    #expect(xml.contains("<Finish>2022-12-24T08:00:00</Finish>"))
    #expect(xml.contains("<Duration>PT0H0M0S</Duration>"))
    #expect(try MSPDIReader.read(Array(xml.utf8)).plan.allItems == plan.allItems)
  }

  /// Found by FuzzMSPDI (Fuzz/Regressions/FuzzMSPDI/overlapping-closings.xml): MS Project
  /// refuses overlapping exceptions, so closings that overlap are written, and read, as one.
  @Test func readsOverlappingClosingsAsOne() throws {
    var plan = Self.plan([Self.phase("a.fase", "2022-06-01", "2023-03-01")])
    plan.calendar.closings.append(
      Closing(days: Self.day("2022-12-20")..<Self.day("2022-12-30"), title: "Inventaris"))
    let read = try MSPDIReader.read(Array(MSPDIExport.render(plan).utf8)).plan
    #expect(
      read.calendar.closings == [
        Closing(days: Self.day("2022-12-20")..<Self.day("2023-01-03"), title: "Inventaris")
      ])
  }

  /// Found by FuzzMSPDI (Fuzz/Regressions/FuzzMSPDI/untitled-closing.xml): a closing without
  /// a title is written without a name, so that it reads back without a title, not as "Vrij".
  @Test func readsBackAClosingWithoutATitleAsOneWithout() throws {
    var plan = Self.plan([Self.phase("a.fase", "2022-05-02", "2022-07-30")])
    let closing = Closing(days: Self.day("2022-06-06")..<Self.day("2022-06-11"), title: nil)
    plan.calendar.closings.append(closing)
    let xml = MSPDIExport.render(plan)
    #expect(!xml.contains("<Name>Vrij</Name>"))
    let read = try MSPDIReader.read(Array(xml.utf8)).plan
    // Read back in date order, beside the plan's Christmas closing.
    let byStart = { (closings: [Closing]) in
      closings.sorted { $0.days.lowerBound < $1.days.lowerBound }
    }
    #expect(byStart(read.calendar.closings) == byStart(plan.calendar.closings))
    #expect(read.calendar.closings.contains(closing))
  }

  /// Found by FuzzMSPDI (Fuzz/Regressions/FuzzMSPDI/closing-over-goede-vrijdag.xml): a
  /// closing of a year holds Goede Vrijdag, which then says nothing about the holidays; the
  /// municipal calendar stays municipal, and a phase that runs into the closing reads back.
  @Test func keepsTheHolidaysWhenAClosingHoldsGoedeVrijdag() throws {
    var plan = Self.plan([Self.phase("a.fase", "2022-05-02", "2022-07-30")])
    plan.calendar.closings.append(
      Closing(days: Self.day("2022-05-27")..<Self.day("2023-05-28"), title: "Verbouwing"))
    let read = try MSPDIReader.read(Array(MSPDIExport.render(plan).utf8)).plan
    // The Christmas closing inside it is written, and read, as part of it.
    #expect(read.calendar.holidays == .gemeente)
    #expect(read.allItems == plan.allItems)
    let periods = [Self.day("2022-05-27")..<Self.day("2023-05-28")]
    #expect(MSPDICalendarReader.holidaySet(periods) == .gemeente)
    let friday = Self.day("2023-04-07")
    #expect(MSPDICalendarReader.holidaySet([friday..<friday.adding(days: 1)]) == .atw)
  }

  /// Found by FuzzMSPDI (Fuzz/Regressions/FuzzMSPDI/milestone-started-not-reached.xml): a
  /// milestone MS Project calls started but not reached carries nothing a plan keeps, and
  /// reads as no progress at all, as Planwerk's own export then writes it.
  @Test func readsAMilestoneStartedButNotReachedAsNoProgress() throws {
    let text = Self.foreign(
      start: "2022-05-02T08:00:00", finish: "2022-05-02T08:00:00",
      extra: "<Milestone>1</Milestone><ActualStart>2022-05-02T08:00:00</ActualStart>"
        + "<PercentComplete>40</PercentComplete>")
    let read = try MSPDIReader.read(Array(text.utf8)).plan
    let milestone = try #require(read.allItems.first { $0.type == .milestone })
    #expect(milestone.progress == nil)
    let again = try MSPDIReader.read(Array(MSPDIExport.render(read).utf8)).plan
    #expect(again.allItems == read.allItems)
  }

  /// Found by FuzzMSPDI (Fuzz/Regressions/FuzzMSPDI/unnamed-sub-summary.xml): a sub-summary
  /// without a name adds nothing to its tasks' titles, which read back as they were read.
  @Test func leavesAnUnnamedSubSummaryOutOfTheTitle() throws {
    let text = Self.route(
      """
      <Task><UID>2</UID><OutlineLevel>2</OutlineLevel><Summary>1</Summary>
        <Start>2022-06-01T08:00:00</Start><Finish>2022-12-01T17:00:00</Finish></Task>
      <Task><UID>3</UID><Name>Verlenging</Name><OutlineLevel>3</OutlineLevel>
        <Start>2022-06-01T08:00:00</Start><Finish>2022-12-01T17:00:00</Finish></Task>
      """)
    let read = try MSPDIReader.read(Array(text.utf8)).plan
    #expect(read.allItems.map(\.id) == ["r1.verlenging"])
    #expect(read.allItems.map(\.title) == [nil])
    let again = try MSPDIReader.read(Array(MSPDIExport.render(read).utf8)).plan
    #expect(again.allItems == read.allItems)
  }

  /// Found by FuzzMSPDI (Fuzz/Regressions/FuzzMSPDI/lag-rounded-to-nothing.xml): a lag of
  /// half a minute rounds to no lag at all, in either unit, and reads back the same.
  @Test func readsALagThatRoundsToNothingAsNoLag() throws {
    for format in [7, 8] {
      let text = Self.route(
        """
        <Task><UID>2</UID><Name>Voorbereiding</Name><OutlineLevel>2</OutlineLevel>
          <Start>2022-06-01T08:00:00</Start><Finish>2022-09-01T17:00:00</Finish></Task>
        <Task><UID>3</UID><Name>Inkoopprocedure</Name><OutlineLevel>2</OutlineLevel>
          <Start>2022-09-02T08:00:00</Start><Finish>2022-12-01T17:00:00</Finish>
          <PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type>
            <LinkLag>5</LinkLag><LagFormat>\(format)</LagFormat></PredecessorLink></Task>
        """)
      let read = try MSPDIReader.read(Array(text.utf8)).plan
      #expect(read.links.map(\.lag) == [.zero], "LagFormat \(format)")
      let again = try MSPDIReader.read(Array(MSPDIExport.render(read).utf8)).plan
      #expect(again.links == read.links, "LagFormat \(format)")
    }
  }

  /// A file another tool wrote: a lot "Route 1" over `tasks`, from June to December 2022.
  static func route(_ tasks: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <Project xmlns="http://schemas.microsoft.com/project">
      <Tasks>
        <Task><UID>1</UID><Name>Route 1</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary>
          <Start>2022-06-01T08:00:00</Start><Finish>2022-12-01T17:00:00</Finish></Task>
    \(tasks)
      </Tasks>
    </Project>
    """
  }

  /// A file another tool wrote: one lot with one task.
  static func foreign(start: String, finish: String, extra: String = "") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <Project xmlns="http://schemas.microsoft.com/project">
      <Name>ander.xml</Name>
      <Tasks>
        <Task><UID>1</UID><Name>Route 1: Ouderen</Name><OutlineLevel>1</OutlineLevel>
          <Summary>1</Summary><Start>\(start)</Start><Finish>\(finish)</Finish></Task>
        <Task><UID>2</UID><Name>Voorbereiding</Name><OutlineLevel>2</OutlineLevel>
          <Start>\(start)</Start><Finish>\(finish)</Finish>\(extra)</Task>
      </Tasks>
    </Project>
    """
  }
}
