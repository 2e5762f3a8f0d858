extension String {
  /// `withUTF8` for a body that throws one error type, which the standard library's
  /// `rethrows` would widen to `any Error`.
  public mutating func withTypedUTF8<T, E: Error>(
    _ body: (UnsafeBufferPointer<UInt8>) throws(E) -> T
  ) throws(E) -> T {
    try withUTF8 { bytes in Result(catching: { () throws(E) -> T in try body(bytes) }) }.get()
  }
}
