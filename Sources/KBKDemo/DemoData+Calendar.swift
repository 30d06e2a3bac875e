import KBKDomain

/// When complaints come: the seasons that bring more of them, and the holidays of a year the
/// shipped calendar does not cover.
extension DemoData {
    /// The months of the rainy season, when roads break and floods and landslides come.
    static let rainySeason: Set<Int> = [11, 12, 1, 2, 3]
    /// The months of school admission (SPMB).
    static let schoolAdmission: Set<Int> = [5, 6, 7]

    /// The national holidays whose dates never move, for a year the shipped calendar does not cover.
    static func fixedHolidays(year: Int) -> [(String, String)] {
        [
            ("\(year)-01-01", "Tahun Baru Masehi"), ("\(year)-05-01", "Hari Buruh Internasional"),
            ("\(year)-06-01", "Hari Lahir Pancasila"), ("\(year)-08-17", "Hari Kemerdekaan Republik Indonesia"),
            ("\(year)-12-25", "Hari Raya Natal"),
        ]
    }
}
