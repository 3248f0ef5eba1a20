"""A Dovecot instance's processes, found by their titles in /proc (its master's pid
file can outlive it), and a free loopback port for a new instance."""

from __future__ import annotations

import contextlib
import os
import socket
import time
from pathlib import Path


def pick_free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def process_title(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def is_dovecot_process(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    if "\nState:\tZ" in status:
        return False
    return "dovecot" in process_title(pid) or "dovecot" in status.split("\n", 1)[0]


def pids_with_title_prefix(prefix: str) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and process_title(int(entry.name)).startswith(prefix):
            pids.append(int(entry.name))
    return pids


def kill(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, sig)


def wait_for_exit(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not is_dovecot_process(pid):
            return True
        time.sleep(0.05)
    return not is_dovecot_process(pid)
