import Foundation
import KBKTestSupport
import Testing

/// Where a complaint is about: the government's list of places (Purbalingga's, from BPS's codes),
/// a desa or kelurahan and a point on each complaint, checked against the list and the box, and
/// carried by the export, the import and Open311.
@Suite struct PlaceTests {
    let world: WebTests.World
    let list = packageRoot().appendingPathComponent("docs/places/purbalingga-3303.csv").path

    init() throws {
        world = try WebTests.World()
        let imported = kbk(["--db", world.path, "import", "places", list])
        #expect(imported.status == 0, "\(imported.stderr)")
        let bounds = kbk(["--db", world.path, "config", "set", "org.bounds", "-7.49,109.18,-7.16,109.59"])
        #expect(bounds.status == 0, "\(bounds.stderr)")
    }

    func new(_ extra: [String], environment: [String: String] = [:]) -> CLIResult {
        kbk(
            [
                "--db", world.path, "complaint", "new", "--channel", "whatsapp", "--subject", "Jalan berlubang",
                "--description", "Lubang besar", "--format", "json",
            ] + extra, environment: environment)
    }

    @Test func purbalinggasListHasItsEighteenKecamatanAndTwoHundredThirtyNineDesaAndKelurahan() throws {
        let listed = kbk(["--db", world.path, "place", "list", "--format", "json"])
        let places = try #require(
            try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let kinds = Dictionary(grouping: places, by: { $0["kind"] as? String ?? "" }).mapValues(\.count)
        #expect(kinds == ["kecamatan": 18, "desa": 224, "kelurahan": 15])
        // Every desa lies under a kecamatan of the list, its code beginning with the kecamatan's.
        let kecamatan = Set(places.filter { $0["kind"] as? String == "kecamatan" }.compactMap { $0["code"] as? String })
        for place in places where place["kind"] as? String != "kecamatan" {
            let parent = try #require(place["kecamatan"] as? String)
            #expect(kecamatan.contains(parent) && (place["code"] as? String ?? "").hasPrefix(parent))
        }
        // Loaded again, nothing changes.
        let again = kbk(["--db", world.path, "import", "places", list, "--format", "json"])
        #expect(again.stdout.contains("\"already_present\": 257"), "\(again.stdout)")
    }

    @Test func aComplaintNamesItsDesaAndPointAndBadOnesAreRefusedByName() throws {
        let logged = new(["--desa", "Karangreja, Karangreja", "--lat", "-7,2531", "--long", "109.3188"])
        #expect(logged.status == 0, "\(logged.stderr)")
        let shown = kbk(["--db", world.path, "complaint", "show", "ADU-2026-00001"], environment: ["KBK_LANG": "id"])
        #expect(shown.stdout.contains("Karangreja, kec. Karangreja (3303130006)"), "\(shown.stdout)")
        #expect(shown.stdout.contains("-7.2531, 109.3188"))
        let untouched = snapshot(world.path)
        for (extra, said) in [
            (["--desa", "Karangreja"], "'Karangreja, Kutasari' atau 'Karangreja, Karangreja'"),
            (["--desa", "3303130"], "adalah kecamatan"),
            (["--desa", "Atlantis"], "'Atlantis' tidak ada"),
            (["--lat", "-6.2", "--long", "106.8"], "di luar wilayah pemerintah daerah"),
            (["--lat", "109.3", "--long", "-7.25"], "lintang -90 sampai 90"),
            (["--lat", "-7.25"], "--long"),
        ] {
            let refused = new(extra, environment: ["KBK_LANG": "id"])
            #expect(refused.status != 0 && refused.stderr.contains(said), "\(extra): \(refused.stderr)")
        }
        #expect(snapshot(world.path) == untouched)
    }

    /// A place entered wrongly is corrected as any field is: one `edit` event per field with the
    /// value before and after, checked by the same rules, and cleared with ''.
    @Test func thePlaceIsCorrectedByTheSameRulesAndTheHistoryKeepsWhatItWas() throws {
        #expect(new(["--desa", "Karangreja, Kutasari"]).status == 0)
        let edit = ["--db", world.path, "complaint", "edit", "ADU-2026-00001"]
        let corrected = kbk(
            edit + ["--desa", "Karangreja, Karangreja", "--lat", "-7.2531", "--long", "109.3188", "--reason", "Dicek"])
        #expect(corrected.status == 0, "\(corrected.stderr)")
        let json = kbk(["--db", world.path, "complaint", "show", "ADU-2026-00001", "--format", "json"]).stdout
        #expect(json.contains("3303130006") && json.contains("-7.2531"), "\(json)")
        let events = kbk(["--db", world.path, "export", "events"]).stdout
        #expect(events.contains(",edit,,,Dicek,,,,,,,desa,3303130006,3303090"), "\(events)")
        // The point's minus sign is kept from a spreadsheet's formulas, as every such field is.
        #expect(events.contains(",edit,,,Dicek,,,,,,,point,\"'-7.2531,109.3188\","))
        // Refused by the same rules as at intake, nothing written.
        let untouched = snapshot(world.path)
        for (extra, said) in [
            (["--desa", "3303130"], "adalah kecamatan"), (["--lat", "-6.2", "--long", "106.8"], "di luar wilayah"),
            (["--lat", "-7.25"], "--long"),
        ] {
            let refused = kbk(edit + extra + ["--reason", "x"], environment: ["KBK_LANG": "id"])
            #expect(refused.status != 0 && refused.stderr.contains(said), "\(extra): \(refused.stderr)")
        }
        #expect(snapshot(world.path) == untouched)
        // Cleared.
        #expect(kbk(edit + ["--desa", "", "--lat", "", "--long", "", "--reason", "Tidak jelas"]).status == 0)
        let cleared = try #require(
            try JSONSerialization.jsonObject(
                with: Data(
                    kbk(["--db", world.path, "complaint", "show", "ADU-2026-00001", "--format", "json"]).stdout.utf8))
                as? [String: Any])
        let place = try #require(cleared["place"] as? [String: Any])
        #expect(place["desa"] is NSNull && place["lat"] is NSNull && place["long"] is NSNull, "\(place)")
    }

    @Test func exportOpen311AndImportCarryThePlace() throws {
        #expect(
            new(["--desa", "3303060001", "--lat", "-7.3912", "--long", "109.3634", "--location", "Jl. Mayjen Sungkono"])
                .status == 0)
        #expect(new(["--desa", "3303060001", "--lat", "-7.3912", "--long", "109.3634", "--confidential"]).status == 0)
        let open311 = kbk(["--db", world.path, "export", "complaints", "--format", "open311"])
        let requests = try #require(
            try JSONSerialization.jsonObject(with: Data(open311.stdout.utf8)) as? [[String: Any]])
        #expect(requests[0]["address_id"] as? String == "3303060001")
        #expect((requests[0]["address"] as? String)?.hasPrefix("Jl. Mayjen Sungkono; ") == true)
        #expect(requests[0]["lat"] as? String == "-7.3912" && requests[0]["long"] as? String == "109.3634")
        // A confidential complaint's point may be its complainant's door: left out.
        #expect(requests[1]["lat"] is NSNull && requests[1]["address_id"] as? String == "3303060001")
        let csv = world.folder.file("aduan.csv")
        // With the complainants' data: a confidential complaint moves only with its description.
        #expect(
            kbk(["--db", world.path, "export", "complaints", "--output", csv, "--include-personal-data"]).status == 0)
        let copy = world.folder.file("copy.sqlite")
        #expect(kbk(["--db", copy, "init"]).status == 0)
        // Without the list, a desa is refused; with it, the complaints come in with their places.
        let refused = kbk(["--db", copy, "import", "complaints", csv])
        #expect(refused.status == 65 && refused.stderr.contains("3303060001"), "\(refused.stderr)")
        #expect(kbk(["--db", copy, "import", "places", list]).status == 0)
        #expect(kbk(["--db", copy, "config", "set", "org.bounds", "-7.49,109.18,-7.16,109.59"]).status == 0)
        let imported = kbk(["--db", copy, "import", "complaints", csv])
        #expect(imported.status == 0, "\(imported.stderr)")
        let again = world.folder.file("again.csv")
        #expect(
            kbk(["--db", copy, "export", "complaints", "--output", again, "--include-personal-data"]).status == 0)
        let columns = { (text: String) in
            text.split(whereSeparator: \.isNewline).map {
                $0.split(separator: ",", omittingEmptySubsequences: false)[8...11]
            }
        }
        #expect(
            columns(try String(contentsOfFile: csv, encoding: .utf8))
                == columns(try String(contentsOfFile: again, encoding: .utf8)))
    }

    @Test func aBoundsSettingThatIsNotABoxIsRefused() {
        for bad in ["-7.16,109.18,-7.49,109.59", "utara", "-7.49,109.18,-7.16"] {
            let refused = kbk(["--db", world.path, "config", "set", "org.bounds", bad])
            #expect(refused.status == 64 || refused.status == 65, "\(bad): \(refused.stderr)")
        }
    }

    @Test func theIntakeFormOffersTheDesaByKecamatanAndTakesThePoint() throws {
        let form = world.request("GET", "/intake", user: "koord")
        #expect(form.body.contains("<optgroup label=\"kec. Karangreja\">"), "\(form.body)")
        #expect(form.body.contains("<option value=\"3303130006\">Karangreja</option>"))
        let intake = [
            ("subject", "Jalan berlubang"), ("description", "Di depan balai desa"), ("channel", "whatsapp"),
            ("desa", "3303130006"),
        ]
        let refused = world.post("/intake", user: "koord", intake + [("lat", "-6.2"), ("long", "106.8")])
        #expect(refused.status == 400, "\(refused.body)")
        #expect(refused.body.contains("id=\"lat-error\"") && refused.body.contains("di luar wilayah"))
        // What was typed comes back, the desa chosen again.
        #expect(refused.body.contains("<option value=\"3303130006\" selected>Karangreja</option>"))
        let logged = world.post("/intake", user: "koord", intake + [("lat", "-7.2531"), ("long", "109.3188")])
        #expect(logged.status == 200, "\(logged.body)")
        let page = world.request("GET", "/complaint/ADU-2026-00001", user: "koord")
        #expect(page.body.contains("<dd>Karangreja, kec. Karangreja</dd>"), "\(page.body)")
        #expect(page.body.contains("https://www.openstreetmap.org/?mlat=-7.2531&amp;mlon=109.3188"))
    }

    @Test func theReportCountsEachKecamatanWithItsDesaAndThoseWithoutPlace() throws {
        // Kecamatan Purbalingga holds kelurahan (Bojong) and desa (Toyareja).
        for extra in [["--desa", "3303060001"], ["--desa", "3303060002"], ["--desa", "Danasari"], []] {
            #expect(new(extra, environment: ["KBK_NOW": "2026-11-02T08:00:00+07:00"]).status == 0)
        }
        let report = kbk(
            ["--db", world.path, "report", "--period", "2026-11", "--section", "places", "--format", "json"],
            environment: ["KBK_NOW": "2026-11-03T08:00:00+07:00"])
        #expect(report.status == 0, "\(report.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let places = try #require(json["places"] as? [[String: Any]])
        let received = places.map { "\($0["code"] ?? "-")=\($0["received"] ?? "?")" }
        #expect(
            received == [
                "3303060=2", "3303060001=1", "3303060002=1", "3303131=1", "3303131006=1", "<null>=1",
            ], "\(received)")
        #expect(
            places.map { $0["kind"] as? String ?? "" } == ["kecamatan", "kelurahan", "desa", "kecamatan", "desa", ""])
    }

    @Test func theListNarrowsToAKecamatanOrADesa() throws {
        for extra in [["--desa", "3303060001"], ["--desa", "3303060002"], ["--desa", "Danasari"], []] {
            #expect(new(extra).status == 0)
        }
        func tickets(_ place: String) -> [String] {
            kbk(["--db", world.path, "complaint", "list", "--place", place, "--oldest-first", "--format", "csv"])
                .stdout.split(whereSeparator: \.isNewline).dropFirst().map { String($0.prefix(14)) }
        }
        #expect(tickets("3303060") == ["ADU-2026-00001", "ADU-2026-00002"])
        #expect(tickets("Toyareja") == ["ADU-2026-00002"])
        #expect(tickets("3303131006") == ["ADU-2026-00003"])
        let unknown = kbk(["--db", world.path, "complaint", "list", "--place", "3303999"])
        #expect(unknown.status == 65 && unknown.stderr.contains("3303999"))
    }

    @Test func theWebsComplaintsPageNarrowsToAPlace() throws {
        for extra in [["--desa", "3303060001"], ["--desa", "Danasari"]] { #expect(new(extra).status == 0) }
        let kecamatan = world.request("GET", "/complaints", user: "koord", query: "place=3303131")
        #expect(kecamatan.status == 200 && kecamatan.body.contains("ADU-2026-00002"), "\(kecamatan.body)")
        #expect(!kecamatan.body.contains("ADU-2026-00001"))
        let ambiguous = world.request("GET", "/complaints", user: "koord", query: "place=Bojong")
        #expect(
            ambiguous.status == 400 && ambiguous.body.contains("&#39;Bojong, Purbalingga&#39;"), "\(ambiguous.body)")
    }
}
