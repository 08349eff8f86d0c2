import GleanCLI

GleanCommandLine.main()
