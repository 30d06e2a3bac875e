import KBKDomain

/// How domain errors read, in both languages.
extension Msg {
    package static let warningPrefix = Text(en: "Warning: ", id: "Peringatan: ")

    package static func invalid(_ field: String, _ value: String, _ reason: Reason) -> Text {
        switch reason {
        case .noSuchDate:
            Text(en: "\(field) '\(value)' is not a date that exists", id: "\(field) '\(value)' bukan tanggal yang ada")
        case .tooLong(let length):
            Text(
                en:
                    "\(field) is too long: \(length.scalars) Unicode characters (\(length.bytes) bytes); at most \(length.maxScalars) are allowed (counting each accent or mark)",
                id:
                    "\(field) terlalu panjang: \(length.scalars) karakter Unicode (\(length.bytes) bita); paling banyak \(length.maxScalars) (setiap aksen atau tanda dihitung)"
            )
        case .empty:
            Text(en: "\(field) is empty; give a value", id: "\(field) kosong; berikan nilainya")
        case .invisible:
            Text(
                en: "\(field) holds nothing visible (only spaces or invisible characters); give a value",
                id:
                    "\(field) tidak memuat apa pun yang terlihat (hanya spasi atau karakter tak terlihat); berikan nilainya"
            )
        case .fieldCount(let expected):
            Text(
                en:
                    "the row has \(value) field(s) but the header has \(expected); check the separators and quotes of this line",
                id:
                    "baris ini memiliki \(value) isian sedangkan tajuk memiliki \(expected); periksa pemisah dan tanda kutip baris ini"
            )
        case .differentContent:
            Text(
                en:
                    "\(field) '\(value)' was imported before with other content; give the row another \(field) or make it match",
                id:
                    "\(field) '\(value)' sudah pernah diimpor dengan isi lain; beri baris ini \(field) lain atau samakan isinya"
            )
        case .laporStatusDiffers(let reached):
            Text(
                en:
                    "\(field) '\(value)' does not match the record's history, which ends in '\(reached)'; check the dates of the disposition, follow-up and finishing",
                id:
                    "\(field) '\(value)' tidak cocok dengan riwayat laporan, yang berakhir pada '\(reached)'; periksa tanggal disposisi, tindak lanjut dan penyelesaian"
            )
        case .contradictsRejection:
            Text(
                en:
                    "\(field) is given but the complaint was rejected (rejected_at); a rejected complaint is not answered, resolved or closed",
                id:
                    "\(field) diisi padahal pengaduan ditolak (rejected_at); pengaduan yang ditolak tidak ditanggapi, diselesaikan atau ditutup"
            )
        case .implausibleYear(let years):
            Text(
                en:
                    "\(field) '\(value)' is not a plausible date; years \(years.lowerBound) to \(years.upperBound) are accepted",
                id:
                    "\(field) '\(value)' bukan tanggal yang masuk akal; yang diterima tahun \(years.lowerBound) sampai \(years.upperBound)"
            )
        case .withheld:
            Text(
                en:
                    "\(field) is empty: a confidential complaint's \(field) is left out of exports without --include-personal-data; export with it to move the complaint",
                id:
                    "\(field) kosong: \(field) pengaduan rahasia tidak diekspor tanpa --include-personal-data; ekspor dengan opsi itu untuk memindahkan pengaduan"
            )
        case .ambiguousSurvey(let count):
            Text(
                en:
                    "\(field) '\(value)' fits \(count) IKM surveys of that unit and service, which the file cannot tell apart; leave the row out and link the right one with 'kbk improvement link ID --survey ID'",
                id:
                    "\(field) '\(value)' cocok dengan \(count) survei IKM unit dan layanan itu, yang tidak dapat dibedakan oleh berkas ini; keluarkan baris ini dan kaitkan survei yang benar dengan 'kbk improvement link ID --survey ID'"
            )
        case .controlCharacters:
            Text(
                en: "\(field) '\(value)' holds control characters; only text, newlines and tabs are allowed",
                id: "\(field) '\(value)' memuat karakter kendali; hanya teks, baris baru dan tab yang diizinkan")
        case .unsafeMailCommand(let problem):
            Text(
                en: "\(field) '\(value)' is refused: \(mailCommandProblem(problem).en); \(mailCommandAllowed.en)",
                id: "\(field) '\(value)' ditolak: \(mailCommandProblem(problem).id); \(mailCommandAllowed.id)")
        case .unsafeLogo(let problem):
            Text(
                en: "\(field) '\(value)' \(logoNotSafe.en) (\(logoProblem(problem).en)); \(logoAllowed.en)",
                id: "\(field) '\(value)' \(logoNotSafe.id) (\(logoProblem(problem).id)); \(logoAllowed.id)")
        case .ambiguousPlace(let names):
            Text(
                en: "\(field) '\(value)' is the name of \(names.count) places; add the kecamatan: "
                    + names.map { "'\($0)'" }.joined(separator: " or "),
                id: "\(field) '\(value)' adalah nama \(names.count) tempat; tambahkan kecamatannya: "
                    + names.map { "'\($0)'" }.joined(separator: " atau "))
        case .notAVillage:
            Text(
                en: "\(field) '\(value)' is a kecamatan; name one of its desa or kelurahan",
                id: "\(field) '\(value)' adalah kecamatan; sebut salah satu desa atau kelurahannya")
        case .notAKecamatan:
            Text(
                en: "\(field) '\(value)' is not a kecamatan of the list",
                id: "\(field) '\(value)' bukan kecamatan dalam daftar")
        case .outsideBounds(let bounds):
            Text(
                en:
                    "\(field) '\(value)' lies outside the government's area (south, west, north, east: \(bounds)); check the order: latitude first, south is negative",
                id:
                    "\(field) '\(value)' berada di luar wilayah pemerintah daerah (selatan, barat, utara, timur: \(bounds)); periksa urutannya: lintang dulu, lintang selatan bernilai negatif"
            )
        case .unsafeAttachment(let problem):
            Text(
                en: "\(field) '\(value)' is refused: \(attachmentProblem(problem).en); \(attachmentAllowed.en)",
                id: "\(field) '\(value)' ditolak: \(attachmentProblem(problem).id); \(attachmentAllowed.id)")
        case .missingIndicators(let codes): missingIndicators(field, codes)
        case .givenTwice: givenTwice(field, value)
        case .scoredBothWays:
            Text(
                en:
                    "\(field) '\(value)' is given with an indicator's score; a self-assessment is scored per value (the seven values' columns) or per indicator (indicator and score), not both",
                id:
                    "\(field) '\(value)' diisi bersama skor indikator; penilaian mandiri dinilai per nilai (kolom ketujuh nilai) atau per indikator (indicator dan score), tidak keduanya"
            )
        }
    }

    package static func invalidNIP(_ value: String, _ problem: NIPProblem) -> Text {
        let (en, id): (String, String) =
            switch problem {
            case .notDigits: ("it may hold only digits and spaces", "hanya boleh berisi angka dan spasi")
            case .length(let count):
                ("it has \(count) digits; a NIP has 18", "panjangnya \(count) angka; NIP terdiri dari 18 angka")
            case .birthDate:
                (
                    "digits 1-8 are not a real birth date YYYYMMDD",
                    "angka ke-1 s.d. 8 bukan tanggal lahir YYYYMMDD yang sah"
                )
            case .appointmentMonth:
                (
                    "digits 13-14 are not an appointment month 01-12",
                    "angka ke-13 s.d. 14 bukan bulan pengangkatan 01-12"
                )
            case .appointmentBeforeBirth:
                (
                    "the appointment date (digits 9-14) is not after the birth date",
                    "tanggal pengangkatan (angka ke-9 s.d. 14) tidak setelah tanggal lahir"
                )
            case .gender: ("digit 15, the gender, must be 1 or 2", "angka ke-15, jenis kelamin, harus 1 atau 2")
            case .serial:
                ("the serial number (digits 16-18) cannot be 000", "nomor urut (angka ke-16 s.d. 18) tidak boleh 000")
            case .agreementCount:
                (
                    "digit 14 of a PPPK number, the agreement count, cannot be 0",
                    "angka ke-14 NI PPPK, jumlah perjanjian kerja, tidak boleh 0"
                )
            }
        return Text(en: "NIP '\(value)' is not valid: \(en)", id: "NIP '\(value)' tidak sah: \(id)")
    }

    package static func recordName(_ kind: RecordKind) -> Text {
        switch kind {
        case .skpd: Text(en: "unit", id: "unit kerja")
        case .group: Text(en: "group", id: "kelompok")
        case .member: Text(en: "member", id: "anggota")
        case .meeting: Text(en: "meeting", id: "rapat")
        case .sop: Text(en: "SOP", id: "SOP")
        case .setting: Text(en: "setting", id: "pengaturan")
        case .complaint: Text(en: "complaint", id: "pengaduan")
        case .category: Text(en: "category", id: "kategori")
        case .holiday: Text(en: "holiday", id: "hari libur")
        case .externalReference: Text(en: "external reference", id: "rujukan luar")
        case .improvement: Text(en: "improvement action", id: "rencana aksi")
        case .survey: Text(en: "IKM survey", id: "survei IKM")
        case .official: Text(en: "official", id: "pejabat/pegawai")
        case .coordination: Text(en: "coordination meeting", id: "rapat koordinasi")
        case .coordinationAction: Text(en: "coordination action item", id: "tindak lanjut rapat koordinasi")
        case .rbk: Text(en: "RBK", id: "RBK")
        case .assessment: Text(en: "work-culture self-assessment", id: "penilaian mandiri budaya kerja")
        case .place: Text(en: "place (desa, kelurahan or kecamatan)", id: "tempat (desa, kelurahan atau kecamatan)")
        case .target: Text(en: "target", id: "target")
        case .topic: Text(en: "topic", id: "topik")
        }
    }

    package static func notFound(_ kind: RecordKind, _ key: String) -> Text {
        let hint: (String, String) =
            switch kind {
            case .skpd: ("see 'kbk skpd list --all'", "lihat 'kbk skpd list --all'")
            case .group: ("see 'kbk group list --all'", "lihat 'kbk group list --all'")
            case .sop: ("see 'kbk sop list --status all'", "lihat 'kbk sop list --status all'")
            case .category: ("see 'kbk category list'", "lihat 'kbk category list'")
            case .topic: ("see 'kbk topic list'", "lihat 'kbk topic list'")
            case .complaint: ("see 'kbk complaint list'", "lihat 'kbk complaint list'")
            case .official: ("see 'kbk official list --all'", "lihat 'kbk official list --all'")
            case .improvement: ("see 'kbk improvement list'", "lihat 'kbk improvement list'")
            case .survey: ("see 'kbk ikm list'", "lihat 'kbk ikm list'")
            case .coordination: ("see 'kbk coordination list'", "lihat 'kbk coordination list'")
            case .coordinationAction: ("see 'kbk coordination action list'", "lihat 'kbk coordination action list'")
            case .rbk: ("see 'kbk group rbk list'", "lihat 'kbk group rbk list'")
            case .assessment: ("see 'kbk culture list'", "lihat 'kbk culture list'")
            case .place: ("see 'kbk place list'", "lihat 'kbk place list'")
            case .target: ("see 'kbk skpd target list'", "lihat 'kbk skpd target list'")
            default: ("", "")
            }
        return Text(
            en: "no \(recordName(kind).en) '\(key)'" + (hint.0.isEmpty ? "" : "; \(hint.0)"),
            id: "\(recordName(kind).id) '\(key)' tidak ada" + (hint.1.isEmpty ? "" : "; \(hint.1)"))
    }

    package static func duplicate(_ kind: RecordKind, _ key: String) -> Text {
        Text(
            en: "\(recordName(kind).en) '\(key)' exists already; choose another",
            id: "\(recordName(kind).id) '\(key)' sudah ada; pilih yang lain")
    }

    package static func rule(_ violation: RuleViolation, timeZone: UTCOffset) -> Text {
        switch violation {
        case .parentMustBeDistrict(let child, let parent):
            Text(
                en: "subdistrict \(child) must sit under a district (kecamatan), not '\(parent)'",
                id: "kelurahan \(child) harus berada di bawah kecamatan, bukan '\(parent)'")
        case .decreedDayNeedsReason(let date):
            Text(
                en:
                    "\(date) is a national holiday or collective leave day set by a decree; give the reason with --reason",
                id:
                    "\(date) adalah hari libur nasional atau cuti bersama yang ditetapkan keputusan; sebutkan alasannya dengan --reason"
            )
        case .parentIsItself(let code):
            Text(
                en: "unit \(code) cannot be its own parent or successor",
                id: "unit \(code) tidak dapat menjadi induk atau penerus dirinya sendiri")
        case .unitInactive(let code):
            Text(
                en: "unit \(code) is deactivated; nothing new can be attached to it",
                id: "unit \(code) sudah dinonaktifkan; tidak ada yang baru dapat dikaitkan kepadanya")
        case .groupDissolved(let id):
            Text(
                en: "group \(id) is dissolved by then; it takes no members or meetings",
                id: "kelompok \(id) sudah dibubarkan pada tanggal itu; tidak menerima anggota atau rapat")
        case .secondChair(let group, let chair):
            Text(
                en: "group \(group) already has a chair (\(chair)); remove them first or choose another role",
                id: "kelompok \(group) sudah memiliki ketua (\(chair)); keluarkan dulu atau pilih peran lain")
        case .alreadyActiveMember(let nip, let group):
            Text(
                en: "NIP \(nip) is already an active member of group \(group); a person belongs to one active group",
                id: "NIP \(nip) sudah menjadi anggota aktif kelompok \(group); seseorang hanya di satu kelompok aktif")
        case .notAMember(let nip, let group):
            Text(
                en: "NIP \(nip) is not an active member of group \(group)",
                id: "NIP \(nip) bukan anggota aktif kelompok \(group)")
        case .notAMemberOn(let nip, let group, let date):
            Text(
                en: "attendee \(nip) was not a member of group \(group) on \(date)",
                id: "peserta \(nip) bukan anggota kelompok \(group) pada \(date)")
        case .dateBefore(let field, let value, let other, let limit):
            Text(
                en: "\(field) \(value) is before \(other) \(limit); it must be on or after it",
                id: "\(term(field, .id)) \(value) sebelum \(term(other, .id)) \(limit); harus pada atau sesudahnya")
        case .sopRevoked(let number):
            Text(en: "SOP \(number) is revoked", id: "SOP \(number) sudah dicabut")
        case .alreadyEnded(let kind, let key):
            Text(
                en: "\(recordName(kind).en) \(key) has already ended",
                id: "\(recordName(kind).id) \(key) sudah berakhir")
        case .actionNotAllowed(let ticket, let action, let status):
            actionNotAllowed(ticket, action, status)
        case .inTheFuture(let field, let value, let now):
            inTheFuture(field, value.iso8601(in: timeZone), now.iso8601(in: timeZone))
        case .beyondBackdateWindow(let field, let value, let earliest, let days):
            beyondBackdateWindow(field, value.iso8601(in: timeZone), earliest.iso8601(in: timeZone), days)
        case .beforePreviousEvent(let ticket, let value, let previous):
            beforePreviousEvent(ticket, value.iso8601(in: timeZone), previous.iso8601(in: timeZone))
        case .sameUnit(let ticket, let unit):
            sameUnit(ticket, unit)
        case .receivedAfterItsEvents(let ticket, let value, let first):
            Text(
                en:
                    "--received \(value.iso8601(in: timeZone)) is after the first event of \(ticket) at \(first.iso8601(in: timeZone)); a complaint is received before anything is done with it",
                id:
                    "--received \(value.iso8601(in: timeZone)) setelah peristiwa pertama \(ticket) pada \(first.iso8601(in: timeZone)); pengaduan diterima sebelum ditindaklanjuti"
            )
        case .correctionChangesNothing(let ticket, let field):
            correctionChangesNothing(ticket, field)
        case .maladministrationOutsideClass(let ticket, let form, let category):
            maladministrationOutsideClass(ticket, form, category)
        case .whistleblowingOutsideInspectorate(let ticket, let unit):
            whistleblowingOutsideInspectorate(ticket, unit)
        case .unitHoldsOpenComplaints(let unit, let count):
            Text(
                en:
                    "unit \(unit) still holds \(count) open complaint(s); give --successor CODE to move them to the unit that takes over",
                id:
                    "unit \(unit) masih memegang \(count) pengaduan terbuka; berikan --successor KODE untuk memindahkannya ke unit penggantinya"
            )
        case .noSuccessorFor(let unit, let function, let count):
            Text(
                en:
                    "unit \(unit) still holds \(count) open complaint(s) of \(function) that no successor takes; give --successor-for \(function)=CODE or --successor CODE",
                id:
                    "unit \(unit) masih memegang \(count) pengaduan terbuka \(function) yang tidak diambil penerus mana pun; berikan --successor-for \(function)=KODE atau --successor KODE"
            )
        case .duplicateRoute(let function):
            Text(
                en: "\(function) is given more than one successor; give each function once",
                id: "\(function) diberi lebih dari satu penerus; berikan setiap fungsi sekali saja")
        case .alreadyExtended(let ticket, let days):
            alreadyExtended(ticket, days)
        case .categoryNotInUse(let category, let replacedBy):
            categoryNotInUse(category, replacedBy)
        case .duplicateOfItself(let ticket):
            Text(
                en: "\(ticket) cannot be a duplicate of itself; name the complaint it repeats",
                id: "\(ticket) tidak dapat menjadi duplikat dirinya sendiri; sebut pengaduan yang diulanginya")
        case .originalIsADuplicate(let ticket, let original):
            Text(
                en: "\(ticket) is itself a duplicate of \(original); name \(original) as the original",
                id: "\(ticket) sendiri duplikat dari \(original); sebut \(original) sebagai pengaduan asal")
        case .originalRejected(let ticket):
            Text(
                en: "\(ticket) was rejected and is followed up by no one; name a complaint that is",
                id: "\(ticket) sudah ditolak dan tidak ditindaklanjuti; sebut pengaduan yang ditindaklanjuti")
        case .attachmentWithoutAction(let ticket):
            Text(
                en: "files for \(ticket) come with an action (an intake, a response, a resolution); give them with it",
                id: "berkas untuk \(ticket) dilampirkan bersama suatu tindakan (pencatatan, tanggapan, penyelesaian)")
        case .noSuchAttachment(let ticket, let id):
            Text(
                en: "\(ticket) has no attachment #\(id) you may see; 'kbk complaint show \(ticket)' lists them",
                id:
                    "\(ticket) tidak memiliki lampiran #\(id) yang boleh Anda lihat; 'kbk complaint show \(ticket)' mendaftarnya"
            )
        case .citizenLimit(let act, let limit, let hours):
            Text(
                en: "this connection has \(Msg.citizenActDone(act).en) \(limit) times in the last "
                    + (hours == 1 ? "hour" : "\(hours) hours") + "; please try again later or call the desk",
                id: "sambungan ini sudah \(Msg.citizenActDone(act).id) \(limit) kali dalam "
                    + (hours == 1 ? "satu jam" : "\(hours) jam")
                    + " terakhir; silakan coba lagi nanti atau hubungi petugas")
        case .intakeFormSent(let ticket):
            Text(
                en: "this form was sent already and recorded \(ticket); open that complaint rather than send it again",
                id: "formulir ini sudah terkirim dan mencatat \(ticket); buka pengaduan itu, jangan kirim lagi")
        case .topicNotInUse(let topic):
            Text(
                en: "topic \(topic) is out of use; choose another ('kbk topic list')",
                id: "topik \(topic) sudah tidak dipakai; pilih topik lain ('kbk topic list')")
        case .extensionBeyondClass(let ticket, let category, let days, let limit):
            extensionBeyondClass(ticket, category, days, limit)
        case .alreadyAssigned(let ticket, let login):
            alreadyAssigned(ticket, login)
        case .notAnAssignee(let ticket, let login, let unit):
            notAnAssignee(ticket, login, unit)
        case .stageNotAllowed(let id, let from, let to):
            Text(
                en:
                    "improvement \(id) is at stage \(from.rawValue); it can move only to \(from.next?.rawValue ?? "nothing")\(from.isFinished ? "" : " or dropped"), not \(to.rawValue)",
                id:
                    "rencana aksi \(id) pada tahap \(from.rawValue); hanya dapat maju ke \(from.next?.rawValue ?? "tidak ada")\(from.isFinished ? "" : " atau dropped"), bukan \(to.rawValue)"
            )
        case .dateInTheFuture(let field, let value, let today):
            Text(
                en: "\(field) \(value) is after today (\(today)); record it once it has happened",
                id: "\(field) \(value) setelah hari ini (\(today)); catat setelah terjadi")
        case .settleBeforeResponse(let category, let respond, let settle):
            Text(
                en:
                    "category \(category) would have settlement due in \(settle) working day(s), before the first response (\(respond)); settle-days must be at least respond-days",
                id:
                    "kategori \(category) akan jatuh tempo penyelesaian \(settle) hari kerja, sebelum tanggapan pertama (\(respond)); settle-days paling sedikit sama dengan respond-days"
            )
        case .lastAdmin(let login):
            Text(
                en: "\(login) is the last active admin; make another official admin first",
                id: "\(login) adalah admin aktif terakhir; jadikan pegawai lain admin lebih dahulu")
        case .fewerRespondentsThanQuestionnaires(let respondents, let questionnaires):
            Text(
                en:
                    "the survey counts \(questionnaires) questionnaires but only \(respondents) respondents; respondents must be at least the questionnaires",
                id:
                    "survei menghitung \(questionnaires) kuesioner tetapi hanya \(respondents) responden; responden paling sedikit sama dengan kuesioner"
            )
        case .outsideUnit(let kind, let key, let unit):
            Text(
                en: "\(recordName(kind).en) \(key) does not belong to \(unit) or a unit under it",
                id: "\(recordName(kind).id) \(key) bukan milik \(unit) atau unit di bawahnya")
        case .improvementOfAnotherGroup(let id, let group):
            Text(
                en: "improvement action \(id) is not group \(group)'s; an RBK reports on its own group's actions",
                id: "rencana aksi \(id) bukan milik kelompok \(group); RBK melaporkan rencana aksi kelompoknya sendiri")
        }
    }
}
