/// A civil servant's identity number (Nomor Induk Pegawai), 18 digits.
/// - PNS (Perka BKN 22/2007): birth date `YYYYMMDD`, first appointment `YYYYMM`, gender (1 male,
///   2 female), serial `NNN`.
/// - PPPK: birth date `YYYYMMDD`, appointment year `YYYY`, the digit 2, agreement count, gender, serial.
public struct NIP: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case pns, pppk
    }

    public enum Gender: String, Sendable {
        case male, female
    }

    /// The 18 digits, without spaces.
    public let digits: String
    public let kind: Kind
    public let birthDate: CivilDate
    public let appointmentYear: Int
    public let gender: Gender

    /// Parses a NIP; spaces (as in `19860926 201505 1 001`) are ignored.
    public init(_ text: String) throws(DomainError) {
        let compact = text.filter { $0 != " " }
        func fail(_ problem: NIPProblem) -> DomainError { .invalidNIP(value: text, problem: problem) }
        guard compact.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw fail(.notDigits) }
        let bytes = Array(compact.utf8)
        guard bytes.count == 18 else { throw fail(.length(bytes.count)) }
        func number(_ range: Range<Int>) -> Int { parseDigits(bytes[range]) ?? -1 }

        guard let birth = CivilDate(year: number(0..<4), month: number(4..<6), day: number(6..<8)), birth.year >= 1900
        else {
            throw fail(.birthDate)
        }
        let appointmentYear = number(8..<12)
        let genderDigit: Int
        let serial = number(15..<18)
        // Position 13 (1-based) holds a month's tens digit for PNS (0 or 1) and the PPPK marker 2.
        if bytes[12] == UInt8(ascii: "2") {
            kind = .pppk
            guard appointmentYear > birth.year else { throw fail(.appointmentBeforeBirth) }
            guard number(13..<14) >= 1 else { throw fail(.agreementCount) }
            genderDigit = number(14..<15)
        } else {
            kind = .pns
            let appointmentMonth = number(12..<14)
            guard (1...12).contains(appointmentMonth) else { throw fail(.appointmentMonth) }
            guard (appointmentYear, appointmentMonth) > (birth.year, birth.month) else {
                throw fail(.appointmentBeforeBirth)
            }
            genderDigit = number(14..<15)
        }
        guard genderDigit == 1 || genderDigit == 2 else { throw fail(.gender) }
        guard serial > 0 else { throw fail(.serial) }
        digits = compact
        birthDate = birth
        self.appointmentYear = appointmentYear
        gender = genderDigit == 1 ? .male : .female
    }

    public var description: String { digits }

    /// The customary spaced form: `19860926 201505 1 001` (PNS) or `20001231 2024 2 1 1 001` (PPPK).
    public var spaced: String {
        let d = Array(digits)
        switch kind {
        case .pns: return String(d[0..<8]) + " " + String(d[8..<14]) + " " + String(d[14]) + " " + String(d[15..<18])
        case .pppk:
            return String(d[0..<8]) + " " + String(d[8..<12]) + " " + String(d[12]) + " " + String(d[13]) + " "
                + String(d[14]) + " " + String(d[15..<18])
        }
    }
}
