import KBKDomain
import Testing

/// The rules the province's bundles rest on: how a complaint counts at an instant, the region code,
/// and a database URL that must not carry a password.
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

    @Test func aPasswordInADatabaseURLIsFound() {
        for url in [
            "postgresql://kbk:rahasia@db.jatengprov.go.id/province", "postgres://u:p@/province?host=/run/pg",
            "host=/run/pg dbname=province password=rahasia", "postgresql:///province?password=x",
        ] {
            #expect(DatabaseURL.carriesPassword(url), "\(url)")
        }
        for url in [
            "postgresql:///province?host=/run/pg&user=kbk", "postgresql://kbk@db.jatengprov.go.id:5433/province",
            "host=/run/pg dbname=province user=kbk", "postgresql://[::1]:5432/province",
        ] {
            #expect(!DatabaseURL.carriesPassword(url), "\(url)")
        }
    }
}
