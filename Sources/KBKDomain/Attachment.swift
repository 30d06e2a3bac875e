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
}
