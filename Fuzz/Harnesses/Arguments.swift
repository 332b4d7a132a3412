// Harness (b): the whole `run` function on an argument vector. The input is split at NUL bytes
// into arguments (at most 64, each at most 4 KiB); the first argument "stdin=" marks the rest of
// the input as standard input. Files named in arguments come from Fixtures (see Common.swift).
@testable import llm_tco

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArguments(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  var arguments = bytes.split(separator: 0, omittingEmptySubsequences: false).map {
    String(decoding: $0.prefix(4096), as: UTF8.self)
  }
  var stdin: [UInt8] = []
  if let first = arguments.first, first.hasPrefix("stdin=") {
    stdin = Array(first.dropFirst(6).utf8)
    arguments.removeFirst()
  }
  arguments = Array(arguments.prefix(64))
  let output = run(arguments, context: fuzzContext(stdin: stdin))
  checkOutput(arguments, output, stdin: stdin)
  return 0
}
