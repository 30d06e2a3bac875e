import KBKFiles

extension FileError {
    /// The README's exit codes: an output that cannot be made or would replace something is 73, an input
    /// that cannot be opened 66, a read or write failing part way 74, an input too large 65.
    package var exitCode: ExitCode {
        switch reason {
        case .databaseFile, .exists, .isFolder, .folderMissing, .cannotCreate, .companionName: .cannotCreate
        case .io: .ioError
        case .notRegularFile, .cannotOpen: .noInput
        case .tooLarge: .dataError
        }
    }
}

extension Msg {
    package static func fileProblem(_ error: FileError) -> Text {
        let path = error.path
        switch error.reason {
        case .databaseFile(let file):
            let (en, id) =
                switch file {
                case .main: ("the database itself", "basis data itu sendiri")
                case .writeAheadLog: ("the database's write-ahead log (-wal)", "log tulis-depan basis data (-wal)")
                case .sharedMemory:
                    ("the database's shared-memory file (-shm)", "berkas memori bersama basis data (-shm)")
                case .rollbackJournal:
                    ("the database's rollback journal (-journal)", "jurnal rollback basis data (-journal)")
                }
            return Text(
                en: "\(path) is \(en); kbk never writes over it, even with --force; choose another file",
                id: "\(path) adalah \(id); kbk tidak pernah menimpanya, juga dengan --force; pilih berkas lain")
        case .exists:
            return fileExists(path)
        case .isFolder:
            return Text(en: "\(path) is a folder; give a file name", id: "\(path) adalah folder; berikan nama berkas")
        case .folderMissing(let folder):
            return Text(
                en: "cannot create \(path): folder \(folder) does not exist",
                id: "tidak dapat membuat \(path): folder \(folder) tidak ada")
        case .cannotCreate(let reason):
            return cannotCreate(path, reason)
        case .io(let reason):
            return ioFailure(path, reason)
        case .notRegularFile(let what):
            return Text(
                en: "\(path) is \(what), not a regular file; give a file",
                id: "\(path) bukan berkas biasa (\(what)); berikan sebuah berkas")
        case .tooLarge(let cap):
            return Text(
                en: "\(path) is larger than the \(cap) bytes allowed here",
                id: "\(path) lebih besar dari \(cap) bita yang diizinkan di sini")
        case .cannotOpen(let reason):
            return cannotRead(path, reason)
        case .companionName(let suffix):
            return Text(
                en:
                    "\(path) ends in '\(suffix)', which SQLite takes for a database's companion file; choose another name",
                id:
                    "\(path) berakhiran '\(suffix)', yang dianggap SQLite sebagai berkas pendamping basis data; pilih nama lain"
            )
        }
    }

    package static let optForce = Text(
        en: "Replace the output file if it exists.", id: "Ganti berkas keluaran bila sudah ada.")
}
