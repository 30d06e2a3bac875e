import KBKCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

exit(KBKCLI.main(CommandLine.arguments))
