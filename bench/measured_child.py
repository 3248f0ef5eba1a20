"""Run one command and write its wall time, CPU and peak RSS to a file: the bench's launcher.

Run as `python -S bench/measured_child.py REPORT COMMAND...`. Linux keeps a process's
ru_maxrss across exec, and a child started by (v)fork counts the memory of the process it
was started from: a collector started straight from the bench, after the bench has drawn
a few hundred MB of mailboxes, reported the bench's size as its own (161 MB for a 24 MB
import). Started from this small launcher instead, the command's figure is its own.
Standard library only, no site-packages (-S), so the launcher stays a few MB."""

import os
import sys
import time


def main() -> int:
    report, argv = sys.argv[1], sys.argv[2:]
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - started
    with open(report, "w") as out:
        out.write(f"{seconds} {usage.ru_utime} {usage.ru_stime} {usage.ru_maxrss}\n")
    code = os.waitstatus_to_exitcode(status)
    return code if code >= 0 else 128 - code


if __name__ == "__main__":
    sys.exit(main())
