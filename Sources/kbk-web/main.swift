import KBKWeb

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// One CGI request: the web server runs this once per request (see docs/WEB.md).
exit(KBKWeb.main())
