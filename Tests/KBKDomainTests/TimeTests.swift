import KBKDomain
import Testing

@Suite struct CivilDateTests {
    @Test(arguments: [
        ("2026-11-29", 2026, 11, 29),
        ("2024-02-29", 2024, 2, 29),
        ("2000-02-29", 2000, 2, 29),
        ("1970-01-01", 1970, 1, 1),
        ("0001-01-01", 1, 1, 1),
        ("9999-12-31", 9999, 12, 31),
    ])
    func validDatesParse(_ text: String, _ year: Int, _ month: Int, _ day: Int) throws {
        let date = try CivilDate.parse(text)
        #expect((date.year, date.month, date.day) == (year, month, day))
        #expect(date.description == text)
    }

    @Test(arguments: ["26-11-29", "2026/11/29", "", "today", "2026-11-29T00:00", "２０２６-11-29", "2026-1-5"])
    func malformedDatesAreRefusedNamingTheValue(_ text: String) {
        #expect(throws: DomainError.malformed(field: "--since", value: text, expected: "YYYY-MM-DD")) {
            try CivilDate.parse(text, field: "--since")
        }
    }

    @Test(arguments: ["2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0000-01-01"])
    func datesThatDoNotExistAreRefusedNamingTheValue(_ text: String) {
        #expect(throws: DomainError.invalid(field: "--on", value: text, reason: .noSuchDate)) {
            try CivilDate.parse(text, field: "--on")
        }
    }

    @Test(arguments: [
        ("2026-01-31", 1, "2026-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2024-02-29", 12, "2025-02-28"),
        ("2024-02-29", 48, "2028-02-29"), ("2026-03-31", -1, "2026-02-28"), ("2026-11-30", 3, "2027-02-28"),
        ("2026-12-15", 1, "2027-01-15"), ("2026-05-31", 12, "2027-05-31"), ("2026-08-31", 6, "2027-02-28"),
    ])
    func addingMonthsClampsToTheMonthEnd(_ start: String, _ months: Int, _ expected: String) throws {
        #expect(try CivilDate.parse(start).adding(months: months).description == expected)
    }

    @Test func daysSinceEpochRoundTripsOverFourHundredYears() {
        let start = CivilDate(year: 1900, month: 1, day: 1)!.daysSinceEpoch
        var previous: CivilDate?
        for days in start..<(start + 146_097 + 10) {
            let date = CivilDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            if let previous { #expect(previous < date) }
            previous = date
        }
    }

    @Test(arguments: [
        ("1970-01-01", 4), // Thursday
        ("2026-11-29", 7), // Sunday
        ("2026-11-30", 1), // Monday
        ("2024-02-29", 4),
        ("1945-08-17", 5), // Proclamation day, a Friday
    ])
    func isoWeekdays(_ text: String, _ weekday: Int) throws {
        #expect(try CivilDate.parse(text).isoWeekday == weekday)
    }
}

@Suite struct TimestampTests {
    @Test(arguments: [
        ("+07:00", 25_200), ("+0700", 25_200), ("WIB", 25_200), ("wita", 28_800), ("WIT", 32_400),
        ("Z", 0), ("UTC", 0), ("-03:30", -12_600), ("+14:00", 50_400),
    ])
    func offsetsParse(_ text: String, _ seconds: Int) throws {
        #expect(try UTCOffset.parse(text).seconds == seconds)
    }

    @Test(arguments: ["+7", "07:00", "+15:00", "-13:00", "+07:60", "Asia/Jakarta", "", "+07:00:00"])
    func badOffsetsAreRefused(_ text: String) {
        #expect(throws: DomainError.self) { try UTCOffset.parse(text) }
    }

    @Test func formattingInTheOfficeZone() throws {
        let instant = try Timestamp.parse("2026-11-20T09:30:00+07:00")
        #expect(instant.utcString == "2026-11-20T02:30:00Z")
        #expect(instant.iso8601(in: .wib) == "2026-11-20T09:30:00+07:00")
        #expect(instant.iso8601(in: .wit) == "2026-11-20T11:30:00+09:00")
        #expect(try Timestamp.parse(instant.utcString) == instant)
    }

    @Test func theDayBoundaryIsTheOfficesLocalMidnight() throws {
        let date = try CivilDate.parse("2026-11-20")
        let start = Timestamp(startOf: date, in: .wib)
        #expect(start.utcString == "2026-11-19T17:00:00Z")
        #expect(start.date(in: .wib) == date)
        #expect(Timestamp(secondsSinceEpoch: start.secondsSinceEpoch - 1).date(in: .wib) == date.adding(days: -1))
        #expect(start.date(in: .utc) == date.adding(days: -1))
    }

    @Test func fractionsOfASecondAreDropped() throws {
        #expect(try Timestamp.parse("2026-11-20T09:30:00.123456+07:00") == Timestamp.parse("2026-11-20T09:30:00+07:00"))
    }

    @Test func instantsBeforeTheEpochFormat() throws {
        let instant = try Timestamp.parse("1969-12-31T23:59:59Z")
        #expect(instant.secondsSinceEpoch == -1)
        #expect(instant.utcString == "1969-12-31T23:59:59Z")
    }

    @Test(arguments: ["2026-11-20", "2026-11-20T09:30:00", "2026-11-20T25:00:00Z", "2026-02-30T09:00:00Z", "kemarin"])
    func badTimestampsAreRefused(_ text: String) {
        #expect(throws: DomainError.self) { try Timestamp.parse(text) }
    }
}

@Suite struct ActorTests {
    @Test(arguments: ["operator.dinkes", "Siti Rahayu", "  budi  "])
    func namesAreAccepted(_ name: String) throws {
        #expect(try Actor(name).name == name.trimmingWhitespace())
    }

    @Test(arguments: ["", "   ", "tab\there", String(repeating: "x", count: 65)])
    func badNamesAreRefused(_ name: String) {
        #expect(throws: DomainError.self) { try Actor(name) }
    }

    @Test func entityKindsParseAndListTheAllowedValues() throws {
        #expect(try EntityKind.parse("DATABASE") == .database)
        #expect(
            throws: DomainError.notAllowed(
                field: "entity", value: "pengaduan", allowed: EntityKind.allCases.map(\.rawValue))
        ) {
            try EntityKind.parse("pengaduan")
        }
    }
}
