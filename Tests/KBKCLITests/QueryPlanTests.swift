import Foundation
import KBKDomain
import KBKReports
import KBKTestSupport
import SQLiteDB
import Testing

@testable import KBKStore

/// The statements behind the doors an official waits on (the report, the inboxes, the complaint
/// pages and searches, the overview, the deadline notices) are traced as they run on a real
/// database, and each one's query plan is read: none may read a whole table of complaints, events,
/// audit entries or seals, which at a million complaints turns milliseconds into seconds
/// (bench/README.md). A walk along an index (`USING INDEX`) is allowed: it is how a page of the
/// newest or the soonest due stops early, or how a partial index holds only the open complaints.
@Suite struct QueryPlanTests {
    static let bigTables: Set<String> = ["complaint", "complaint_event", "audit_log", "row_seal"]

    @Test func noHotStatementReadsAWholeTable() throws {
        let folder = TemporaryFolder()
        let path = folder.file("plans.sqlite")
        let demo = kbk(["--db", path, "demo", "--complaints", "300", "--seed", "5"])
        try #require(demo.status == 0, "\(demo.stderr)")
        let store = try Store(path: path, mode: .existing, actor: Actor(testLogin), clock: { fixedNow })
        let officials = try store.officials.list(includeInactive: false, unit: nil, role: nil)
        let coordinator = try #require(officials.first { $0.role == .coordinator })
        let unitAdmin = try #require(officials.first { $0.role == .unitAdmin })
        let today = store.today

        let trace = store.connection.traceStatements()
        for unit in [nil, unitAdmin.scopeUnit] {
            var request = ReportRequest(period: try ReportPeriod.parse("2025"), timeZone: store.timeZone)
            request.unit = try unit.map(UnitCode.init)
            request.comparesWithPrevious = true
            _ = try ReportBuilder(store: store).build(request)
        }
        for official in [coordinator, unitAdmin] {
            _ = try store.complaints.inbox(
                for: official, unit: nil, dueWithin: 3, today: today, limit: 200)
        }
        _ = try store.complaints.overview(scope: nil, today: today, months: 12)
        var filters: [ComplaintFilter] = []
        var filter = ComplaintFilter()
        filter.limit = 50
        filters.append(filter)
        filter.search = "jalan rusak"
        filters.append(filter)
        filter = ComplaintFilter()
        filter.limit = 50
        filter.unit = unitAdmin.scopeUnit.map { try? UnitCode($0) } ?? nil
        filters.append(filter)
        filter.statuses = ComplaintStatus.open
        filters.append(filter)
        filter.order = .due
        filters.append(filter)
        for filter in filters { _ = try store.complaints.page(filter, today: today) }
        _ = try store.escalations.due(now: store.now, timeZone: store.timeZone)
        store.connection.stopTracing()

        #expect(trace.statements.count > 20, "the doors ran: \(trace.statements.count) statements")
        var scans: [String] = []
        for sql in trace.statements {
            let aliases = Self.aliases(in: sql)
            for line in try store.connection.queryPlan(sql) {
                let words = line.split(separator: " ")
                guard words.count >= 2, words[0] == "SCAN", !line.contains("USING"), !Self.isLastRows(sql) else {
                    continue
                }
                let name = String(words[1])
                if Self.bigTables.contains(aliases[name] ?? name) { scans.append("\(line) in: \(sql)") }
            }
        }
        #expect(scans.isEmpty, "\(scans.joined(separator: "\n"))")
    }

    /// A statement reading the last rows by the table's own key (`ORDER BY id DESC LIMIT 1`: the
    /// audit trail's head) walks the table's b-tree from its end and stops: a SCAN in the plan that
    /// reads one row.
    static func isLastRows(_ sql: String) -> Bool {
        sql.range(of: #"ORDER BY (\w+\.)?id DESC LIMIT \d+$"#, options: .regularExpression) != nil
    }

    /// The tables the statement names under an alias (`FROM complaint c`, `JOIN complaint_event e`).
    static func aliases(in sql: String) -> [String: String] {
        var aliases: [String: String] = [:]
        let words = sql.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "(" || $0 == ")" })
        for index in words.indices.dropLast(2) where ["FROM", "JOIN"].contains(words[index].uppercased()) {
            let table = String(words[index + 1])
            var alias = String(words[index + 2])
            if alias.uppercased() == "AS", index + 3 < words.count { alias = String(words[index + 3]) }
            if bigTables.contains(table) { aliases[alias] = table }
        }
        return aliases
    }
}
