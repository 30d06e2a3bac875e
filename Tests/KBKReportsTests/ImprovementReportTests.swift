import KBKDomain
import KBKReports
import KBKStore
import KBKTestSupport
import Testing

@Suite struct ImprovementReportTests {
    /// Three actions on the hand-built quarter (groups: 1 = DINA's KBK A, 3 = DINB's new group).
    /// I1 (DINA): started 01-20, cites A2 and (from 03-10) A7, linked to S1; through every stage to done on 03-05; S1
    /// revised 03-02.
    /// I2 (DINA): started 03-10, due 03-20, cites A4; still at plan on 03-31 → overdue.
    /// I3 (DINB): started 03-05, due 06-30, cites B4; dropped 03-25.
    func fixtureWithActions() throws -> ReportFixture {
        let fixture = try ReportFixture()
        let store = fixture.store
        func ticket(_ name: String) throws -> Ticket { try Ticket.parse(fixture.tickets[name]!) }
        func date(_ text: String) throws -> CivilDate { try CivilDate.parse(text) }
        var first = ImprovementDraft(groupID: 1, title: "Jawab aduan lebih cepat")
        first.startedOn = try date("2026-01-20")
        first.dueOn = try date("2026-03-31")
        first.complaints = [try ticket("A2")]
        first.sops = ["S1"]
        let one = try Desk.write(for: "DINA", in: store) { try $0.improvements.add(first) }.id
        for (stage, day) in [
            (ImprovementStage.do, "2026-02-01"), (.check, "2026-02-15"), (.act, "2026-03-01"), (.done, "2026-03-05"),
        ] {
            _ = try Desk.write(for: "DINA", in: store) {
                try $0.improvements.advance(one, to: stage, note: nil, on: date(day))
            }
        }
        try Desk.write(for: "DINA", in: store) {
            try $0.improvements.link(one, complaint: ticket("A7"), sop: nil, on: date("2026-03-10"))
        }
        _ = try Desk.write(for: "DINA", in: store) {
            try $0.sops.revise(
                "S1", effectiveOn: date("2026-03-05"), revisedOn: date("2026-03-02"),
                changes: SOPContentChanges(), reviewMonths: nil)
        }
        var second = ImprovementDraft(groupID: 1, title: "Hold lebih singkat")
        second.startedOn = try date("2026-03-10")
        second.dueOn = try date("2026-03-20")
        second.complaints = [try ticket("A4")]
        _ = try Desk.write(for: "DINA", in: store) { try $0.improvements.add(second) }
        var third = ImprovementDraft(groupID: 3, title: "Tanggapan LAPOR!")
        third.startedOn = try date("2026-03-05")
        third.dueOn = try date("2026-06-30")
        third.complaints = [try ticket("B4")]
        let three = try Desk.write(for: "DINB", in: store) { try $0.improvements.add(third) }.id
        _ = try Desk.write(for: "DINB", in: store) {
            try $0.improvements.advance(three, to: .dropped, note: "digabung", on: date("2026-03-25"))
        }
        return fixture
    }

    @Test func improvementFiguresPerUnit() throws {
        let fixture = try fixtureWithActions()
        let rows = try fixture.report(sections: [.improvements]).improvements
        #expect(rows.map(\.code) == ["DINA", "DINB", "KECC", "KELD"])
        // DINA: opened I1 and I2; finished I1; I2 overdue; cited A2, A7, A4 of 6 valid → 0.5; S1 revised after I1
        // began.
        var dina = ImprovementFigures(code: "DINA", name: "Unit DINA")
        (dina.opened, dina.finished, dina.overdue, dina.validComplaints, dina.citedComplaints, dina.sopsRevised) = (
            2, 1, 1, 6, 3, 1
        )
        #expect(rows[0] == dina)
        #expect(rows[0].citedShare == 0.5)
        // DINB: opened I3 (dropped, so neither finished nor overdue); cited B4 of 3 valid.
        var dinb = ImprovementFigures(code: "DINB", name: "Unit DINB")
        (dinb.opened, dinb.validComplaints, dinb.citedComplaints) = (1, 3, 1)
        #expect(rows[1] == dinb)
        // KECC: 15 valid, none cited → 0; KELD: 1 valid.
        #expect(rows[2].citedShare == 0)
        #expect(rows[3].validComplaints == 1)
    }

    @Test func linksAndStagesAfterThePeriodDoNotCount() throws {
        let fixture = try fixtureWithActions()
        let before = try fixture.report(sections: [.improvements]).improvements
        fixture.now = try Timestamp.parse("2026-04-20T12:00:00+07:00")
        try Desk.write(for: "DINA", in: fixture.store) {
            try $0.improvements.link(
                2, complaint: Ticket.parse(fixture.tickets["A5"]!), sop: nil, on: CivilDate.parse("2026-04-05"))
        }
        _ = try Desk.write(for: "DINA", in: fixture.store) {
            try $0.improvements.advance(2, to: .do, note: nil, on: CivilDate.parse("2026-04-06"))
        }
        #expect(try fixture.report(sections: [.improvements]).improvements == before)
    }

    @Test func linksMustStayWithinTheGroupsUnit() throws {
        let fixture = try ReportFixture()
        let store = fixture.store
        var draft = ImprovementDraft(groupID: 1, title: "Salah unit")
        draft.startedOn = try CivilDate.parse("2026-03-01")
        draft.complaints = [try Ticket.parse(fixture.tickets["B4"]!)]
        #expect(throws: DomainError.rule(.outsideUnit(kind: .complaint, key: fixture.tickets["B4"]!, unit: "DINA"))) {
            try Desk.write(for: "DINA", in: store) { try $0.improvements.add(draft) }
        }
        var wrongSOP = ImprovementDraft(groupID: 1, title: "SOP lain")
        wrongSOP.sops = ["S4"]
        #expect(throws: DomainError.rule(.outsideUnit(kind: .sop, key: "S4", unit: "DINA"))) {
            try Desk.write(for: "DINA", in: store) { try $0.improvements.add(wrongSOP) }
        }
        #expect(
            try store.improvements.list(group: nil, unit: nil, stage: nil, overdueOnly: false, today: store.today)
                .isEmpty)
    }
}
