#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes `bytes` to `path` without ever destroying what `path` names. Returns the reason on failure.
///
/// - A regular file, or a path that does not exist yet, is replaced atomically: the bytes go
///   into a new temporary file in the same directory (its name shortened so that it stays within
///   the file system's name limit), which is synced, given the old file's mode (and owner, when
///   run as root) and renamed over `path`. A failure at any point removes the temporary file and
///   leaves any earlier file untouched. A new file gets mode 0666 less the umask, like `>`.
/// - A symbolic link is followed: the link stays, and the file it points to is replaced as above
///   (or written through, when it is not a regular file).
/// - A device (`/dev/null`, `/dev/full`, a terminal), a FIFO, or a file reached through
///   `/proc` or `/dev/fd` (`/dev/stdout`) is written through, appending: it is never replaced.
///   A failed write reports the system's reason (`No space left on device`).
@Sendable func atomicWrite(_ path: String, _ bytes: [UInt8]) -> String? {
  writeOutputFile(path, bytes)?.reason
}

/// Why an output file was not written: it could not be created or opened (sysexits 73,
/// EX_CANTCREAT), or writing to it failed (74, EX_IOERR: a full disk, an I/O error).
struct OutputFailure: Error, Equatable {
  enum Kind: Equatable {
    case cannotCreate
    case writeFailed
  }
  var kind: Kind
  /// The system's reason, a short phrase ("No space left on device").
  var reason: String

  static func cannotCreate(_ reason: String) -> OutputFailure { OutputFailure(kind: .cannotCreate, reason: reason) }
  static func writeFailed(_ reason: String) -> OutputFailure { OutputFailure(kind: .writeFailed, reason: reason) }

  /// The sysexits code: 73 or 74.
  var exitCode: Int32 { kind == .cannotCreate ? 73 : 74 }
}

/// `atomicWrite` with the kind of failure, so that a caller can exit 73 or 74.
func writeOutputFile(_ path: String, _ bytes: [UInt8]) -> OutputFailure? {
  writeOutputFile(path) { write in _ = write(bytes) }
}

/// `writeOutputFile(_:_:)` for output produced in pieces, so that it need not be held in memory:
/// `produce` is given a function that writes one piece and returns false once writing has failed
/// (then `produce` should stop). The same rules hold: a regular file appears, atomically, only
/// when every piece was written; a device or FIFO is written through as the pieces come.
func writeOutputFile(_ path: String, _ produce: (_ write: ([UInt8]) -> Bool) -> Void) -> OutputFailure? {
  let file: OpenOutput
  switch openOutput(path) {
  case .failure(let failure): return failure
  case .success(let opened): file = opened
  }
  var failure: OutputFailure?
  produce { bytes in
    guard failure == nil else { return false }
    if let reason = writeAll(file.descriptor, bytes) { failure = .writeFailed(reason) }
    return failure == nil
  }
  if let failure {
    file.abandon()
    return failure
  }
  return file.finish()
}

/// An output file open for writing: a temporary file to rename over `path`, or (`temporary`
/// nil) a device, FIFO or kernel link written through.
private struct OpenOutput {
  var descriptor: Int32
  var path: String
  var temporary: String?
  var existing: stat?

  /// Closes the file and, for a temporary one, removes it: any earlier file stays untouched.
  func abandon() {
    close(descriptor)
    if let temporary { unlink(temporary) }
  }

  /// Gives a replacement the old file's owner and mode, syncs it and renames it over `path`;
  /// closes a written-through file.
  func finish() -> OutputFailure? {
    guard let temporary else {
      if close(descriptor) != 0 && errno != EINTR { return .writeFailed(systemReason()) }
      return nil
    }
    func fail(_ failure: OutputFailure) -> OutputFailure {
      abandon()
      return failure
    }
    if let existing {
      // Keep the owner first (only root may give a file away; chown may clear set-id bits), then the mode.
      if geteuid() == 0 { _ = fchown(descriptor, existing.st_uid, existing.st_gid) }
      if fchmod(descriptor, mode_t(truncatingIfNeeded: UInt32(truncatingIfNeeded: existing.st_mode) & 0o7777)) != 0 {
        return fail(.cannotCreate(systemReason()))
      }
    }
    if fsync(descriptor) != 0 { return fail(.writeFailed(systemReason())) }
    if close(descriptor) != 0 {
      let reason = systemReason()
      unlink(temporary)
      return .writeFailed(reason)
    }
    if rename(temporary, path) != 0 {
      let reason = systemReason()
      unlink(temporary)
      return .cannotCreate(reason)
    }
    return nil
  }
}

/// Opens `path` for output as `writeOutputFile` describes.
private func openOutput(_ path: String) -> Result<OpenOutput, OutputFailure> {
  guard !path.isEmpty, !path.hasSuffix("/") else { return .failure(.cannotCreate("not a file name")) }
  var target = path
  var throughKernelLinks = isKernelLinkPath(path)
  // Follow symbolic links by hand, so that a dangling link's target can still be created.
  for hop in 0...40 {
    var info = stat()
    guard lstat(target, &info) == 0 else {
      if errno == ENOENT { break }  // a new file
      return .failure(.cannotCreate(systemReason()))
    }
    guard fileKind(info) == .symbolicLink else { break }
    if hop == 40 { return .failure(.cannotCreate("too many levels of symbolic links")) }
    guard let link = readLink(target) else { return .failure(.cannotCreate(systemReason())) }
    target = link.hasPrefix("/") ? link : directoryPart(target) + "/" + link
    throughKernelLinks = throughKernelLinks || isKernelLinkPath(target)
  }
  var info = stat()
  if stat(path, &info) == 0 {
    switch fileKind(info) {
    case .directory: return .failure(.cannotCreate("is a directory"))
    case .regular where !throughKernelLinks: return openReplacement(target, existing: info)
    default: return openThrough(path)
    }
  }
  if errno != ENOENT { return .failure(.cannotCreate(systemReason())) }
  if throughKernelLinks { return openThrough(path) }
  return openReplacement(target, existing: nil)
}

/// True when `a` and `b` name the same existing regular file (the same device and inode, after
/// following symbolic links); false when either does not exist or is not a regular file.
///
/// Devices and FIFOs are never "the same file" here: `/dev/stdin` and `/dev/stdout` may both be
/// one terminal, and reading from one while writing to the other destroys nothing.
func sameFile(_ a: String, _ b: String) -> Bool {
  var first = stat()
  var second = stat()
  guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
  guard fileKind(first) == .regular, fileKind(second) == .regular else { return false }
  return first.st_dev == second.st_dev && first.st_ino == second.st_ino
}

/// The type bits of a `stat`, by their POSIX values (the same on Linux and Darwin, where the
/// types of `st_mode` and of the `S_IF*` constants differ).
private enum FileKind {
  case regular, directory, symbolicLink, other
}

private func fileKind(_ info: stat) -> FileKind {
  switch UInt32(truncatingIfNeeded: info.st_mode) & 0o170000 {
  case 0o100000: return .regular
  case 0o040000: return .directory
  case 0o120000: return .symbolicLink
  default: return .other
  }
}

private func systemReason() -> String { String(cString: strerror(errno)) }

/// A path under `/proc` or `/dev/fd` is a kernel "magic" link: its text names a descriptor's
/// file (perhaps deleted, or a pipe) rather than a path to replace.
private func isKernelLinkPath(_ path: String) -> Bool {
  path.hasPrefix("/proc/") || path.hasPrefix("/dev/fd/") || path == "/dev/stdout" || path == "/dev/stderr"
}

private func directoryPart(_ path: String) -> String {
  guard let slash = path.lastIndex(of: "/") else { return "." }
  return slash == path.startIndex ? "/" : String(path[..<slash])
}

private func readLink(_ path: String) -> String? {
  var buffer = [CChar](repeating: 0, count: 4097)
  let n = buffer.withUnsafeMutableBufferPointer { readlink(path, $0.baseAddress!, $0.count - 1) }
  guard n > 0 else { return nil }
  return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// Writes every byte to an open descriptor; returns the reason on failure.
private func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> String? {
  var offset = 0
  while offset < bytes.count {
    let n = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
    if n < 0 {
      if errno == EINTR { continue }
      return systemReason()
    }
    if n == 0 { return "the device accepted no more bytes" }
    offset += n
  }
  return nil
}

/// Opens an existing device, FIFO or kernel link to write to it, appending (a `>` redirect is
/// empty at this point; a `>>` one keeps what it had).
private func openThrough(_ path: String) -> Result<OpenOutput, OutputFailure> {
  var descriptor: Int32
  repeat {
    descriptor = open(path, O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC)
  } while descriptor < 0 && errno == EINTR
  if descriptor < 0 { return .failure(.cannotCreate(systemReason())) }
  return .success(OpenOutput(descriptor: descriptor, path: path, temporary: nil, existing: nil))
}

/// Creates the temporary file that will replace the regular file at `path` (or create it) by `rename`.
private func openReplacement(_ path: String, existing: stat?) -> Result<OpenOutput, OutputFailure> {
  let directory = directoryPart(path)
  let base = path.split(separator: "/").last.map(String.init) ?? path
  guard !base.isEmpty, base != ".", base != ".." else { return .failure(.cannotCreate("not a file name")) }
  // ".<base>.llm-tco-XXXXXX" adds 16 bytes: shorten the base so the name stays within the limit.
  let limit = pathconf(directory, Int32(_PC_NAME_MAX))
  let nameMax = limit > 0 && limit < 4096 ? Int(limit) : 255
  let stem = utf8Prefix(base, maxBytes: max(1, nameMax - 16))
  var descriptor: Int32 = -1
  var temporary = ""
  for _ in 0..<100 {
    let tag = randomTag()
    temporary = "\(directory)/.\(stem).llm-tco-\(tag)"
    descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOCTTY | O_CLOEXEC, 0o666)
    if descriptor >= 0 || (errno != EEXIST && errno != EINTR) { break }
  }
  if descriptor < 0 { return .failure(.cannotCreate(systemReason())) }
  return .success(OpenOutput(descriptor: descriptor, path: path, temporary: temporary, existing: existing))
}

/// The longest prefix of `text` of at most `maxBytes` UTF-8 bytes that ends on a whole character.
private func utf8Prefix(_ text: String, maxBytes: Int) -> String {
  guard text.utf8.count > maxBytes else { return text }
  var result = ""
  var count = 0
  for scalar in text.unicodeScalars {
    let size = String(scalar).utf8.count
    if count + size > maxBytes { break }
    result.unicodeScalars.append(scalar)
    count += size
  }
  return result
}

/// Six characters from [A-Za-z0-9], from the system's random source.
private func randomTag() -> String {
  let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".unicodeScalars)
  var tag = String.UnicodeScalarView()
  for _ in 0..<6 { tag.append(alphabet[Int.random(in: 0..<alphabet.count)]) }
  return String(tag)
}
