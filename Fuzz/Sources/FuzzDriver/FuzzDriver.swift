#if canImport(Glibc)
  import Glibc
#endif

/// libFuzzer's own entry point for programs that have a main of their own: SwiftPM gives
/// every executable one, so the targets call the driver instead of letting libFuzzer's main in.
@_silgen_name("LLVMFuzzerRunDriver")
func libFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// Runs libFuzzer with the command line's options (`-max_total_time=60 corpus/`) on `target`.
public func runFuzzer(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  exit(libFuzzerRunDriver(&argc, &argv, target))
}

/// The input as text, at most `limit` bytes of it.
public func text(_ data: UnsafePointer<UInt8>?, _ size: Int, limit: Int = .max) -> String {
  guard let data else { return "" }
  return String(decoding: UnsafeBufferPointer(start: data, count: min(size, limit)), as: UTF8.self)
}
