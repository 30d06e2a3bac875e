import Foundation
import SQLiteDB
import Synchronization

/// A thread with its own connection that commits a pair of rows per transaction (by default one
/// to table a and one to b; each statement takes the pair's number).
public final class BackgroundWriter: Sendable {
    public let path: String
    let statements: [String]
    private let stopFlag = Atomic<Bool>(false)
    private let doneFlag = Atomic<Bool>(false)
    private let commitCount = Atomic<Int>(0)

    public init(path: String, statements: [String] = ["INSERT INTO a VALUES (?)", "INSERT INTO b VALUES (?)"]) {
        self.path = path
        self.statements = statements
    }

    public var commits: Int { commitCount.load(ordering: .relaxed) }

    public func start() {
        Thread { [self] in
            defer { doneFlag.store(true, ordering: .releasing) }
            guard let db = try? Connection(path: path) else { return }
            var x = 1_000_000
            while !stopFlag.load(ordering: .relaxed) {
                x += 1
                do {
                    try db.transaction {
                        for statement in statements { try db.run(statement, x) }
                    }
                    commitCount.add(1, ordering: .relaxed)
                    // A breath between transactions, as real writers have: a loop that takes the
                    // lock again at once starves every other writer's busy handler.
                    usleep(300)
                } catch {
                    usleep(1_000)
                }
            }
        }.start()
    }

    public func waitForCommits(_ count: Int) {
        let deadline = Date().addingTimeInterval(30)
        while commits < count && Date() < deadline { usleep(1_000) }
    }

    public func finish() {
        stopFlag.store(true, ordering: .relaxed)
        while !doneFlag.load(ordering: .acquiring) { usleep(1_000) }
    }
}

/// Fills a database with a table of rows, checkpoints it into the main file and overwrites some of
/// its pages, so that SQLite's integrity check fails.
public func damageDatabase(at path: String) throws {
    do {
        let db = try Connection(path: path)
        try db.execute("CREATE TABLE filler (x TEXT)")
        try db.transaction {
            for i in 0..<3_000 {
                try db.run("INSERT INTO filler VALUES (?)", "baris \(i) " + String(repeating: "y", count: 50))
            }
        }
        try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }
    try scribble(on: path, at: 4096 * 4 + 64, count: 4096 * 3)
}
