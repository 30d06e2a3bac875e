import KBKDomain
import KBKStore

extension Demo {
    /// Makes the demo's records one by one, in the order a kabupaten would, drawing every choice
    /// from one seeded stream.
    struct Builder {
        let store: Store
        let options: Options
        var random: SeededGenerator
        var summary = Summary()
        var nextSerial = 1
        var calendar = WorkingCalendar()
        let firstDay: CivilDate
        let lastDay: CivilDate
        var sopNumbers: [String: [String]] = [:]
        /// The demo's officials: the government's complaint desk, the inspectorate's reader, and a
        /// unit admin and an officer for every unit. Made without drawing from the random stream,
        /// so the data (and the report) are those of the same seed before officials existed.
        var coordinator: Official?
        var unitAdmins: [String: Official] = [:]
        var officers: [String: Official] = [:]

        init(store: Store, options: Options) {
            self.store = store
            self.options = options
            random = SeededGenerator(seed: options.seed)
            firstDay = CivilDate(year: options.lastYear, month: 1, day: 1)!
            lastDay = max(firstDay, options.until ?? CivilDate(year: options.lastYear, month: 12, day: 31)!)
        }

        func instant(_ day: CivilDate, hour: Int, minute: Int = 0) -> Timestamp {
            Timestamp(
                secondsSinceEpoch: Timestamp(startOf: day, in: store.timeZone).secondsSinceEpoch
                    + Int64(hour * 3600 + minute * 60))
        }

        mutating func run(progress: (Int, Int) -> Void) throws {
            // The national calendar ships with kbk for the years its decrees are known; a year
            // beyond them gets the holidays whose dates never move, so that its demo is not all work.
            for year in firstDay.year...lastDay.year where try !store.holidays.hasNationalDays(in: year) {
                for (day, name) in DemoData.fixedHolidays(year: year) {
                    _ = try store.write {
                        try $0.holidays.add(Holiday(date: CivilDate.parse(day), name: name, kind: .national))
                    }
                }
            }
            calendar = try store.holidays.calendar()
            for category in DemoData.functionCategories {
                _ = try store.write { try $0.categories.add(category) }
            }
            try addUnits()
            try addLetterhead()
            try addOfficials()
            try addGroups()
            try addSOPs()
            for index in 0..<options.complaints {
                try addComplaint()
                if index % 250 == 0 { progress(index, options.complaints) }
            }
            progress(options.complaints, options.complaints)
            try addImprovementsAndSurveys()
            try endMergedUnits()
            try addCoordinationAndAssessments()
            summary.events = try store.complaints.eventCount()
        }

        mutating func person() -> String {
            random.pick(DemoData.givenNames) + " " + random.pick(DemoData.familyNames)
        }

        /// A valid PNS number, never the same twice.
        mutating func nip() -> NIP {
            let birthYear = random.int(1965...1996)
            let birth = CivilDate(year: birthYear, month: random.int(1...12), day: random.int(1...28))!
            let appointed = min(birthYear + random.int(22...32), options.lastYear - 2)
            let digits =
                birth.description.filter { $0 != "-" } + String(appointed) + String(format2: random.int(1...12))
                + String(random.int(1...2)) + String(1000 + nextSerial % 999 + 1).suffix(3)
            nextSerial += 1
            return (try? NIP(digits)) ?? (try! NIP("198001012005011001"))
        }

        /// A unit's desk: writes of its groups, SOPs, improvement actions and surveys.
        func unitAdmin(_ code: String) -> Official { unitAdmins[code]! }

        /// A random moment, up to the last day, mostly on a working day (sometimes on a weekend or at
        /// night, as citizens write).
        mutating func receptionTime() -> Timestamp {
            var day = firstDay.adding(days: random.int(0...(lastDay.daysSinceEpoch - firstDay.daysSinceEpoch)))
            if !calendar.isWorkingDay(day) && random.chance(0.7) {
                day = min(lastDay, calendar.adding(workingDays: 1, to: day))
            }
            let hour = random.chance(0.85) ? random.int(7...15) : random.int(0...23)
            // Nothing is received after the moment the demo is made.
            return min(instant(day, hour: hour, minute: random.int(0...59)), latest)
        }

        /// A minute before the demo is made: the last moment anything in it may have happened.
        var latest: Timestamp { Timestamp(secondsSinceEpoch: store.now.secondsSinceEpoch - 60) }

        /// A time `days` working days after `after`, during office hours and never before it.
        mutating func later(_ after: Timestamp, workingDays days: Int) -> Timestamp? {
            let day = calendar.adding(workingDays: days, to: after.date(in: store.timeZone))
            let candidate = instant(day, hour: random.int(8...15), minute: random.int(0...59))
            let time = max(candidate, Timestamp(secondsSinceEpoch: after.secondsSinceEpoch + 60))
            return time.date(in: store.timeZone) <= lastDay && time <= latest ? time : nil
        }

        /// The units taking complaints on `day`, weighted by volume and season: the merged units until
        /// the reorganisation, the units it formed from then on.
        func receiving(on day: CivilDate) -> [(DemoData.UnitSpec, Int)] {
            let reorganised = day >= DemoData.reorganisation
            return DemoData.units.compactMap { spec in
                if spec.isMergedAway && reorganised || spec.formedByReorganisation && !reorganised { return nil }
                let factor = spec.season.map { $0.months.contains(day.month) ? $0.factor : 1 } ?? 1
                return (spec, spec.weight * factor)
            }
        }

        /// The unit that holds `code`'s work of `category` on `day`: its successor for that
        /// category once it was merged away (`Succession`'s rule).
        func holding(_ code: String, category: String, on day: CivilDate) -> String {
            guard day >= DemoData.reorganisation, let succession = DemoData.successions[code] else { return code }
            return succession.successor(forCategory: category) ?? code
        }
    }
}

extension String {
    /// The subject as the rest of a sentence: its first letter small, acronyms kept ("kepesertaan
    /// BPJS Kesehatan nonaktif", not "bpjs").
    var sentenceContinued: String { prefix(1).lowercased() + dropFirst() }

    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : String(value)
    }
}
