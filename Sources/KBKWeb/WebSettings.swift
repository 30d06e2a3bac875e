import KBKDomain
import KBKPresentation
import KBKStore

/// The settings' page (`/settings`), an admin's: every setting with its value and what it does,
/// and a form to change each through the store call of `kbk config set`, which checks the value
/// and the right again. The emblem (`org.logo`) is an image file and is only shown here.
extension KBKWeb {
    static func settingsPage(
        _ request: CGIRequest, store: Store, official: Official, now: Timestamp, refill: Refill? = nil
    )
        throws -> CGIResponse
    {
        // The registry's right, as `kbk config` asks it: a refusal names who may.
        try store.require(.manageRegistry)
        return .html(
            200,
            WebPages.settings(
                try store.settings.all(), token: try token(for: official, in: store, at: now), official: official,
                language: request.language, base: request.base, refill: refill))
    }

    static func settingChange(_ key: String, form: [String: String], store: Store) throws {
        guard let key = Settings.Key(rawValue: key), !WebPages.settingsShownOnly.contains(key) else { throw notFound }
        try store.write { try $0.settings.set(key, to: form["value"] ?? "") }
    }
}

extension WebPages {
    static let settingsShownOnly: Set<Settings.Key> = [.organisationLogo, .mailCommand, .noticeGateway, .clockPinning]

    static func settings(
        _ settings: [(key: Settings.Key, value: Settings.Value)], token: String, official: Official,
        language: Language, base: String, refill: Refill?
    ) -> HTML {
        var body: HTML = "<p>\(Msg.webSettingsIntro(language))</p>"
        for (key, value) in settings {
            body += "<h2>\(key.rawValue)</h2><p>\(Msg.settingPurpose(key)(language))</p>"
            body += "<p>\(Msg.webCurrentValue(language)): <code class=\"hash\">\(key.summary(of: value))</code></p>"
            // The emblem is a file; the mail program and a pinned clock are the command line's, where
            // the server's own administrator sets them: no web form reaches the server's programs or clock.
            guard !WebPages.settingsShownOnly.contains(key) else { continue }
            body += registryForm(
                "\(base)/settings", key.rawValue, Msg.webChangeSetting,
                { $0.input("value", Msg.webNewValue, value: value.description) }, token: token, language: language,
                refill: refill)
        }
        return layout(
            Msg.webSettings(language), body, language: language, base: base, official: official, refill: refill)
    }
}
