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

  /// Where the autosave of a session (or of this run's unsaved plan) lives.
  public func location(for session: String?) -> String {
    session.map { $0 + ".autosave" }
      ?? stateDirectory + "/unsaved-\(identity.pid)-\(identity.started).autosave"
  }

  /// Brings the autosave in step with the interpreter's unsaved steps; with `writing` false
  /// (the plan is another Planwerk's) only this run's own earlier file is cleared away.
  public func sync(_ interpreter: Interpreter, writing: Bool = true) throws(PlanError) {
    let pending = Autosave.pending(interpreter)
    let location = location(for: pending.header.session)
    if let written, written.location != location || pending.steps.isEmpty || !writing {
      unlink(written.location)
      self.written = nil
    }
    guard writing else { return }
    guard !pending.steps.isEmpty else { return dropInherited() }
    if let written, written.header == pending.header,
      pending.steps.starts(with: written.steps)
    {
      let new = pending.steps[written.steps.count...]
      guard !new.isEmpty else { return }
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
    dropInherited()
  }

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
      let parts = name.dropLast(".autosave".count).split(separator: "-")
      guard parts.count == 3, parts[0] == "unsaved", let pid = Int32(parts[1]),
        let started = Int(parts[2])
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
