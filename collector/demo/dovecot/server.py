"""One throwaway Dovecot instance: its paths, starting and stopping it, its log,
its IMAP accounts, and the IMAP helpers tests and the demo use (append, delete,
UIDVALIDITY); Account binds the same helpers to a second account."""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import hashlib
import os
import re
import secrets
import signal
import socket
import subprocess
import tempfile
import time
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path

import imapclient

from collector.demo.dovecot.config import make_certificate, prepare_workdir, render_config, write_passwd
from collector.demo.dovecot.processes import (
    is_dovecot_process, kill, pick_free_port, pids_with_title_prefix, wait_for_exit,
)

DEFAULT_USER = "jc7710089@163.com"
PASSWORD_ENV = "COLLECTOR_IMAP_PASSWORD"
START_TIMEOUT = 15.0
STOP_TIMEOUT = 10.0


class DovecotError(RuntimeError):
    """Dovecot could not be started or stopped; the message carries the log tail."""


_running: weakref.WeakSet[Dovecot] = weakref.WeakSet()


@atexit.register
def _stop_forgotten_servers() -> None:
    for server in list(_running):
        if server.stop_at_exit:
            with contextlib.suppress(Exception):
                server.stop()


class Dovecot:
    """One Dovecot instance serving one IMAP user from maildirs under workdir."""

    host = "127.0.0.1"

    def __init__(
        self,
        workdir: Path | str,
        port: int | None = None,
        user: str = DEFAULT_USER,
        password: str | None = None,
        stop_at_exit: bool = True,
        tls: bool = False,
    ) -> None:
        self.workdir = Path(workdir).resolve()
        self.port = port or 0
        # tls: a self-signed certificate for 127.0.0.1, STARTTLS on `port` and
        # implicit TLS (like imap.163.com:993) on `tls_port`; clients trust `ca_file`.
        self.tls = tls
        self.tls_port = 0
        self.user = user
        self.password = password or os.environ.get(PASSWORD_ENV) or secrets.token_urlsafe(12)
        self.stop_at_exit = stop_at_exit  # the CLI turns this off: the server outlives the command
        self.extra_users: dict[str, str] = {}

    # ----- paths ---------------------------------------------------------------

    @property
    def config_path(self) -> Path:
        return self.workdir / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        return self.workdir / "dovecot.log"

    @property
    def base_dir(self) -> Path:
        """Sockets and master.pid; short, since a unix socket path has at most 107 bytes."""
        inside = self.workdir / "run"
        if len(str(inside).encode()) <= 60:
            return inside
        return Path(tempfile.gettempdir()) / self.instance_name

    @property
    def mail_root(self) -> Path:
        return self.workdir / "mail"

    @property
    def ca_file(self) -> Path:
        return self.workdir / "tls-cert.pem"

    @property
    def passwd_path(self) -> Path:
        return self.workdir / "passwd"

    @property
    def pid_path(self) -> Path:
        return self.base_dir / "master.pid"

    @property
    def instance_name(self) -> str:
        digest = hashlib.sha256(str(self.workdir).encode()).hexdigest()[:10]
        return f"collector-dovecot-{digest}"

    def maildir(self, folder: str = "INBOX", user: str | None = None) -> Path:
        """The maildir directory holding `folder` (Maildir++ layout)."""
        root = self.mail_root / (user or self.user) / "Maildir"
        if folder.upper() == "INBOX":
            return root
        return root / ("." + imapclient.imap_utf7.encode(folder).decode("ascii").replace("/", "."))

    # ----- lifecycle -----------------------------------------------------------

    def __enter__(self) -> Dovecot:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> Dovecot:
        """Start the server (stopping any earlier instance in the same workdir)."""
        self._stop_stale_instance()
        if not self.port:
            self.port = pick_free_port()
        if self.tls:
            self.tls_port = self.tls_port or pick_free_port()
            make_certificate(self)
        accounts = prepare_workdir(self)
        write_passwd(self, accounts)
        self.config_path.write_text(render_config(self, accounts))
        self.log_path.touch()
        # Not a pipe: the daemonized master inherits stdout/stderr and would keep it open.
        startup_output = self.workdir / "dovecot.startup.txt"
        with startup_output.open("wb") as output:
            returncode = subprocess.run(
                ["dovecot", "-c", str(self.config_path)], stdout=output, stderr=output,
                stdin=subprocess.DEVNULL,
            ).returncode
        if returncode != 0:
            raise DovecotError(
                f"dovecot -c {self.config_path} failed ({returncode}): "
                f"{startup_output.read_text(errors='replace').strip()}\n"
                f"--- log tail ---\n{self.log_tail()}"
            )
        self._wait_until_accepting()
        _running.add(self)
        return self

    def stop(self) -> None:
        """Stop the server and wait until its master process is gone."""
        _running.discard(self)
        pid = self.master_pid()
        if pid is None:
            return
        # What `dovecot -c FILE stop` does, without its one-second polling.
        kill(pid, signal.SIGTERM)
        if not wait_for_exit(pid, STOP_TIMEOUT):
            kill(pid, signal.SIGKILL)
            wait_for_exit(pid, 2.0)
        self._wait_for_children_to_exit()

    def _wait_for_children_to_exit(self, timeout: float = 3.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self._children():
            time.sleep(0.05)
        self._kill_leftover_children()

    def restart(self) -> None:
        self.stop()
        self.start()

    def is_running(self) -> bool:
        return self.master_pid() is not None

    def master_pid(self) -> int | None:
        """PID of this instance's master process, or None when it is not running."""
        try:
            pid = int(self.pid_path.read_text().strip())
        except (OSError, ValueError):
            return None
        return pid if is_dovecot_process(pid) else None

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def wait_for_log(self, pattern: str, count: int = 1, timeout: float = 5.0) -> list[str]:
        """Log lines matching the regex `pattern`, once there are at least `count`.

        Dovecot's log process writes asynchronously: a logout line may appear
        a moment after the client has disconnected.
        """
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        while True:
            lines = [line for line in self.log_text().splitlines() if regex.search(line)]
            if len(lines) >= count or time.monotonic() > deadline:
                return lines
            time.sleep(0.05)

    def logout_lines(self, user: str | None = None, count: int = 1, timeout: float = 5.0) -> list[str]:
        """The "Logged out ... fetch_body_count=N" lines of `user`'s sessions."""
        user = user or self.user
        return self.wait_for_log(rf"imap\({re.escape(user)}\).*Logged out", count, timeout)

    # ----- users ---------------------------------------------------------------

    def accounts(self) -> dict[str, str]:
        """Every IMAP account of the instance and its password."""
        return {self.user: self.password, **self.extra_users}

    def add_user(self, user: str, password: str) -> None:
        """Add another IMAP account (a fresh, empty mailbox); works while running.

        The passwd-file is re-read by Dovecot when it changes, so no restart is needed.
        """
        self.extra_users[user] = password
        if self.is_running():
            accounts = prepare_workdir(self)
            write_passwd(self, accounts)
            # Dovecot stats the passwd-file at most once per second: a lookup in
            # this same second could still see the old file.
            time.sleep(1.05 - (time.time() % 1.0))

    def account(self, user: str, password: str | None = None) -> Account:
        """A second IMAP account on this server with its own empty mailbox."""
        if user != self.user:
            self.add_user(user, password or self.extra_users.get(user) or secrets.token_urlsafe(12))
        return Account(self, user)

    # ----- IMAP helpers --------------------------------------------------------

    @contextlib.contextmanager
    def client(self, user: str | None = None, password: str | None = None) -> Iterator[imapclient.IMAPClient]:
        """A logged-in IMAPClient; logs out on exit."""
        user = user or self.user
        if password is None:
            password = self.password if user == self.user else self.extra_users[user]
        imap = imapclient.IMAPClient(self.host, port=self.port, ssl=False, timeout=30)
        try:
            imap.login(user, password)
            yield imap
        finally:
            with contextlib.suppress(Exception):
                imap.logout()

    def append(
        self,
        raw: bytes,
        internaldate: dt.datetime,
        folder: str = "INBOX",
        flags: Iterable[str | bytes] = (),
        user: str | None = None,
    ) -> int | None:
        """APPEND one message; `internaldate` (tz-aware) becomes its INTERNALDATE.

        Returns the new UID (from UIDPLUS APPENDUID) when the server tells it.
        """
        if internaldate.tzinfo is None:
            raise ValueError("internaldate must be timezone-aware")
        with self.client(user) as imap:
            _ensure_folder(imap, folder)
            response = imap.append(folder, raw, flags=tuple(flags), msg_time=internaldate)
        return _appended_uid(response)

    def delete(self, uids: Iterable[int], folder: str = "INBOX", user: str | None = None) -> None:
        """Expunge messages by UID on the server (as if the clerk deleted them in webmail)."""
        uids = list(uids)
        if not uids:
            return
        with self.client(user) as imap:
            imap.select_folder(folder)
            imap.delete_messages(uids)
            imap.uid_expunge(uids) if imap.has_capability("UIDPLUS") else imap.expunge()

    def uidvalidity(self, folder: str = "INBOX", user: str | None = None) -> int:
        with self.client(user) as imap:
            return int(imap.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])

    def reset_uidvalidity(self, folder: str = "INBOX", user: str | None = None) -> int:
        """Make Dovecot hand out a new UIDVALIDITY for `folder`, keeping its messages.

        Stops the server, deletes the folder's dovecot-uidlist and index files
        (as happens when a mailbox is recreated or its index is lost), starts
        again. UIDs are renumbered too. Returns the new UIDVALIDITY.
        """
        old = self.uidvalidity(folder, user)
        for _attempt in range(5):
            self.stop()
            directory = self.maildir(folder, user)
            for name in ("dovecot-uidlist", "dovecot.index", "dovecot.index.log",
                         "dovecot.index.log.2", "dovecot.index.cache"):
                with contextlib.suppress(FileNotFoundError):
                    (directory / name).unlink()
            self.start()
            new = self.uidvalidity(folder, user)
            if new != old:
                return new
            time.sleep(1.1)  # Dovecot derives UIDVALIDITY from the clock
        raise DovecotError(f"UIDVALIDITY of {folder} stayed {old}")

    # ----- internals -----------------------------------------------------------

    def _wait_until_accepting(self) -> None:
        started = time.monotonic()
        while time.monotonic() - started < START_TIMEOUT:
            if self.master_pid() is None and time.monotonic() - started > 3:
                break  # the master process died or never came up
            try:
                with socket.create_connection((self.host, self.port), timeout=1) as sock:
                    sock.settimeout(2)
                    if sock.recv(200).startswith(b"* OK"):
                        return
            except OSError:
                pass
            time.sleep(0.1)
        tail = self.log_tail()
        self.stop()
        raise DovecotError(
            f"Dovecot did not accept IMAP connections on {self.host}:{self.port} "
            f"within {START_TIMEOUT:.0f}s.\n--- {self.log_path} (tail) ---\n{tail}"
        )

    def _stop_stale_instance(self) -> None:
        """A crashed test run may have left this workdir's server running."""
        if self.master_pid() is not None:
            self.stop()
        else:
            self._kill_leftover_children()

    def _children(self) -> list[int]:
        return pids_with_title_prefix(f"dovecot-{self.instance_name}/")

    def _kill_leftover_children(self) -> None:
        for pid in self._children():
            kill(pid, signal.SIGKILL)


class Account:
    """One IMAP account on a running Dovecot: same helpers, bound to `user`."""

    def __init__(self, server: Dovecot, user: str) -> None:
        self.server = server
        self.user = user

    host = property(lambda self: self.server.host)
    port = property(lambda self: self.server.port)
    log_path = property(lambda self: self.server.log_path)

    @property
    def password(self) -> str:
        return self.server.password if self.user == self.server.user else self.server.extra_users[self.user]

    def client(self) -> contextlib.AbstractContextManager[imapclient.IMAPClient]:
        return self.server.client(self.user)

    def append(self, raw: bytes, internaldate: dt.datetime, folder: str = "INBOX",
               flags: Iterable[str | bytes] = ()) -> int | None:
        return self.server.append(raw, internaldate, folder, flags, user=self.user)

    def delete(self, uids: Iterable[int], folder: str = "INBOX") -> None:
        self.server.delete(uids, folder, user=self.user)

    def uidvalidity(self, folder: str = "INBOX") -> int:
        return self.server.uidvalidity(folder, user=self.user)

    def reset_uidvalidity(self, folder: str = "INBOX") -> int:
        return self.server.reset_uidvalidity(folder, user=self.user)

    def maildir(self, folder: str = "INBOX") -> Path:
        return self.server.maildir(folder, user=self.user)


def _ensure_folder(imap: imapclient.IMAPClient, folder: str) -> None:
    if folder.upper() != "INBOX" and not imap.folder_exists(folder):
        imap.create_folder(folder)


def _appended_uid(response: bytes | str | None) -> int | None:
    text = response.decode(errors="replace") if isinstance(response, bytes) else (response or "")
    if "APPENDUID" in text:
        try:
            return int(text.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])
        except (IndexError, ValueError):
            return None
    return None
