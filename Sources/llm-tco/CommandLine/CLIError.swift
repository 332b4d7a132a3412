import TCOData
import TCOModel
import TCOReport

/// A failure that ends a command with a message and a sysexits code.
struct CLIError: Error, Equatable {
  enum Kind: Equatable {
    /// The command line is wrong: exit 64, usage lines follow the message.
    case usage
    /// A profile or data file is not valid: exit 65.
    case dataError
    /// An input file cannot be opened: exit 66.
    case noInput
    /// A bug: exit 70.
    case software
    /// An output file cannot be created: exit 73.
    case cantCreate
    /// A write failed (a full disk, an I/O error): exit 74.
    case ioError
  }

  var kind: Kind
  var message: String

  static func usage(_ message: String) -> CLIError { CLIError(kind: .usage, message: message) }
  static func data(_ message: String) -> CLIError { CLIError(kind: .dataError, message: message) }
  static func noInput(_ message: String) -> CLIError { CLIError(kind: .noInput, message: message) }

  var exitCode: Int32 {
    switch kind {
    case .usage: return 64
    case .dataError: return 65
    case .noInput: return 66
    case .software: return 70
    case .cantCreate: return 73
    case .ioError: return 74
    }
  }
}

/// Exit codes (sysexits).
enum ExitCode {
  static let success: Int32 = 0
  static let checkFailed: Int32 = 1
}
