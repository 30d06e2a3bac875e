import KBKDomain
import Testing

/// SplitMix64, so every run draws the same inputs and a failure names a seed that repeats it.
struct TwinRandom {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}

/// Each byte-level fast path against a plain twin written for clarity, on thousands of seeded inputs
/// (issue 13, part 6): the fast path must agree on every value and refuse exactly what the twin refuses.
@Suite struct FastPathTwinTests {
    @Test func workingDayIndexAgreesWithTheCalendar() {
        var random = TwinRandom(state: 2026)
        for round in 0..<40 {
            let base = CivilDate(year: 2024, month: 1, day: 1)!
            let holidays = Set((0..<random.int(0...30)).map { _ in base.adding(days: random.int(0...900)) })
            let calendar = WorkingCalendar(holidays: holidays)
            let from = base.adding(days: random.int(0...200))
            let index = WorkingDayIndex(calendar: calendar, from: from, to: from.adding(days: random.int(0...600)))
            for _ in 0..<150 {
                // Inside the index's span and outside it (where it falls back), both directions.
                let start = base.adding(days: random.int(-30...950))
                let end = base.adding(days: random.int(-30...950))
                #expect(
                    index.workingDays(from: start, to: end) == calendar.workingDays(from: start, to: end),
                    "round \(round): \(start) → \(end)")
            }
        }
    }

    /// The plain reading of a ticket: `ADU-YYYY-NNNNN…`, trimmed, any case.
    static func plainTicket(_ text: String) -> Ticket? {
        let parts = text.trimmingWhitespace().uppercased().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "ADU", parts[1].count == 4, parts[2].count >= 5, parts[2].count <= 18,
            parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), parts[2].allSatisfy({ $0.isASCII && $0.isNumber }),
            let year = Int(parts[1]), let sequence = Int(parts[2]), sequence > 0
        else { return nil }
        return Ticket(year: year, sequence: sequence)
    }

    @Test func ticketParsingAgreesWithItsPlainTwin() {
        var random = TwinRandom(state: 12)
        let pieces = [
            "ADU", "adu", "AD", "ADUX", "-", "--", "2026", "026", "20a6", "00012", "0000", "00000", "1",
            "99999999999999",
            " ", "x", "٣", "Ａ", "\u{0}", "+", "12345678901234567",
        ]
        for _ in 0..<5_000 {
            let text: String
            if random.int(0...1) == 0 {
                text =
                    "ADU-\(random.int(1000...9999))-" + String(repeating: "0", count: random.int(0...3))
                    + String(random.int(0...99_999))
            } else {
                text = (0..<random.int(1...6)).map { _ in random.pick(pieces) }.joined()
            }
            #expect((try? Ticket.parse(text)) == Self.plainTicket(text), "\(text.debugDescription)")
        }
    }

    @Test func storedDatesReadFromBytesAgreeWithParsing() {
        var random = TwinRandom(state: 7)
        let alphabet = Array("0123456789-0123456789/ T")
        for _ in 0..<10_000 {
            let text: String
            if random.int(0...2) > 0 {
                text = isoDateText(random.int(1900...2200), random.int(0...13), random.int(0...32))
            } else {
                text = String((0..<random.int(8...11)).map { _ in random.pick(alphabet) })
            }
            let fast = Array(text.utf8).withUnsafeBufferPointer { CivilDate(isoBytes: $0) }
            #expect(fast == (try? CivilDate.parse(text)), "\(text)")
        }
    }

    @Test func timestampsComeBackFromEveryOffsetAndMutationsNeverCrash() throws {
        var random = TwinRandom(state: 99)
        let offsets: [UTCOffset] = [
            .utc, .wib, .wita, .wit, try UTCOffset.parse("-05:30"), try UTCOffset.parse("+14:00"),
        ]
        for _ in 0..<5_000 {
            let instant = Timestamp(secondsSinceEpoch: Int64(random.int(946_684_800...4_102_444_799)))
            let offset = random.pick(offsets)
            let text = instant.iso8601(in: offset)
            #expect(try Timestamp.parse(text) == instant, "\(text)")
            #expect(try Timestamp.parse(instant.utcString) == instant)
            // One byte changed: parsed or refused, never a trap, and a parsed value still prints as text of its own.
            var bytes = Array(text.utf8)
            bytes[random.int(0...(bytes.count - 1))] = UInt8(random.pick(Array("0123456789:-+TZ x".utf8)))
            if let mutated = try? Timestamp.parse(String(decoding: bytes, as: UTF8.self)) {
                #expect(try Timestamp.parse(mutated.utcString) == mutated)
            }
        }
    }

    @Test func offsetsAgreeWithTheirPlainTwin() {
        var random = TwinRandom(state: 5)
        for _ in 0..<3_000 {
            let sign = random.pick(["+", "-", "", "±"])
            let hours = random.int(0...30)
            let minutes = random.int(0...75)
            let colon = random.pick([":", "", "."])
            let text =
                sign + (hours < 10 ? "0" : "") + String(hours) + colon + (minutes < 10 ? "0" : "") + String(minutes)
            let plain: Int? = {
                guard sign == "+" || sign == "-", colon != ".", minutes < 60 else { return nil }
                let seconds = (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
                return UTCOffset(seconds: seconds).map { _ in seconds }
            }()
            #expect((try? UTCOffset.parse(text))?.seconds == plain, "\(text)")
        }
    }
}

/// `YYYY-MM-DD` from numbers, zero-padded, for the date twin's inputs.
func isoDateText(_ year: Int, _ month: Int, _ day: Int) -> String {
    func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
}
