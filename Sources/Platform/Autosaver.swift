import PlanFiles
import PlanKit
import Workbench

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Keeps the autosave journal beside the session (`plan.json.autosave`), or for a plan that
/// was never saved in the state directory under this process's own name, in step with the
/// interpreter: each new step is appended and, as `durability` says, flushed to disk before
/// the answer is shown; a save empties it away. After a write that failed, the next one
/// rewrites the whole file, so no step is ever glued to a torn line.
public final class Autosaver {
  let stateDirectory: String
  let identity: ProcessIdentity

  /// When appended steps are forced to disk.
  public enum Durability: Equatable, Sendable {
    /// Before each answer: what the shell or a pipe was told is done survives a power cut.
    case everyStep
    /// Once `steps` steps or `within` time are waiting, and at `settle()`: for a script file,
    /// which is its own record. The steps wait in memory and go to disk in one write and one
    /// flush per group: a crash or a power cut during a script may lose the autosave of its
    /// last group, which the script still holds.
    case grouped(steps: Int, within: Duration)

    /// A script file's: groups of 4,096 steps or 0.2 s, whichever comes first.
    public static let script = Durability.grouped(steps: 4096, within: .milliseconds(200))
  }

  /// Settable between commands; `everyStep` forces what waits at the next sync.
  public var durability = Durability.everyStep {
    didSet {
      switch durability {
      case .everyStep: (groupSteps, groupTime) = (1, 0)
      case .grouped(let steps, let within):
        (groupSteps, groupTime) = (steps, Self.nanoseconds(within))
      }
      dueBy = Self.sum(waitingSince, groupTime)
    }
  }
  // The state below is read and changed after every command. An autosaver is not Sendable:
  // one thread uses it at a time, and no access to its state overlaps another, so the
  // run-time exclusivity check (a call on each look) is left out: `@exclusivity(unchecked)`.

  /// `durability` as every command reads it: a group of one step is every step's own flush;
  /// its time in nanoseconds.
  @exclusivity(unchecked) private var groupSteps = 1
  @exclusivity(unchecked) private var groupTime = 0

  /// What this run's autosave file holds: the steps `start..<end` of the journal
  /// `generation`, after a header of `place`. A class: each command looks at it several
  /// times and moves its end, and a reference is all that is passed around for that.
  private final class Written {
    let location: String
    /// `location` as the system takes it, made once: the file is opened after every command.
    let path: ContiguousArray<CChar>
    let place: Autosave.Place
    let generation: Int
    let start: Int
    @exclusivity(unchecked) var end: Int
    /// The last step written, alone in an array: a journal that only has the same number and
    /// length (another interpreter's) is told apart by it. In an array it is compared where
    /// it lies; a property of its own would be copied out, field by field, for each look.
    @exclusivity(unchecked) private var last: [Journal.Step]

    /// - Complexity: O(the location's length).
    init(
      location: String, place: Autosave.Place, generation: Int, start: Int, end: Int,
      last: Journal.Step
    ) {
      self.location = location
      self.path = location.utf8CString
      self.place = place
      self.generation = generation
      self.start = start
      self.end = end
      self.last = [last]
    }

    /// Whether `steps` still holds the steps written, at their place: the last one is compared.
    ///
    /// - Complexity: O(1).
    func isContinued(by steps: [Journal.Step]) -> Bool {
      let last = self.last
      guard end <= steps.count else { return false }
      // Field by field: each is read where it lies, where a whole step would be copied out
      // for an equality the compiler cannot see into.
      let same =
        steps[end - 1].command == last[0].command && steps[end - 1].time == last[0].time
        && steps[end - 1].today == last[0].today && steps[end - 1].effect == last[0].effect
        && steps[end - 1].imported == last[0].imported
      // A field a step gains must be compared here too: a debug build says when it is not.
      assert(same == (steps[end - 1] == last[0]), "a field of Journal.Step is not compared")
      return same
    }

    /// `steps` written to its end.
    ///
    /// - Complexity: O(1).
    func grown(to steps: [Journal.Step]) {
      end = steps.count
      last[0] = steps[steps.count - 1]
    }
  }
  @exclusivity(unchecked) private var written: Written?
  /// Whether `written` keeps a plan this run does not hold.
  private var writtenDetached = false
  /// A leftover this run recovered from: gone once its steps are in this run's own autosave.
  private var inherited: String?
  /// Steps not yet forced to disk, and (while there are any) since when the first of them
  /// waits; grouped, their lines wait in `buffer`, not yet written.
  @exclusivity(unchecked) private var waiting = 0
  @exclusivity(unchecked) private var buffer: [UInt8] = []
  @exclusivity(unchecked) private var waitingSince = 0
  /// When the steps waiting must go to disk at the latest: `waitingSince` and `groupTime`.
  @exclusivity(unchecked) private var dueBy = 0
  /// Steps encoded and times the file was forced to disk, over the autosaver's life: what a
  /// test counts to show that a command costs what it changes, not what came before.
  @exclusivity(unchecked) private(set) var encodedSteps = 0
  @exclusivity(unchecked) private(set) var forcedToDisk = 0

  public init(
    stateDirectory: String = Autosaver.defaultStateDirectory,
    identity: ProcessIdentity = .current
  ) {
    self.stateDirectory = stateDirectory
    self.identity = identity
    unsavedLocation = stateDirectory + "/unsaved-\(identity.pid)-\(identity.started).autosave"
  }

  /// This run's unsaved plan's autosave, made once: every command of a script asks for it.
  private let unsavedLocation: String

  /// `$PLANWERK_STATE`, else `$XDG_STATE_HOME/planwerk`, else `~/.local/state/planwerk`.
  public static var defaultStateDirectory: String {
    if let path = getenv("PLANWERK_STATE") { return String(cString: path) }
    if let path = getenv("XDG_STATE_HOME") { return String(cString: path) + "/planwerk" }
    let home = getenv("HOME").map { String(cString: $0) } ?? "/tmp"
    return home + "/.local/state/planwerk"
  }

  /// Where the autosave of a session (or of this run's unsaved plan) lives: beside the file
  /// the session's path leads to, so that a symlink and its target share one autosave.
  public func location(for session: String?) -> String {
    session.map { SessionLock.resolved($0) + ".autosave" } ?? unsavedLocation
  }

  /// An autosave that still held unsaved steps when the session moved on (`open`, `nieuw`):
  /// left where the next start finds it.
  public struct Kept: Equatable, Sendable {
    public var location: String
    /// The session it belongs to; nil for a plan that was never saved.
    public var session: String?
  }

  /// Brings the autosave in step with the interpreter's unsaved steps. With `detached` (the
  /// plan is another Planwerk's, or only read here) the whole journal is kept in the state
  /// directory as an unsaved plan's, so that a crash loses no typed work there either.
  ///
  /// While the journal is the one written, grown at its end under the same header, only the
  /// new steps are appended; anything else rewrites the file whole.
  ///
  /// - Returns: the earlier autosave, when the session moved on before its steps were saved;
  ///   it is kept for the next start, never removed.
  /// - Complexity: O(new steps) while the file continues; O(unsaved steps) when it is
  ///   rewritten, and when the session moved on to a journal of its own (see `carries`).
  @discardableResult
  public func sync(_ interpreter: Interpreter, detached: Bool = false) throws(PlanError) -> Kept? {
    let place: Autosave.Place
    let start: Int
    if detached {
      place = Autosave.Place(
        session: nil, after: 0, whole: false, based: interpreter.journal.hasBase)
      start = interpreter.hasUnsavedChanges ? 0 : interpreter.journal.steps.count
    } else {
      (place, start) = Autosave.pendingPlace(interpreter)
    }
    let count = interpreter.journal.steps.count
    let empty = start >= count
    let location = location(for: place.session)
    // Read only or taken over, the plan's autosave moves to the state directory, under the
    // name an unsaved plan's has: that is a move to another session as well.
    let moved = written.map { $0.location != location || writtenDetached != detached } ?? false
    let generation = interpreter.journalIdentity
    // The common case, a command that added steps to the journal written or none at all:
    // nothing is copied, and only the new steps are encoded.
    if !moved, !empty, let written, continues(written, place, start, generation, interpreter) {
      try append(from: written, interpreter)
    } else {
      var kept: Kept?
      if moved { try? settle() }
      if let written, moved || empty {
        if moved, !carries(interpreter, written) {
          // Left for the next start: what it holds must outlast a power cut as well.
          try? settle()
          kept = keep(written)
        } else {
          unlink(written.location)
        }
        forget()
      }
      guard !empty else {
        dropInherited()
        return kept
      }
      try rewrite(interpreter, detached: detached, place, start, location)
      writtenDetached = detached
      dropInherited()
      if isDue { try settle() }
      return kept
    }
    if inherited != nil { dropInherited() }
    if isDue { try settle() }
    return nil
  }

  /// Appends the steps the journal grew by since `written`, and forces them to disk now or
  /// leaves them waiting, as `durability` says.
  ///
  /// - Complexity: O(new steps), plus the write and the flush.
  private func append(from written: Written, _ interpreter: Interpreter) throws(PlanError) {
    let steps = interpreter.journal.steps
    guard written.end < steps.count else { return }
    Autosave.appendStepLines(steps, written.end..<steps.count, to: &buffer)
    let new = steps.count - written.end
    encodedSteps += new
    if groupSteps <= 1 {
      do {
        try append(buffer, to: written, force: true)
      } catch {
        forget()
        throw error
      }
      buffer.removeAll(keepingCapacity: true)
      // The flush took what waited from an earlier durability along.
      forcedToDisk += 1
      waiting = 0
    } else {
      if waiting == 0 {
        waitingSince = Self.now()
        dueBy = Self.sum(waitingSince, groupTime)
      }
      waiting += new
    }
    written.grown(to: steps)
  }

  /// Writes the file whole: the header and every unsaved step, forced to disk.
  ///
  /// - Complexity: O(unsaved steps).
  private func rewrite(
    _ interpreter: Interpreter, detached: Bool, _ place: Autosave.Place, _ start: Int,
    _ location: String
  ) throws(PlanError) {
    let steps = interpreter.journal.steps
    let header =
      detached
      ? Autosave.Header(session: nil, after: 0, base: interpreter.journal.base)
      : Autosave.pendingStart(interpreter).header
    if header.session == nil { makeDirectory(stateDirectory) }
    var lines: [UInt8] = []
    Autosave.appendStepLines(steps, start..<steps.count, to: &lines)
    let text = Autosave.headerLine(header) + "\n" + String(decoding: lines, as: UTF8.self)
    encodedSteps += steps.count - start
    buffer.removeAll(keepingCapacity: true)
    do {
      // Forced to disk as it is written, whatever the durability: it is one write.
      try DiskFiles().write(location, text)
    } catch {
      throw failure(
        location,
        reason: Phrase(nl: Self.reason(error.message.nl), en: Self.reason(error.message.en)))
    }
    forcedToDisk += 1
    written = Written(
      location: location, place: place, generation: interpreter.journalIdentity, start: start,
      end: steps.count, last: steps[steps.count - 1])
    waiting = 0
  }

  /// Whether the steps waiting must be forced to disk now.
  private var isDue: Bool {
    waiting > 0
      && (waiting >= groupSteps || Self.now() >= dueBy)
  }

  /// The monotonic clock in nanoseconds: a script reads it after every command, and the
  /// system's clock is cheaper to ask and to compare with than `ContinuousClock`.
  ///
  /// - Complexity: O(1).
  private static func now() -> Int {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Int(time.tv_sec) &* 1_000_000_000 &+ Int(time.tv_nsec)
  }

  /// A duration in nanoseconds, the longest ones taken as forever.
  ///
  /// - Complexity: O(1).
  private static func nanoseconds(_ duration: Duration) -> Int {
    let (seconds, attoseconds) = duration.components
    let (whole, overflow) = Int(seconds).multipliedReportingOverflow(by: 1_000_000_000)
    return overflow ? (seconds < 0 ? .min : .max) : sum(whole, Int(attoseconds / 1_000_000_000))
  }

  /// `a + b`, held at the ends instead of overflowing.
  ///
  /// - Complexity: O(1).
  private static func sum(_ a: Int, _ b: Int) -> Int {
    let (total, overflow) = a.addingReportingOverflow(b)
    return overflow ? (b < 0 ? .min : .max) : total
  }

  /// Forces the steps written since the last time to disk: at the end of a script, and
  /// before anything asks the user. After a failure the next sync rewrites the file whole.
  ///
  /// - Complexity: O(1), plus what the disk takes to flush the steps waiting.
  public func settle() throws(PlanError) {
    guard waiting > 0, let written else { return }
    waiting = 0
    if !buffer.isEmpty {
      defer { buffer.removeAll(keepingCapacity: true) }
      do {
        try append(buffer, to: written, force: true)
      } catch {
        self.written = nil
        throw error
      }
      forcedToDisk += 1
      return
    }
    let fd = open(written.location, O_WRONLY)
    var code: Int32 = 0
    if fd < 0 {
      code = errno
    } else {
      if fsync(fd) != 0 { code = errno }
      close(fd)
    }
    guard code == 0 else {
      self.written = nil
      throw failure(written.location, reason: reason(code))
    }
    forcedToDisk += 1
  }

  /// Whether the autosave file still holds the start of the steps to write now: the same
  /// journal under the same header, not shorter than what was written. The header's base
  /// belongs to the journal, so it is not compared plan against plan.
  ///
  /// - Complexity: O(1): one step is compared.
  private func continues(
    _ written: Written, _ place: Autosave.Place, _ start: Int, _ generation: Int,
    _ interpreter: Interpreter
  ) -> Bool {
    // Field by field: the synthesized equality is a call the compiler cannot see into.
    guard written.generation == generation, written.start == start,
      written.place.after == place.after, written.place.whole == place.whole,
      written.place.based == place.based, written.place.session == place.session
    else { return false }
    return written.isContinued(by: interpreter.journal.steps)
  }

  /// Whether the session still holds the steps written (saved under another name, or carried
  /// on in its journal): then the autosave that held them is no longer the only copy.
  ///
  /// - Complexity: O(1) while the session still has the journal written; otherwise the
  ///   autosave is read back and searched for, O(steps × unsaved steps) at worst, which is
  ///   paid only when the session moves on to another journal (`open`, `nieuw`).
  private func carries(_ interpreter: Interpreter, _ written: Written) -> Bool {
    let journal = interpreter.journal.steps
    if written.generation == interpreter.journalIdentity, written.isContinued(by: journal) {
      return true
    }
    guard let text = try? DiskFiles().read(written.location),
      let steps = try? Autosave.decode(text).steps
    else { return false }
    guard !steps.isEmpty, journal.count >= steps.count else { return steps.isEmpty }
    return (0...(journal.count - steps.count)).contains {
      journal[$0..<($0 + steps.count)].elementsEqual(steps)
    }
  }

  /// Leaves an autosave whose session moved on where a later start offers it: a session's
  /// beside its file; an unsaved plan's under a new numbered name of this run, which the
  /// scan of leftovers takes once this run has ended (its own name is written again).
  private func keep(_ written: Written) -> Kept? {
    guard written.place.session == nil else {
      return Kept(location: written.location, session: written.place.session)
    }
    let stem = stateDirectory + "/unsaved-\(identity.pid)-\(identity.started)"
    for number in 2...1000 {
      let target = stem + "-\(number).autosave"
      // link(2) refuses to replace an existing name, where rename(2) would overwrite it.
      if link(written.location, target) == 0 {
        unlink(written.location)
        return Kept(location: target, session: nil)
      }
      guard errno == EEXIST else { return nil }
    }
    return nil
  }

  /// Whether this run's autosave holds steps now.
  public var holdsSteps: Bool { written != nil }

  /// Whether steps a group holds are not yet on disk: the answers to them wait as well.
  ///
  /// - Complexity: O(1).
  public var hasWaitingSteps: Bool { waiting > 0 }

  /// Where this run's autosave is, when it holds steps.
  public var writtenLocation: String? { written?.location }

  private func dropInherited() {
    if let inherited, inherited != written?.location { unlink(inherited) }
    inherited = nil
  }

  /// Removes the autosave: the user chose to let the changes go, or saved them.
  public func discard() {
    if let written { unlink(written.location) }
    forget()
    dropInherited()
  }

  /// Lets go of the autosave without removing it: another Planwerk took the plan over.
  public func forget() {
    written = nil
    buffer.removeAll(keepingCapacity: true)
    waiting = 0
  }

  /// The recovered leftover at `location` is this run's now; it goes once it is rewritten.
  public func inherit(_ location: String) {
    inherited = location
  }

  /// What an earlier run left for a session, or of an unsaved plan the newest leftover whose
  /// process is gone; the others wait for later starts.
  public func found(for session: String?) -> Leftover? {
    let location: String
    if let session {
      location = self.location(for: session)
    } else {
      guard let newest = leftovers().first else { return nil }
      location = newest
    }
    let text: String
    do {
      text = try DiskFiles().read(location)
    } catch {
      return access(location, F_OK) == 0
        ? Leftover(location: location, contents: .failure(error)) : nil
    }
    do {
      let contents = try Autosave.decode(text)
      guard !contents.steps.isEmpty || contents.unread != nil else { return nil }
      return Leftover(location: location, contents: .success(contents))
    } catch {
      let named = PlanError(Phrase("\(location): ") + error.message, hint: error.hint)
      return Leftover(location: location, contents: .failure(named))
    }
  }

  public struct Leftover {
    public var location: String
    public var contents: Result<Autosave.Contents, PlanError>
  }

  /// Autosaves of unsaved plans whose process has ended, newest first.
  func leftovers() -> [String] {
    var found: [(started: Int, path: String)] = []
    for name in DiskFiles().list(stateDirectory) where name.hasSuffix(".autosave") {
      let path = stateDirectory + "/" + name
      // Written before autosaves had owners: nobody writes it any more.
      if name == "unsaved.autosave" {
        found.append((0, path))
        continue
      }
      // `unsaved-PID-START.autosave`, or `unsaved-PID-START-N.autosave` for a plan the run
      // moved on from before saving it.
      let parts = name.dropLast(".autosave".count).split(separator: "-")
      guard parts.count == 3 || (parts.count == 4 && Int(parts[3]) != nil), parts[0] == "unsaved",
        let pid = Int32(parts[1]), let started = Int(parts[2])
      else { continue }
      let owner = ProcessIdentity(pid: pid, started: started, host: identity.host)
      guard owner != identity, !owner.isAlive else { continue }
      found.append((started, path))
    }
    return found.sorted { $0.started > $1.started }.map(\.path)
  }

  /// Moves an autosave out of the way under the first free name of `.old`, `.old.2`, ...:
  /// earlier leftovers are never overwritten. Returns where it went.
  @discardableResult
  public func setAside(_ location: String) -> String? {
    for number in 1...1000 {
      let target = location + (number == 1 ? ".old" : ".old.\(number)")
      // link(2) refuses to replace an existing name, where rename(2) would overwrite it.
      if link(location, target) == 0 {
        unlink(location)
        return target
      }
      guard errno == EEXIST else { return nil }
    }
    return nil
  }

  func failure(_ path: String, reason: Phrase) -> PlanError {
    PlanError(
      nl: "de autosave \(path) kan niet worden bijgewerkt: \(reason.nl)",
      en: "cannot update the autosave \(path): \(reason.en)")
  }

  /// The cause in a failed write's message ("kan 'x' niet schrijven: de schijf is vol; ..."),
  /// without what it says about saving the plan, which an autosave does not do.
  static func reason(_ message: String) -> String {
    guard let colon = message.firstIndex(of: ":") else { return message }
    let rest = message[message.index(after: colon)...].drop { $0 == " " }
    return String(rest.prefix { $0 != ";" })
  }

  /// Appends whole step lines; with `force`, flushed to disk before it returns.
  ///
  /// - Complexity: O(text), plus the flush.
  private func append(_ text: [UInt8], to written: Written, force: Bool) throws(PlanError) {
    // Opened each time, never kept open: a file set aside or taken over meanwhile must fail
    // here, not take steps under another name.
    let fd = written.path.withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_APPEND) }
    let path = written.location
    guard fd >= 0 else { throw failure(path, reason: reason(errno)) }
    defer { close(fd) }
    let good = lseek(fd, 0, SEEK_END)
    var code: Int32 = 0
    let ok = text.withUnsafeBufferPointer { bytes in
      var done = 0
      while done < bytes.count {
        let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          code = errno
          return false
        }
        done += n
      }
      if force && fsync(fd) != 0 {
        code = errno
        return false
      }
      return true
    }
    guard ok else {
      // Cut the torn line off, so that what is on disk still ends with a whole step.
      if good >= 0 { _ = ftruncate(fd, good) }
      throw failure(path, reason: reason(code))
    }
  }

  private func reason(_ code: Int32) -> Phrase {
    Phrase(nl: DiskFiles().reason(code, .nl), en: DiskFiles().reason(code, .en))
  }

  private func makeDirectory(_ path: String) {
    var prefix = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
      prefix += "/" + part
      mkdir(prefix, 0o700)
    }
  }
}
