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
        "KBKDomain": [],
        "KBKDigest": [],
        "KBKFiles": [],
        // The logo's SVG check uses Foundation's XML parser (a debt noted in bench/README.md).
        "KBKImage": ["KBKDomain", "Foundation", "FoundationXML"],
        "KBKMail": ["KBKDomain", "KBKDigest"],
        "KBKStore": ["SQLiteDB", "KBKDomain", "KBKFiles", "KBKDigest", "KBKMail", "KBKImage"],
        "KBKReports": ["KBKDomain", "KBKStore"],
        "KBKDemo": ["KBKDomain", "KBKStore"],
        "KBKTransfer": ["KBKDomain", "KBKFiles", "KBKStore"],
        "KBKPresentation": ["KBKDomain", "KBKStore", "KBKReports", "KBKFiles", "KBKMail"],
        "KBKCLI": [
            "KBKPresentation", "KBKDomain", "KBKStore", "KBKReports", "KBKDemo", "KBKTransfer", "KBKFiles", "KBKMail",
        ],
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

    @Test func theReaderSeesEveryFormOfImport() {
        let text =
            "import KBKDomain\n@testable import KBKStore\ninternal import SQLiteDB\n    import Glibc\n// import X"
        #expect(Self.imports(in: text) == ["KBKDomain", "KBKStore", "SQLiteDB", "Glibc"])
    }
}
