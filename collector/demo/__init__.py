"""What serves only the demo and the tests, kept out of the pipeline's stages.

  mailbox.py      the generated 5·15 demo mailbox, with the answer a clerk would give
  clients.py      how each mail client writes a mail (MIME helpers, one composer per client)
  attachments.py  the documents, photos, scans and zips the demo units attach
  dovecot.py      a throwaway Dovecot IMAP server on loopback (demo, tests, bench)
  run.py          `collector demo` (what `make demo` runs)
  sample_archive.py  a small hand-built archive for the dashboard's tests
"""

from collector.demo.mailbox import (  # noqa: F401  the demo mailbox's public names
    CLIENTS,
    DUE,
    SUMMARY_DUE,
    DemoMail,
    build_demo_mailbox,
    expected_status,
    fill_mailbox,
    generate_demo_mailbox,
    load_roster,
)
