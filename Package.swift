// swift-tools-version: 6.0
import PackageDescription

// No package dependencies by design: SQLite is the system library, everything else is the toolchain's.
let package = Package(
    name: "kbk",
    products: [
        .executable(name: "kbk", targets: ["kbk"]),
        .executable(name: "kbk-web", targets: ["kbk-web"]),
        .executable(name: "kbk-province", targets: ["kbk-province"]),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "SQLiteDB", dependencies: ["CSQLite"]),
        // The province's database is PostgreSQL; only kbk-province links libpq.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .target(name: "PostgresDB", dependencies: ["CLibPQ"]),
        .target(name: "KBKDomain"),
        .target(name: "KBKFiles"),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // libxml2 parses an SVG logo; the binaries link no Foundation (its start-up cost every command
        // and every page about 6 ms). Optimised in a debug build too: reading a logo back checks it
        // again, and unoptimised byte scans made a debug build's `config list` take 400 ms on an SVG
        // of 72 KiB (50 ms optimised).
        .target(
            name: "KBKImage", dependencies: ["KBKDomain", "CLibXML2"],
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // Every write hashes its audit entry and the rows it seals: optimised even in a debug build,
        // where unoptimised SHA-256 made the test suite and the demo several times slower.
        .target(name: "KBKDigest", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .target(name: "KBKMail", dependencies: ["KBKDomain", "KBKDigest"]),
        // zlib inflates a PNG's image data and a PDF's object streams when an attachment is checked.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Optimised in a debug build too: it walks every byte of a photo of up to 10 MiB.
        .target(
            name: "KBKAttachment", dependencies: ["KBKDomain", "KBKDigest", "CZlib"],
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .executableTarget(name: "MigrationEmbedder", dependencies: ["KBKDigest"]),
        .plugin(
            name: "EmbedMigrations",
            capability: .buildTool(),
            dependencies: ["MigrationEmbedder"]
        ),
        .target(
            name: "KBKStore",
            dependencies: [
                "SQLiteDB", "KBKDomain", "KBKFiles", "KBKDigest", "KBKMail", "KBKImage", "KBKAttachment",
            ],
            plugins: ["EmbedMigrations"]
        ),
        .target(name: "KBKReports", dependencies: ["KBKStore", "KBKDomain"]),
        .target(name: "KBKDemo", dependencies: ["KBKStore", "KBKDomain"]),
        .target(name: "KBKTransfer", dependencies: ["KBKStore", "KBKDomain", "KBKFiles"]),
        // What both doors show: the message catalogue, tables, JSON, the report's renderings and the
        // HTML builder, exit codes and the value parsers shared by options, form fields and CSV cells.
        .target(
            name: "KBKPresentation",
            dependencies: ["KBKReports", "KBKStore", "KBKDomain", "KBKFiles", "KBKMail"]),
        .target(
            name: "KBKCLI",
            dependencies: [
                "KBKPresentation", "KBKReports", "KBKDemo", "KBKTransfer", "KBKStore", "KBKDomain", "KBKFiles",
                "KBKMail", "KBKDigest",
            ]),
        .target(
            name: "KBKWeb",
            dependencies: [
                "KBKPresentation", "KBKReports", "KBKStore", "KBKDomain", "KBKFiles", "KBKMail", "KBKDigest",
            ]),
        .executableTarget(name: "kbk", dependencies: ["KBKCLI"]),
        .executableTarget(name: "kbk-web", dependencies: ["KBKWeb"]),
        // The province's side (issue 35): its PostgreSQL database behind kbk's command line.
        .target(
            name: "KBKProvince",
            dependencies: ["PostgresDB", "KBKPresentation", "KBKDomain", "KBKDigest", "KBKFiles"],
            plugins: ["EmbedMigrations"]),
        .executableTarget(name: "kbk-province", dependencies: ["KBKCLI", "KBKProvince"]),
        .target(
            name: "KBKTestSupport", dependencies: ["SQLiteDB", "KBKDomain", "KBKStore", "KBKReports"],
            path: "Tests/KBKTestSupport"),
        .testTarget(name: "SQLiteDBTests", dependencies: ["SQLiteDB", "KBKTestSupport"]),
        .testTarget(name: "PostgresDBTests", dependencies: ["PostgresDB", "KBKTestSupport"]),
        .testTarget(name: "KBKProvinceTests", dependencies: ["KBKTestSupport", "kbk", "kbk-province"]),
        .testTarget(name: "KBKDomainTests", dependencies: ["KBKDomain"]),
        .testTarget(name: "KBKMailTests", dependencies: ["KBKMail", "KBKDomain", "KBKDigest"]),
        .testTarget(
            name: "KBKAttachmentTests", dependencies: ["KBKAttachment", "KBKDomain", "CZlib"], exclude: ["Fixtures"]),
        .testTarget(
            name: "KBKStoreTests",
            dependencies: ["KBKStore", "SQLiteDB", "KBKDomain", "KBKFiles", "KBKDigest", "KBKTestSupport"]),
        .testTarget(
            name: "KBKTransferTests",
            dependencies: ["KBKTransfer", "KBKStore", "KBKDomain", "SQLiteDB", "KBKTestSupport"]),
        .testTarget(
            name: "KBKReportsTests",
            dependencies: ["KBKReports", "KBKStore", "KBKDomain", "SQLiteDB", "KBKTestSupport"]),
        .testTarget(
            name: "KBKCLITests",
            dependencies: [
                "KBKCLI", "KBKWeb", "KBKPresentation", "KBKReports", "KBKStore", "SQLiteDB", "KBKDomain", "KBKFiles",
                "KBKTestSupport", "KBKDemo", "kbk", "kbk-web",
            ]),
    ],
    swiftLanguageModes: [.v6]
)
