/// The kinds of file a complaint or one of its events may carry, by their media type: photos and
/// documents, nothing a browser would run.
public enum AttachmentMediaType: String, CaseIterable, Sendable {
    case jpeg = "image/jpeg"
    case png = "image/png"
    case webp = "image/webp"
    case pdf = "application/pdf"

    /// The extension a saved copy gets, whatever the file was called.
    public var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .webp: "webp"
        case .pdf: "pdf"
        }
    }

    public var isImage: Bool { self != .pdf }

    /// The names people know the kinds by, in the order refusals list them.
    public static let names = ["JPEG", "PNG", "WebP", "PDF"]
}

/// The documented bounds on attachments (docs/ATTACHMENTS.md): a phone's photo fits, a bomb does not.
public enum AttachmentLimits {
    /// The largest file, in bytes (10 MiB).
    public static let bytes = 10 * 1_024 * 1_024
    /// The most pixels an image may declare (40 megapixels: a phone's photo is 12 to 24).
    public static let pixels = 40_000_000
    /// The longest side an image may declare, in pixels.
    public static let side = 16_384
    /// The most files one action (an intake, a response, a resolution) may carry.
    public static let perAction = 5
    /// The most files one complaint may carry, its events' included.
    public static let perComplaint = 20
    /// The most bytes a PDF's compressed object streams may inflate to, all together (64 MiB).
    public static let inflatedPDFBytes = 64 * 1_024 * 1_024
    /// The longest file name kept, in characters.
    public static let nameLength = 120
}

/// Why a file is refused as an attachment. Each names what was found, so the citizen or the
/// officer knows what to send instead.
public enum AttachmentProblem: Error, Sendable, Equatable {
    /// No bytes at all.
    case empty
    /// More bytes than `AttachmentLimits.bytes`.
    case tooLarge(bytes: Int)
    /// None of the accepted kinds by its content; `looksLike` names what it seems to be, when known
    /// (a ZIP archive, an SVG, a script, HEIC), whatever its name says.
    case unknownFormat(looksLike: String?)
    /// The kind's signature, but its structure is broken at the part named (the format's own name
    /// for it: IHDR, IDAT, SOF, EOI, ObjStm…).
    case broken(AttachmentMediaType, at: String)
    /// The kind's signature, but a length or a marker at this byte does not hold.
    case brokenAtByte(AttachmentMediaType, Int)
    /// An image declaring more pixels or a longer side than the limits allow.
    case tooManyPixels(width: Int, height: Int)
    /// A PDF that holds something a reader would run or open: JavaScript, a launch action, an
    /// embedded file, a form that submits (the name found).
    case activeContent(String)
    /// A PDF that is encrypted, whose content cannot be checked.
    case encrypted
    /// A PDF whose object streams inflate beyond `AttachmentLimits.inflatedPDFBytes`.
    case inflatesTooFar
    /// More files than an action or a complaint may carry.
    case tooMany(count: Int, limit: Int)
    /// A file restored from a bundle whose bytes do not give the SHA-256 its row names.
    case digestDiffers
}

/// A file kept on a complaint: what it is, which event it came with, and the digests of the file as
/// it was sent and of the copy citizens may be shown.
public struct Attachment: Sendable, Hashable {
    public var id: Int64
    /// The event it came with: the receipt for the citizen's evidence, a response or a resolution
    /// for an officer's proof.
    public var eventID: Int64
    public var name: String
    public var mediaType: AttachmentMediaType
    public var width: Int?
    public var height: Int?
    public var originalSHA256: String
    public var shownSHA256: String
    /// Shown on the citizen's status page.
    public var isPublic: Bool
    public var addedAt: Timestamp
    public var addedBy: String

    public init(
        id: Int64, eventID: Int64, name: String, mediaType: AttachmentMediaType, width: Int?, height: Int?,
        originalSHA256: String, shownSHA256: String, isPublic: Bool, addedAt: Timestamp, addedBy: String
    ) {
        self.id = id
        self.eventID = eventID
        self.name = name
        self.mediaType = mediaType
        self.width = width
        self.height = height
        self.originalSHA256 = originalSHA256
        self.shownSHA256 = shownSHA256
        self.isPublic = isPublic
        self.addedAt = addedAt
        self.addedBy = addedBy
    }

    /// The name a file is kept under: the last part of what it was called, on one line, at most
    /// `AttachmentLimits.nameLength` characters, with the extension of what it is (a JPEG sent as
    /// "bukti.php" is kept as "bukti.jpg"); "lampiran.jpg" when nothing is left.
    public static func keptName(_ given: String, kind: AttachmentMediaType) -> String {
        let last = given.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var stem = String(
            last.unicodeScalars.filter { !$0.properties.generalCategory.isControlOrFormat }.map(Character.init))
        stem = stem.trimmingWhitespace()
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = String(stem[..<dot]) }
        if stem.isEmpty || stem == "." { stem = "lampiran" }
        let suffix = "." + kind.fileExtension
        return String(stem.prefix(AttachmentLimits.nameLength - suffix.count)) + suffix
    }
}

extension Unicode.GeneralCategory {
    fileprivate var isControlOrFormat: Bool {
        switch self {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned: true
        default: false
        }
    }
}
