"""The command line for the Makefile: start, stop or ask after the instance of a
work directory (`python -m collector.demo.dovecot start --dir DIR`)."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from pathlib import Path

from collector.demo.dovecot.server import DEFAULT_USER, PASSWORD_ENV, Dovecot, DovecotError


def password_for_dir(workdir: Path) -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    path = workdir / "password"
    if path.exists():
        return path.read_text().strip()
    workdir.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(12)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(password + "\n")
    return password


def port_from_config(workdir: Path) -> int | None:
    config = workdir / "dovecot.conf"
    if not config.exists():
        return None
    for line in config.read_text().splitlines():
        if line.strip().startswith("port = "):
            return int(line.split("=", 1)[1])
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m collector.demo.dovecot",
                                     description="A throwaway Dovecot IMAP server.")
    parser.add_argument("action", choices=["start", "stop", "status"])
    parser.add_argument("--dir", required=True, type=Path, help="work directory of the instance")
    parser.add_argument("--port", type=int, default=None, help="IMAP port (default: a free one)")
    parser.add_argument("--user", default=DEFAULT_USER)
    args = parser.parse_args(argv)
    workdir = args.dir.resolve()
    port = args.port or port_from_config(workdir)

    if args.action == "start":
        server = Dovecot(workdir, port=port, user=args.user,
                         password=password_for_dir(workdir), stop_at_exit=False)
        try:
            server.start()
        except DovecotError as error:
            print(error, file=sys.stderr)
            return 1
        print(f"host={server.host}\nport={server.port}\nuser={server.user}")
        return 0

    server = Dovecot(workdir, port=port, user=args.user, password="-", stop_at_exit=False)
    if args.action == "stop":
        server.stop()
        return 0
    if server.is_running():
        print(f"running pid={server.master_pid()} host={server.host} port={port}")
        return 0
    print("stopped")
    return 3
