import Foundation
import KBKCLI
import KBKTestSupport
import Testing

@testable import KBKPresentation
@testable import KBKWeb

@Suite struct HelpAndUsageTests {
    @Test func bareKbkPrintsTheOverview() {
        let result = kbk([])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
        for section in ["USAGE: kbk", "SUBCOMMANDS:", "EXAMPLES:", "init", "check", "backup", "audit"] {
            #expect(result.stdout.contains(section))
        }
        #expect(result.stderr.isEmpty)
        #expect(kbk(["--help"]).stdout == result.stdout)
        #expect(kbk(["help"]).stdout == result.stdout)
    }

    @Test func versionNamesKbkAndSQLite() {
        let result = kbk(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("kbk \(KBKCLI.version) (SQLite 3."))
    }

    @Test(arguments: ["init", "check", "backup", "audit"])
    func helpCommandEqualsHelpOption(_ command: String) {
        let viaHelp = kbk(["help", command])
        let viaOption = kbk([command, "--help"])
        #expect(viaHelp.status == 0)
        #expect(viaHelp.stdout == viaOption.stdout)
        #expect(viaHelp.stdout.contains("USAGE: kbk \(command)"))
        #expect(viaHelp.stdout.contains("EXAMPLES:\n  kbk "))
        #expect(kbk(["--lang", "id", "help", command]).stdout != viaHelp.stdout)
    }

    @Test func anUnknownCommandIsAUsageError() {
        let result = kbk(["frobnicate"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(
            lines.first?.hasPrefix(
                "Error: unknown command 'frobnicate'; commands are: demo, complaint, inbox, escalate, notices, report, skpd,"
            ) == true
        )
        #expect(lines.first?.hasSuffix(", help") == true)
        #expect(lines.dropFirst().first?.hasPrefix("Usage: kbk") == true)
        #expect(kbk(["help", "frobnicate"]).status == 64)
    }

    @Test func anUnknownOptionIsAUsageErrorWithTheCommandsUsage() {
        let result = kbk(["audit", "--colour"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: unknown option '--colour'\nUsage: kbk audit [--entity <kind>]"))
        #expect(result.stderr.contains("See 'kbk audit --help'"))
        #expect(kbk(["-x"]).status == 64)
    }

    @Test(arguments: [
        (["backup"], "missing argument <file>"),
        (["backup", "a.sqlite", "b.sqlite"], "unexpected argument 'b.sqlite'"),
        (["audit", "--limit"], "option '--limit' needs a value <n>"),
        (["backup", "x", "--force=yes"], "option '--force' takes no value"),
        (["--lang", "fr", "init"], "--lang 'fr' is not a language; use id or en"),
        (["audit", "--format", "html"], "format 'html' is not available here; use one of: table, csv, json"),
        (["--tz", "Asia/Jakarta", "audit"], "--tz 'Asia/Jakarta' is not valid"),
        (["audit", "--limit", "banyak"], "--limit 'banyak' is not valid; expected a whole number from 0 to 1000000"),
        (["audit", "--since", "20261130"], "--since '20261130' is not valid; expected YYYY-MM-DD"),
        (["audit", "--entity", "aduan"], "entity 'aduan' is not allowed; use one of: database"),
        (["--actor", "siti", "init"], "--actor no longer chooses who acts"),
    ])
    func badInputIsAUsageErrorAndChangesNothing(_ arguments: [String], _ message: String) throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        let before = snapshot(path)
        let result = kbk(["--db", path] + arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: \(message)"), "stderr was: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(snapshot(path) == before)
    }

    @Test func aWellFormedValueOutOfRangeIsADataError() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(kbk(["--db", path, "init"]).status == 0)
        let result = kbk(["--db", path, "audit", "--limit", "1000001"])
        #expect(result.status == 65)
        #expect(result.stderr == "Error: --limit '1000001' is out of range; allowed 0 to 1000000\n")
    }

    @Test func messagesFollowTheLanguageSetting() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        #expect(kbk(["--db", path, "--lang", "id", "init"]).stdout.hasPrefix("Basis data \(path) dibuat"))
        #expect(kbk(["--db", path, "init"], environment: ["KBK_LANG": "id"]).stdout.contains("sudah mutakhir"))
        #expect(kbk(["--lang", "id", "nope"]).stderr.hasPrefix("Kesalahan: perintah 'nope' tidak dikenal"))
    }

    /// Issue 33: with neither --lang nor KBK_LANG, the organisation's language decides (org.lang,
    /// Indonesian unless set), whatever the server's LANG: an office's server often runs C.UTF-8.
    @Test func theOrganisationsLanguageDecidesWhenNoneIsAskedFor() throws {
        let folder = TemporaryFolder()
        let path = folder.file("kbk.sqlite")
        let unset = ["KBK_LANG": "", "LANG": "C.UTF-8"]
        // No database yet: Indonesian, org.lang's default.
        #expect(kbk(["--db", path, "init"], environment: unset).stdout.hasPrefix("Basis data \(path) dibuat"))
        #expect(kbk(["--db", path, "init"], environment: unset).stdout.contains("sudah mutakhir"))
        #expect(kbk(["--db", path, "nope"], environment: unset).stderr.hasPrefix("Kesalahan: perintah 'nope'"))
        #expect(
            kbk(["--db", path, "init"], environment: ["KBK_LANG": "", "LANG": "en_US.UTF-8"]).stdout.contains(
                "sudah mutakhir"))
        let set = kbk(["--db", path, "config", "set", "org.lang", "en"], environment: unset)
        #expect(set.status == 0, "\(set.stderr)")
        #expect(kbk(["--db", path, "init"], environment: unset).stdout.contains("already up to date"))
        // An error of the command itself speaks the organisation's language too.
        #expect(
            kbk(["--db", path, "complaint", "show", "ADU-2026-99999"], environment: unset).stderr.hasPrefix("Error:"))
        // KBK_LANG and --lang still choose for one person or one command.
        #expect(kbk(["--db", path, "init"], environment: ["KBK_LANG": "id"]).stdout.contains("sudah mutakhir"))
        #expect(kbk(["--db", path, "--lang", "id", "init"], environment: unset).stdout.contains("sudah mutakhir"))
        let refused = kbk(["--db", path, "config", "set", "org.lang", "jw"], environment: unset)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("'jw'") && refused.stderr.contains("id, en"), "\(refused.stderr)")
    }
}
