"""Benchmark set-up, not a measurement: one poll with fsync switched off.

The idle-poll scenario needs an archive that already holds 10,000 mails.
Filing them durably costs ~40 ms a mail in fsyncs alone, which would be most of
the bench's time budget, so the set-up poll runs here with os.fsync a no-op and
SQLite at synchronous=OFF. Its result is cached (bench/.cache/idle-state-*),
and every measured poll runs in an ordinary process with full durability.

  python -m bench.seed   (settings from the COLLECTOR_* environment)
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    os.fsync = lambda fd: None  # type: ignore[assignment]

    from collector import index, jobs
    from collector.config import load_settings

    durable_connect = index.connect

    def fast_connect(data_dir):
        db = durable_connect(data_dir)
        db.execute("PRAGMA synchronous = OFF")
        return db

    index.connect = fast_connect
    report = jobs.run_poll(load_settings())
    print(report.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
