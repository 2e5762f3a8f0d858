import Testing

@testable import PlanFiles

/// A place in a session file, kept apart until a complaint puts it into words.
struct ObjectReaderPlaceTests {
  typealias Place = ObjectReader.Place

  @Test func writesEveryDepthOfAPlaceAsTheFileNestsIt() {
    let root: Place = "plan"
    let lot = root.child("lots").element(3)
    #expect(lot.description == "plan.lots[3]")
    let item = lot.child("items").element(2)
    #expect(item.description == "plan.lots[3].items[2]")
    #expect(item.child("documents").element(0).description == "plan.lots[3].items[2].documents[0]")
    #expect(item.child("start").description == "plan.lots[3].items[2].start")
    #expect(Place("").child("plan").description == "plan")
    #expect(
      Place("").child("journal").child("steps").element(7).child("effect").element(1)
        .description == "journal.steps[7].effect[1]")
  }
}
