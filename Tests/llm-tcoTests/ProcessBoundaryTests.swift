import Foundation
import Testing

@testable import llm_tco

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a run of the built binary gave.
struct BinaryRun {
  var status: Int32
  /// True when the process ended on a signal (then `status` is the signal number).
  var signaled: Bool
  var stdout: String
  var stderr: String
  /// True when the run was stopped after its time limit.
  var timedOut: Bool
}

/// The built `llm-tco`, next to the test bundle in the products directory; `LLM_TCO_BINARY`
/// overrides it (to run these tests against another build).
let builtBinary: URL = {
  if let path = ProcessInfo.processInfo.environment["LLM_TCO_BINARY"], !path.isEmpty {
    return URL(fileURLWithPath: path)
  }
  return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("llm-tco")
}()

/// Runs `executable` (the built binary unless given) with `arguments`; standard output goes to
/// `stdout` when given (a file handle), otherwise it is captured. Stops the run after `timeout`.
func runBinary(
  _ arguments: [String], executable: URL = builtBinary, stdin: String = "", stdout: FileHandle? = nil,
  timeout: Double = 20
) throws -> BinaryRun {
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  let out = Pipe()
  let err = Pipe()
  let input = Pipe()
  process.standardOutput = stdout ?? out
  process.standardError = err
  process.standardInput = input
  try process.run()
  let collected = CollectedOutput()
  let group = DispatchGroup()
  if stdout == nil {
    DispatchQueue.global().async(group: group) { collected.stdout = out.fileHandleForReading.readDataToEndOfFile() }
  }
  DispatchQueue.global().async(group: group) { collected.stderr = err.fileHandleForReading.readDataToEndOfFile() }
  input.fileHandleForWriting.write(Data(stdin.utf8))
  try input.fileHandleForWriting.close()
  let deadline = Date().addingTimeInterval(timeout)
  var timedOut = false
  while process.isRunning {
    if Date() > deadline {
      timedOut = true
      kill(process.processIdentifier, SIGKILL)  // SIGTERM may be blocked in a test runner's children
      break
    }
    usleep(2000)
  }
  process.waitUntilExit()
  try? out.fileHandleForWriting.close()
  _ = group.wait(timeout: .now() + 5)
  return BinaryRun(
    status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
    stdout: String(decoding: collected.stdout, as: UTF8.self),
    stderr: String(decoding: collected.stderr, as: UTF8.self), timedOut: timedOut)
}

private final class CollectedOutput: @unchecked Sendable {
  var stdout = Data()
  var stderr = Data()
}

/// A new empty directory under the system's temporary folder; remove it with `removeTemporary`.
func makeTemporaryDirectory() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("llm-tco-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
  return url
}

func removeTemporary(_ url: URL) { try? FileManager.default.removeItem(at: url) }

/// The file type bits of `path` (not following a final symbolic link), or nil when it does not exist.
private func fileTypeBits(_ path: String) -> UInt32? {
  var info = stat()
  guard lstat(path, &info) == 0 else { return nil }
  return UInt32(truncatingIfNeeded: info.st_mode) & 0o170000
}

private func permissionBits(_ path: String) -> UInt32? {
  var info = stat()
  guard stat(path, &info) == 0 else { return nil }
  return UInt32(truncatingIfNeeded: info.st_mode) & 0o7777
}

private let characterDevice: UInt32 = 0o020000

/// A private copy of a Linux memory device (`null` is 1:3, `full` is 1:7) in `directory`, so that
/// a regression cannot replace the system's node; the system's node only when this process
/// cannot write to /dev (then nothing can replace it); nil when neither is safe.
private func safeDevice(_ name: String, minor: UInt32, in directory: URL) -> String? {
  #if os(Linux)
    let copy = directory.appendingPathComponent(name).path
    // Only root may make a device node; device numbers are major << 8 | minor for small ones.
    if mknod(copy, mode_t(characterDevice | 0o666), dev_t(1 << 8 | minor)) == 0 {
      // A file system mounted `nodev` holds the node but refuses to open it.
      let descriptor = open(copy, O_WRONLY)
      if descriptor >= 0 {
        close(descriptor)
        return copy
      }
      unlink(copy)
    }
  #endif
  let system = "/dev/" + name
  guard fileTypeBits(system) == characterDevice, access("/dev", W_OK) != 0 else { return nil }
  return system
}
private let fifo: UInt32 = 0o010000
private let symbolicLink: UInt32 = 0o120000
private let regularFile: UInt32 = 0o100000

@Suite("Process boundary")
struct ProcessBoundaryTests {
  /// The report `compare` prints for the built-in example, as `--output` should write it.
  func expectedReport() throws -> String {
    let run = try runBinary(["compare"])
    try #require(run.status == 0 && !run.stdout.isEmpty)
    return run.stdout
  }

  @Test("--output and --samples-out write through a character device and leave it one")
  func outputToDevice() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    guard let device = safeDevice("null", minor: 3, in: directory) else { return }
    let run = try runBinary(["compare", "--output", device])
    #expect(run.status == 0)
    #expect(run.stderr.hasPrefix("Note:"))
    #expect(fileTypeBits(device) == characterDevice)
    let simulate = try runBinary([
      "simulate", "--utilization", "0.3..0.8", "--samples", "100", "--samples-out", device, "--output", device,
    ])
    #expect(simulate.status == 0)
    #expect(fileTypeBits(device) == characterDevice)
    // Nothing else was left in the directory (no temporary file).
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(names.allSatisfy { $0 == "null" })
  }

  @Test("--output to /dev/full is an error with the system's reason, and /dev/full stays a device")
  func outputToFullDevice() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    guard let device = safeDevice("full", minor: 7, in: directory) else { return }
    let run = try runBinary(["compare", "--output", device])
    #expect(run.status != 0)
    #expect(run.stderr.contains("Error: cannot write '\(device)': No space left on device"))
    #expect(fileTypeBits(device) == characterDevice)
  }

  @Test("--output through a symbolic link replaces the file it points to and keeps the link")
  func outputThroughSymbolicLink() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    let target = directory.appendingPathComponent("report.txt").path
    let link = directory.appendingPathComponent("latest.txt").path
    try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "report.txt")
    let run = try runBinary(["compare", "--output", link])
    #expect(run.status == 0)
    #expect(fileTypeBits(link) == symbolicLink)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "report.txt")
    #expect(fileTypeBits(target) == regularFile)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == expectedReport())
  }

  @Test("--output into a FIFO writes through to its reader and leaves the FIFO")
  func outputToFIFO() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    let pipePath = directory.appendingPathComponent("fifo").path
    try #require(mkfifo(pipePath, 0o600) == 0)
    // The reader is a process (`cat`), so it can be stopped if the writer never comes.
    let captured = directory.appendingPathComponent("captured").path
    try #require(FileManager.default.createFile(atPath: captured, contents: nil))
    let reader = Process()
    reader.executableURL = URL(fileURLWithPath: "/bin/cat")
    reader.arguments = [pipePath]
    let capture = try #require(FileHandle(forWritingAtPath: captured))
    reader.standardOutput = capture
    try reader.run()
    let run = try runBinary(["compare", "--output", pipePath], timeout: 10)
    let deadline = Date().addingTimeInterval(5)
    while reader.isRunning && Date() < deadline { usleep(2000) }
    let readerFinished = !reader.isRunning
    if !readerFinished { kill(reader.processIdentifier, SIGKILL) }
    reader.waitUntilExit()
    try capture.close()
    #expect(run.status == 0)
    #expect(readerFinished)
    #expect(fileTypeBits(pipePath) == fifo)
    #expect(try String(contentsOfFile: captured, encoding: .utf8) == expectedReport())
  }

  @Test("--output keeps an existing file's mode (0600 stays 0600)")
  func outputKeepsMode() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    let path = directory.appendingPathComponent("private.txt").path
    try "secret\n".write(toFile: path, atomically: false, encoding: .utf8)
    try #require(chmod(path, 0o600) == 0)
    let run = try runBinary(["compare", "--output", path])
    #expect(run.status == 0)
    #expect(permissionBits(path) == 0o600)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == expectedReport())
  }

  @Test("--output takes a legal 250-byte file name")
  func outputLongName() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    let name = String(repeating: "a", count: 246) + ".txt"
    #expect(name.utf8.count == 250)
    let path = directory.appendingPathComponent(name).path
    let run = try runBinary(["compare", "--output", path])
    #expect(run.status == 0)
    #expect(run.stderr.hasPrefix("Note:"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == expectedReport())
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [name])
  }

  @Test("A full standard output (> /dev/full) is an Error line and exit 74")
  func stdoutFull() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    guard let device = safeDevice("full", minor: 7, in: directory) else { return }
    let full = try #require(FileHandle(forWritingAtPath: device))
    defer { try? full.close() }
    let run = try runBinary(["compare"], stdout: full)
    #expect(!run.signaled)
    #expect(run.status == 74)
    #expect(run.stderr.hasSuffix("Error: cannot write to standard output: No space left on device\n"))
  }

  @Test("A closed pipe (| head -c 10) ends quietly; a closed standard output (>&-) is exit 74")
  func closedPipeAndClosedStdout() throws {
    let shell = URL(fileURLWithPath: "/bin/sh")
    // More than a pipe buffer (64 KiB), so the writer meets the closed pipe; the shell reports
    // the binary's own status: 0, not 128 + SIGPIPE, and no message.
    let script = "{ \"$0\" schema profile; echo \"status=$?\" >&2; } | head -c 10"
    let run = try runBinary(["-c", script, builtBinary.path], executable: shell)
    #expect(!run.signaled)
    #expect(run.stdout == "{\n  \"$sche")
    #expect(run.stderr == "status=0\n")
    // A descriptor the caller closed is a failed write, not a quiet success.
    let closed = try runBinary(["-c", "exec \"$0\" compare >&-", builtBinary.path], executable: shell)
    #expect(!closed.signaled)
    #expect(closed.status == 74)
    #expect(closed.stderr.hasSuffix("Error: cannot write to standard output: Bad file descriptor\n"))
  }

  @Test("Standard input is read once: 'diff BASELINE -' with a profile on stdin evaluates it")
  func standardInputReadOnce() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    // diff first tries NEW as a result, then reads it again as a profile.
    let profile = fixtures.appendingPathComponent("profiles/support-assistant.json").path
    let baseline = directory.appendingPathComponent("baseline.json").path
    let json = try runBinary(["compare", profile, "--format", "json", "--output", baseline])
    try #require(json.status == 0)
    let run = try runBinary(["diff", baseline, "-"], stdin: try String(contentsOfFile: profile, encoding: .utf8))
    #expect(run.status == 0)
    #expect(run.stdout.contains("INPUTS: unchanged"))
    #expect(run.stderr.isEmpty)
  }

  @Test("sameFile compares existing regular files by device and inode, through links")
  func sameFileByInode() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    let a = directory.appendingPathComponent("a.json").path
    let b = directory.appendingPathComponent("b.json").path
    let alias = directory.appendingPathComponent("link.json").path
    let hard = directory.appendingPathComponent("hard.json").path
    try "{}".write(toFile: a, atomically: false, encoding: .utf8)
    try "{}".write(toFile: b, atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: alias, withDestinationPath: a)
    try FileManager.default.linkItem(atPath: a, toPath: hard)
    #expect(sameFile(a, a))
    #expect(sameFile(a, alias))
    #expect(sameFile(hard, alias))
    #expect(sameFile(directory.path + "/./a.json", a))
    #expect(!sameFile(a, b))
    #expect(!sameFile(a, directory.appendingPathComponent("missing.json").path))
    #expect(!sameFile("/dev/null", "/dev/null"))
  }

  @Test("atomicWrite creates a dangling link's target, refuses a directory and names a missing folder")
  func atomicWriteEdges() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporary(directory) }
    let link = directory.appendingPathComponent("dangling").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "made.txt")
    #expect(atomicWrite(link, Array("x\n".utf8)) == nil)
    #expect(fileTypeBits(link) == symbolicLink)
    #expect(try String(contentsOfFile: directory.appendingPathComponent("made.txt").path, encoding: .utf8) == "x\n")
    #expect(atomicWrite(directory.path, [1]) == "is a directory")
    #expect(atomicWrite(directory.path + "/missing/file.txt", [1]) == "No such file or directory")
    #expect(atomicWrite("", [1]) == "not a file name")
    #expect(writeOutputFile(directory.path + "/missing/file.txt", [1])?.exitCode == 73)
    if let full = safeDevice("full", minor: 7, in: directory) {
      #expect(writeOutputFile(full, [1]) == .writeFailed("No space left on device"))
      #expect(writeOutputFile(full, [1])?.exitCode == 74)
      unlink(full)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["dangling", "made.txt"])
  }
}
