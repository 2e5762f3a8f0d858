#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The IPv4 addresses of this machine's network interfaces that others can reach: every one
/// that is up, not the loopback. What `presenteer luister 0.0.0.0` prints instead of an
/// address nobody can open, and what a refused address is told to choose from.
enum NetworkAddresses {
  /// - Complexity: O(interfaces).
  static func ipv4() -> [String] {
    var first: UnsafeMutablePointer<ifaddrs>?
    guard getifaddrs(&first) == 0 else { return [] }
    defer { freeifaddrs(first) }
    var found: [String] = []
    var next = first
    while let entry = next {
      defer { next = entry.pointee.ifa_next }
      let flags = Int32(entry.pointee.ifa_flags)
      guard let address = entry.pointee.ifa_addr,
        address.pointee.sa_family == sa_family_t(AF_INET),
        flags & Int32(IFF_UP) != 0, flags & Int32(IFF_LOOPBACK) == 0
      else { continue }
      var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
      let written = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { socket in
        var ip = socket.pointee.sin_addr
        return inet_ntop(AF_INET, &ip, &text, socklen_t(text.count))
      }
      guard written != nil else { continue }
      let shown = String(
        decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if !found.contains(shown) { found.append(shown) }
    }
    return found
  }
}
