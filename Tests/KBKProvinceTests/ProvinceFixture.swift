import Foundation
import KBKTestSupport

/// What the province's tests share: one throw-away PostgreSQL cluster (initdb in a temporary folder,
/// a unix socket, stopped when the tests end) and one demo regency, copied for each test that
/// publishes, since every bundle is recorded in the regency's database.
enum Province {
    /// Started on first use; Swift runs a static's initialiser once, whichever test asks first.
    static let cluster: PostgresCluster = {
        do {
            return try PostgresCluster.start()
        } catch {
            fatalError("cannot start a PostgreSQL cluster for the province's tests: \(error)")
        }
    }()

    /// A demo regency of 800 complaints, made once.
    static let demo: TemporaryFolder = {
        let folder = TemporaryFolder("kbk-province-demo")
        let made = try! runProcess(
            builtExecutable("kbk"),
            ["--db", folder.file("demo.sqlite"), "demo", "--complaints", "800", "--seed", "35"])
        precondition(made.status == 0, "the demo failed: \(made.stderr)")
        return folder
    }()

    /// A copy of the demo regency in `folder`, with `region` as its code.
    static func regency(in folder: TemporaryFolder, region: String = "3303", name: String = "regency.sqlite")
        throws -> String
    {
        let source = demo.file("demo.sqlite")
        let copy = folder.file(name)
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: copy + suffix)
        }
        let set = try kbk(copy, ["config", "set", "org.region", region])
        precondition(set.status == 0, set.stderr)
        return copy
    }

    /// A new database of its own on the cluster for one test, its URL.
    static func database(_ label: String) throws -> String {
        let name = label + "_" + UUID().uuidString.prefix(8).lowercased()
        return try cluster.createDatabase(name)
    }

    static func kbk(_ database: String, _ arguments: [String]) throws -> ProcessResult {
        try runProcess(builtExecutable("kbk"), ["--db", database] + arguments)
    }

    static func province(_ url: String, _ arguments: [String], language: String = "en") throws -> ProcessResult {
        try runProcess(
            builtExecutable("kbk-province"), arguments, environment: ["KBK_PROVINCE_URL": url, "KBK_LANG": language])
    }

    /// Publishes a bundle of `regency` to `file` (`--since` when asked).
    static func publish(_ regency: String, to file: String, since: Bool = false) throws -> ProcessResult {
        try kbk(regency, ["publish", "--output", file] + (since ? ["--since"] : []))
    }

    /// Every row of the province's tables, as one text: equal before and after means unchanged.
    static func contents(_ url: String) throws -> String {
        let name = String(url.dropFirst("postgresql:///".count).prefix { $0 != "?" })
        return try cluster.psql(
            name,
            """
            SELECT (SELECT coalesce(md5(string_agg(g::text, ',' ORDER BY g::text)), '-') FROM government g)
                || (SELECT coalesce(md5(string_agg(b::text, ',' ORDER BY b.id)), '-') FROM bundle b)
                || (SELECT coalesce(md5(string_agg(u::text, ',' ORDER BY u::text)), '-') FROM unit u)
                || (SELECT coalesce(md5(string_agg(c::text, ',' ORDER BY c::text)), '-') FROM complaint c)
                || (SELECT coalesce(md5(string_agg(s::text, ',' ORDER BY s::text)), '-') FROM complaint_state s)
            """)
    }
}
