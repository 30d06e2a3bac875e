import KBKDomain
import KBKPresentation
import KBKStore

enum CheckCommand {
    static let spec = CommandSpec(
        name: "check", abstract: Msg.checkAbstract, discussion: Msg.checkDiscussion,
        formats: [.table, .json],
        examples: ["kbk check", "kbk check --format json"],
        run: run)

    static func run(_ invocation: Invocation) throws -> CommandOutput {
        _ = try invocation.format() // a format it does not offer is refused before the checks run
        let progress = ProgressLine(invocation)
        let language = invocation.language
        let report = try DatabaseHealth.check(path: invocation.databasePath) { step in
            progress.show(step.entriesChecked) { Msg.checkProgress(step, language: language, rate: $0) }
        }
        progress.finish()
        invocation.warnAboutYearsWithoutNationalDays(report.yearsWithoutNationalDays)
        let known = Migrator().migrations.last?.version ?? 0
        let output = CommandOutput.records(
            { json(report, latestKnown: known) },
            shown: .printed(text(report, latestKnown: known, language: invocation.language)))
        if let broken = report.brokenAuditEntry {
            let message = Msg.auditChainBroken(entry: broken.entry, position: broken.position, reason: broken.reason)
            throw FailureAfterOutput(
                output: output, error: CommandFailure(exitCode: .dataError, message: Msg.auditChainRestore(message)))
        }
        if report.rowProblemCount > 0 {
            throw FailureAfterOutput(
                output: output,
                error: CommandFailure(
                    exitCode: .dataError, message: Msg.rowsTampered(report.rowProblemCount, report.rowProblems)))
        }
        if !report.isSound {
            throw FailureAfterOutput(
                output: output,
                error: CommandFailure(exitCode: .dataError, message: Msg.checkUnhealthy(invocation.databasePath)))
        }
        if let refusal = report.migrations.refusal {
            throw FailureAfterOutput(output: output, error: refusal)
        }
        return output
    }

    static func json(_ report: HealthReport, latestKnown: Int) -> JSON {
        .object([
            ("path", .string(report.path)),
            ("healthy", .bool(report.isSound && report.isCompatible)),
            ("unreadable", .optional(report.unreadable)),
            ("integrity_problems", .array(report.integrityProblems.map(JSON.string))),
            (
                "foreign_key_violations",
                .array(
                    report.foreignKeyViolations.map { violation in
                        .object([
                            ("table", .string(violation.table)),
                            ("rowid", violation.rowID.map { .int(Int($0)) } ?? .null),
                            ("parent", .string(violation.parent)),
                        ])
                    })
            ),
            ("schema_version", .int(report.migrations.schemaVersion)),
            ("latest_known_version", .int(latestKnown)),
            ("pending_migrations", .array(report.migrations.pending.map { .string($0.name) })),
            ("unknown_migrations", .array(report.migrations.unknown.map { .string($0.name) })),
            ("modified_migrations", .array(report.migrations.modified.map { .string($0.name) })),
            ("schema_differences", .array(report.schemaDifferences.map { .string($0.description) })),
            ("audit_chain", auditJSON(report.auditChain)),
            ("records_changed_outside_kbk", .int(report.rowProblemCount)),
            ("stale_search_entries", report.staleSearchEntries.map { .int($0) } ?? .null),
            ("deadline_years_without_national_days", .array(report.yearsWithoutNationalDays.map { .int($0) })),
            (
                "records",
                .array(
                    report.rowProblems.map { problem in
                        .object([
                            ("table", .string(problem.table)), ("key", .string(problem.key)),
                            ("problem", .string(problem.kind.rawValue)),
                        ])
                    })
            ),
            ("tables", .object(report.tableRowCounts.map { ($0.table, .int($0.rows)) })),
        ])
    }

    static func auditJSON(_ verification: AuditChain.Verification?) -> JSON {
        switch verification {
        case nil: return .null
        case .intact(let head, _):
            return .object([
                ("intact", .bool(true)), ("entries", .int(head.entries)), ("head", .optional(head.hash)),
            ])
        case .broken(let entry, let position, let reason):
            return .object([
                ("intact", .bool(false)), ("first_broken_entry", .int(Int(entry))), ("position", .int(position)),
                ("reason", .string(reason == .mismatch ? "hash_mismatch" : "no_hash")),
            ])
        }
    }

    static func text(_ report: HealthReport, latestKnown: Int, language: Language) -> String {
        var lines = Fields()
        lines.add(Msg.checkDatabase(language), report.path)
        if let unreadable = report.unreadable {
            lines.add(Msg.checkIntegrity(language), Msg.checkUnreadable(unreadable)(language))
        } else {
            let ok = Msg.checkOK(language)
            let none = Msg.checkNone(language)
            let integrity =
                report.integrityProblems.isEmpty ? ok : Msg.checkProblems(report.integrityProblems.count)(language)
            lines.add(Msg.checkIntegrity(language), integrity)
            for problem in report.integrityProblems.prefix(20) { lines.add("", problem) }
            let references =
                report.foreignKeyViolations.isEmpty
                ? ok : Msg.checkProblems(report.foreignKeyViolations.count)(language)
            lines.add(Msg.checkForeignKeys(language), references)
            for violation in report.foreignKeyViolations.prefix(20) {
                lines.add(
                    "", "\(violation.table) rowid \(violation.rowID.map(String.init) ?? "?") → \(violation.parent)")
            }
            let status = report.migrations
            lines.add(Msg.checkSchema(language), Msg.checkLatestKnown(status.schemaVersion, latestKnown)(language))
            let pending =
                status.pending.isEmpty
                ? none
                : Echo.list(status.pending.map(\.name))(language) + "; " + Msg.checkPendingHint(language)
            lines.add(Msg.checkPending(language), pending)
            lines.add(
                Msg.checkUnknown(language),
                status.unknown.isEmpty ? none : Echo.list(status.unknown.map(\.name))(language))
            lines.add(
                Msg.checkModified(language),
                status.modified.isEmpty ? none : Echo.list(status.modified.map(\.name))(language))
            let schema =
                report.schemaDifferences.isEmpty ? ok : Msg.checkProblems(report.schemaDifferences.count)(language)
            lines.add(Msg.checkSchemaObjects(language), schema)
            for difference in report.schemaDifferences.prefix(50) { lines.add("", difference.description) }
            switch report.auditChain {
            case nil: break
            case .intact(let head, _): lines.add(Msg.checkAuditTrail(language), Msg.auditChainIntact(head)(language))
            case .broken(let entry, let position, let reason):
                lines.add(
                    Msg.checkAuditTrail(language),
                    Msg.auditChainBroken(entry: entry, position: position, reason: reason)(language))
            }
            lines.add(
                Msg.checkRecords(language),
                report.rowProblemCount == 0 ? ok : Msg.checkProblems(report.rowProblemCount)(language))
            for problem in report.rowProblems.prefix(20) { lines.add("", Msg.rowFinding(problem)(language)) }
            if let stale = report.staleSearchEntries {
                lines.add(Msg.checkSearchIndex(language), stale == 0 ? ok : Msg.checkProblems(stale)(language))
            }
            lines.add(
                Msg.checkCalendar(language),
                report.yearsWithoutNationalDays.isEmpty
                    ? ok : Msg.checkCalendarMissing(report.yearsWithoutNationalDays)(language))
            lines.add(Msg.checkTables(language), "")
            for (table, rows) in report.tableRowCounts { lines.add("  " + table, String(rows)) }
        }
        var out = lines.render()
        if report.isSound && report.isCompatible {
            out += Msg.checkHealthy(language)
        }
        return out
    }
}
