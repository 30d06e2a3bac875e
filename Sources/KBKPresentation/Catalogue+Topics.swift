extension Msg {
    package static let topicAbstract = Text(
        en: "The topics complaints are counted by, each filed under a category of the LAPOR! form.",
        id: "Topik yang menjadi dasar penghitungan pengaduan, masing-masing dipetakan ke kategori formulir LAPOR!.")
    package static let topicListAbstract = Text(
        en: "List the topics with how many complaints each has.", id: "Tampilkan topik beserta jumlah pengaduannya.")
    package static let topicAddAbstract = Text(en: "Add a topic (admin).", id: "Tambah topik (admin).")
    package static let topicEditAbstract = Text(
        en: "Rename a topic, change its LAPOR! category, retire it or take it up again; its complaints keep it.",
        id: "Ubah nama topik, kategori LAPOR!-nya, pensiunkan atau pakai lagi; pengaduannya tetap bertopik itu.")
    package static let argTopicCode = Text(
        en: "Topic code: 2-32 lower-case letters, digits, '-'.", id: "Kode topik: 2-32 huruf kecil, angka, '-'.")
    package static let optTopicName = Text(
        en: "The topic's name in Indonesian.", id: "Nama topik dalam bahasa Indonesia.")
    package static let optTopicNameEnglish = Text(
        en: "The topic's name in English.", id: "Nama topik dalam bahasa Inggris.")
    package static let optLaporCategory = Text(
        en: "The category of the national LAPOR! form it is filed under there (e.g. Infrastruktur).",
        id: "Kategori formulir LAPOR! nasional tempat topik ini dicatat di sana (mis. Infrastruktur).")
    package static let optTopicInUse = Text(
        en: "take the topic up again: new complaints and corrections may choose it",
        id: "pakai lagi topik ini: pengaduan baru dan koreksi boleh memilihnya")
    package static let optTopicRetire = Text(
        en: "retire the topic: its complaints keep it, nothing new may choose it",
        id: "pensiunkan topik ini: pengaduannya tetap bertopik ini, tidak boleh dipilih lagi")
    package static let topicEditNeedsAField = Text(
        en: "give at least one of --name, --name-en, --lapor-category, --in-use, --retire",
        id: "berikan paling sedikit satu dari --name, --name-en, --lapor-category, --in-use, --retire")
    package static func topicAdded(_ code: String) -> Text {
        Text(en: "Added topic \(code).", id: "Topik \(code) ditambahkan.")
    }
    package static func topicEdited(_ code: String) -> Text {
        Text(en: "Updated topic \(code).", id: "Topik \(code) diperbarui.")
    }
    package static let optTopic = Text(
        en: "What it is about: a topic code (see 'kbk topic list').",
        id: "Pokok persoalannya: kode topik (lihat 'kbk topic list').")
    package static let optEditTopic = Text(
        en: "The right topic ('' leaves it unclassified).", id: "Topik yang benar ('' mengosongkannya).")
    package static let optTopicFilter = Text(
        en: "Only complaints of this topic (see 'kbk topic list').",
        id: "Hanya pengaduan bertopik ini (lihat 'kbk topic list').")
    package static let labelTopic = Text(en: "Topic", id: "Topik")
    package static let labelTopicNameIndonesian = Text(en: "Name (Indonesian)", id: "Nama (Indonesia)")
    package static let labelTopicNameEnglish = Text(en: "Name (English)", id: "Nama (Inggris)")
    package static let labelLaporCategory = Text(en: "LAPOR! category", id: "Kategori LAPOR!")
    package static let unclassifiedTopic = Text(en: "(not classified)", id: "(belum bertopik)")
    package static let labelComplaints = Text(en: "Complaints", id: "Pengaduan")
}
