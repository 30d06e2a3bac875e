/// A rule of the domain that an input breaks. Each case names the offending value; the CLI turns
/// it into a one-line message in the user's language and exit code 65 (or 64 for malformed options).
public enum DomainError: Error, Sendable, Equatable {
    /// A value that does not have the required shape, e.g. a date that is not YYYY-MM-DD.
    case malformed(field: String, value: String, expected: String)
    /// A value outside the allowed set.
    case notAllowed(field: String, value: String, allowed: [String])
    /// A value outside a numeric range.
    case outOfRange(field: String, value: String, range: ClosedRange<Int>)
}
