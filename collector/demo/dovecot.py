"""A throwaway Dovecot IMAP server for the demo and the test suite.

One config file is generated into a work directory and Dovecot is run from it
(`dovecot -c FILE`, `dovecot -c FILE stop`). Everything the instance writes
(sockets, state, log, maildirs, passwd-file) stays in that directory.

    with Dovecot(Path("/tmp/imap")) as server:
        server.append(raw_bytes, internaldate=dt.datetime(2023, 5, 11, 15, 58, tzinfo=tz))
        with server.client() as imap:          # a logged-in imapclient.IMAPClient
            imap.select_folder("INBOX")

Command line (for the Makefile):

    python -m collector.demo.dovecot start  --dir DIR [--port P]   # prints host, port, user
    python -m collector.demo.dovecot status --dir DIR
    python -m collector.demo.dovecot stop   --dir DIR

The password comes from COLLECTOR_IMAP_PASSWORD or is generated once and kept
in DIR/password (mode 600); it is never printed.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import datetime as dt
import grp
import hashlib
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path

import imapclient

DEFAULT_USER = "jc7710089@163.com"
MAIL_SYSTEM_USER = "collectormail"  # created on demand: owns the maildirs
LOGIN_USER = "dovenull"
INTERNAL_USER = "dovecot"
PASSWORD_ENV = "COLLECTOR_IMAP_PASSWORD"
START_TIMEOUT = 15.0
STOP_TIMEOUT = 10.0

LOGOUT_FORMAT = (
    "in=%i out=%o deleted=%{deleted} expunged=%{expunged} "
    "fetch_hdr_count=%{fetch_hdr_count} fetch_hdr_bytes=%{fetch_hdr_bytes} "
    "fetch_body_count=%{fetch_body_count} fetch_body_bytes=%{fetch_body_bytes}"
)


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
            self._make_certificate()
        accounts = self._prepare_workdir()
        self._write_passwd(accounts)
        self.config_path.write_text(self._render_config(accounts))
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
        _kill(pid, signal.SIGTERM)
        if not _wait_for_exit(pid, STOP_TIMEOUT):
            _kill(pid, signal.SIGKILL)
            _wait_for_exit(pid, 2.0)
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
        return pid if _is_dovecot_process(pid) else None

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

    def add_user(self, user: str, password: str) -> None:
        """Add another IMAP account (a fresh, empty mailbox); works while running.

        The passwd-file is re-read by Dovecot when it changes, so no restart is needed.
        """
        self.extra_users[user] = password
        if self.is_running():
            accounts = self._prepare_workdir()
            self._write_passwd(accounts)
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

    def _accounts(self) -> dict[str, str]:
        return {self.user: self.password, **self.extra_users}

    def _prepare_workdir(self) -> dict[str, str]:
        mail_user = mail_system_user()
        uid, gid = mail_user.pw_uid, mail_user.pw_gid
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.mail_root.mkdir(exist_ok=True)
        os.chmod(self.mail_root, 0o711)
        accounts = self._accounts()
        for user in accounts:
            home = self.mail_root / user
            if not home.exists():
                home.mkdir()
                if os.geteuid() == 0:
                    os.chown(home, uid, gid)
                os.chmod(home, 0o700)
        return accounts

    def _write_passwd(self, accounts: dict[str, str]) -> None:
        lines = [f"{user}:{{PLAIN}}{password}::::::\n" for user, password in accounts.items()]
        for user, password in accounts.items():
            if any(c in user + password for c in ":\n"):
                raise ValueError("IMAP user and password may not contain ':' or newlines")
        tmp = self.passwd_path.with_suffix(".tmp")
        tmp.write_text("".join(lines))
        os.chmod(tmp, 0o640)
        if os.geteuid() == 0:
            os.chown(tmp, 0, grp.getgrnam(INTERNAL_USER).gr_gid)
        # Dovecot reloads the passwd-file only when its mtime (whole seconds) or
        # size changes: two same-sized writes within a second would go unseen.
        with contextlib.suppress(FileNotFoundError):
            previous = int(self.passwd_path.stat().st_mtime)
            stamp = max(int(time.time()), previous + 1)
            os.utime(tmp, (stamp, stamp))
        os.replace(tmp, self.passwd_path)

    def _make_certificate(self) -> None:
        if self.ca_file.exists():
            return
        key = self.workdir / "tls-key.pem"
        self.workdir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
             "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
             "-keyout", str(key), "-out", str(self.ca_file)],
            check=True, capture_output=True,
        )
        key.chmod(0o600)

    def _ssl_settings(self) -> str:
        if not self.tls:
            return "ssl = no"
        return f"ssl = yes\nssl_cert = <{self.ca_file}\nssl_key = <{self.workdir / 'tls-key.pem'}"

    def _imaps_listener(self) -> str:
        if not self.tls:
            return ""
        return f"  inet_listener imaps {{\n    address = 127.0.0.1\n    port = {self.tls_port}\n    ssl = yes\n  }}"

    def _render_config(self, accounts: dict[str, str]) -> str:
        mail_user = mail_system_user()
        if os.geteuid() == 0:
            login_user, internal_user = LOGIN_USER, INTERNAL_USER
        else:  # unprivileged: everything runs as the calling user
            login_user = internal_user = mail_user.pw_name
        (self.workdir / "state").mkdir(exist_ok=True)
        if os.geteuid() == 0:
            home = "/%u"
            # Mail processes chroot (as root) into the mail root before dropping to
            # the mail uid, so they need no search permission on the workdir's
            # ancestors (pytest's temp root is mode 700). Auth runs as root for
            # the same reason (it reads the passwd-file).
            privileged = (f"mail_chroot = {self.mail_root}\nvalid_chroot_dirs = {self.mail_root}\n"
                          "service auth {\n  user = root\n}\n")
        else:
            home, privileged = f"{self.mail_root}/%u", ""
        return f"""\
# Generated by collector.demo.dovecot -- a throwaway test/demo instance. Do not edit.
protocols = imap
listen = 127.0.0.1
base_dir = {self.base_dir}
state_dir = {self.workdir / "state"}
instance_name = {self.instance_name}
{self._ssl_settings()}
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = {self.log_path}
info_log_path = {self.log_path}
log_timestamp = "%Y-%m-%d %H:%M:%S "
default_login_user = {login_user}
default_internal_user = {internal_user}
first_valid_uid = {mail_user.pw_uid}
last_valid_uid = 0
first_valid_gid = 0
mail_location = maildir:~/Maildir
mail_privileged_group =
imap_id_log = *
imap_logout_format = {LOGOUT_FORMAT}
login_log_format_elements = user=<%u> method=%m rip=%r lip=%l mpid=%e %c session=<%{{session}}>
shutdown_clients = yes
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.passwd_path}
}}
userdb {{
  driver = static
  args = uid={mail_user.pw_uid} gid={mail_user.pw_gid} home={home}
}}
{privileged}
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
{self._imaps_listener()}
}}
service imap {{
  process_limit = 64
}}
"""

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
        return _pids_with_title_prefix(f"dovecot-{self.instance_name}/")

    def _kill_leftover_children(self) -> None:
        for pid in self._children():
            _kill(pid, signal.SIGKILL)


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


# ----- module helpers -------------------------------------------------------------


def pick_free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def mail_system_user() -> pwd.struct_passwd:
    """The unprivileged account that owns the maildirs (created when missing, as root)."""
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid())
    try:
        return pwd.getpwnam(MAIL_SYSTEM_USER)
    except KeyError:
        pass
    useradd = shutil.which("useradd") or "/usr/sbin/useradd"
    subprocess.run(
        [useradd, "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent",
         "--shell", "/usr/sbin/nologin", MAIL_SYSTEM_USER],
        check=False, capture_output=True,
    )
    return pwd.getpwnam(MAIL_SYSTEM_USER)


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


def _process_title(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _is_dovecot_process(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    if "\nState:\tZ" in status:
        return False
    return "dovecot" in _process_title(pid) or "dovecot" in status.split("\n", 1)[0]


def _pids_with_title_prefix(prefix: str) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _process_title(int(entry.name)).startswith(prefix):
            pids.append(int(entry.name))
    return pids


def _kill(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, sig)


def _wait_for_exit(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _is_dovecot_process(pid):
            return True
        time.sleep(0.05)
    return not _is_dovecot_process(pid)


# ----- command line ---------------------------------------------------------------


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


if __name__ == "__main__":
    sys.exit(main())
