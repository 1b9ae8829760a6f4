from tdkt.cli.app import main

main()
