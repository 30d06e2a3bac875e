import KBKCLI
import KBKProvince

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// The province's program: kbk's command line over the province's PostgreSQL database.
exit(ProvinceCLI.main(CommandLine.arguments, database: ProvincePostgres()))
