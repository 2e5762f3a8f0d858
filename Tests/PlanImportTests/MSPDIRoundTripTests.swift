import PlanKit
import PlanRender
import Testing

@testable import PlanImport

/// Planwerk → MS Project XML → Planwerk gives the plan back: every seed session's lots,
/// items (dates with their precision), links, calendar, and a schedule that moves nothing.
@Suite struct MSPDIRoundTripTests {
  @Test(arguments: MSPDIFixtures.seeds)
  func readsBackEverySeedSessionItemForItem(_ name: String) throws {
    let plan = try MSPDIFixtures.session(name)
    let read = try MSPDIFixtures.roundTrip(plan).plan
    #expect(read.title == plan.title)
    #expect(read.organisation == plan.organisation)
    #expect(read.lots.map(\.id) == plan.lots.map(\.id))
    #expect(read.lots.map(\.title) == plan.lots.map(\.title))
    #expect(read.lots.map(\.procedure) == plan.lots.map(\.procedure))
    #expect(read.lots.map(\.value) == plan.lots.map(\.value))
    #expect(
      read.allItems.map(MSPDIFixtures.Shape.init) == plan.allItems.map(MSPDIFixtures.Shape.init))
    #expect(Set(read.links) == MSPDIFixtures.links(plan))
    // The rules too: anchor, length as typed, fixed, niet eerder dan, uiterlijk.
    #expect(read.allItems == plan.allItems)
    #expect(read.calendar == plan.calendar)
  }

  @Test(arguments: MSPDIFixtures.seeds)
  func schedulesTheReadPlanToTheSameDates(_ name: String) throws {
    let plan = try MSPDIFixtures.session(name)
    var read = try MSPDIFixtures.roundTrip(plan).plan
    #expect(read.defect == nil)
    _ = Scheduler.schedule(&read)
    #expect(
      read.allItems.map(MSPDIFixtures.Shape.init) == plan.allItems.map(MSPDIFixtures.Shape.init))
  }

  @Test func omitsNothingFromPlanwerksOwnFile() throws {
    let plan = try MSPDIFixtures.session("003-amersfoort")
    #expect(try MSPDIFixtures.roundTrip(plan).omitted.isEmpty)
  }
}
