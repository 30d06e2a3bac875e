/// Parses one of an enum's raw values, naming the allowed ones when it is not.
public func parseChoice<T: RawRepresentable & CaseIterable>(_ text: String, field: String) throws(DomainError) -> T
where T.RawValue == String {
    guard let value = T(rawValue: text.trimmingWhitespace().lowercased()) else {
        throw .notAllowed(field: field, value: text, allowed: T.allCases.map(\.rawValue))
    }
    return value
}
