import Foundation
import KBKCLI
import KBKTestSupport
import Testing

@testable import KBKPresentation
@testable import KBKWeb

/// The whole command tree: names, help and examples, walked rather than listed by hand.
@Suite struct CommandTreeTests {
    let commands = KBKCLI.commands()

    @Test func namesAreUniqueAndEveryCommandIsDocumented() {
        #expect(commands.count > 60)
        for command in commands {
            let name = (["kbk"] + command.path).joined(separator: " ")
            #expect(
                Set(command.subcommandNames).count == command.subcommandNames.count, "\(name): a subcommand name twice")
            #expect(Set(command.optionNames).count == command.optionNames.count, "\(name): an option name twice")
            #expect(Set(command.argumentNames).count == command.argumentNames.count, "\(name): an argument name twice")
            #expect(Set(command.optionNames).isDisjoint(with: command.subcommandNames), "\(name)")
            for reserved in ["help", "version", "format"] {
                #expect(!command.optionNames.contains(reserved), "\(name) declares --\(reserved)")
            }
            // A command's own option may shadow a global one only where its help says so (audit --actor filters).
            let shadowing = Set(command.optionNames).intersection(KBKCLI.globalOptionNames)
            #expect(
                shadowing.isEmpty || (command.path == ["audit"] && shadowing == ["actor"]),
                "\(name) shadows \(shadowing)")
            for text in command.abstract {
                #expect(!text.isEmpty && text.count <= 160, "\(name): abstract '\(text)'")
            }
            if command.runs || command.path.isEmpty {
                #expect(!command.examples.isEmpty, "\(name) has no example")
            }
            for example in command.examples {
                let words = shellWords(example)
                #expect(words.first == "kbk", "\(name): example '\(example)'")
                #expect(
                    commandPath(of: Array(words.dropFirst())).starts(with: command.path),
                    "\(name): example '\(example)' runs another command")
            }
        }
    }

    @Test func helpForACommandIsTheSameAsItsHelpOption() {
        for command in commands where !command.path.isEmpty {
            for language in ["en", "id"] {
                let viaHelp = kbk(["--lang", language, "help"] + command.path)
                let viaOption = kbk(["--lang", language] + command.path + ["--help"])
                #expect(viaHelp.status == 0 && viaOption.status == 0, "\(command.path)")
                #expect(
                    viaHelp.stdout == viaOption.stdout, "kbk help \(command.path.joined(separator: " ")) (\(language))")
                let (usage, subcommand) = language == "id" ? ("PEMAKAIAN", "subperintah") : ("USAGE", "subcommand")
                #expect(
                    viaHelp.stdout.contains("\(usage): kbk \(command.path.joined(separator: " "))"), "\(command.path)")
                // The pointer a group's help gives to its subcommands' help works as written.
                if let first = command.subcommandNames.first {
                    let pointer = "'kbk help \(command.path.joined(separator: " ")) <\(subcommand)>'"
                    #expect(viaHelp.stdout.contains(pointer), "\(command.path): \(pointer)")
                    #expect(kbk(["help"] + command.path + [first]).status == 0)
                }
            }
        }
    }

    /// Every command's help in both languages, against `Tests/Snapshots/help-LANG.txt`. After an
    /// intended change: `KBK_UPDATE_SNAPSHOTS=1 swift test --filter Snapshot`, then review the diff.
    @Test func helpSnapshot() {
        for language in ["en", "id"] {
            var all = ""
            for command in commands {
                let help = kbk(["--lang", language] + command.path + ["--help"])
                all += "=== kbk \(command.path.joined(separator: " "))\n" + help.stdout + "\n"
            }
            if let mismatch = snapshotMismatch("help-\(language).txt", all) {
                Issue.record(Comment(rawValue: mismatch))
            }
        }
    }

    /// Runs every example of every command as a real debug process against a demo database: none is
    /// a usage error, none reads an option its command does not declare (that stops the process),
    /// and, across a command's examples, every option it declares is read at least once (the
    /// process reports its reads with `KBK_TRACE_OPTION_READS=1`), so none is declared and ignored.
    @Test(.tags(.slow), .enabled(if: slowTestsRun)) func everyExampleRunsAsWrittenAndReadsWhatItDeclares() throws {
        let folder = TemporaryFolder()
        let database = folder.file("kbk.sqlite")
        let environment = [
            "KBK_DB": database, "KBK_NOW": "2026-11-25T09:00:00+07:00", "HOME": folder.path,
            "KBK_TRACE_OPTION_READS": "1",
        ]
        let demo = try runProcess(
            builtExecutable(), ["--db", database, "demo", "--complaints", "200"], environment: environment,
            currentDirectory: folder.path)
        #expect(demo.status == 0, "\(demo.stderr)")
        var ran = 0
        var read: [String: Set<String>] = [:]
        for command in commands {
            for example in command.examples {
                // The command itself: what a shell would run before a redirection or a pipe.
                let words = Array(shellWords(example).dropFirst().prefix { ![">", "|", ";", "&&"].contains($0) })
                // A database an example makes is no demo: it takes no pinned clock.
                let makes = (words.contains("init") || words.contains("migrate")) && !words.contains(database)
                let result = try runProcess(
                    builtExecutable(), words,
                    environment: makes ? environment.filter { $0.key != "KBK_NOW" } : environment,
                    currentDirectory: folder.path)
                ran += 1
                #expect(result.status != 64, "\(example): \(result.stderr)")
                // A precondition (an option read but not declared) stops the process.
                for crash in ["Fatal error", "Precondition failed", "Program crashed"] {
                    #expect(!result.stderr.contains(crash), "\(example): \(result.stderr)")
                }
                for line in result.stderr.split(separator: "\n") where line.hasPrefix("kbk-trace: ") {
                    let parts = line.dropFirst("kbk-trace: kbk ".count).split(separator: ":", maxSplits: 1)
                    let names = parts.count > 1 ? parts[1].split(separator: " ").map(String.init) : []
                    read[String(parts[0]), default: []].formUnion(names)
                }
            }
        }
        #expect(ran > 100)
        var checked = 0
        for command in commands where command.runs && !command.optionNames.isEmpty {
            let name = command.path.joined(separator: " ")
            let unread = Set(command.optionNames).subtracting(read[name] ?? [])
            #expect(unread.isEmpty, "kbk \(name) declares \(unread.sorted()) but no example reads them")
            checked += 1
        }
        #expect(checked > 60)
    }

    /// The command names at the start of an example's words, after its global options.
    private func commandPath(of words: [String]) -> [String] {
        var index = 0
        var path: [String] = []
        while index < words.count {
            let word = words[index]
            if word.hasPrefix("--") {
                index += word.contains("=") ? 1 : 2
                continue
            }
            let candidate = path + [word]
            guard commands.contains(where: { $0.path == candidate }) else { break }
            path = candidate
            index += 1
        }
        return path
    }
}

/// Splits a command line as a POSIX shell would for plain words and single or double quotes.
func shellWords(_ line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quote: Character?
    for character in line {
        if let open = quote {
            if character == open { quote = nil } else { current.append(character) }
        } else if character == "'" || character == "\"" {
            quote = character
            inWord = true
        } else if character == " " {
            if inWord { words.append(current) }
            current = ""
            inWord = false
        } else {
            current.append(character)
            inWord = true
        }
    }
    if inWord { words.append(current) }
    return words
}
