import PlanKit
import Testing

@testable import PlanFiles

/// A journal record read from its bytes, as opening a session reads every one of them.
struct JournalRecordTests {
  typealias Record = Journal.Record

  static func raw(_ iso: String) -> Int32 { Day(iso: iso)!.raw }

  @Test func readsAMoveAnAdditionAndARemoval() throws {
    let moved = try #require(Record("r1.inkoop 2023-07-01/2024-01-01 → 2023-10-01/2024-04-01"))
    #expect(moved.id == "r1.inkoop")
    #expect(
      moved.before == Journal.Days(start: Self.raw("2023-07-01"), end: Self.raw("2024-01-01")))
    #expect(moved.after == Journal.Days(start: Self.raw("2023-10-01"), end: Self.raw("2024-04-01")))
    let added = try #require(Record("+ r1.gunning 2024-01-01"))
    #expect(added.id == "r1.gunning")
    #expect(added.before == nil)
    #expect(added.after == Journal.Days(start: Self.raw("2024-01-01"), end: nil))
    let removed = try #require(Record("- ëén.fase 2023-07-01/2024-01-01"))
    #expect(removed.id == "ëén.fase")
    #expect(removed.after == nil)
    #expect(removed.before?.end == Self.raw("2024-01-01"))
  }

  @Test func refusesARecordThatIsNotOne() {
    for text in [
      "", "+", "+ ", "+ a", "+ a 2023-7-01", "a 2023-07-01 2023-08-01",
      "a 2023-07-01 → ", "a 2023-07-01→2023-08-01", "a 2023-07-01 → 2023-08-01/", "→",
      "a 2023-07-01/2023-08-01x → 2023-08-01", "* 1 0 0 5 00 00",
    ] {
      #expect(Record(text) == nil, "\(text)")
    }
  }
}
