import KBKDomain
import KBKFiles
import KBKStore

/// What an error means to the person who met it, at either door: its exit code (the README's
/// table) and a one-line message in the reader's language.
package enum ErrorReport {
    /// Maps any error to its exit code and a one-line message (the README's Exit codes table).
    package static func classify(_ error: Error, timeZone: UTCOffset) -> (code: ExitCode, message: Text) {
        switch error {
        case let domain as DomainError:
            return (.dataError, describe(domain, timeZone: timeZone))
        case let store as StoreError:
            switch store {
            case .databaseMissing(let path): return (.noInput, Msg.databaseMissing(path))
            case .noAccess(let path, let blocker, let owner, let group, let mode):
                return (.noPermission, Msg.noAccess(path, blocker, owner, group, mode))
            case .cannotCreate(let path, let reason): return (.cannotCreate, Msg.cannotCreate(path, reason))
            case .fileExists(let path): return (.cannotCreate, Msg.fileExists(path))
            case .notKBKDatabase(let path): return (.dataError, Msg.notKBKDatabase(path))
            case .notADatabaseFile(let path): return (.noInput, Msg.notADatabaseFile(path))
            case .notSQLite(let path): return (.dataError, Msg.notSQLite(path))
            case .schemaDiffers(let path, let differences):
                return (.dataError, Msg.schemaDiffers(path, differences))
            case .notAnOfficial(let login, let path): return (.noPermission, Msg.notAnOfficial(login, path))
            case .notPermitted(let refusal): return (.noPermission, Msg.notPermitted(refusal))
            case .unauditedChange:
                return (.failure, Msg.unexpected("a change was not recorded in the audit trail"))
            case .rowTampered(let problem): return (.dataError, Msg.rowTampered(problem))
            case .auditChainBroken(let entry): return (.dataError, Msg.auditChainStopsWrites(entry))
            case .clockPinningRefused(let path): return (.usage, Msg.clockPinningRefused(path))
            case .migrationNeedsAdmin(let login, let path, let pending):
                return (.configuration, Msg.migrationNeedsAdmin(login, path, pending))
            }
        case let damaged as DamagedRow:
            return (.dataError, Msg.damagedRow(damaged))
        case let file as FileError:
            return (file.exitCode, Msg.fileProblem(file))
        case let migration as MigrationError:
            switch migration {
            case .modified(let name): return (.configuration, Msg.migrationModified(name))
            case .unknown(let name): return (.configuration, Msg.migrationUnknown(name))
            case .badName(let name): return (.failure, Msg.unexpected("bad migration name \(name)"))
            case .brokenReferences(let name, let table):
                return (
                    .failure,
                    Msg.unexpected("migration \(name) left rows of \(table) referring to nothing; it was rolled back")
                )
            }
        case let database as DatabaseError:
            return classify(database)
        default:
            return (.failure, Msg.unexpected(String(describing: error)))
        }
    }

    package static func classify(_ error: DatabaseError) -> (code: ExitCode, message: Text) {
        let path = error.path ?? "?"
        return switch error.kind {
        case .busy: (.temporaryFailure, Msg.databaseBusy(path))
        case .corrupt: (.dataError, Msg.databaseDamaged(path, error.message))
        case .cannotOpen, .readOnly: (.cannotCreate, Msg.databaseCannotOpen(path, error.message))
        case .ioError, .diskFull: (.ioError, Msg.ioFailure(path, error.message))
        case .constraint: (.dataError, Msg.constraintFailure(error.message))
        case .other: (.failure, Msg.unexpected(error.description))
        }
    }

    /// The message for a domain error; times are shown in the office time zone. Values typed by
    /// the user are echoed through `Echo`: cut to a short prefix with their length, control
    /// characters escaped, and a complainant's name or contact never echoed at all.
    package static func describe(_ error: DomainError, timeZone: UTCOffset = .wib) -> Text {
        Text.localized { language in
            func shown(_ value: String, _ field: String) -> String {
                Echo.value(value, field: field, language: language)
            }
            func named(_ field: String) -> String { Msg.term(field, language) }
            return switch error {
            case .malformed(let field, let value, let expected):
                Msg.malformed(named(field), shown(value, field), named(expected))
            case .notAllowed(let field, let value, let allowed):
                Msg.notAllowed(named(field), shown(value, field), allowed)
            case .outOfRange(let field, let value, let range): Msg.outOfRange(named(field), shown(value, field), range)
            case .invalid(let field, let value, let reason): Msg.invalid(named(field), shown(value, field), reason)
            case .invalidNIP(let value, let problem): Msg.invalidNIP(shown(value, "NIP"), problem)
            case .notFound(let kind, let key): Msg.notFound(kind, shown(key, kind.rawValue))
            case .duplicate(let kind, let key): Msg.duplicate(kind, shown(key, kind.rawValue))
            case .rule(let violation): Msg.rule(violation, timeZone: timeZone)
            }
        }
    }

}
