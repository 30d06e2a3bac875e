import KBKDomain
import KBKPresentation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A counter with its rate on standard error, rewritten in place, while a long command runs
/// (`Creating complaints: 1.200/3.000, 2.400/s`). Shown only when standard error is a terminal:
/// a script or a log gets nothing of it.
final class ProgressLine {
    private let context: Context
    private let language: Language
    private let started = ProgressLine.seconds()
    private(set) var shown = false

    init(_ invocation: Invocation) {
        context = invocation.context
        language = invocation.language
    }

    var isActive: Bool { context.stderrIsTerminal }

    /// Shows `text` with the rate of `count` items since the start.
    func show(_ count: Int, _ text: (_ rate: String) -> Text) {
        guard isActive else { return }
        let elapsed = max(ProgressLine.seconds() - started, 0.001)
        let rate = ReportValue.grouped(Int(Double(count) / elapsed), language) + (language == .id ? "/detik" : "/s")
        context.stderr.write("\r" + text(rate)(language) + "\u{1B}[K")
        shown = true
    }

    /// Ends the line, so that what follows starts on its own.
    func finish() {
        if shown { context.stderr.write("\n") }
    }

    private static func seconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
