import FuzzDriver
import PlanKit
import Workbench

/// The session loader: any bytes are read or refused, never crash; what is read saves and
/// reads back the same.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzSessionFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  // The parser sees the raw bytes too, UTF-8 or not, as a file lent by FileAccess would be
  // had its check been skipped.
  _ = try? SessionFile.decode(UnsafeBufferPointer(start: data, count: size))
  let text = text(data, size)
  guard let contents = try? SessionFile.decode(text) else { return 0 }
  let saved = SessionFile.encode(contents.plan, contents.settings, journal: contents.journal)
  guard let again = try? SessionFile.decode(saved), again.plan == contents.plan,
    again.journal == contents.journal
  else {
    fatalError("a session that was read does not read back the same once saved")
  }
  return 0
}
