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
