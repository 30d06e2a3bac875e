import KBKDomain
import KBKPresentation
import KBKStore

/// Where a complaint is about, from the command line (`--desa`, `--lat`, `--long` on `complaint
/// new`), and `kbk place list`: the government's list of kecamatan, desa and kelurahan.
enum PlaceOptions {
    static let desa = Option.raw(
        "desa", valueName: "name|code",
        help: Text(
            en:
                "The desa or kelurahan it is about: its name (with its kecamatan after a comma when two share it) or its BPS code.",
            id:
                "Desa atau kelurahan yang diadukan: namanya (dengan kecamatannya setelah koma bila ada dua yang sama) atau kode BPS-nya."
        ))
    static let latitude = Option.raw(
        "lat", valueName: "degrees",
        help: Text(
            en: "Latitude of the point, in decimal degrees (south is negative: -7.3912); with --long.",
            id: "Lintang titiknya, dalam derajat desimal (lintang selatan negatif: -7.3912); bersama --long."))
    static let longitude = Option.raw(
        "long", valueName: "degrees",
        help: Text(
            en: "Longitude of the point, in decimal degrees (109.3634); with --lat.",
            id: "Bujur titiknya, dalam derajat desimal (109.3634); bersama --lat."))

    static var options: [OptionSpec] { [desa.spec, latitude.spec, longitude.spec] }

    /// A list's place: a kecamatan by its code, or a desa or kelurahan by its name or code.
    static let place = Option.raw(
        "place", valueName: "name|code",
        help: Text(
            en:
                "Only those about this place: a kecamatan by its BPS code (all its desa), or a desa or kelurahan by its name or code.",
            id:
                "Hanya yang tentang tempat ini: kecamatan dengan kode BPS-nya (semua desanya), atau desa/kelurahan dengan nama atau kodenya."
        ))

    /// The place `--place` names, found on the government's list.
    static func place(_ invocation: Invocation, store: Store) throws -> String? {
        try invocation.value(place).map { try store.places.narrowing($0) }
    }

    /// The point typed, both halves or neither.
    static func coordinates(_ invocation: Invocation) throws -> Coordinates? {
        let (lat, long) = (try invocation.value(latitude), try invocation.value(longitude))
        switch (lat, long) {
        case (nil, nil): return nil
        case (let lat?, let long?): return try Coordinates.parse(latitude: lat, longitude: long)
        case (nil, _): throw invocation.missingOption(latitude)
        case (_, nil): throw invocation.missingOption(longitude)
        }
    }

    /// The desa typed, found on the government's list.
    static func village(_ invocation: Invocation, store: Store) throws -> String? {
        try invocation.value(desa).map { try store.places.village($0).code }
    }
}

enum PlaceCommands {
    static let kecamatan = Option.raw(
        "kecamatan", valueName: "code",
        help: Text(en: "Only this kecamatan's desa and kelurahan.", id: "Hanya desa dan kelurahan kecamatan ini."))

    static let spec = CommandSpec(
        name: "place",
        abstract: Text(
            en: "The government's kecamatan, desa and kelurahan, by their BPS codes ('kbk import places' loads them).",
            id: "Kecamatan, desa dan kelurahan pemerintah daerah, dengan kode BPS-nya ('kbk import places' memuatnya)."),
        subcommands: [list])

    static let list = CommandSpec(
        name: "list",
        abstract: Text(en: "List the places.", id: "Daftar tempat."),
        options: .of(kecamatan), formats: [.table, .csv, .json],
        examples: ["kbk place list", "kbk place list --kecamatan 3303130"],
        run: { invocation in
            _ = try invocation.format()
            let store = try invocation.openStore(.existing)
            let chosen = try invocation.value(kecamatan).map { try Place.parseCode($0, field: "--kecamatan") }
            let places = try store.places.list(kecamatan: chosen)
            let records = { @Sendable () -> JSON in .array(places.map(PlaceCommands.json)) }
            var table = Tabular(columns: [
                Column(key: "code", header: Text(en: "BPS code", id: "Kode BPS")),
                Column(key: "kind", header: Text(en: "Kind", id: "Jenis")),
                Column(key: "name", header: Text(en: "Name", id: "Nama")),
                Column(key: "kecamatan", header: Text(en: "Kecamatan", id: "Kecamatan")),
                Column(key: "kemendagri_code", header: Text(en: "Kemendagri code", id: "Kode Kemendagri")),
            ])
            table.rows = places.map {
                [
                    .text($0.code), .text($0.kind.rawValue), .text($0.name), $0.kecamatan.map(Cell.text) ?? .null,
                    $0.kemendagriCode.map(Cell.text) ?? .null,
                ]
            }
            return .records(records, shown: .rows(table))
        })

    static func json(_ place: Place) -> JSON {
        .object([
            ("code", .string(place.code)), ("kind", .string(place.kind.rawValue)), ("name", .string(place.name)),
            ("kecamatan", place.kecamatan.map { .string($0) } ?? .null),
            ("kemendagri_code", place.kemendagriCode.map { .string($0) } ?? .null),
        ])
    }
}
