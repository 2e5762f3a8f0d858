import PlanImport
import PlanKit
import PlanRender

/// The MS Project XML reader: any bytes are read or refused with a place in the file, never
/// crash; a plan that was read exports and reads back to the same items, links and calendar.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzMSPDI(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let read: ImportedPlan
  do {
    read = try MSPDIReader.read(bytes)
  } catch {
    if error.problems.isEmpty || error.problems.contains(where: { $0.line < 1 || $0.column < 1 }) {
      fatalError("a refused file names no place in it: \(error.problems)")
    }
    return 0
  }
  // `export mspdi` refuses a plan outside MS Project's years.
  guard MSPDIExport.outsideYears(read.plan) == nil else { return 0 }
  guard let again = try? MSPDIReader.read(Array(MSPDIExport.render(read.plan).utf8)) else {
    fatalError("Planwerk's export of a plan it read is refused")
  }
  guard again.plan.allItems == read.plan.allItems, Set(again.plan.links) == Set(read.plan.links),
    again.plan.calendar == read.plan.calendar, again.plan.lots.map(\.id) == read.plan.lots.map(\.id)
  else {
    fatalError("a plan that was read does not read back the same from Planwerk's export")
  }
  return 0
}
