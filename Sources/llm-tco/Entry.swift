#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The only code that touches the process: it reads the arguments, environment and files,
/// calls `run`, writes the output, and exits with its code.
///
/// Writing the output: a failed write of standard output (a full disk, `> /dev/full`, a closed
/// descriptor) prints `Error: cannot write to standard output: <reason>` on standard error and
/// exits 74 (EX_IOERR). A closed pipe (`| head`) is not a failure of the command: the reader
/// chose to stop, so the rest of the output is dropped quietly and the exit code is the
/// command's own (so `check ... | head` still reports whether the checks passed). SIGPIPE is
/// ignored, so nothing ends on a signal.
@main
struct Entry {
  /// EX_IOERR: a write failed.
  static let ioError: Int32 = 74

  static func main() {
    signal(SIGPIPE, SIG_IGN)
    // A descriptor 0–2 closed by the caller (`>&-`) would be reused by the first file this
    // process opens; fill it with /dev/null opened read-only, so writes to it fail (EBADF).
    for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) < 0 && errno == EBADF {
      let filler = open("/dev/null", O_RDONLY)
      if filler >= 0 && filler != descriptor {
        dup2(filler, descriptor)
        close(filler)
      }
    }
    var context = Context(
      environment: processEnvironment(), readFile: readWholeFile, stdoutIsTerminal: isatty(STDOUT_FILENO) == 1)
    context.cpuCount = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    if isatty(STDERR_FILENO) == 1 { context.progress = ProgressLine.shared.report }
    let output = run(Array(CommandLine.arguments.dropFirst()), context: context)
    var exitCode = output.exitCode
    // Notes and warnings first, so that in a terminal they stand before the report they qualify.
    // A failed write of standard error cannot be reported anywhere; the exit code still says
    // whether the command failed.
    _ = writeAll(output.stderr, to: STDERR_FILENO)
    let stdoutFailure = writeAll(output.stdout, to: STDOUT_FILENO)
    if let errorNumber = stdoutFailure, errorNumber != EPIPE {
      _ = writeAll(
        "Error: cannot write to standard output: \(String(cString: strerror(errorNumber)))\n", to: STDERR_FILENO)
      exitCode = ioError
    }
    exit(exitCode)
  }

  /// The variables of the process environment the tool reads (`Context.environment` holds only
  /// these): the locale, for the chart's characters, and the shell, for completions. Read one by
  /// one rather than copying the whole environment into a dictionary at every start.
  static let environmentVariablesRead = ["LC_ALL", "LC_CTYPE", "LANG", "SHELL"]

  /// The variables of `environmentVariablesRead` that are set.
  static func processEnvironment() -> [String: String] {
    var environment: [String: String] = [:]
    for name in environmentVariablesRead {
      if let value = getenv(name) { environment[name] = String(cString: value) }
    }
    return environment
  }

  /// Writes all of `text` to `descriptor`; returns `errno` of a failed write, nil on success.
  @discardableResult
  static func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
    // From the string's own UTF-8 storage (no copy of a report of many megabytes).
    var text = text
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return nil }
      var offset = 0
      while offset < bytes.count {
        let n = write(descriptor, base + offset, bytes.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          return errno
        }
        if n == 0 { return EIO }
        offset += n
      }
      return nil
    }
  }
}

/// A progress line on standard error, shown only once a run has taken more than a second.
final class ProgressLine: @unchecked Sendable {
  static let shared = ProgressLine()
  private var lock = pthread_mutex_t()
  private var done = 0
  private var shownPercent = -1
  private let start = ProgressLine.now()

  init() { pthread_mutex_init(&lock, nil) }

  /// Seconds since the epoch; only differences of a second matter here. (`gettimeofday` has the
  /// same name and fields on Linux and Darwin, unlike the clock ids of `clock_gettime`.)
  static func now() -> Double {
    var t = timeval()
    gettimeofday(&t, nil)
    return Double(t.tv_sec) + Double(t.tv_usec) / 1e6
  }

  @Sendable func report(_ finished: Int, _ total: Int) {
    pthread_mutex_lock(&lock)
    defer { pthread_mutex_unlock(&lock) }
    done += finished
    let percent = total > 0 ? done * 100 / total : 100
    guard percent != shownPercent, ProgressLine.now() - start > 1 else { return }
    shownPercent = percent
    Entry.writeAll(percent >= 100 ? "\r\u{1B}[K" : "\rSimulating: \(percent)%", to: STDERR_FILENO)
  }
}

/// Standard input, read once: a command that names "-" twice (`diff BASELINE -`, or a profile
/// and a budget) sees the same bytes both times.
final class StandardInput: @unchecked Sendable {
  static let shared = StandardInput()
  private var lock = pthread_mutex_t()
  private var cached: FileRead?

  init() { pthread_mutex_init(&lock, nil) }

  func read() -> FileRead {
    pthread_mutex_lock(&lock)
    defer { pthread_mutex_unlock(&lock) }
    if let cached { return cached }
    let result = readDescriptor(STDIN_FILENO)
    cached = result
    return result
  }
}

/// The largest input file: 16 MiB.
private let inputSizeLimit = 16 << 20

/// Reads a whole file, or standard input for "-" (read once per process, then reused); a
/// directory or unreadable file is a failure with the system's reason.
@Sendable func readWholeFile(_ path: String) -> FileRead {
  if path == "-" { return StandardInput.shared.read() }
  var descriptor: Int32
  repeat {
    descriptor = open(path, O_RDONLY | O_CLOEXEC)
  } while descriptor < 0 && errno == EINTR
  if descriptor < 0 { return .failure(String(cString: strerror(errno))) }
  defer { close(descriptor) }
  return readDescriptor(descriptor)
}

/// Reads an open descriptor to its end, at most `inputSizeLimit` bytes.
private func readDescriptor(_ descriptor: Int32) -> FileRead {
  var info = stat()
  if fstat(descriptor, &info) == 0 && UInt32(truncatingIfNeeded: info.st_mode) & 0o170000 == 0o040000 {
    return .failure("is a directory")
  }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 65536)
  while true {
    let n = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if n < 0 {
      if errno == EINTR { continue }
      return .failure(String(cString: strerror(errno)))
    }
    if n == 0 { break }
    bytes += buffer[0..<n]
    if bytes.count > inputSizeLimit { return .failure("larger than 16 MiB: not a profile") }
  }
  return .bytes(bytes)
}
