import TCOData
import TCOModel
import TCOReport

/// A profile ready to evaluate, and what to tell the user about how it was assembled.
struct LoadedProfile {
  var resolved: ResolvedProfile
  /// One-line notes for standard error (for example: the built-in example is in use).
  var notes: [String]
  /// True when no profile file was given and the built-in example was the base.
  var usedBuiltInExample: Bool
}

/// Reads the optional profile argument (a file, or `-` for standard input), lays the flags
/// over it, and resolves it against the catalog. With no file the built-in example is the base.
/// `document` is a profile already read (from `path`), so standard input is read only once.
func loadProfile(
  _ parsed: ParsedArguments, context: Context, usesMedians: Bool = true, document: JSONValue? = nil
) throws(CLIError) -> LoadedProfile {
  if parsed.positionals.count > 1 {
    throw .usage("Unexpected argument '\(parsed.positionals[1])': give at most one profile.")
  }
  var base: ProfileValues
  var notes: [String] = []
  var fileName: String?
  if let path = parsed.positionals.first {
    let name = displayName(path)
    fileName = name
    if let document {
      do throws(ProfileError) {
        base = try ProfileValues.decode(document, origin: .file(name))
      } catch {
        throw cliError(error, fileName: name)
      }
    } else {
      do throws(CLIError) {
        base = try readProfile(path, name: name, context: context)
      } catch {
        // `--prefix-caching maybe`: 'maybe' was taken for the profile; name the flag instead.
        if error.kind == .noInput, let flag = parsed.positionalAfterBoolOption[path] {
          throw .usage("--\(flag): must be true or false, got '\(path)' (there is no profile file of that name).")
        }
        throw error
      }
    }
  } else {
    base = .builtInExample
    notes.append(
      "Note: no profile given, so the built-in example is used (a support assistant at 5M tokens/day, "
        + "gpt-4o against llama-3.1-70b on rented h100-sxm); flags override it.")
  }
  let flags = try profileValues(fromFlags: parsed, catalog: context.catalog)
  // The built-in example's title names the example: once a flag changes any input, the report
  // is of another scenario, so it goes untitled unless --name gives one.
  if fileName == nil && !flags.values.isEmpty { base.name = nil }
  notes += base.overlay(flags).map { "Note: " + flagStyle($0) }
  if let name = parsed[nameOption] {
    if let problem = nameProblem(name) { throw .usage("--name: \(problem).") }
    base.name = name.isEmpty ? nil : name
  }
  notes += base.truncationNotes.map { "Note: " + flagStyle($0) }
  do throws(ProfileError) {
    var resolved = try base.resolve(catalog: context.catalog)
    if usesMedians, let note = resolved.medianNote { resolved.warnings.insert(note, at: 0) }
    return LoadedProfile(resolved: resolved, notes: notes, usedBuiltInExample: fileName == nil)
  } catch {
    throw cliError(error, fileName: fileName)
  }
}

/// Reads and parses a JSON input file ("-" is standard input): 66 when it cannot be read, 65 when
/// it is empty or not well formed, naming the file (and line:column).
func readJSONDocument(_ path: String, expecting what: String, context: Context) throws(CLIError) -> JSONValue {
  let name = displayName(path)
  let bytes: [UInt8]
  switch context.readFile(path) {
  case .failure(let reason): throw .noInput("cannot read '\(shownInput(name))': \(reason)")
  case .bytes(let b): bytes = b
  }
  if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
    throw .data("\(name): the file is empty: expected \(what)")
  }
  do throws(JSONSyntaxError) {
    return try JSONParser.parse(bytes: bytes)
  } catch {
    throw .data("\(name):\(error.line):\(error.column): \(error.message)")
  }
}

/// How an input path is named in messages: "<stdin>" for "-".
func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }

/// The notes of a loaded profile, wrapped for standard error.
func notesText(_ loaded: LoadedProfile) -> String {
  loaded.notes.map { wrap($0).joined(separator: "\n") + "\n" }.joined()
}

func readProfile(_ path: String, name: String, context: Context) throws(CLIError) -> ProfileValues {
  let document = try readJSONDocument(
    path, expecting: "a JSON profile (see 'llm-tco compare --help')", context: context)
  do throws(ProfileError) {
    return try ProfileValues.decode(document, origin: .file(name))
  } catch {
    throw cliError(error, fileName: name)
  }
}

/// Turns a profile error into a command-line error: a flag's value is a usage error naming the
/// flag (exit 64); a file's is a data error naming the file and JSON path (exit 65).
func cliError(_ error: ProfileError, fileName: String?) -> CLIError {
  switch error.origin {
  case .flag(let flag):
    // A flag caused it: name the input at fault by its flag (the flag itself, or the input it made necessary).
    let location = InputDescriptor.at(error.path)?.flag ?? flag
    return .usage("--\(location): \(sentence(flagStyle(error.message)))")
  case .file(let name):
    return .data("\(name): \(error.path.isEmpty ? "" : error.path + ": ")\(sentence(error.message))")
  case .builtIn, nil:
    if let fileName {
      return .data("\(fileName): \(error.path.isEmpty ? "" : error.path + ": ")\(sentence(error.message))")
    }
    let field = InputDescriptor.at(error.path)
    let location = field.map { "--\($0.flag)" } ?? error.path
    return .usage("\(location): \(sentence(flagStyle(error.message)))")
  }
}

/// Rewrites quoted JSON paths in a message as the flags that set them.
func flagStyle(_ message: String) -> String {
  var text = message
  for field in InputDescriptor.all { text = text.replacingAll("'\(field.path)'", with: "'--\(field.flag)'") }
  return text
}

func sentence(_ s: String) -> String { s.hasSuffix(".") || s.hasSuffix("?") ? s : s + "." }

extension String {
  /// Replaces every occurrence of `target` (no Foundation needed).
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty, contains(target) else { return self }
    var result = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
