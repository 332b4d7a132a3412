#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The only code that touches the process: it reads the arguments, environment and files,
/// calls `run`, writes the output, and exits with its code.
@main
struct Entry {
  static func main() {
    signal(SIGPIPE, SIG_IGN)
    var environment: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
      let text = String(cString: entry)
      if let eq = text.firstIndex(of: "=") {
        environment[String(text[..<eq])] = String(text[text.index(after: eq)...])
      }
      pointer += 1
    }
    var context = Context(
      environment: environment, readFile: readWholeFile, stdoutIsTerminal: isatty(STDOUT_FILENO) == 1)
    context.cpuCount = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    if isatty(STDERR_FILENO) == 1 { context.progress = ProgressLine.shared.report }
    let output = run(Array(CommandLine.arguments.dropFirst()), context: context)
    write(output.stdout, to: STDOUT_FILENO)
    write(output.stderr, to: STDERR_FILENO)
    exit(output.exitCode)
  }

  static func write(_ text: String, to descriptor: Int32) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
      if n <= 0 {
        if n < 0 && errno == EINTR { continue }
        return
      }
      offset += n
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

  static func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }

  @Sendable func report(_ finished: Int, _ total: Int) {
    pthread_mutex_lock(&lock)
    defer { pthread_mutex_unlock(&lock) }
    done += finished
    let percent = total > 0 ? done * 100 / total : 100
    guard percent != shownPercent, ProgressLine.now() - start > 1 else { return }
    shownPercent = percent
    Entry.write(percent >= 100 ? "\r\u{1B}[K" : "\rSimulating: \(percent)%", to: STDERR_FILENO)
  }
}

/// Reads a whole file, or standard input for "-"; a directory or unreadable file is a failure
/// with the system's reason.
@Sendable func readWholeFile(_ path: String) -> FileRead {
  let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
  if descriptor < 0 { return .failure(String(cString: strerror(errno))) }
  defer { if path != "-" { close(descriptor) } }
  var info = stat()
  if fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR { return .failure("is a directory") }
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
    if bytes.count > 16 << 20 { return .failure("larger than 16 MiB: not a profile") }
  }
  return .bytes(bytes)
}
