import PlanKit
import Workbench

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Keeps the autosave journal beside the session (`plan.json.autosave`), or in the state
/// directory for a plan that was never saved, in step with the interpreter: each new step is
/// appended and flushed to disk before the prompt returns; a save empties it away.
public final class Autosaver {
  let stateDirectory: String
  private var written: (location: String, header: Autosave.Header, steps: [Journal.Step])?

  public init(stateDirectory: String = Autosaver.defaultStateDirectory) {
    self.stateDirectory = stateDirectory
  }

  /// `$PLANWERK_STATE`, else `$XDG_STATE_HOME/planwerk`, else `~/.local/state/planwerk`.
  public static var defaultStateDirectory: String {
    if let path = getenv("PLANWERK_STATE") { return String(cString: path) }
    if let path = getenv("XDG_STATE_HOME") { return String(cString: path) + "/planwerk" }
    let home = getenv("HOME").map { String(cString: $0) } ?? "/tmp"
    return home + "/.local/state/planwerk"
  }

  /// Where the autosave of a session (or of an unsaved plan) lives.
  public func location(for session: String?) -> String {
    session.map { $0 + ".autosave" } ?? stateDirectory + "/unsaved.autosave"
  }

  /// Brings the autosave in step with the interpreter's unsaved steps.
  public func sync(_ interpreter: Interpreter) throws(PlanError) {
    let pending = Autosave.pending(interpreter)
    let location = location(for: pending.header.session)
    if let written, written.location != location || pending.steps.isEmpty {
      unlink(written.location)
      self.written = nil
    }
    guard !pending.steps.isEmpty else { return }
    if let written, written.header == pending.header,
      pending.steps.starts(with: written.steps)
    {
      let new = pending.steps[written.steps.count...]
      guard !new.isEmpty else { return }
      try append(new.map { Autosave.stepLine($0) + "\n" }.joined(), to: location)
    } else {
      if pending.header.session == nil { makeDirectory(stateDirectory) }
      let text =
        ([Autosave.headerLine(pending.header)] + pending.steps.map(Autosave.stepLine))
        .joined(separator: "\n") + "\n"
      try DiskFiles().write(location, text)
    }
    written = (location, pending.header, pending.steps)
  }

  /// Removes the autosave: the user chose to let the changes go, or saved them.
  public func discard() {
    if let written { unlink(written.location) }
    written = nil
  }

  /// The autosave left by an earlier run for this session, if any.
  public func found(for session: String?) -> (String, Autosave.Contents)? {
    let location = location(for: session)
    guard let text = try? DiskFiles().read(location),
      let contents = try? Autosave.decode(text), !contents.steps.isEmpty
    else { return nil }
    return (location, contents)
  }

  /// Keeps a declined autosave once, beside the new one, rather than overwriting it.
  public func setAside(_ location: String) {
    rename(location, location + ".old")
  }

  private func append(_ text: String, to path: String) throws(PlanError) {
    let fd = open(path, O_WRONLY | O_APPEND)
    guard fd >= 0 else {
      throw PlanError(
        nl: "de autosave \(path) kan niet worden bijgewerkt",
        en: "cannot update the autosave \(path)")
    }
    defer { close(fd) }
    var text = text
    let ok = text.withUTF8 { bytes in
      var done = 0
      while done < bytes.count {
        let n = write(fd, bytes.baseAddress! + done, bytes.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          return false
        }
        done += n
      }
      return true
    }
    guard ok, fsync(fd) == 0 else {
      throw PlanError(
        nl: "de autosave \(path) kan niet worden bijgewerkt",
        en: "cannot update the autosave \(path)")
    }
  }

  private func makeDirectory(_ path: String) {
    var prefix = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
      prefix += "/" + part
      mkdir(prefix, 0o700)
    }
  }
}
