import KBKDomain
import Testing

/// The rules the province's bundles rest on: how a complaint counts at an instant and the region code.
@Suite struct ProvinceRuleTests {
    static let day = CivilDate(year: 2025, month: 3, day: 3)!

    @Test func rejectedAndForwardedStandApartFromTheValidOnes() {
        for status in [ComplaintStatus.rejected, .forwarded] {
            let standing = ReportStanding(
                status: status, firstResponseOn: Self.day, firstResponseOnTime: true, settledOn: Self.day,
                settledOnTime: true, reopened: true, extended: true)
            #expect(standing.cohort.rawValue == status.rawValue)
            #expect(!standing.followedUp && !standing.settled && !standing.reopened && !standing.open)
        }
    }

    @Test func aValidComplaintCountsWhatItsStateHolds() {
        let open = ReportStanding(
            status: .inProgress, firstResponseOn: Self.day, firstResponseOnTime: true, settledOn: nil,
            settledOnTime: true, reopened: true, extended: false)
        #expect(open.cohort == .valid && open.followedUp && open.followedUpOnTime && open.open)
        // "On time" without the thing it times is no count.
        #expect(!open.settled && !open.settledOnTime && open.reopened)
        let unanswered = ReportStanding(
            status: .received, firstResponseOn: nil, firstResponseOnTime: true, settledOn: nil, settledOnTime: false,
            reopened: false, extended: false)
        #expect(!unanswered.followedUp && !unanswered.followedUpOnTime && unanswered.open)
        let swept = ReportStanding(
            status: .closed, firstResponseOn: Self.day, firstResponseOnTime: false, settledOn: nil,
            settledOnTime: false, reopened: false, extended: false)
        #expect(swept.closedWithoutSettlement && !swept.settled && !swept.open)
        let settled = ReportStanding(
            status: .resolved, firstResponseOn: Self.day, firstResponseOnTime: false, settledOn: Self.day,
            settledOnTime: true, reopened: false, extended: true)
        #expect(settled.settled && settled.settledOnTime && !settled.closedWithoutSettlement && !settled.open)
        #expect(settled.extended)
    }

    @Test func aRegionCodeIsFourDigitsOfAProvinceAndARegency() throws {
        #expect(try RegionCode.parse(" 3303 ") == "3303")
        for bad in ["330", "33033", "33.03", "0303", "33a3", "３３０３"] {
            #expect(throws: DomainError.self, "\(bad)") { try RegionCode.parse(bad) }
        }
    }
}
