// The C library's exp and log for the capacity model (the standard library has none);
// kept here so the Capacity folder depends on nothing else in TCOModel.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension Double {
  /// e raised to this value.
  @inline(__always) var capacityExp: Double { exp(self) }
  /// The natural logarithm of this value.
  @inline(__always) var capacityLog: Double { log(self) }
}
