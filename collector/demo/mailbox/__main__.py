from collector.demo.mailbox.command import main

raise SystemExit(main())
