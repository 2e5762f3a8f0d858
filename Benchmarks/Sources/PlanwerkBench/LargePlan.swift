import PlanFiles
import PlanKit
import Platform
import Workbench

/// A large plan opened in a session the quick way, as `measure` builds one: generated,
/// scheduled and saved, then opened with `open` (not typed, which is what is slow today).
enum LargePlan {
  static func open(phases: Int, in directory: String) throws -> BenchSession {
    var plan = PlanGenerator.plan(phases: phases)
    if case .failure = Scheduler.schedule(&plan) { fatalError("cycle") }
    let path = directory + "/plan-\(phases).json"
    try DiskFiles().write(path, SessionFile.encode(plan, Settings()))
    let session = BenchSession(stateDirectory: directory + "/state")
    session.run("open \"\(path)\"")
    return session
  }
}
