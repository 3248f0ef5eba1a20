import sys

from collector.demo.dovecot.command import main

sys.exit(main())
