#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes `bytes` to `path` atomically: into a new temporary file in the same directory, synced,
/// then renamed over `path`. A failure at any point removes the temporary file and leaves any
/// earlier file at `path` untouched. Returns the reason on failure.
@Sendable func atomicWrite(_ path: String, _ bytes: [UInt8]) -> String? {
  let directory: String
  if let slash = path.lastIndex(of: "/") {
    directory = slash == path.startIndex ? "/" : String(path[..<slash])
  } else {
    directory = "."
  }
  let base = path.split(separator: "/").last.map(String.init) ?? path
  guard !base.isEmpty else { return "not a file name" }
  var template = Array("\(directory)/.\(base).llm-tco-XXXXXX".utf8CString)
  let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
  if descriptor < 0 { return String(cString: strerror(errno)) }
  let temporary = String(cString: template)
  func fail(_ reason: String) -> String {
    close(descriptor)
    unlink(temporary)
    return reason
  }
  var offset = 0
  while offset < bytes.count {
    let n = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
    if n < 0 {
      if errno == EINTR { continue }
      return fail(String(cString: strerror(errno)))
    }
    offset += n
  }
  if fchmod(descriptor, 0o644) != 0 || fsync(descriptor) != 0 { return fail(String(cString: strerror(errno))) }
  if close(descriptor) != 0 {
    unlink(temporary)
    return String(cString: strerror(errno))
  }
  if rename(temporary, path) != 0 {
    let reason = String(cString: strerror(errno))
    unlink(temporary)
    return reason
  }
  return nil
}
