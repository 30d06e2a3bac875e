import KBKDomain
import KBKTestSupport
import SQLiteDB
import Testing

@testable import KBKStore

/// The bulk loader must store exactly what the commands store for the same history: the same
/// complaint row, column by column, and the same events. Each history runs in two fresh worlds,
/// once action by action through `Complaints.log` and `act`, once through `ComplaintLoader`.
@Suite struct ComplaintLoaderTests {
    struct Step {
        let request: ComplaintAction
        let at: String
    }

    struct History: CustomTestStringConvertible {
        let name: String
        let received: String
        var unit: String?
        var category: String?
        let steps: [Step]
        var testDescription: String { name }
    }

    static let dpupr = try! UnitCode("DPUPR")
    static let dlh = try! UnitCode("DLH")

    static let histories: [History] = [
        History(name: "left received", received: "2026-11-13 23:30", steps: []),
        History(
            name: "handed over at intake", received: "2026-11-16 08:00", unit: "DLH",
            steps: [
                Step(request: .respond("ditinjau"), at: "2026-11-30 09:00")
            ]),
        // Verified the day before a holiday, answered late, settled in time, closed with a rating.
        History(
            name: "whole life over a holiday", received: "2026-12-22 10:00", category: "berkadar-pengawasan",
            steps: [
                Step(request: .verify(unit: dpupr, category: nil), at: "2026-12-23 15:00"),
                Step(request: .respond("dijadwalkan"), at: "2027-01-05 16:00"),
                Step(request: .resolve("sudah diperbaiki"), at: "2027-01-20 16:30"),
                Step(request: .close(rating: 4, comment: "terima kasih"), at: "2027-01-22 08:00"),
            ]),
        History(
            name: "held, resumed, reassigned, reopened", received: "2026-11-02 08:00",
            steps: [
                Step(
                    request: .verify(unit: dpupr, category: try! CategoryCode("informasi-normatif")),
                    at: "2026-11-02 09:00"),
                Step(request: .hold(reason: "menunggu foto"), at: "2026-11-03 09:00"),
                Step(request: .note("foto diminta lagi"), at: "2026-11-04 09:00"),
                Step(request: .resume, at: "2026-11-09 09:00"),
                Step(request: .reassign(to: dlh, reason: "bukan wewenang kami"), at: "2026-11-09 10:00"),
                Step(request: .resolve("dijawab"), at: "2026-11-20 09:00"),
                Step(request: .reopen(reason: "belum puas"), at: "2026-11-23 09:00"),
                Step(request: .resolve("dijawab lagi"), at: "2026-11-24 09:00"),
            ]),
        History(
            name: "rejected", received: "2026-11-05 08:00",
            steps: [
                Step(request: .reject(.duplicate, message: "sama dengan aduan lain"), at: "2026-11-05 10:00")
            ]),
    ]

    /// The histories run over the shipped calendar's 24 and 25 December 2026.
    static func world() throws -> ComplaintWorld {
        try ComplaintWorld(now: "2027-02-01T09:00:00+07:00")
    }

    static func draft(_ history: History, _ world: ComplaintWorld) throws -> ComplaintDraft {
        var draft = ComplaintDraft(subject: "Jalan berlubang", description: "Di Desa Karangreja", channel: .lapor)
        draft.receivedAt = try world.at(history.received)
        draft.unit = try history.unit.map(UnitCode.init)
        draft.category = try history.category.map(CategoryCode.init)
        draft.externalReference = "LAPOR-\(history.name)"
        return draft
    }

    static func rows(_ world: ComplaintWorld) throws -> [String] {
        let complaints = try world.store.connection.query("SELECT * FROM complaint ORDER BY id") { row in
            (1..<row.columnCount).map { "\(row.value(at: $0))" }.joined(separator: "|")
        }
        // Every column but the actor: the commands are done at each official's desk, the loader by
        // whoever imports.
        // Nor when each event was entered: the commands enter them as they go, an import restores them.
        let events = try world.store.connection.query(
            "SELECT * FROM complaint_event ORDER BY id"
        ) { row in
            (1..<row.columnCount - 1).filter { $0 != 7 }.map { "\(row.value(at: $0))" }.joined(separator: "|")
        }
        let counters = try world.store.connection.query("SELECT year, last FROM ticket_counter ORDER BY year") {
            "\($0.int(0) ?? 0):\($0.int(1) ?? 0)"
        }
        return complaints + events + counters
    }

    @Test(arguments: histories)
    func theLoaderStoresWhatTheCommandsStore(_ history: History) throws {
        let byCommands = try Self.world()
        let ticket = try byCommands.log(received: nil, draft: Self.draft(history, byCommands)).ticket
        for step in history.steps { try byCommands.act(ticket, step.request, at: step.at) }

        let byLoader = try Self.world()
        try byLoader.store.write { transaction in
            let loader = try ComplaintLoader(byLoader.store, in: transaction)
            var pending = try loader.receive(Self.draft(history, byLoader))
            for step in history.steps { try loader.apply(step.request, at: byLoader.at(step.at), to: &pending) }
            try loader.store(pending)
            let summary = try loader.finish()
            #expect(summary == "1 complaint(s) with their histories: \(ticket) … \(ticket)")
            try transaction.audit(AuditRecord(.create, .database, id: nil, summary))
        }
        #expect(try Self.rows(byLoader) == Self.rows(byCommands))
        #expect(try byLoader.store.complaints.get(ticket) == byCommands.store.complaints.get(ticket))
    }

    @Test func refusalsAreTheCommandsRefusals() throws {
        let world = try Self.world()
        let before = try Self.rows(world)
        let received = Self.histories[0]
        #expect(
            throws: DomainError.rule(.actionNotAllowed(ticket: "ADU-2026-00001", action: .resolve, status: .received))
        ) {
            try world.store.write { transaction in
                let loader = try ComplaintLoader(world.store, in: transaction)
                var pending = try loader.receive(Self.draft(received, world))
                try loader.apply(.resolve("belum diverifikasi"), at: world.at("2026-11-16 09:00"), to: &pending)
            }
        }
        #expect(
            throws: DomainError.rule(
                .beforePreviousEvent(
                    ticket: "ADU-2026-00001", value: try world.at("2026-11-13 08:00"),
                    previous: try world.at(received.received)))
        ) {
            try world.store.write { transaction in
                let loader = try ComplaintLoader(world.store, in: transaction)
                var pending = try loader.receive(Self.draft(received, world))
                try loader.apply(
                    .verify(unit: Self.dpupr, category: nil), at: world.at("2026-11-13 08:00"), to: &pending)
            }
        }
        // A hand-over is checked against the units of its own day: DLH had ended before this one.
        try world.store.write { try $0.units.deactivate(Self.dlh, on: CivilDate.parse("2026-10-01"), successor: nil) }
        #expect(throws: DomainError.rule(.unitInactive("DLH"))) {
            try world.store.write { transaction in
                _ = try ComplaintLoader(world.store, in: transaction).receive(Self.draft(Self.histories[1], world))
            }
        }
        #expect(try Self.rows(world) == before)
    }

    static func schema(_ world: ComplaintWorld) throws -> [String] {
        try world.store.connection.query("SELECT type, name, sql FROM sqlite_schema ORDER BY name") {
            "\($0.value(at: 0))|\($0.value(at: 1))|\($0.value(at: 2))"
        }
    }

    /// A big load sets the complaint indexes aside and builds them again before the transaction ends;
    /// a load that fails gets them back from the rollback.
    @Test func aBigLoadRebuildsTheIndexesItSetAside() throws {
        let world = try Self.world()
        let schema = try Self.schema(world)
        func load(_ count: Int, failing: Bool) throws {
            try world.store.write { transaction in
                let loader = try ComplaintLoader(world.store, in: transaction)
                loader.indexes.threshold = 2
                for index in 0..<count {
                    var draft = try Self.draft(Self.histories[2], world)
                    draft.externalReference = "BIG-\(failing)-\(index)"
                    var pending = try loader.receive(draft)
                    for step in Self.histories[2].steps {
                        try loader.apply(step.request, at: world.at(step.at), to: &pending)
                    }
                    try loader.store(pending)
                }
                #expect(
                    try world.store.connection.scalar(
                        "SELECT count(*) FROM sqlite_schema WHERE name = 'complaint_received'")?.intValue == 0)
                if failing { throw DomainError.invalid(field: "test", value: "", reason: .empty) }
                try transaction.audit(AuditRecord(.create, .database, id: nil, try loader.finish()))
            }
        }
        #expect(throws: DomainError.self) { try load(3, failing: true) }
        #expect(try Self.schema(world) == schema)
        try load(5, failing: false)
        #expect(try Self.schema(world) == schema)
        #expect(try world.store.connection.integrityCheck().isEmpty)
        // The rebuilt index answers: every complaint of the load is found by its received date.
        #expect(
            try world.store.connection.scalar(
                "SELECT count(*) FROM complaint INDEXED BY complaint_received WHERE received_on = '2026-12-22'")?
                .intValue == 5)
    }
}

extension ComplaintWorld {
    @discardableResult
    func log(received: String?, draft: ComplaintDraft) throws -> Complaint {
        try logAsItCameIn(draft)
    }
}
