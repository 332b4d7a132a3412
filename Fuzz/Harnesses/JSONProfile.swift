// Harness (a): bytes -> JSON parser -> profile decoder -> resolver against the built-in catalog.
// A crash, a trap, or a non-finite resolved number is a finding.
import TCOData
import TCOModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONProfile(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let document: JSONValue
  do throws(JSONSyntaxError) {
    document = try JSONParser.parse(bytes: bytes)
  } catch {
    if error.line < 1 || error.column < 1 { fail("a syntax error without a position: \(error.message)") }
    return 0
  }
  do throws(ProfileError) {
    let values = try ProfileValues.decode(document, origin: .file("fuzz.json"))
    _ = try values.resolve(catalog: .builtIn)
  } catch {
    if error.message.isEmpty { fail("a profile error without a message at '\(error.path)'") }
  }
  return 0
}
