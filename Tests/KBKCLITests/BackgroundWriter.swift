import Foundation
import SQLiteDB
import Synchronization

/// A thread with its own connection that commits one row to table a and one to b per transaction.
final class BackgroundWriter: Sendable {
    let path: String
    private let stopFlag = Atomic<Bool>(false)
    private let doneFlag = Atomic<Bool>(false)
    private let commitCount = Atomic<Int>(0)

    init(path: String) {
        self.path = path
    }

    var commits: Int { commitCount.load(ordering: .relaxed) }

    func start() {
        Thread { [self] in
            defer { doneFlag.store(true, ordering: .releasing) }
            guard let db = try? Connection(path: path) else { return }
            var x = 1_000_000
            while !stopFlag.load(ordering: .relaxed) {
                x += 1
                do {
                    try db.transaction {
                        try db.run("INSERT INTO a VALUES (?)", x)
                        try db.run("INSERT INTO b VALUES (?)", x)
                    }
                    commitCount.add(1, ordering: .relaxed)
                } catch {
                    usleep(1_000)
                }
            }
        }.start()
    }

    func waitForCommits(_ count: Int) {
        let deadline = Date().addingTimeInterval(30)
        while commits < count && Date() < deadline { usleep(1_000) }
    }

    func finish() {
        stopFlag.store(true, ordering: .relaxed)
        while !doneFlag.load(ordering: .acquiring) { usleep(1_000) }
    }
}
