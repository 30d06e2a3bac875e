import Testing

@testable import KBKDomain

@Suite struct CitizenTests {
    @Test func anAddressIsCountedByItsNetwork() {
        #expect(CitizenAct.networkKey("203.0.113.9") == "203.0.113.9")
        #expect(CitizenAct.networkKey("::ffff:203.0.113.9") == "203.0.113.9")
        // One /64, however its host part is written.
        #expect(CitizenAct.networkKey("2001:db8:1:2::1") == "2001:db8:1:2::/64")
        #expect(CitizenAct.networkKey("2001:0DB8:0001:0002:ffff:0:0:9") == "2001:db8:1:2::/64")
        #expect(CitizenAct.networkKey("2001:db8::1") == "2001:db8:0:0::/64")
        #expect(CitizenAct.networkKey("fe80::1%eth0") == "fe80:0:0:0::/64")
        for unreadable in ["", " ", "999.1.1.1", "1.2.3", "2001:db8::1::2", "2001:db8:g::1", "localhost"] {
            #expect(CitizenAct.networkKey(unreadable) == nil, "\(unreadable)")
        }
    }

    @Test func aContactIsReachedByWhatItIs() {
        #expect(CitizenNoticeChannel(contact: "siti@example.org", anonymous: false, intake: .sms) == .email)
        #expect(CitizenNoticeChannel(contact: "0812-3456-7890", anonymous: false, intake: .whatsapp) == .whatsapp)
        #expect(CitizenNoticeChannel(contact: "+62 812 3456 7890", anonymous: false, intake: .letter) == .sms)
        #expect(CitizenNoticeChannel(contact: "0812-3456-7890", anonymous: true, intake: .whatsapp) == nil)
        #expect(CitizenNoticeChannel(contact: "Jl. Melati 3", anonymous: false, intake: .sms) == nil)
        #expect(CitizenNoticeChannel(contact: "a@b", anonymous: false, intake: .sms) == nil)
        #expect(CitizenNoticeChannel.gatewayNumber("0812-3456-7890") == "6281234567890")
    }

    /// The complainant's reply after a resolution is a reply: the silence counts from it.
    @Test func aReplyAfterTheResolutionRestartsTheAutoCloseCount() throws {
        let resolved = try CivilDate.parse("2026-11-02")
        let replied = try CivilDate.parse("2026-11-10")
        let reply = AutoClose.LatestAction(action: .note, isPublic: true, on: replied)
        let internalNote = AutoClose.LatestAction(action: .note, isPublic: false, on: replied)
        #expect(AutoClose.silentSince(status: .resolved, resolvedOn: resolved, latest: reply) == replied)
        #expect(AutoClose.silentSince(status: .resolved, resolvedOn: resolved, latest: internalNote) == resolved)
    }

    /// A hold after verification is the state it was held in: what the record's dates replay to.
    @Test func aHeldComplaintIsInLaporsStateOfWhereItWasHeld() {
        #expect(LaporStatus(.onHold, heldFrom: .received) == .onHold)
        #expect(LaporStatus(.onHold, heldFrom: .verified) == .disposed)
        #expect(LaporStatus(.onHold, heldFrom: .inProgress) == .inProgress)
        #expect(LaporStatus(.resolved, heldFrom: nil) == .finished && LaporStatus(.closed, heldFrom: nil) == .finished)
    }
}
