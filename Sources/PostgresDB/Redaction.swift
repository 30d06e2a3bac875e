/// `message` with every password `url` holds masked. libpq repeats a part of the URL it cannot
/// read: a password with a bad percent escape comes back whole ("invalid percent-encoded token:
/// "se%zzcret""), and the message ends up on a terminal or in a log.
func redactingPasswords(of url: String, in message: String) -> String {
    passwords(in: url).filter { !$0.isEmpty }.sorted { $0.count > $1.count }.reduce(message) {
        $0.replacing($1, with: "********")
    }
}

/// The passwords a `postgresql://` URI or a conninfo string may hold, as written and decoded;
/// generous rather than exact, since a wrong guess only masks a few more characters.
func passwords(in url: String) -> [String] {
    var found: [String] = []
    if let scheme = ["postgresql://", "postgres://"].first(where: url.hasPrefix) {
        let rest = url.dropFirst(scheme.count)
        let authority = rest.prefix { $0 != "/" }
        // libpq ends the user's part at the first "@"; a password with an "@" of its own spills
        // into the host, so the span up to the last one is masked too.
        for at in [authority.firstIndex(of: "@"), authority.lastIndex(of: "@")].compactMap({ $0 }) {
            let userInfo = authority[..<at]
            if let colon = userInfo.firstIndex(of: ":") {
                found.append(String(userInfo[userInfo.index(after: colon)...]))
            }
        }
        if let question = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: question)...].split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                if parts.count == 2, parts[0] == "password" { found.append(String(parts[1])) }
            }
        }
    } else {
        found += conninfoPasswords(url)
    }
    return found + found.compactMap(percentDecoded)
}

/// The values of `password = ...` in a conninfo string, quoted ('...', with backslash escapes) or not.
private func conninfoPasswords(_ text: String) -> [String] {
    var found: [String] = []
    let characters = Array(text)
    let keyword = Array("password")
    var index = 0
    while index + keyword.count <= characters.count {
        let startsWord = index == 0 || characters[index - 1].isWhitespace
        guard startsWord, Array(characters[index..<index + keyword.count]) == keyword else {
            index += 1
            continue
        }
        var at = index + keyword.count
        while at < characters.count, characters[at].isWhitespace { at += 1 }
        guard at < characters.count, characters[at] == "=" else {
            index += 1
            continue
        }
        at += 1
        while at < characters.count, characters[at].isWhitespace { at += 1 }
        var value = ""
        if at < characters.count, characters[at] == "'" {
            at += 1
            while at < characters.count, characters[at] != "'" {
                if characters[at] == "\\", at + 1 < characters.count { at += 1 }
                value.append(characters[at])
                at += 1
            }
        } else {
            while at < characters.count, !characters[at].isWhitespace {
                value.append(characters[at])
                at += 1
            }
        }
        found.append(value)
        index = at
    }
    return found
}

/// `%XX` escapes decoded; nil when there are none or one is not valid.
private func percentDecoded(_ text: String) -> String? {
    guard text.contains("%") else { return nil }
    var bytes: [UInt8] = []
    var iterator = text.utf8.makeIterator()
    while let byte = iterator.next() {
        guard byte == UInt8(ascii: "%") else {
            bytes.append(byte)
            continue
        }
        guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
            return nil
        }
        bytes.append(high << 4 | low)
    }
    return String(decoding: bytes, as: UTF8.self)
}

private func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
}
