import KBKDomain
import Testing

@Suite struct NIPTests {
    @Test(arguments: [
        ("19860926 201505 1 001", NIP.Kind.pns, "1986-09-26", 2015, NIP.Gender.male),
        ("198609262015051001", .pns, "1986-09-26", 2015, .male),
        ("19700101 199503 2 002", .pns, "1970-01-01", 1995, .female),
        ("19991231 202212 1 150", .pns, "1999-12-31", 2022, .male),
        ("20000229 202001 2 001", .pns, "2000-02-29", 2020, .female),
        ("200012312024211001", .pppk, "2000-12-31", 2024, .male),
        ("19850315 2023 2 1 2 045", .pppk, "1985-03-15", 2023, .female),
        ("199001012024232999", .pppk, "1990-01-01", 2024, .female),
    ])
    func validNumbersParse(_ text: String, _ kind: NIP.Kind, _ birth: String, _ year: Int, _ gender: NIP.Gender) throws
    {
        let nip = try NIP(text)
        #expect(nip.kind == kind)
        #expect(nip.birthDate.description == birth)
        #expect(nip.appointmentYear == year)
        #expect(nip.gender == gender)
        #expect(nip.digits == text.filter { $0 != " " })
        #expect(try NIP(nip.spaced) == nip)
    }

    @Test(arguments: [
        ("", NIPProblem.length(0)),
        ("1986092620150510", .length(16)),
        ("1986092620150510011", .length(19)),
        ("19860926-201505-1-001", .notDigits),
        ("1986O9262015051001", .notDigits),
        ("１９８６０９２６２０１５０５１００１", .notDigits),
        ("198609262015051001\n", .notDigits),
        ("198602302015051001", .birthDate),
        ("198613262015051001", .birthDate),
        ("189912312015051001", .birthDate),
        ("198609262015131001", .appointmentMonth),
        ("198609262015001001", .appointmentMonth),
        ("198609261980051001", .appointmentBeforeBirth),
        ("198609261986081001", .appointmentBeforeBirth),
        ("198609262015053001", .gender),
        ("198609262015050001", .gender),
        ("198609262015051000", .serial),
        ("200012312024201001", .agreementCount),
        ("200012312024213001", .gender),
        ("200012312024211000", .serial),
        ("200012311999211001", .appointmentBeforeBirth),
    ])
    func invalidNumbersAreRefusedWithTheReason(_ text: String, _ problem: NIPProblem) {
        #expect(throws: DomainError.invalidNIP(value: text, problem: problem)) { try NIP(text) }
    }
}

@Suite struct OrganisationValueTests {
    @Test(arguments: [
        ("dinkes", "DINKES"), ("Kec-Kalimanah", "KEC-KALIMANAH"), ("1.02.0.00", "1.02.0.00"), ("a_b", "A_B"),
        (" bkd ", "BKD"),
    ])
    func unitCodesAreKeptUpperCase(_ text: String, _ expected: String) throws {
        #expect(try UnitCode(text).value == expected)
    }

    @Test(arguments: ["D", "", String(repeating: "X", count: 33), "DIN KES", "DINKES/2", "DİNKES"])
    func badUnitCodesAreMalformed(_ text: String) {
        #expect(throws: DomainError.self) { try UnitCode(text) }
        #expect((try? UnitCode(text)) == nil)
    }

    @Test func namesAreTrimmedAndChecked() throws {
        #expect(try TextRules.name("  Dinas Kesehatan ", field: "name") == "Dinas Kesehatan")
        #expect(throws: DomainError.invalid(field: "name", value: "  ", reason: .empty)) {
            try TextRules.name("  ", field: "name")
        }
        let long = String(repeating: "a", count: 201)
        #expect(
            throws: DomainError.invalid(
                field: "name", value: long, reason: .tooLong(TextLength(long, maxScalars: 200, maxBytes: 800)))
        ) { try TextRules.name(long, field: "name") }
        #expect(throws: DomainError.invalid(field: "name", value: "a\u{7}b", reason: .controlCharacters)) {
            try TextRules.name("a\u{7}b", field: "name")
        }
        #expect(throws: DomainError.self) { try TextRules.name("baris\nbaru", field: "name") }
        #expect(try TextRules.optional("baris\nbaru\tdan tab", field: "minutes", long: true) == "baris\nbaru\tdan tab")
        #expect(throws: DomainError.self) { try TextRules.optional("esc\u{1B}[31m", field: "minutes", long: true) }
        #expect(try TextRules.optional("   ", field: "focus") == nil)
        #expect(try TextRules.name(String(repeating: "é", count: 200), field: "name").count == 200)
    }

    /// Issue 28: an override made "Jalan rusak\u{202E}txt.exe" show as "Jalan rusakexe.txt".
    @Test func bidirectionalOverridesAndIsolatesAreControlCharacters() throws {
        for value in Array(0x202A...0x202E) + Array(0x2066...0x2069) {
            let text = "Jalan rusak \(Character(Unicode.Scalar(UInt32(value))!))kiri ke kanan"
            #expect(throws: DomainError.invalid(field: "subject", value: text, reason: .controlCharacters)) {
                try TextRules.name(text, field: "subject")
            }
            #expect(throws: DomainError.invalid(field: "description", value: text, reason: .controlCharacters)) {
                try TextRules.optional(text, field: "description", long: true)
            }
        }
        // The marks give a neutral character a direction and reorder nothing: Arabic-script text keeps them.
        let marked = "Masjid \u{0627}\u{0644}\u{0646}\u{0648}\u{0631}\u{200F}, RT 02\u{200E}"
        #expect(try TextRules.name(marked, field: "name") == marked)
        #expect(try TextRules.name("\u{061C}x", field: "name") == "\u{061C}x")
        #expect(throws: DomainError.invalid(field: "name", value: "\u{200E}\u{200F}", reason: .invisible)) {
            try TextRules.name("\u{200E}\u{200F}", field: "name")
        }
    }

    @Test func lengthsAreLimitedInScalarsNotGraphemes() throws {
        // One letter with 2,000,000 combining marks is one character (grapheme) and 4 MB.
        let zalgo = "a" + String(repeating: "\u{0301}", count: 2_000_000)
        do {
            _ = try TextRules.name(zalgo, field: "name")
            Issue.record("a 4 MB name was accepted")
        } catch let error {
            guard case .invalid(_, _, .tooLong(let length)) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(length.scalars == 2_000_001 && length.bytes == 4_000_001 && length.maxScalars == 200)
        }
        // 200 scalars pass (100 letters, each with one mark); 201 do not, though it is 100 characters.
        let marked = String(repeating: "e\u{0301}", count: 100)
        #expect(try TextRules.name(marked, field: "name") == marked)
        #expect(throws: DomainError.self) { try TextRules.name(marked + "\u{0301}", field: "name") }
        // 200 four-byte characters are 800 bytes: allowed.
        #expect(try TextRules.name(String(repeating: "😀", count: 200), field: "name").utf8.count == 800)
        #expect(throws: DomainError.self) {
            try TextRules.optional(String(repeating: "x\u{0301}", count: 50_001), field: "minutes", long: true)
        }
    }

    @Test(arguments: [
        "\u{200B}", "\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}", "\u{3164}", "\u{2800}\u{2800}", "\u{0301}\u{0301}",
        "\u{00A0}\u{3000}\u{200B}",
    ])
    func invisibleTextIsRefused(_ text: String) {
        #expect(throws: DomainError.invalid(field: "subject", value: text.trimmingWhitespace(), reason: .invisible)) {
            try TextRules.name(text, field: "subject")
        }
        #expect(throws: DomainError.self) { try TextRules.optional(text, field: "note", long: true) }
    }

    @Test(arguments: ["Jalan\u{200B}rusak", "é", "ꦱꦸꦫꦧꦪ", "😀", "\u{0301}a"])
    func textWithSomethingVisibleIsKept(_ text: String) throws {
        #expect(try TextRules.name(text, field: "subject") == text)
    }

    @Test(
        arguments: [
            // last revision, last review, months, due
            ("2025-01-31", nil, 12, "2026-01-31"),
            ("2025-01-31", nil, 1, "2025-02-28"),
            ("2024-01-31", nil, 1, "2024-02-29"),
            ("2024-02-29", nil, 12, "2025-02-28"),
            ("2023-02-28", nil, 12, "2024-02-28"),
            ("2025-03-01", "2025-08-31", 6, "2026-02-28"),
            ("2025-08-31", "2025-03-01", 6, "2026-02-28"),
            ("2026-10-31", "2026-10-31", 4, "2027-02-28"),
            ("2027-10-31", nil, 4, "2028-02-29"),
            ("2025-12-31", "2026-01-15", 60, "2031-01-15"),
        ] as [(String, String?, Int, String)])
    func nextReviewFallsDueAfterTheLatestRevisionOrReview(
        _ revision: String, _ review: String?, _ months: Int, _ due: String
    ) throws {
        let result = SOPSchedule.nextReviewDue(
            lastRevision: try CivilDate.parse(revision),
            lastReview: try review.map { try CivilDate.parse($0) }, months: months)
        #expect(result.description == due)
    }

    @Test func activePeriodsEndTheDayBeforeTheirEndDate() throws {
        let period = ActivePeriod(start: try CivilDate.parse("2026-01-15"), end: try CivilDate.parse("2026-06-30"))
        #expect(!period.contains(try CivilDate.parse("2026-01-14")))
        #expect(period.contains(try CivilDate.parse("2026-01-15")))
        #expect(period.contains(try CivilDate.parse("2026-06-29")))
        #expect(!period.contains(try CivilDate.parse("2026-06-30")))
        #expect(ActivePeriod(start: nil, end: nil).contains(CivilDate(daysSinceEpoch: 0)))
    }

    @Test func groupSizeBoundsWarnOutsideFourToTen() {
        let bounds = GroupSizeBounds.standard
        #expect(bounds.isOutside(3))
        #expect(!bounds.isOutside(4))
        #expect(!bounds.isOutside(10))
        #expect(bounds.isOutside(11))
    }
}
