import KBKDomain
import KBKPresentation
import KBKStore

/// Where a complaint is about, on the web: the desa or kelurahan from the government's list
/// (grouped by kecamatan) and the point a citizen's phone or a map gave, read as `complaint new
/// --desa --lat --long` reads them, and shown on the complaint's page.
enum WebPlaces {
    /// The intake's place fields: the list's desa and kelurahan under their kecamatan, and the point.
    static func fields(_ f: FormFields, places: [Place]) -> HTML {
        let language = f.language
        var out = HTML()
        if !places.isEmpty {
            let chosen = f.typed["desa"]
            var options: HTML = "<option value=\"\"></option>"
            for kecamatan in places where kecamatan.kind == .kecamatan {
                options += "<optgroup label=\"\(Msg.kecamatanPrefix(language)) \(kecamatan.name)\">"
                for village in places where village.kecamatan == kecamatan.code {
                    let selected: HTML = chosen == village.code ? " selected" : ""
                    options += "<option value=\"\(village.code)\"\(selected)>\(village.name)</option>"
                }
                options += "</optgroup>"
            }
            out +=
                f.label("desa", Msg.labelVillage)
                + "<select id=\"\(f.id("desa"))\" name=\"desa\"\(f.invalid("desa"))>\(options)</select>"
        }
        for (name, label, example) in [("lat", Msg.webLatitude, "-7.3912"), ("long", Msg.webLongitude, "109.3634")] {
            out +=
                f.label(name, label) + """
                    <input type="text" inputmode="decimal" id="\(f.id(name))" name="\(name)" maxlength="16" \
                    autocomplete="off" value="\(f.typed[name] ?? "")" placeholder="\(example)"\(f.invalid(name))>
                    """
        }
        return out + "<small class=\"hint\">\(Msg.webPointHint(language))</small>"
    }

    /// The place a form posted: the desa by its code or name, the point both halves or neither.
    static func read(_ form: [String: String], store: Store, into draft: inout ComplaintDraft) throws {
        draft.villageCode = try form.filled("desa").map { try store.places.village($0).code }
        switch (form.filled("lat"), form.filled("long")) {
        case (nil, nil): break
        case (let lat?, let long?): draft.coordinates = try Coordinates.parse(latitude: lat, longitude: long)
        case (nil, _): _ = try form.requiredField("lat")
        case (_, nil): _ = try form.requiredField("long")
        }
    }

    /// The complaint's desa and point as its page shows them; the point links to the map.
    static func shown(_ complaint: Complaint, store: Store, language: Language) throws -> (
        village: String?, point: HTML?
    ) {
        var village: String?
        if let code = complaint.villageCode {
            let place = try store.places.get(code)
            let kecamatan = try place.kecamatan.map { try store.places.get($0).name } ?? "?"
            village = "\(place.name), \(Msg.kecamatanPrefix(language)) \(kecamatan)"
        }
        // A confidential complaint's point is withheld with its description: it may be a door.
        let point =
            complaint.isDescriptionWithheld
            ? nil
            : complaint.coordinates.map { point -> HTML in
                let (lat, long) = (String(point.latitude), String(point.longitude))
                return """
                    <a href="https://www.openstreetmap.org/?mlat=\(lat)&amp;mlon=\(long)#map=17/\(lat)/\(long)" \
                    rel="noopener noreferrer">\(point.description)</a>
                    """
            }
        return (village, point)
    }
}
