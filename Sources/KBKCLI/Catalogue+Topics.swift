extension Msg {
    static let topicAbstract = Text(
        en: "The topics complaints are counted by, each filed under a category of the LAPOR! form.",
        id: "Topik yang menjadi dasar penghitungan pengaduan, masing-masing dipetakan ke kategori formulir LAPOR!.")
    static let topicListAbstract = Text(
        en: "List the topics with how many complaints each has.", id: "Tampilkan topik beserta jumlah pengaduannya.")
    static let topicAddAbstract = Text(en: "Add a topic (admin).", id: "Tambah topik (admin).")
    static let topicEditAbstract = Text(
        en: "Rename a topic, change its LAPOR! category, retire it or take it up again; its complaints keep it.",
        id: "Ubah nama topik, kategori LAPOR!-nya, pensiunkan atau pakai lagi; pengaduannya tetap bertopik itu.")
    static let argTopicCode = Text(
        en: "Topic code: 2-32 lower-case letters, digits, '-'.", id: "Kode topik: 2-32 huruf kecil, angka, '-'.")
    static let optTopicName = Text(en: "The topic's name in Indonesian.", id: "Nama topik dalam bahasa Indonesia.")
    static let optTopicNameEnglish = Text(
        en: "The topic's name in English.", id: "Nama topik dalam bahasa Inggris.")
    static let optLaporCategory = Text(
        en: "The category of the national LAPOR! form it is filed under there (e.g. Infrastruktur).",
        id: "Kategori formulir LAPOR! nasional tempat topik ini dicatat di sana (mis. Infrastruktur).")
    static let optTopicInUse = Text(
        en: "take the topic up again: new complaints and corrections may choose it",
        id: "pakai lagi topik ini: pengaduan baru dan koreksi boleh memilihnya")
    static let optTopicRetire = Text(
        en: "retire the topic: its complaints keep it, nothing new may choose it",
        id: "pensiunkan topik ini: pengaduannya tetap bertopik ini, tidak boleh dipilih lagi")
    static let topicEditNeedsAField = Text(
        en: "give at least one of --name, --name-en, --lapor-category, --in-use, --retire",
        id: "berikan paling sedikit satu dari --name, --name-en, --lapor-category, --in-use, --retire")
    static func topicAdded(_ code: String) -> Text {
        Text(en: "Added topic \(code).", id: "Topik \(code) ditambahkan.")
    }
    static func topicEdited(_ code: String) -> Text {
        Text(en: "Updated topic \(code).", id: "Topik \(code) diperbarui.")
    }
    static let optTopic = Text(
        en: "What it is about: a topic code (see 'kbk topic list').",
        id: "Pokok persoalannya: kode topik (lihat 'kbk topic list').")
    static let optEditTopic = Text(
        en: "The right topic ('' leaves it unclassified).", id: "Topik yang benar ('' mengosongkannya).")
    static let optTopicFilter = Text(
        en: "Only complaints of this topic (see 'kbk topic list').",
        id: "Hanya pengaduan bertopik ini (lihat 'kbk topic list').")
    static let labelTopic = Text(en: "Topic", id: "Topik")
    static let labelTopicNameIndonesian = Text(en: "Name (Indonesian)", id: "Nama (Indonesia)")
    static let labelTopicNameEnglish = Text(en: "Name (English)", id: "Nama (Inggris)")
    static let labelLaporCategory = Text(en: "LAPOR! category", id: "Kategori LAPOR!")
    static let unclassifiedTopic = Text(en: "(not classified)", id: "(belum bertopik)")
    static let labelComplaints = Text(en: "Complaints", id: "Pengaduan")
}
