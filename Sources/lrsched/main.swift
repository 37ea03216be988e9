import LRSchedCommands

LRSched.main()
