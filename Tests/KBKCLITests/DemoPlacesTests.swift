import Foundation
import KBKDomain
import KBKTestSupport
import Testing

@testable import KBKDemo

/// The demo's places are Purbalingga's list as docs/places holds it, row for row, and its
/// complaints name desa of that list.
@Suite struct DemoPlacesTests {
    @Test func theDemosPlacesAreTheDocumentedList() throws {
        let text = try String(
            contentsOf: packageRoot().appendingPathComponent("docs/places/purbalingga-3303.csv"), encoding: .utf8)
        let rows = text.split(whereSeparator: \.isNewline).dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(rows.count == 257)
        #expect(
            rows
                == DemoData.places.map {
                    [$0.code, $0.kind.rawValue, $0.name, $0.kecamatan ?? "", $0.kemendagriCode ?? ""]
                })
        let codes = Set(DemoData.places.filter { $0.kind != .kecamatan }.map(\.code))
        for village in DemoData.villages {
            let code = try #require(DemoData.villageCodes[village], "\(village) has no code")
            #expect(codes.contains(code))
            let place = try #require(DemoData.places.first { $0.code == code })
            // "Desa Onje" names a desa, "Kelurahan Bancar" a kelurahan, each by its own name.
            #expect(village == (place.kind == .kelurahan ? "Kelurahan " : "Desa ") + place.name)
        }
    }
}
