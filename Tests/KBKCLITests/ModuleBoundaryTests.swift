import Foundation
import KBKTestSupport
import Testing

/// Which module may import which (docs/ARCHITECTURE.md): read from every source file's imports,
/// so a forbidden one fails here, naming the file. The domain imports nothing; SQLite is reached
/// only through the store; the doors reach the data only through the store and the reports.
@Suite struct ModuleBoundaryTests {
    /// The modules each module may import, besides the system's (Glibc, Darwin, Musl).
    static let allowed: [String: Set<String>] = [
        "CSQLite": [],
        "SQLiteDB": ["CSQLite"],
        // The province's PostgreSQL, linked by kbk-province only (issue 35).
        "CLibPQ": [],
        "PostgresDB": ["CLibPQ"],
        "KBKDomain": [],
        "KBKDigest": [],
        "KBKFiles": [],
        // The logo's SVG check reads it with libxml2 (no target imports Foundation: issue 34).
        "KBKImage": ["KBKDomain", "CLibXML2"],
        "KBKMail": ["KBKDomain", "KBKDigest"],
        "CZlib": [],
        "CLibXML2": [],
        // zlib inflates a PNG's image data and a PDF's object streams when a file is checked.
        "KBKAttachment": ["KBKDomain", "KBKDigest", "CZlib"],
        // Synchronization (the toolchain's) guards the row seals' cache of column orders.
        "KBKStore": [
            "SQLiteDB", "KBKDomain", "KBKFiles", "KBKDigest", "KBKMail", "KBKImage", "KBKAttachment", "Synchronization",
        ],
        "KBKReports": ["KBKDomain", "KBKStore"],
        "KBKDemo": ["KBKDomain", "KBKStore"],
        "KBKTransfer": ["KBKDomain", "KBKFiles", "KBKStore"],
        "KBKPresentation": ["KBKDomain", "KBKStore", "KBKReports", "KBKFiles", "KBKMail"],
        "KBKCLI": [
            "KBKPresentation", "KBKDomain", "KBKStore", "KBKReports", "KBKDemo", "KBKTransfer", "KBKFiles", "KBKMail",
            "KBKDigest",
        ],
        // The province's side over PostgreSQL: kbk's command line runs it through `ProvinceDatabase`,
        // so only this module and its executable link libpq.
        "KBKProvince": ["PostgresDB", "KBKPresentation", "KBKDomain", "KBKDigest", "KBKFiles"],
        "kbk-province": ["KBKCLI", "KBKProvince"],
        // The web front links neither the command line, nor the demo, nor import and export.
        "KBKWeb": ["KBKPresentation", "KBKDomain", "KBKStore", "KBKReports", "KBKFiles", "KBKMail", "KBKDigest"],
        "kbk": ["KBKCLI"],
        "kbk-web": ["KBKWeb"],
        "MigrationEmbedder": ["Foundation", "KBKDigest"],
    ]
    static let system: Set<String> = ["Glibc", "Darwin", "Musl"]

    @Test func everyModuleImportsOnlyWhatItMay() throws {
        let sources = packageRoot().appendingPathComponent("Sources")
        let modules = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { !$0.hasPrefix(".") }
        #expect(Set(modules) == Set(Self.allowed.keys), "a module to add to the table and to docs/ARCHITECTURE.md")
        var checked = 0
        for module in modules {
            let folder = sources.appendingPathComponent(module)
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for imported in Self.imports(in: text) where !Self.system.contains(imported) {
                    #expect(
                        Self.allowed[module]?.contains(imported) == true, "\(module)/\(file) imports \(imported)")
                }
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    /// The modules a Swift file imports, whatever the attribute or access level before `import`.
    static func imports(in text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ").filter { !$0.hasPrefix("@") }
            guard let at = words.firstIndex(of: "import"), at + 1 < words.count,
                words[..<at].allSatisfy({ ["internal", "public", "private", "fileprivate", "package"].contains($0) })
            else { return nil }
            return String(words[at + 1])
        }
    }

    /// Every Swift source of a module, as (path under Sources, text).
    static func sources(of module: String? = nil) throws -> [(path: String, text: String)] {
        let sources = packageRoot().appendingPathComponent("Sources")
        let modules =
            try module.map { [$0] }
            ?? FileManager.default.contentsOfDirectory(atPath: sources.path).filter { !$0.hasPrefix(".") }
        var found: [(String, String)] = []
        for module in modules.sorted() {
            let folder = sources.appendingPathComponent(module)
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                found.append(
                    ("\(module)/\(file)", try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)))
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }

    /// A source file says one thing: past 600 lines it is split by concern (issue 30). The message
    /// catalogues, which are lists of texts, are the exception.
    static let longestFile = 600

    @Test func noSourceFileIsLongerThanSixHundredLines() throws {
        let files = try Self.sources()
        #expect(files.count > 100)
        for (path, text) in files where !(path.split(separator: "/").last ?? "").hasPrefix("Catalogue") {
            let lines = text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            #expect(lines <= Self.longestFile, "\(path) has \(lines) lines; split it by concern")
        }
    }

    /// SQLite stays inside the store: KBKStore imports SQLiteDB only internally, and none of its
    /// public or package declarations names a type of SQLiteDB (a `Connection`, a `Row`, SQLite's
    /// error), so the modules above see the store's own types and its `DatabaseError` only.
    @Test func theStoreKeepsSQLiteToItself() throws {
        let store = try Self.sources(of: "KBKStore")
        #expect(store.count > 20)
        let sqliteTypes = try Self.declaredTypes(in: Self.sources(of: "SQLiteDB"), publicOnly: true)
            .subtracting(Self.declaredTypes(in: store, publicOnly: false))
        #expect(sqliteTypes.isSuperset(of: ["Connection", "Statement", "Row", "SQLiteError", "SQLiteValue"]))
        var exposed = 0
        for (path, text) in store {
            for line in Self.importLines(in: text) where line.module == "SQLiteDB" {
                #expect(line.access == "internal", "\(path): '\(line.text)' must be 'internal import SQLiteDB'")
            }
            for declaration in Self.exposedDeclarations(in: text) {
                exposed += 1
                let named = Self.identifiers(in: declaration).intersection(sqliteTypes)
                #expect(named.isEmpty, "\(path): \(named.sorted()) in '\(declaration)'")
            }
        }
        #expect(exposed > 300, "the scan reads the store's public declarations")
    }

    /// The import lines of a file: the module, the access level written before `import` (nil for
    /// none) and the line.
    static func importLines(in text: String) -> [(module: String, access: String?, text: String)] {
        let levels: Set<Substring> = ["internal", "public", "private", "fileprivate", "package"]
        return text.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ").filter { !$0.hasPrefix("@") }
            guard let at = words.firstIndex(of: "import"), at + 1 < words.count,
                words[..<at].allSatisfy(levels.contains)
            else { return nil }
            return (String(words[at + 1]), words[..<at].last.map(String.init), String(line))
        }
    }

    /// The types a module's files declare (public ones only, or all).
    static func declaredTypes(in files: [(path: String, text: String)], publicOnly: Bool) -> Set<String> {
        var names: Set<String> = []
        for (_, text) in files {
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ").filter { !$0.hasPrefix("@") }.map(String.init)
                guard let at = words.firstIndex(where: { ["class", "struct", "enum", "protocol"].contains($0) }),
                    at + 1 < words.count, !publicOnly || words[..<at].contains("public")
                else { continue }
                names.insert(String(words[at + 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" }))
            }
        }
        return names
    }

    /// The public and package declarations of a file, each with its signature (the lines up to its
    /// body, or its one line); comments are not declarations.
    static func exposedDeclarations(in text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var declarations: [String] = []
        for (index, line) in lines.enumerated() {
            let words = line.split(separator: " ").filter { !$0.hasPrefix("@") }
            guard let first = words.first, !first.hasPrefix("//"), !words.contains("import"),
                words.prefix(while: {
                    ![
                        "func", "init", "var", "let", "class", "struct", "enum", "protocol",
                        "typealias", "case", "subscript", "extension",
                    ].contains($0)
                }).contains(where: {
                    $0 == "public" || $0 == "package"
                })
            else { continue }
            var signature = line
            var next = index + 1
            func depth(_ text: String) -> Int { text.reduce(0) { $0 + ($1 == "(" ? 1 : $1 == ")" ? -1 : 0) } }
            while next < lines.count, next < index + 12, !signature.contains("{"),
                depth(signature) > 0 || signature.hasSuffix(",") || signature.hasSuffix("->")
                    || lines[next].trimmingCharacters(in: .whitespaces).hasPrefix("->")
                    || lines[next].trimmingCharacters(in: .whitespaces).hasPrefix("throws")
            {
                signature += "\n" + lines[next]
                next += 1
            }
            declarations.append(signature.components(separatedBy: "{")[0])
        }
        return declarations
    }

    static func identifiers(in text: String) -> Set<String> {
        Set(text.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
    }

    @Test func theStoreScanFindsWhatLeaks() {
        let text = """
            import KBKDomain
            public import SQLiteDB
            /// A `Connection` in a comment is no declaration.
            public struct Leak {
                public let connection: Connection
                let inside: Connection
                public func run(
                    _ statement: Statement,
                    on db: DatabaseError
                ) throws -> Int {
                    0
                }
                package init(row: Row) {}
            }
            """
        #expect(Self.importLines(in: text).map(\.access) == [nil, "public"])
        let found = Self.exposedDeclarations(in: text).map { Self.identifiers(in: $0) }
        #expect(found.count == 4)
        #expect(found[1].contains("Connection") && found[2].contains("Statement") && found[3].contains("Row"))
        #expect(!found.contains { $0.contains("inside") })
    }

    @Test func theReaderSeesEveryFormOfImport() {
        let text =
            "import KBKDomain\n@testable import KBKStore\ninternal import SQLiteDB\n    import Glibc\n// import X"
        #expect(Self.imports(in: text) == ["KBKDomain", "KBKStore", "SQLiteDB", "Glibc"])
    }
}
