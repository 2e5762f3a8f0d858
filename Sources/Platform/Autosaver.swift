import PlanKit
import Workbench

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Keeps the autosave journal beside the session (`plan.json.autosave`), or for a plan that
/// was never saved in the state directory under this process's own name, in step with the
/// interpreter: each new step is appended and flushed to disk before the prompt returns; a
/// save empties it away. After a write that failed, the next one rewrites the whole file, so
/// no step is ever glued to a torn line.
public final class Autosaver {
  let stateDirectory: String
  let identity: ProcessIdentity
  private var written: (location: String, header: Autosave.Header, steps: [Journal.Step])?
  /// Whether `written` keeps a plan this run does not hold.
  private var writtenDetached = false
  /// A leftover this run recovered from: gone once its steps are in this run's own autosave.
  private var inherited: String?

  public init(
    stateDirectory: String = Autosaver.defaultStateDirectory,
    identity: ProcessIdentity = .current
  ) {
    self.stateDirectory = stateDirectory
    self.identity = identity
  }

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
    session.map { SessionLock.resolved($0) + ".autosave" }
      ?? stateDirectory + "/unsaved-\(identity.pid)-\(identity.started).autosave"
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
  /// - Returns: the earlier autosave, when the session moved on before its steps were saved;
  ///   it is kept for the next start, never removed.
  @discardableResult
  public func sync(_ interpreter: Interpreter, detached: Bool = false) throws(PlanError) -> Kept? {
    let pending: (header: Autosave.Header, steps: [Journal.Step])
    if detached {
      pending = (
        Autosave.Header(session: nil, after: 0, base: interpreter.journal.base),
        interpreter.hasUnsavedChanges ? interpreter.journal.steps : []
      )
    } else {
      let contents = Autosave.pending(interpreter)
      pending = (contents.header, contents.steps)
    }
    let location = location(for: pending.header.session)
    var kept: Kept?
    // Read only or taken over, the plan's autosave moves to the state directory, under the
    // name an unsaved plan's has: that is a move to another session as well.
    let moved = written.map { $0.location != location || writtenDetached != detached } ?? false
    if let written, moved || pending.steps.isEmpty {
      if moved, !carries(interpreter, written.steps) {
        kept = keep(written)
      } else {
        unlink(written.location)
      }
      self.written = nil
    }
    guard !pending.steps.isEmpty else {
      dropInherited()
      return kept
    }
    if let written, written.header == pending.header,
      pending.steps.starts(with: written.steps)
    {
      let new = pending.steps[written.steps.count...]
      guard !new.isEmpty else { return kept }
      do {
        try append(new.map { Autosave.stepLine($0) + "\n" }.joined(), to: location)
      } catch {
        self.written = nil
        throw error
      }
    } else {
      if pending.header.session == nil { makeDirectory(stateDirectory) }
      let text =
        ([Autosave.headerLine(pending.header)] + pending.steps.map(Autosave.stepLine))
        .joined(separator: "\n") + "\n"
      do {
        try DiskFiles().write(location, text)
      } catch {
        throw failure(
          location,
          reason: Phrase(nl: Self.reason(error.message.nl), en: Self.reason(error.message.en)))
      }
    }
    written = (location, pending.header, pending.steps)
    writtenDetached = detached
    dropInherited()
    return kept
  }

  /// Whether the session still holds `steps` (saved under another name, or carried on in its
  /// journal): then the autosave that held them is no longer the only copy.
  private func carries(_ interpreter: Interpreter, _ steps: [Journal.Step]) -> Bool {
    let journal = interpreter.journal.steps
    guard !steps.isEmpty, journal.count >= steps.count else { return steps.isEmpty }
    return (0...(journal.count - steps.count)).contains {
      journal[$0..<($0 + steps.count)].elementsEqual(steps)
    }
  }

  /// Leaves an autosave whose session moved on where a later start offers it: a session's
  /// beside its file; an unsaved plan's under a new numbered name of this run, which the
  /// scan of leftovers takes once this run has ended (its own name is written again).
  private func keep(_ written: (location: String, header: Autosave.Header, steps: [Journal.Step]))
    -> Kept?
  {
    guard written.header.session == nil else {
      return Kept(location: written.location, session: written.header.session)
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

  /// Where this run's autosave is, when it holds steps.
  public var writtenLocation: String? { written?.location }

  private func dropInherited() {
    if let inherited, inherited != written?.location { unlink(inherited) }
    inherited = nil
  }

  /// Removes the autosave: the user chose to let the changes go, or saved them.
  public func discard() {
    if let written { unlink(written.location) }
    written = nil
    dropInherited()
  }

  /// Lets go of the autosave without removing it: another Planwerk took the plan over.
  public func forget() {
    written = nil
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

  private func append(_ text: String, to path: String) throws(PlanError) {
    let fd = open(path, O_WRONLY | O_APPEND)
    guard fd >= 0 else { throw failure(path, reason: reason(errno)) }
    defer { close(fd) }
    let good = lseek(fd, 0, SEEK_END)
    var text = text
    var code: Int32 = 0
    let ok = text.withUTF8 { bytes in
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
      if fsync(fd) != 0 {
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
