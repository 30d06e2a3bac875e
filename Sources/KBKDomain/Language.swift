/// The language of human-readable output. JSON and CSV keys are always English.
public enum Language: String, CaseIterable, Sendable {
    case id, en
}
