import KBKFiles
import KBKPresentation

extension Invocation {
    /// Shows what a command gave back: the one place a command's output is rendered, in the
    /// command's format and the reader's language, and written to standard output, or to the
    /// `--output` file for a command that declares it (saying on stderr which file it wrote).
    func present(_ output: CommandOutput) throws {
        if case .nothing = output { return }
        let format = parsed.command.formats.isEmpty ? OutputFormat.table : try format()
        let text = output.rendered(format, language: language)
        if declares(CommonOptions.output) {
            if let path = try writeOutput(text) {
                context.stderr.write(Msg.reportWritten(path)(language) + "\n")
            }
        } else if !text.isEmpty {
            context.stdout.write(text)
        }
    }

    /// Writes a command's output: to standard output without `--output` or with `--output -`,
    /// otherwise through `OutputFile` (never the database, never an existing file without `--force`).
    /// `recorded`, when given, wraps the moment the output is put in place (the rename of the
    /// finished file, or the write to a stream), so that an audit entry and the output stand or fall
    /// together. Returns the file written, nil for standard output.
    @discardableResult
    func writeOutput(
        _ text: String, isPrivate: Bool = false,
        recorded: ((_ place: () throws -> Void) throws -> Void)? = nil
    ) throws -> String? {
        let record = recorded ?? { place in try place() }
        let force = isSet(CommonOptions.force)
        guard let path = try outputFile() else {
            try record { context.stdout.write(text) }
            return nil
        }
        try OutputFile(path, protecting: databasePath, force: force, isPrivate: isPrivate).write(
            Array(text.utf8), placing: record)
        return path
    }

    /// Checks an `--output` target before any work is done, so a refused target costs nothing and
    /// a personal-data export is not recorded for a file that is never written.
    func checkOutputTarget(isPrivate: Bool = false) throws {
        let force = isSet(CommonOptions.force)
        guard let path = try outputFile() else { return }
        _ = try OutputFile(path, protecting: databasePath, force: force, isPrivate: isPrivate)
    }

    /// The file `--output` names; nil for standard output (no `--output`, or `--output -`).
    func outputFile() throws -> String? {
        guard let path = try value(CommonOptions.output), path != "-" else { return nil }
        return path
    }

    /// Reads a whole text file given on the command line: a regular file, at most `cap` bytes, UTF-8.
    func readTextFile(_ path: String, cap: Int) throws -> String {
        let file = try InputFile(path)
        defer { file.close() }
        let bytes = try file.readAll(cap: cap)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CommandFailure(exitCode: .dataError, message: Msg.notUTF8(path))
        }
        return text
    }
}

extension CommandOutput {
    /// A text as it is, ending in a line break.
    static func printed(_ text: String) -> CommandOutput { lines([text]) }

    /// Lines one after another, each ending in a line break (no blank line between them).
    static func lines(_ lines: [String]) -> CommandOutput {
        .text(lines.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined())
    }
}
