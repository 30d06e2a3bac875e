import KBKDomain

/// How an attachment's refusal reads: what was found in the file, and what is accepted.
extension Msg {
    package static let attachmentAllowed = Text(
        en:
            "allowed: a JPEG, PNG or WebP photo of at most 40 megapixels, or a PDF without scripts, actions or embedded files; each at most 10 MiB",
        id:
            "yang diterima: foto JPEG, PNG atau WebP paling besar 40 megapiksel, atau PDF tanpa skrip, aksi maupun berkas sisipan; masing-masing paling besar 10 MiB"
    )

    package static func attachmentProblem(_ problem: AttachmentProblem) -> Text {
        Text.localized { language in
            func number(_ value: Int) -> String { ReportValue.grouped(value, language) }
            let (en, id): (String, String) =
                switch problem {
                case .empty: ("it is empty", "berkasnya kosong")
                case .tooLarge(let bytes):
                    (
                        "it is \(number((bytes + 1_048_575) / 1_048_576)) MiB",
                        "besarnya \(number((bytes + 1_048_575) / 1_048_576)) MiB"
                    )
                case .unknownFormat(nil):
                    (
                        "its content is not a JPEG, PNG, WebP or PDF, whatever its name says",
                        "isinya bukan JPEG, PNG, WebP atau PDF, apa pun namanya"
                    )
                case .unknownFormat("HEIC"?):
                    (
                        "it is a HEIC photo; save or share it as JPEG (on an iPhone: Settings, Camera, Formats, Most Compatible)",
                        "ini foto HEIC; simpan atau bagikan sebagai JPEG (di iPhone: Pengaturan, Kamera, Format, Paling Kompatibel)"
                    )
                case .unknownFormat(let kind?):
                    (
                        "its content is a \(kind) file, not a JPEG, PNG, WebP or PDF, whatever its name says",
                        "isinya berkas \(kind), bukan JPEG, PNG, WebP atau PDF, apa pun namanya"
                    )
                case .broken(let kind, let part):
                    (
                        "it begins as a \(name(kind)) but is damaged (\(part))",
                        "awalnya \(name(kind)) tetapi rusak (\(part))"
                    )
                case .brokenAtByte(let kind, let byte):
                    (
                        "it begins as a \(name(kind)) but is damaged at byte \(number(byte))",
                        "awalnya \(name(kind)) tetapi rusak pada bita ke-\(number(byte))"
                    )
                case .tooManyPixels(let width, let height):
                    (
                        "the image is \(number(width))×\(number(height)) pixels; at most 40 megapixels and 16,384 pixels a side",
                        "gambarnya \(number(width))×\(number(height)) piksel; paling besar 40 megapiksel dan 16.384 piksel per sisi"
                    )
                case .activeContent(let found):
                    (
                        "the PDF holds /\(found), which a reader would run or open",
                        "PDF-nya memuat /\(found), yang akan dijalankan atau dibuka oleh pembaca PDF"
                    )
                case .encrypted:
                    (
                        "the PDF is encrypted, so its content cannot be checked",
                        "PDF-nya terenkripsi sehingga isinya tidak dapat diperiksa"
                    )
                case .inflatesTooFar:
                    (
                        "the PDF's compressed objects unpack to more than 64 MiB",
                        "objek terkompresi PDF-nya membesar melebihi 64 MiB"
                    )
                case .digestDiffers:
                    (
                        "its bytes do not give the SHA-256 its row names",
                        "bitanya tidak menghasilkan SHA-256 yang disebut barisnya"
                    )
                case .tooMany(let count, let limit):
                    ("\(count) files; at most \(limit)", "\(count) berkas; paling banyak \(limit)")
                }
            return Text(en: en, id: id)
        }
    }

    private static func name(_ kind: AttachmentMediaType) -> String {
        AttachmentMediaType.names[AttachmentMediaType.allCases.firstIndex(of: kind) ?? 0]
    }
}

extension Msg {
    package static let labelAttachments = Text(en: "Attachments", id: "Lampiran")
    package static let labelShownToCitizen = Text(en: "shown to the citizen", id: "ditampilkan kepada pelapor")

    /// One attachment on a line: its number, name, kind and size, and whether the citizen sees it.
    package static func attachmentLine(_ attachment: Attachment) -> Text {
        Text.localized { language in
            var parts = [
                AttachmentMediaType.names[AttachmentMediaType.allCases.firstIndex(of: attachment.mediaType) ?? 0]
            ]
            if let width = attachment.width, let height = attachment.height { parts.append("\(width)×\(height)") }
            if attachment.isPublic { parts.append(labelShownToCitizen(language)) }
            let line = "#\(attachment.id) \(attachment.name) (\(parts.joined(separator: ", ")))"
            return Text(en: line, id: line)
        }
    }
}

extension Msg {
    package static let webAttachmentHint = Text(
        en:
            "Photos (JPEG, PNG, WebP) or PDF; at most 5 files of 10 MiB each. A photo's location and camera are removed from what the citizen sees.",
        id:
            "Foto (JPEG, PNG, WebP) atau PDF; paling banyak 5 berkas, masing-masing 10 MiB. Lokasi dan kamera foto dihapus dari yang dilihat pelapor."
    )
    package static let webAttachmentsPublic = Text(
        en: "Show these files to the citizen on the status page",
        id: "Tampilkan berkas ini kepada pelapor di halaman status")
    package static let webAttachmentsChooseAgain = Text(
        en: "Choose the files again: a browser does not keep them when a form comes back.",
        id: "Pilih berkasnya lagi: peramban tidak menyimpannya saat formulir dikembalikan.")
}

extension Msg {
    package static let labelVillage = Text(en: "Desa/kelurahan", id: "Desa/kelurahan")
    package static let kecamatanPrefix = Text(en: "kecamatan", id: "kec.")
    package static let labelCoordinates = Text(en: "Point (lat, long)", id: "Titik (lintang, bujur)")
}

extension Msg {
    package static let webLatitude = Text(en: "Latitude", id: "Lintang")
    package static let webLongitude = Text(en: "Longitude", id: "Bujur")
    package static let webPointHint = Text(
        en: "The point, in decimal degrees, as a phone's map shares it (south is negative: -7.3912, 109.3634).",
        id:
            "Titik lokasi dalam derajat desimal, seperti dibagikan peta di ponsel (lintang selatan negatif: -7.3912, 109.3634)."
    )
}

extension Msg {
    package static let noPlaceGiven = Text(en: "no desa given", id: "tanpa desa")
}

extension Msg {
    /// A place as a table names it: "Kec. Karangreja", "Desa Karangreja", "Kel. Bojong".
    package static func placeName(_ kind: PlaceKind?, _ name: String) -> Text {
        switch kind {
        case .kecamatan?: Text(en: "Kec. \(name)", id: "Kec. \(name)")
        case .desa?: Text(en: "Desa \(name)", id: "Desa \(name)")
        case .kelurahan?: Text(en: "Kel. \(name)", id: "Kel. \(name)")
        case nil: Text(en: name, id: name)
        }
    }
}

extension Msg {
    package static let webShowToCitizen = Text(en: "Show to the citizen", id: "Tampilkan kepada pelapor")
    package static let webStopShowingToCitizen = Text(
        en: "Stop showing to the citizen", id: "Berhenti menampilkan kepada pelapor")
}

extension Msg {
    package static let webPlaceFilter = Text(
        en: "Desa, or kecamatan by its BPS code", id: "Desa, atau kecamatan dengan kode BPS-nya")
}
