import Foundation
import KBKTestSupport
import SQLiteDB
import Testing

@testable import KBKWeb

/// The rest of the registry on the web: coordination meetings and their action items, RBKs, the
/// culture self-assessment, an SOP's revocation, a group's change and dissolution, and the admins'
/// units, categories, topics and officials, each through the command line's store call and rights.
@Suite struct WebRegistryPagesTests {
    @Test func aCoordinationMeetingAndItsActionItemsFromRecordToDone() throws {
        let world = try WebTests.World()
        let recorded = world.post(
            "/coordination/add", user: "koord",
            [
                ("held", "2026-11-03"), ("title", "Jalan rusak <b>Bobotsari</b>"), ("chair", "Asisten Administrasi"),
                ("unit-DPUPR", "1"), ("unit-DLH", "1"), ("decisions", "Tambal sebelum musim hujan"),
            ])
        #expect(recorded.status == 303 && recorded.headers["Location"] == "/kbk/coordination/1", "\(recorded.body)")
        let item = world.post(
            "/coordination/1/action", user: "koord",
            [("owner", "DLH"), ("text", "Angkut sampah di bahu jalan"), ("due", "2026-11-20")])
        #expect(item.status == 303, "\(item.body)")
        let page = world.request("GET", "/coordination/1", user: "agus")
        #expect(page.status == 200)
        #expect(page.body.contains("Jalan rusak &lt;b&gt;Bobotsari&lt;/b&gt;") && !page.body.contains("<b>Bobotsari"))
        #expect(page.body.contains(">Dinas Lingkungan Hidup</a>") && page.body.contains("20 Nov 2026"))
        // An officer reads it and is offered no form; the list of the year counts the item.
        #expect(!page.body.contains("/kbk/coordination/1/action") && !page.body.contains("/kbk/coordination/1/done"))
        let list = world.request("GET", "/coordination", user: "agus", query: "year=2026")
        #expect(list.body.contains("<a href=\"/kbk/coordination/1\">1</a>"), "\(list.body)")
        #expect(list.body.contains("Angkut sampah di bahu jalan") && !list.body.contains("/kbk/coordination/add"))
        let before = snapshot(world.path)
        let refusals: [(String, String, [(String, String)], Int, String?)] = [
            // The item is DLH's: DPUPR's desk may not mark it, an officer may not at all.
            ("adm", "/coordination/1/done", [("item", "1"), ("on", "2026-11-03")], 403, nil),
            ("agus", "/coordination/1/done", [("item", "1"), ("on", "2026-11-03")], 403, nil),
            ("adm.dlh", "/coordination/1/action", [("owner", "DLH"), ("text", "x"), ("due", "2026-11-20")], 403, nil),
            ("koord", "/coordination/add", [("held", "2026-11-03"), ("title", "Tanpa unit")], 400, nil),
            ("koord", "/coordination/1/done", [("item", "7"), ("on", "2026-11-03")], 400, "done-item-error"),
            ("koord", "/coordination/1/done", [("item", "1"), ("on", "2026-12-01")], 400, "done-on-error"),
            (
                "koord", "/coordination/1/action", [("owner", "DLH"), ("text", "Terlambat"), ("due", "2026-10-01")],
                400, nil
            ),
            ("koord", "/coordination/9/action", [("owner", "DLH"), ("text", "x"), ("due", "2026-11-20")], 404, nil),
        ]
        for (user, path, fields, status, marker) in refusals {
            let response = world.post(path, user: user, fields)
            #expect(response.status == status, "\(user) \(path): \(response.body)")
            if let marker { #expect(response.body.contains("id=\"\(marker)\""), "\(response.body)") }
        }
        #expect(world.post("/coordination/add", user: "koord", [("title", "Tanpa unit")]).body.contains("centang"))
        // The store's option name (--on) reads as the form's field.
        let future = world.post("/coordination/1/done", user: "koord", [("item", "1"), ("on", "2026-12-01")]).body
        #expect(future.contains("tanggal 2026-12-01") && !future.contains("--on"), "\(future)")
        #expect(snapshot(world.path) == before)
        let done = world.post(
            "/coordination/1/done", user: "adm.dlh", [("item", "1"), ("on", "2026-11-03"), ("note", "Sudah")])
        #expect(done.status == 303, "\(done.body)")
        let shown = kbk(["--db", world.path, "coordination", "show", "1", "--format", "json"])
        #expect(shown.stdout.contains("\"done_on\": \"2026-11-03\""), "\(shown.stdout)")
        #expect(kbk(["--db", world.path, "audit", "--entity", "coordination"]).stdout.contains("adm.dlh"))
    }

    @Test func aGroupsRBKChangeAndDissolutionAndAUnitsSelfAssessmentAndRevokedSOP() throws {
        let world = try WebTests.World()
        #expect(world.post("/unit/DPUPR/group", user: "adm", [("name", "KBK Jalan Mulus")]).status == 303)
        #expect(
            world.post(
                "/unit/DPUPR/sop", user: "adm",
                [("number", "600/1/2026"), ("title", "Tambal"), ("effective", "2026-11-02")]
            ).status == 303)
        let scores = ["BO": "4", "AK": "4", "KO": "3", "HA": "5", "LO": "4", "AD": "3", "KL": "4"].map {
            ("score-\($0.key)", $0.value)
        }
        let steps: [(String, [(String, String)])] = [
            (
                "/group/1/rbk",
                [
                    ("title", "Jalan berlubang"), ("date", "2026-11-03"), ("plan", "Data"), ("doing", "Tambal"),
                    ("checking", "Survei"), ("acting", "SOP baru"),
                ]
            ),
            ("/group/1/edit", [("name", "KBK Jalan Halus"), ("focus", "Jalan kabupaten")]),
            ("/unit/DPUPR/assess", [("year", "2026"), ("date", "2026-11-03"), ("note", "Rapat evaluasi")] + scores),
            ("/unit/DPUPR/revoke", [("sop", "600/1/2026"), ("date", "2026-11-03")]),
            ("/group/1/dissolve", [("date", "2026-11-03")]),
        ]
        for (path, fields) in steps {
            let response = world.post(path, user: "adm", fields)
            #expect(response.status == 303, "\(path): \(response.body)")
        }
        let db = try Connection(path: world.path, mode: .readOnly)
        #expect(try db.scalar("SELECT name FROM kbk_group WHERE id = 1")?.stringValue == "KBK Jalan Halus")
        #expect(try db.scalar("SELECT dissolved_on FROM kbk_group WHERE id = 1")?.stringValue == "2026-11-03")
        #expect(try db.scalar("SELECT acting FROM rbk")?.stringValue == "SOP baru")
        #expect(try db.scalar("SELECT harmonious FROM culture_assessment WHERE year = 2026")?.intValue == 5)
        #expect(try db.scalar("SELECT revoked_on FROM sop")?.stringValue == "2026-11-03")
        let group = world.request("GET", "/group/1", user: "agus").body
        #expect(group.contains("Jalan berlubang") && group.contains("<dd>SOP baru</dd>"))
        let unit = world.request("GET", "/unit/DPUPR", user: "agus").body
        #expect(unit.contains("<td data-label=\"Tahun\">2026</td>") && unit.contains("3,86"), "\(unit)")
        let before = snapshot(world.path)
        let refusals: [(String, String, [(String, String)], Int)] = [
            ("adm", "/unit/DPUPR/assess", [("year", "2026")] + scores, 400),
            ("adm", "/unit/DPUPR/assess", [("year", "2027"), ("score-BO", "9")] + scores.dropFirst(), 400),
            ("adm.dlh", "/unit/DPUPR/assess", [("year", "2025")] + scores, 403),
            (
                "agus", "/group/1/rbk",
                [("title", "x"), ("plan", "a"), ("doing", "b"), ("checking", "c"), ("acting", "d")], 403
            ),
            ("adm", "/group/1/dissolve", [("date", "2026-11-03")], 400),
            ("adm", "/unit/DPUPR/edit", [("name", "Bukan admin")], 403),
        ]
        for (user, path, fields, status) in refusals {
            let response = world.post(path, user: user, fields)
            #expect(response.status == status, "\(user) \(path): \(response.body)")
        }
        #expect(snapshot(world.path) == before)
    }

    @Test func anAdminKeepsUnitsCategoriesTopicsAndOfficials() throws {
        let world = try WebTests.World()
        let steps: [(String, [(String, String)], String)] = [
            ("/units/add", [("code", "DINKES"), ("name", "Dinas Kesehatan"), ("kind", "agency")], "/kbk/unit/DINKES"),
            (
                "/unit/DINKES/edit", [("name", "Dinas Kesehatan"), ("head_name", "dr. Hanung"), ("staff", "134")],
                "/kbk/unit/DINKES"
            ),
            ("/unit/DLH/deactivate", [("date", "2026-11-03"), ("successor", "DPUPR")], "/kbk/unit/DLH"),
            (
                "/categories/add-category",
                [("code", "perizinan"), ("name", "Perizinan"), ("settle_days", "10"), ("respond_hours", "24")],
                "/kbk/categories"
            ),
            ("/categories/edit-category", [("category", "perizinan"), ("settle_days", "12")], "/kbk/categories"),
            (
                "/categories/add-category", [("code", "izin-lama"), ("name", "Izin lama"), ("settle_days", "9")],
                "/kbk/categories"
            ),
            (
                "/categories/edit-category",
                [("category", "izin-lama"), ("use", "retired"), ("replaced_by", "perizinan")],
                "/kbk/categories"
            ),
            (
                "/categories/add-topic",
                [
                    ("code", "pju-rusak"), ("name", "Lampu PJU rusak"), ("name_en", "Broken lamps"),
                    ("lapor_category", "Infrastruktur"),
                ],
                "/kbk/categories"
            ),
            ("/categories/edit-topic", [("topic", "pju-rusak"), ("use", "retired")], "/kbk/categories"),
            ("/officials/edit", [("login", "agus"), ("role", "unit-admin"), ("name", "Agus Salim")], "/kbk/officials"),
        ]
        for (path, fields, location) in steps {
            let response = world.post(path, user: testLogin, fields)
            #expect(response.status == 303 && response.headers["Location"] == location, "\(path): \(response.body)")
        }
        let db = try Connection(path: world.path, mode: .readOnly)
        #expect(try db.scalar("SELECT staff_count FROM skpd WHERE code = 'DINKES'")?.intValue == 134)
        #expect(try db.scalar("SELECT deactivated_on FROM skpd WHERE code = 'DLH'")?.stringValue == "2026-11-03")
        #expect(try db.scalar("SELECT settle_days FROM complaint_category WHERE code = 'perizinan'")?.intValue == 12)
        #expect(try db.scalar("SELECT respond_hours FROM complaint_category WHERE code = 'perizinan'")?.intValue == 24)
        #expect(try db.scalar("SELECT in_use FROM complaint_topic WHERE code = 'pju-rusak'")?.intValue == 0)
        #expect(
            try db.scalar("SELECT replaced_by FROM complaint_category WHERE code = 'izin-lama'")?.stringValue
                == "perizinan")
        #expect(try db.scalar("SELECT role FROM official WHERE login = 'agus'")?.stringValue == "unit-admin")
        let page = world.request("GET", "/categories", user: "agus").body
        #expect(page.contains("<td data-label=\"Kode\">perizinan</td>") && page.contains("Lampu PJU rusak"))
        #expect(!page.contains("/kbk/categories/add-category"))
        let before = snapshot(world.path)
        let refusals: [(String, String, [(String, String)], Int, String?)] = [
            (
                testLogin, "/categories/add-category",
                [("code", "x1"), ("name", "X"), ("settle_days", "5"), ("respond_days", "2"), ("respond_hours", "3")],
                400, "add-category-respond_hours-error"
            ),
            (testLogin, "/units/add", [("code", "DPUPR"), ("name", "Lagi"), ("kind", "agency")], 400, nil),
            (
                testLogin, "/categories/edit-category", [("category", "perizinan"), ("replaced_by", "izin-lama")], 400,
                "edit-category-replaced_by-error"
            ),
            (testLogin, "/officials/edit", [("login", "agus"), ("nip", "123")], 400, "edit-nip-error"),
            ("koord", "/categories/edit-topic", [("topic", "pju-rusak"), ("use", "in-use")], 403, nil),
            ("koord", "/units/add", [("code", "BPBD"), ("name", "BPBD"), ("kind", "board")], 403, nil),
            ("adm", "/unit/DPUPR/deactivate", [("date", "2026-11-03")], 403, nil),
        ]
        for (user, path, fields, status, marker) in refusals {
            let response = world.post(path, user: user, fields)
            #expect(response.status == status, "\(user) \(path): \(response.body)")
            if let marker { #expect(response.body.contains("id=\"\(marker)\""), "\(response.body)") }
        }
        #expect(snapshot(world.path) == before)
    }

    @Test func aUnitsTargetsAndAnImprovementsLinks() throws {
        let world = try WebTests.World()
        #expect(world.post("/unit/DPUPR/group", user: "adm", [("name", "KBK Jalan Mulus")]).status == 303)
        #expect(world.post("/group/1/improvement", user: "adm", [("title", "Tambal cepat")]).status == 303)
        #expect(
            world.post("/intake", user: "koord", [("subject", "Jalan rusak"), ("description", "x"), ("skpd", "DPUPR")])
                .status == 200)
        let steps: [(String, [(String, String)])] = [
            ("/unit/DPUPR/target", [("year", "2026"), ("settled", "90"), ("on_time", "87,5"), ("ikm", "82.5")]),
            ("/unit/DPUPR/target", [("year", "2026"), ("on_time", "-"), ("source", "Renstra 2021–2026, IKU 3")]),
            ("/unit/DPUPR/target", [("year", "2027"), ("settled", "95")]),
            ("/unit/DPUPR/remove-target", [("year", "2027")]),
            ("/unit/DPUPR/sop", [("number", "470/01/2026"), ("title", "Tambal"), ("effective", "2026-11-02")]),
            ("/group/1/link", [("improvement", "1"), ("complaint", "ADU-2026-00001"), ("sop", "470/01/2026")]),
        ]
        for (path, fields) in steps {
            let response = world.post(path, user: "adm", fields)
            #expect(response.status == 303, "\(path): \(response.body)")
        }
        #expect(world.post("/unit/DPUPR/group", user: "adm", [("name", "KBK Kedua")]).status == 303)
        let db = try Connection(path: world.path, mode: .readOnly)
        #expect(try db.scalar("SELECT settled_bp FROM unit_target WHERE year = 2026")?.intValue == 9000)
        #expect(try db.scalar("SELECT on_time_bp FROM unit_target WHERE year = 2026") == .null)
        #expect(try db.scalar("SELECT count(*) FROM unit_target")?.intValue == 1)
        #expect(try db.scalar("SELECT count(*) FROM improvement_complaint")?.intValue == 1)
        let unit = world.request("GET", "/unit/DPUPR", user: "agus").body
        #expect(unit.contains("90,00 %") && unit.contains("82,50") && unit.contains("Renstra 2021–2026, IKU 3"))
        let before = snapshot(world.path)
        let refusals: [(String, String, [(String, String)], Int)] = [
            ("adm.dlh", "/unit/DPUPR/target", [("year", "2026"), ("settled", "80")], 403),
            ("adm", "/unit/DPUPR/target", [("year", "2026"), ("settled", "101")], 400),
            ("adm", "/unit/DPUPR/target", [("year", "2026")], 400),
            ("adm", "/group/1/link", [("improvement", "1"), ("survey", "1")], 400),
            ("adm", "/group/1/link", [("improvement", "1")], 400),
            ("agus", "/group/1/link", [("improvement", "1"), ("complaint", "ADU-2026-00001")], 403),
            // A page's forms act on its own records: another group's action, another unit's SOP.
            ("adm", "/group/2/link", [("improvement", "1"), ("complaint", "ADU-2026-00001")], 400),
            ("adm", "/unit/DLH/revoke", [("sop", "470/01/2026"), ("date", "2026-11-03")], 400),
        ]
        for (user, path, fields, status) in refusals {
            let response = world.post(path, user: user, fields)
            #expect(response.status == status, "\(user) \(path): \(response.body)")
        }
        #expect(snapshot(world.path) == before)
    }

    @Test func theWebNamesNoCommandInItsRefusals() throws {
        let world = try WebTests.World()
        for path in ["/group/999", "/unit/NOPE", "/complaint/ADU-2026-99999", "/coordination/999"] {
            let page = world.request("GET", path, user: "koord")
            #expect(
                page.status == 404 && page.body.contains("tidak ada") && !page.body.contains("&#39;kbk "),
                "\(page.body)")
        }
        let filter = world.request("GET", "/complaints", user: "koord", query: "category=nope")
        #expect(filter.status == 400 && filter.body.contains("kategori &#39;nope&#39; tidak ada"))
        #expect(!filter.body.contains("&#39;kbk "), "\(filter.body)")
        let hints = [
            ("kelompok '9' tidak ada; lihat 'kbk group list --all'", "kelompok '9' tidak ada"),
            (
                "topik x sudah tidak dipakai; pilih topik lain ('kbk topic list')",
                "topik x sudah tidak dipakai; pilih topik lain"
            ),
            ("perlu 'kbk migrate' oleh admin", "perlu 'kbk migrate' oleh admin"),
            (
                "bukan inspektorat (unit berjenis inspectorate: 'kbk skpd list --kind inspectorate'); lihat 'kbk x'",
                "bukan inspektorat (unit berjenis inspectorate)"
            ),
        ]
        for (message, shown) in hints {
            #expect(WebMessages.withoutHints(message, connectors: ["; lihat ", ": "]) == shown)
        }
    }
}
