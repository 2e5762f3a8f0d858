import PlanJSON
import PlanKit
import Testing

@testable import PlanRender

struct PlanJSONExportTests {
  @Test func exportsTheScheduledPlan() throws {
    let text = PlanJSONExport.render(GanttChartTests.designPlan)
    guard case .object(let root) = try JSONParser.parse(text) else {
      Issue.record("not an object")
      return
    }
    #expect(root["format"] == .string("planwerk-plan") && root["version"] == .int(1))
    guard case .array(let lots) = root["lots"], case .object(let lot) = lots.first,
      case .array(let items) = lot["items"], case .object(let milestone) = items.last
    else {
      Issue.record("no items")
      return
    }
    #expect(lot["procedure"] == .string("sas"))
    #expect(items.count == 4)
    #expect(milestone["type"] == .string("milestone"))
    #expect(
      milestone["start"] == .string("2024-01-01") && milestone["end"] == .string("2024-01-01"))
    #expect(milestone["title"] == .string("Start uitvoering"))
    guard case .object(let phase) = items.first else { return }
    #expect(phase["end"] == .string("2022-09-01") && phase["precision"] == .string("day"))
  }
}
