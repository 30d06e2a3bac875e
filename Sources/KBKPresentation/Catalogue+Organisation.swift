import KBKDomain

/// Texts of the organisation registry commands: units, groups, members, meetings, SOPs, settings.
extension Msg {
    // MARK: Shared labels
    package static let labelCode = Text(en: "Code", id: "Kode")
    package static let labelName = Text(en: "Name", id: "Nama")
    package static let labelKind = Text(en: "Kind", id: "Jenis")
    package static let labelOfficialCode = Text(en: "Official code", id: "Kode resmi")
    package static let labelParent = Text(en: "Parent", id: "Induk")
    package static let labelStaff = Text(en: "Staff", id: "Pegawai")
    package static let labelWorkingWeek = Text(en: "Working week", id: "Hari kerja")
    package static func workingWeekName(_ week: WorkingWeek) -> Text {
        switch week {
        case .fiveDays: Text(en: "5 days (Monday to Friday)", id: "5 hari (Senin sampai Jumat)")
        case .sixDays: Text(en: "6 days (Monday to Saturday)", id: "6 hari (Senin sampai Sabtu)")
        case .everyDay:
            Text(en: "7 days (every day, holidays included)", id: "7 hari (setiap hari, termasuk hari libur)")
        }
    }
    package static let labelHead = Text(en: "Head", id: "Kepala")
    package static let labelHeadNIP = Text(en: "Head NIP", id: "NIP Kepala")
    package static let labelStatus = Text(en: "Status", id: "Status")
    package static let labelSuccessor = Text(en: "Successor", id: "Penerus")
    package static let labelSuccessorRoutes = Text(en: "Successors by function", id: "Penerus per fungsi")
    package static let labelChildren = Text(en: "Sub-units", id: "Sub-unit")
    package static let labelGroups = Text(en: "Groups (active/all)", id: "Kelompok (aktif/semua)")
    package static let labelSOPs = Text(en: "SOPs (active/all)", id: "SOP (aktif/semua)")
    package static let labelID = Text(en: "ID", id: "ID")
    package static let labelUnit = Text(en: "Unit", id: "Unit")
    package static let labelDecree = Text(en: "Decree", id: "SK")
    package static let labelFormed = Text(en: "Formed", id: "Dibentuk")
    package static let labelFocus = Text(en: "Focus", id: "Fokus")
    package static let labelMembers = Text(en: "Members", id: "Anggota")
    package static let labelMeetings = Text(en: "Meetings", id: "Rapat")
    package static let labelNIP = Text(en: "NIP", id: "NIP")
    package static let labelRole = Text(en: "Role", id: "Peran")
    package static let labelSince = Text(en: "Since", id: "Sejak")
    package static let labelUntil = Text(en: "Until", id: "Sampai")
    package static let labelDate = Text(en: "Date", id: "Tanggal")
    package static let labelAgenda = Text(en: "Agenda", id: "Agenda")
    package static let labelAttendees = Text(en: "Attendees", id: "Hadir")
    package static let labelNumber = Text(en: "Number", id: "Nomor")
    package static let labelTitle = Text(en: "Title", id: "Judul")
    package static let labelRevision = Text(en: "Revision", id: "Revisi")
    package static let labelEffective = Text(en: "Effective", id: "Berlaku")
    package static let labelRevised = Text(en: "Revised", id: "Direvisi")
    package static let labelMade = Text(en: "Made", id: "Dibuat")
    package static let labelService = Text(en: "Service", id: "Layanan")
    package static let labelServiceDays = Text(en: "Service days", id: "Hari layanan")
    package static let labelLegalBasis = Text(en: "Legal basis", id: "Dasar hukum")
    package static let labelApprovedBy = Text(en: "Approved by", id: "Disahkan oleh")
    package static let labelReviewEvery = Text(en: "Review every (months)", id: "Evaluasi tiap (bulan)")
    package static let labelNextReview = Text(en: "Next review due", id: "Evaluasi berikutnya")
    package static let labelOutcome = Text(en: "Outcome", id: "Hasil")
    package static let labelNote = Text(en: "Note", id: "Catatan")
    package static let labelReviewer = Text(en: "Reviewer", id: "Penilai")
    package static let labelRevisions = Text(en: "Revisions", id: "Revisi")
    package static let labelReviews = Text(en: "Reviews", id: "Evaluasi")
    package static let labelSetting = Text(en: "Setting", id: "Pengaturan")
    package static let labelValue = Text(en: "Value", id: "Nilai")
    package static let statusActive = Text(en: "active", id: "aktif")
    /// Active now, with an end already recorded (dissolved, revoked or deactivated as of a later day).
    package static func statusActiveUntil(_ date: CivilDate) -> Text {
        Text(
            en: "active until \(LetterDates.tableDate(date, .en))",
            id: "aktif sampai \(LetterDates.tableDate(date, .id))")
    }
    package static let labelImprovements = Text(en: "Improvement actions", id: "Rencana aksi")
    package static let revisedSinceStart = Text(
        en: "the SOP was revised after the action began", id: "SOP direvisi setelah rencana aksi dimulai")
    package static func statusDeactivatedOn(_ date: CivilDate) -> Text {
        Text(
            en: "deactivated on \(LetterDates.tableDate(date, .en))",
            id: "nonaktif sejak \(LetterDates.tableDate(date, .id))")
    }
    package static func statusDissolvedOn(_ date: CivilDate) -> Text {
        Text(
            en: "dissolved on \(LetterDates.tableDate(date, .en))",
            id: "dibubarkan sejak \(LetterDates.tableDate(date, .id))")
    }
    package static func statusRevokedOn(_ date: CivilDate) -> Text {
        Text(
            en: "revoked on \(LetterDates.tableDate(date, .en))",
            id: "dicabut sejak \(LetterDates.tableDate(date, .id))")
    }
    package static let statusCurrent = Text(en: "current", id: "berlaku")
    package static let statusSuperseded = Text(en: "superseded", id: "digantikan")

    // MARK: Option help shared by several commands
    package static let optAll = Text(en: "Include ended records too.", id: "Sertakan juga catatan yang sudah berakhir.")
    package static let optOn = Text(
        en: "The date it takes effect (YYYY-MM-DD, DD/MM/YYYY, today, yesterday or a day's name).",
        id: "Tanggal mulai berlaku (YYYY-MM-DD, DD/MM/YYYY, hari ini, kemarin atau nama hari).")
    package static let optSkpdFilter = Text(en: "Only this unit's records.", id: "Hanya catatan unit ini.")
    package static let optClearHint = Text(
        en: "In edits, an empty value clears an optional field.",
        id: "Saat mengubah, nilai kosong menghapus isian opsional.")

    // MARK: skpd
    package static let skpdAbstract = Text(
        en: "Register the regional work units (SKPD/OPD).", id: "Daftarkan unit kerja perangkat daerah (SKPD/OPD).")
    package static let skpdAddAbstract = Text(en: "Register a unit.", id: "Daftarkan sebuah unit.")
    package static let skpdListAbstract = Text(
        en: "List units (active ones unless --all).", id: "Tampilkan unit (yang aktif kecuali --all).")
    package static let skpdShowAbstract = Text(
        en: "Show a unit with its groups and SOP counts.", id: "Tampilkan unit beserta jumlah kelompok dan SOP-nya.")
    package static let skpdEditAbstract = Text(en: "Change a unit's details.", id: "Ubah keterangan sebuah unit.")
    package static let skpdDeactivateAbstract = Text(
        en: "Deactivate a unit as of a date; its history stays.",
        id: "Nonaktifkan unit per tanggal tertentu; riwayatnya tetap ada.")
    package static let argUnitCode = Text(
        en: "The unit's short code: 2-32 letters, digits, '.', '-', '_'.",
        id: "Kode singkat unit: 2-32 huruf, angka, '.', '-', '_'.")
    package static let optUnitName = Text(
        en: "Full name, e.g. 'Dinas Kesehatan'.", id: "Nama lengkap, mis. 'Dinas Kesehatan'.")
    package static let optUnitKind = Text(
        en: "The kind of unit.",
        id: "Jenis unit (agency = dinas, board = badan, district = kecamatan, subdistrict = kelurahan).")
    package static let optOfficialCode = Text(
        en: "Official code (Permendagri 90/2019).", id: "Kode resmi (Permendagri 90/2019).")
    package static let optParent = Text(
        en: "Code of the parent unit (a subdistrict's parent is a district).",
        id: "Kode unit induk (induk kelurahan adalah kecamatan).")
    package static let optStaff = Text(en: "Number of civil servants in the unit.", id: "Jumlah pegawai di unit.")
    package static let optWorkingWeek = Text(
        en:
            "Days a week the unit serves, on which its complaints' deadlines count: 5 (Monday to Friday, the default), 6 (to Saturday) or 7 (every day, holidays included: a hospital, the fire service; Perpres 21/2023 article 7).",
        id:
            "Hari kerja unit dalam seminggu, dasar penghitungan tenggat pengaduannya: 5 (Senin–Jumat, bawaan), 6 (sampai Sabtu) atau 7 (setiap hari termasuk hari libur: rumah sakit, pemadam kebakaran; Perpres 21/2023 pasal 7)."
    )
    package static let optHeadName = Text(en: "Name of the unit head.", id: "Nama kepala unit.")
    package static let optHeadNIP = Text(en: "NIP of the unit head.", id: "NIP kepala unit.")
    package static let optKindFilter = Text(en: "Only units of this kind.", id: "Hanya unit jenis ini.")
    package static let optSuccessor = Text(
        en: "Code of the unit that takes over whatever no --successor-for names (the default successor).",
        id: "Kode unit yang mengambil alih apa pun yang tidak disebut --successor-for (penerus bawaan).")
    package static let optSuccessorFor = Text(
        en:
            "The successor of one function, as category:CODE=UNIT (its open complaints of that category) or section:NAME=UNIT (a section of the unit); repeatable, each function once.",
        id:
            "Penerus satu fungsi, sebagai category:KODE=UNIT (pengaduan terbukanya dalam kategori itu) atau section:NAMA=UNIT (seksi/bidang unit); dapat diulang, setiap fungsi sekali."
    )
    package static let skpdDeactivateDiscussion = Text(
        en:
            "Open complaints (verified, in progress, on hold) pass to the successor of their category, else to --successor, each as a reassignment by system; if one has neither, nothing is written. A unit split across two new units names a successor per function. Section routes are recorded with the unit for its sections' groups, officials and SOPs, which stay with it as its history. 'kbk skpd show' lists the routes.",
        id:
            "Pengaduan terbuka (terverifikasi, diproses, ditunda) berpindah ke penerus kategorinya, selain itu ke --successor, masing-masing sebagai pengalihan oleh system; bila ada yang tidak punya keduanya, tidak ada yang ditulis. Unit yang dipecah ke dua unit baru menyebut penerus per fungsi. Rute seksi dicatat pada unit untuk kelompok, pegawai dan SOP seksinya, yang tetap pada unit itu sebagai riwayatnya. 'kbk skpd show' menampilkan rutenya."
    )
    package static func skpdAdded(_ code: String, _ name: String) -> Text {
        Text(en: "Registered unit \(code) (\(name)).", id: "Unit \(code) (\(name)) didaftarkan.")
    }
    package static func skpdEdited(_ code: String) -> Text {
        Text(en: "Updated unit \(code).", id: "Unit \(code) diperbarui.")
    }
    package static func skpdUnchanged(_ code: String) -> Text {
        Text(
            en: "Unit \(code) already has these details; nothing changed.",
            id: "Unit \(code) sudah berketerangan demikian; tidak ada yang diubah.")
    }
    /// "…; moved 3 open complaint(s) to DPUPR.", or to several: "…; moved 5 open complaint(s): 3 to A, 2 to B."
    package static func skpdDeactivated(_ code: String, _ date: String, moved successors: [String]) -> Text {
        let head = Text(en: "Deactivated unit \(code) as of \(date)", id: "Unit \(code) dinonaktifkan per \(date)")
        let counts = Dictionary(grouping: successors, by: { $0 }).mapValues(\.count).sorted { $0.key < $1.key }
        guard let first = counts.first else { return Text(en: head.en + ".", id: head.id + ".") }
        guard counts.count > 1 else {
            return Text(
                en: head.en + "; moved \(first.value) open complaint(s) to \(first.key).",
                id: head.id + "; \(first.value) pengaduan terbuka dipindahkan ke \(first.key).")
        }
        return Text(
            en: head.en + "; moved \(successors.count) open complaint(s): "
                + counts.map { "\($0.value) to \($0.key)" }.joined(separator: ", ") + ".",
            id: head.id + "; \(successors.count) pengaduan terbuka dipindahkan: "
                + counts.map { "\($0.value) ke \($0.key)" }.joined(separator: ", ") + ".")
    }

    // MARK: group
    package static let groupAbstract = Text(
        en: "Work-culture groups (KBK): members, meetings.", id: "Kelompok budaya kerja (KBK): anggota, rapat.")
    package static let groupAddAbstract = Text(
        en: "Form a group in a unit; prints its id.", id: "Bentuk kelompok di sebuah unit; mencetak id-nya.")
    package static let groupListAbstract = Text(
        en: "List groups (active ones unless --all).", id: "Tampilkan kelompok (yang aktif kecuali --all).")
    package static let groupShowAbstract = Text(
        en: "Show a group with its members and recent meetings.",
        id: "Tampilkan kelompok beserta anggota dan rapat terakhir.")
    package static let groupEditAbstract = Text(en: "Change a group's details.", id: "Ubah keterangan kelompok.")
    package static let groupDissolveAbstract = Text(
        en: "Dissolve a group as of a date; memberships end then.",
        id: "Bubarkan kelompok per tanggal tertentu; keanggotaan berakhir saat itu.")
    package static let argGroupID = Text(
        en: "The group's id (see 'kbk group list').", id: "Id kelompok (lihat 'kbk group list').")
    package static let optGroupSkpd = Text(
        en: "Code of the unit that forms the group.", id: "Kode unit yang membentuk kelompok.")
    package static let optGroupName = Text(en: "Name of the group.", id: "Nama kelompok.")
    package static let optDecree = Text(en: "Number of the unit head's decree (SK).", id: "Nomor SK kepala unit.")
    package static let optDecreeDate = Text(en: "Date of the decree.", id: "Tanggal SK.")
    package static let optFormed = Text(
        en: "Date the group was formed (default: today).", id: "Tanggal kelompok dibentuk (bawaan: hari ini).")
    package static let optFocus = Text(en: "What the group works on.", id: "Fokus kerja kelompok.")
    package static let optGroupSection = Text(
        en: "The section of the unit the group belongs to (seksi, subbidang, subbagian).",
        id: "Seksi, subbidang atau subbagian tempat kelompok berada.")
    package static let optSectionHeadName = Text(
        en: "The head of that section, who leads the group.",
        id: "Kepala seksi/subbidang/subbagian yang memimpin kelompok.")
    package static let optSectionHeadNIP = Text(
        en: "The section head's NIP.", id: "NIP kepala seksi/subbidang/subbagian.")
    package static let labelSection = Text(en: "Section", id: "Seksi/subbagian")
    package static let labelSectionHead = Text(en: "Section head", id: "Kepala seksi/subbagian")
    package static func groupAdded(_ id: Int64, _ name: String, _ unit: String) -> Text {
        Text(en: "Formed group \(id) \"\(name)\" in \(unit).", id: "Kelompok \(id) \"\(name)\" dibentuk di \(unit).")
    }
    package static func groupEdited(_ id: Int64) -> Text {
        Text(en: "Updated group \(id).", id: "Kelompok \(id) diperbarui.")
    }
    package static func groupDissolved(_ id: Int64, _ date: String) -> Text {
        Text(en: "Dissolved group \(id) as of \(date).", id: "Kelompok \(id) dibubarkan per \(date).")
    }
    package static func groupSizeWarning(_ id: Int64, _ count: Int, _ minimum: Int, _ maximum: Int) -> Text {
        Text(
            en: "group \(id) has \(count) active member(s); the advised size is \(minimum) to \(maximum)",
            id: "kelompok \(id) beranggotakan \(count) orang aktif; ukuran yang dianjurkan \(minimum) sampai \(maximum)"
        )
    }

    package static let memberAbstract = Text(
        en: "Add, remove and list group members.", id: "Tambah, keluarkan dan tampilkan anggota kelompok.")
    package static let memberAddAbstract = Text(
        en: "Add a civil servant to a group.", id: "Tambahkan pegawai ke kelompok.")
    package static let memberRemoveAbstract = Text(
        en: "End a membership (history is kept).", id: "Akhiri keanggotaan (riwayat tetap tersimpan).")
    package static let memberListAbstract = Text(
        en: "List a group's members (active ones unless --all).",
        id: "Tampilkan anggota kelompok (yang aktif kecuali --all).")
    package static let optNIP = Text(
        en: "The member's NIP (18 digits, spaces allowed).", id: "NIP anggota (18 angka, boleh berspasi).")
    package static let optMemberName = Text(en: "The member's name.", id: "Nama anggota.")
    package static let optRole = Text(
        en: "The member's role in the group.",
        id: "Peran dalam kelompok (chair = ketua, facilitator = fasilitator, secretary = sekretaris, member = anggota)."
    )
    package static let optSince = Text(
        en: "First day of membership (default: today).", id: "Hari pertama keanggotaan (bawaan: hari ini).")
    package static func memberAdded(_ nip: String, _ group: Int64, _ role: String) -> Text {
        Text(
            en: "Added \(nip) to group \(group) as \(role).",
            id: "\(nip) ditambahkan ke kelompok \(group) sebagai \(role).")
    }
    package static func memberRemoved(_ nip: String, _ group: Int64, _ date: String) -> Text {
        Text(
            en: "Removed \(nip) from group \(group) as of \(date).",
            id: "\(nip) dikeluarkan dari kelompok \(group) per \(date).")
    }

    package static let meetingAbstract = Text(
        en: "Record and list group meetings.", id: "Catat dan tampilkan rapat kelompok.")
    package static let meetingAddAbstract = Text(
        en: "Record a meeting with its attendees and minutes.", id: "Catat rapat beserta peserta dan notulennya.")
    package static let meetingListAbstract = Text(
        en: "List a group's meetings, newest first.", id: "Tampilkan rapat kelompok, terbaru lebih dulu.")
    package static let optMeetingDate = Text(en: "Date of the meeting.", id: "Tanggal rapat.")
    package static let optAttendee = Text(
        en: "NIP of a member who attended; repeat for each.", id: "NIP anggota yang hadir; ulangi untuk tiap orang.")
    package static let optAgenda = Text(en: "The agenda.", id: "Agenda rapat.")
    package static let optMinutes = Text(en: "The minutes (notulen).", id: "Notulen rapat.")
    package static let optMinutesFile = Text(
        en: "Read the minutes from a UTF-8 text file.", id: "Baca notulen dari berkas teks UTF-8.")
    package static let optFrom = Text(en: "From this date on.", id: "Sejak tanggal ini.")
    package static let optTo = Text(en: "Up to this date.", id: "Sampai tanggal ini.")
    package static func meetingAdded(_ id: Int64, _ group: Int64, _ date: String, _ count: Int) -> Text {
        Text(
            en: "Recorded meeting \(id) of group \(group) on \(date) with \(count) attendee(s).",
            id: "Rapat \(id) kelompok \(group) pada \(date) dicatat dengan \(count) peserta.")
    }
    package static func cannotRead(_ path: String, _ reason: String) -> Text {
        Text(en: "cannot read \(path): \(reason)", id: "tidak dapat membaca \(path): \(systemReason(reason))")
    }
    /// A logo file refused: what was found in it, and what `org.logo` takes.
    package static func logoRefused(_ path: String, _ problem: LogoProblem) -> Text {
        Text(
            en: "org.logo: \(path) \(logoNotSafe.en) (\(logoProblem(problem).en)); \(logoAllowed.en)",
            id: "org.logo: \(path) \(logoNotSafe.id) (\(logoProblem(problem).id)); \(logoAllowed.id)")
    }
    package static let logoNotSafe = Text(
        en: "is not a PNG, JPEG or safe SVG", id: "bukan PNG, JPEG atau SVG yang aman")
    package static let logoAllowed = Text(
        en: "allowed: PNG, JPEG, or SVG without scripts, event attributes or external references, at most 72 KiB",
        id:
            "yang diterima: PNG, JPEG, atau SVG tanpa skrip, atribut peristiwa maupun rujukan eksternal, paling besar 72 KiB"
    )
    package static func logoProblem(_ problem: LogoProblem) -> Text {
        Text.localized { language in
            func shown(_ text: String) -> String { Echo.shortened(text, language: language) }
            let (en, id): (String, String) =
                switch problem {
                case .unknownFormat:
                    ("its first bytes are none of these", "bita awalnya bukan salah satunya")
                case .brokenPNG:
                    (
                        "found a broken PNG: its signature, IHDR or IEND chunk is wrong",
                        "ditemukan PNG yang rusak: tanda pengenal, chunk IHDR atau IEND-nya salah"
                    )
                case .brokenJPEG:
                    (
                        "found a broken JPEG: it must begin with FF D8 FF and end with FF D9",
                        "ditemukan JPEG yang rusak: harus diawali FF D8 FF dan diakhiri FF D9"
                    )
                case .notUTF8: ("found an SVG that is not UTF-8", "ditemukan SVG yang bukan UTF-8")
                case .encoding(let name):
                    (
                        "found the encoding \(shown(name)); an SVG must be UTF-8",
                        "ditemukan pengodean \(shown(name)); SVG harus UTF-8"
                    )
                case .malformedXML(let line):
                    ("found XML that is not well-formed, line \(line)", "ditemukan XML yang tidak sah, baris \(line)")
                case .doctype: ("found a DOCTYPE or entity declaration", "ditemukan deklarasi DOCTYPE atau entitas")
                case .processingInstruction(let target):
                    (
                        "found the processing instruction <?\(shown(target))?>",
                        "ditemukan instruksi pemrosesan <?\(shown(target))?>"
                    )
                case .root(let name):
                    (
                        "found the root element <\(shown(name))>, not <svg>",
                        "ditemukan elemen akar <\(shown(name))>, bukan <svg>"
                    )
                case .element(let name): ("found a <\(shown(name))> element", "ditemukan elemen <\(shown(name))>")
                case .eventAttribute(let name):
                    ("found the event attribute \(shown(name))", "ditemukan atribut peristiwa \(shown(name))")
                case .externalReference(let attribute, let value):
                    (
                        "found the external reference \(shown(attribute))=\"\(shown(value))\"",
                        "ditemukan rujukan eksternal \(shown(attribute))=\"\(shown(value))\""
                    )
                case .animatedReference(let target):
                    ("found an animation of \(shown(target))", "ditemukan animasi atas \(shown(target))")
                case .unsafeStyle(let found):
                    ("found \(shown(found)) in a style", "ditemukan \(shown(found)) dalam gaya (style)")
                }
            return Text(en: en, id: id)
        }
    }

    package static func notUTF8(_ path: String) -> Text {
        Text(en: "\(path) is not UTF-8 text", id: "\(path) bukan teks UTF-8")
    }

    // MARK: sop
    package static let sopAbstract = Text(
        en: "Standard operating procedures: revisions and periodic reviews.",
        id: "Standar operasional prosedur: revisi dan evaluasi berkala.")
    package static let sopAddAbstract = Text(en: "Register an SOP of a unit.", id: "Daftarkan SOP sebuah unit.")
    package static let sopReviseAbstract = Text(
        en: "Make a new revision; the earlier one is kept as superseded.",
        id: "Buat revisi baru; revisi sebelumnya disimpan sebagai yang digantikan.")
    package static let sopReviewAbstract = Text(
        en: "Record a periodic review and its outcome.", id: "Catat evaluasi berkala dan hasilnya.")
    package static let sopRevokeAbstract = Text(
        en: "Revoke an SOP as of a date.", id: "Cabut SOP per tanggal tertentu.")
    package static let sopListAbstract = Text(en: "List SOPs.", id: "Tampilkan SOP.")
    package static let sopShowAbstract = Text(
        en: "Show an SOP with all its revisions and reviews.", id: "Tampilkan SOP beserta semua revisi dan evaluasinya."
    )
    package static let argSOPNumber = Text(en: "The SOP's number.", id: "Nomor SOP.")
    package static let optSOPSkpd = Text(en: "Code of the unit that owns the SOP.", id: "Kode unit pemilik SOP.")
    package static let optSurveySkpd = Text(
        en: "Code of the unit whose service was surveyed.", id: "Kode unit yang layanannya disurvei.")
    package static let optAssessedSkpd = Text(
        en: "Code of the unit that assessed its work culture.", id: "Kode unit yang menilai budaya kerjanya.")
    package static let optSOPNumber = Text(en: "The SOP's number, unique.", id: "Nomor SOP, unik.")
    package static let optTitle = Text(en: "Title of the procedure.", id: "Judul prosedur.")
    package static let optEffective = Text(en: "Date it takes effect.", id: "Tanggal mulai berlaku.")
    package static let optService = Text(en: "The public service it governs.", id: "Layanan publik yang diaturnya.")
    package static let optLegalBasis = Text(en: "Legal basis.", id: "Dasar hukum.")
    package static let optMade = Text(en: "Date it was made.", id: "Tanggal pembuatan.")
    package static let optRevised = Text(
        en: "Date of the revision (default: today).", id: "Tanggal revisi (bawaan: hari ini).")
    package static let optApprovedByName = Text(
        en: "Name of the official who approved it.", id: "Nama pejabat yang mengesahkan.")
    package static let optApprovedByNIP = Text(
        en: "NIP of the official who approved it.", id: "NIP pejabat yang mengesahkan.")
    package static let optServiceDays = Text(
        en: "Completion time standard in working days (1-365).",
        id: "Standar waktu penyelesaian dalam hari kerja (1-365).")
    package static let optReviewMonths = Text(
        en: "Months between periodic reviews (1-60).", id: "Bulan antar evaluasi berkala (1-60).")
    package static let optReviewDate = Text(en: "Date of the review.", id: "Tanggal evaluasi.")
    package static let optOutcome = Text(
        en: "What the review decided (revoke also revokes the SOP).",
        id: "Keputusan evaluasi (keep = tetap, revise = revisi, revoke = cabut; SOP ikut dicabut).")
    package static let optReviewNote = Text(en: "What the review found.", id: "Temuan evaluasi.")
    package static let optReviewer = Text(en: "NIP of the reviewer.", id: "NIP penilai.")
    package static let optStatus = Text(
        en: "Which SOPs.", id: "SOP yang mana (active = aktif, revoked = dicabut, all = semua).")
    package static let optReviewDue = Text(
        en: "Only active SOPs whose review is due by today.",
        id: "Hanya SOP aktif yang jatuh tempo evaluasi hari ini atau sebelumnya.")
    package static func sopAdded(_ number: String, _ title: String) -> Text {
        Text(en: "Registered SOP \(number) \"\(title)\".", id: "SOP \(number) \"\(title)\" didaftarkan.")
    }
    package static func sopRevised(_ number: String, _ revision: Int, _ effective: String) -> Text {
        Text(
            en: "SOP \(number) is now at revision \(revision), effective \(effective).",
            id: "SOP \(number) kini revisi \(revision), berlaku \(effective).")
    }
    package static func sopReviewed(_ number: String, _ outcome: String, _ due: String?) -> Text {
        Text(
            en: "Recorded review of SOP \(number): \(outcome)." + (due.map { " Next review due \($0)." } ?? ""),
            id: "Evaluasi SOP \(number) dicatat: \(outcome)." + (due.map { " Evaluasi berikutnya \($0)." } ?? ""))
    }
    package static func sopRevoked(_ number: String, _ date: String) -> Text {
        Text(en: "Revoked SOP \(number) as of \(date).", id: "SOP \(number) dicabut per \(date).")
    }

    // MARK: config
    package static let configAbstract = Text(
        en: "Show and change administrator settings.", id: "Tampilkan dan ubah pengaturan administrator.")
    package static let configListAbstract = Text(
        en: "List settings and their values.", id: "Tampilkan pengaturan dan nilainya.")
    package static let configSetAbstract = Text(
        en: "Change a setting: the KBK group size bounds, or how deadline notices are mailed.",
        id: "Ubah pengaturan: batas ukuran kelompok KBK, atau cara pemberitahuan tenggat dikirim.")
    package static let argSettingKey = Text(en: "The setting.", id: "Pengaturan.")
    package static let argSettingValue = Text(
        en:
            "Its new value: group_size_min 1-100, group_size_max 1-1000; mail.command a sendmail program owned by root (no shell or interpreter) with options such as -t -oi, run without a shell; mail.from an address, optionally with a name: 'Sistem KBK <kbk@purbalinggakab.go.id>'; web.url the web front's address, such as https://kbk.purbalinggakab.go.id/kbk.",
        id:
            "Nilai barunya: group_size_min 1-100, group_size_max 1-1000; mail.command program sendmail milik root (bukan shell atau interpreter) dengan opsi seperti -t -oi, dijalankan tanpa shell; mail.from sebuah alamat, boleh dengan nama: 'Sistem KBK <kbk@purbalinggakab.go.id>'; web.url alamat web kbk, misalnya https://kbk.purbalinggakab.go.id/kbk."
    )
    package static func configSet(_ key: String, _ value: String) -> Text {
        Text(en: "Set \(key) to \(value).", id: "\(key) diatur menjadi \(value).")
    }

    package static let optFormedOn = Text(
        en:
            "The day the unit began, for one formed by a reorganisation; reports of earlier periods do not list it (default: it was there before).",
        id:
            "Tanggal unit mulai ada, untuk unit yang dibentuk oleh penataan organisasi; laporan periode sebelumnya tidak mencantumkannya (bawaan: sudah ada sebelumnya)."
    )
    package static let labelFormedOn = Text(en: "Formed on", id: "Dibentuk")
}
