/// Exit codes, after sysexits.h, as documented in the README.
public enum ExitCode: Int32, Sendable {
    case success = 0
    case failure = 1
    case usage = 64
    case dataError = 65
    case noInput = 66
    case cannotCreate = 73
    case ioError = 74
    case temporaryFailure = 75
    /// EX_NOPERM: the login is not an official of the database, or its role does not allow the action.
    case noPermission = 77
    case configuration = 78
}
