import KBKDomain
import KBKStore

/// The government's places (`places`): each kecamatan before its desa and kelurahan; an existing
/// code is updated to what the file holds.
struct PlaceImporter: RecordImporter {
    static let requiredColumns = ["code", "kind", "name"]
    let store: Store

    func importRow(_ record: Record, in transaction: Transaction) throws -> Bool {
        let kind: PlaceKind = try record.require("kind") { (t: String) throws(DomainError) in
            try parseChoice(t, field: "kind")
        }
        let place = Place(
            code: try record.require("code") { (t: String) throws(DomainError) in try Place.parseCode(t) },
            kind: kind, name: try record.require("name", FieldParser.name("name")),
            kecamatan: try record.parse("kecamatan") { (t: String) throws(DomainError) in
                try Place.parseCode(t, field: "kecamatan")
            },
            kemendagriCode: try record.parse("kemendagri_code", FieldParser.name("kemendagri_code")))
        return try record.attempt("code") { try transaction.places.put(place) }
    }
}
