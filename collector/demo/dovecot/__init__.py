"""A throwaway Dovecot IMAP server for the demo and the test suite.

One config file is generated into a work directory and Dovecot is run from it
(`dovecot -c FILE`, `dovecot -c FILE stop`). Everything the instance writes
(sockets, state, log, maildirs, passwd-file) stays in that directory.

    with Dovecot(Path("/tmp/imap")) as server:
        server.append(raw_bytes, internaldate=dt.datetime(2023, 5, 11, 15, 58, tzinfo=tz))
        with server.client() as imap:          # a logged-in imapclient.IMAPClient
            imap.select_folder("INBOX")

The parts:

  server.py     the Dovecot instance: its paths, start and stop, log, accounts, IMAP helpers
  config.py     what the instance is made of on disk: config file, passwd-file, homes, certificate
  processes.py  finding and ending its processes (/proc), a free port
  command.py    the command line (for the Makefile), also `python -m collector.demo.dovecot`:

    python -m collector.demo.dovecot start  --dir DIR [--port P]   # prints host, port, user
    python -m collector.demo.dovecot status --dir DIR
    python -m collector.demo.dovecot stop   --dir DIR

The password comes from COLLECTOR_IMAP_PASSWORD or is generated once and kept
in DIR/password (mode 600); it is never printed.
"""

from collector.demo.dovecot.command import main, password_for_dir, port_from_config
from collector.demo.dovecot.config import SENT_FOLDER, mail_system_user
from collector.demo.dovecot.processes import pick_free_port
from collector.demo.dovecot.server import DEFAULT_USER, PASSWORD_ENV, Account, Dovecot, DovecotError

__all__ = [
    "DEFAULT_USER", "PASSWORD_ENV", "SENT_FOLDER", "Account", "Dovecot", "DovecotError", "mail_system_user", "main",
    "password_for_dir", "pick_free_port", "port_from_config",
]
