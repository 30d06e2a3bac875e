import KBKDomain

/// What a timeline shows of an event beside its action and status: the officer it went to, the
/// days granted, the field corrected with its values, and its text, in the reader's language. The
/// history keeps each event as it was written; a deadline notice's recorded text (English, with its
/// parts in fixed places) is read back in Indonesian, as the audit trail's summaries are.
package enum EventText {
    package static func details(_ event: ComplaintEvent, descriptionWithheld: Bool, _ language: Language) -> String? {
        let correction = event.field.map { code in
            let name = fieldName(code)(language)
            return descriptionWithheld && code == "description"
                ? "\(name): \(Msg.descriptionWithheld(language))"
                : "\(name): \(event.valueBefore ?? "-") → \(event.valueAfter ?? "-")"
        }
        let parts: [String?] = [
            event.assignee.map { "→ \($0)" }, event.workingDays.map { Msg.extendedBy($0)(language) }, correction,
            event.text.map { language == .id ? (noticeText($0) ?? $0) : $0 },
        ]
        let shown = parts.compactMap { $0 }
        return shown.isEmpty ? nil : shown.joined(separator: ": ")
    }

    /// A correctable field as the complaint's page names it.
    package static func fieldName(_ code: String) -> Text {
        switch CorrectableField(rawValue: code) {
        case .subject: Msg.labelSubject
        case .description: Msg.labelDescription
        case .location: Msg.labelLocation
        case .channel: Text(en: "Channel", id: "Kanal")
        case .category: Text(en: "Category", id: "Kategori")
        case .topic: Text(en: "Topic", id: "Topik")
        case .received: Text(en: "Received", id: "Diterima")
        case .maladministration: Text(en: "Maladministration", id: "Maladministrasi")
        case .desa: Text(en: "Desa/kelurahan", id: "Desa/kelurahan")
        case .point: Text(en: "Point", id: "Titik")
        case nil: Text(en: code, id: code)
        }
    }

    /// "deadline notice: 50% of the respond deadline, due 2026-12-10" in Indonesian.
    static func noticeText(_ text: String) -> String? {
        let prefix = "deadline notice: "
        guard text.hasPrefix(prefix) else { return nil }
        let parts = text.dropFirst(prefix.count).split(separator: " ")
        // 50% of the respond deadline, due 2026-12-10
        guard parts.count == 7, parts[1] == "of", parts[2] == "the", parts[4] == "deadline,", parts[5] == "due",
            let stage = DeadlineStage(rawValue: String(parts[3])), let due = try? CivilDate.parse(String(parts[6]))
        else { return nil }
        let share = parts[0].dropLast()
        let level = share == "100" ? "terlewati" : "\(share) %"
        return "pemberitahuan tenggat \(Msg.deadlineNoun(stage).id) \(level), jatuh tempo \(LetterDates.date(due, .id))"
    }
}
