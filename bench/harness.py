"""Running things for the benchmark: a local Dovecot filled from cached Maildirs,
mbsync against it, and the collector as a subprocess with its wall time and peak RSS."""

from __future__ import annotations

import dataclasses
import os
import secrets
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import psutil

from collector.config import Settings, load_settings
from collector.demo.dovecot import Dovecot, mail_system_user

REPO = Path(__file__).resolve().parent.parent
VENV_PYTHON = REPO / ".venv" / "bin" / "python"
MEASURED_CHILD = Path(__file__).resolve().parent / "measured_child.py"


# ----- the server ----------------------------------------------------------------------


class BenchServer:
    """One Dovecot with one IMAP account per scenario, mailboxes hard-linked from the cache."""

    def __init__(self, workdir: Path):
        self.dovecot = Dovecot(workdir / "dovecot", user="owner@163.com")
        self.passwords: dict[str, str] = {}
        self.borrowed: dict[str, Path] = {}

    def add_account(self, user: str) -> None:
        self.passwords[user] = secrets.token_urlsafe(12)
        self.dovecot.add_user(user, self.passwords[user])

    def start(self) -> None:
        self.dovecot.start()

    def stop(self) -> None:
        self.dovecot.stop()

    def fill(self, user: str, cached_cur: Path, limit: int | None = None) -> int:
        """Put cached Maildir files into the user's INBOX (before Dovecot has looked at it)."""
        return fill_maildir(self.dovecot.maildir("INBOX", user), cached_cur, limit)

    def borrow_home(self, user: str, home: Path) -> None:
        """Serve the user from a home kept across runs (its Dovecot index keeps UIDVALIDITY).

        The home is moved in (a rename, before start()) and moved back by return_homes().
        """
        owner = mail_system_user()
        home.mkdir(parents=True, exist_ok=True)
        os.chown(home, owner.pw_uid, owner.pw_gid)
        os.chmod(home, 0o700)
        self.dovecot.mail_root.mkdir(parents=True, exist_ok=True)
        home.rename(self.dovecot.mail_root / user)
        self.borrowed[user] = home

    def return_homes(self) -> None:
        for user, home in self.borrowed.items():
            (self.dovecot.mail_root / user).rename(home)
        self.borrowed.clear()

    def settings(self, user: str, data_dir: Path) -> Settings:
        return load_settings(
            {},
            imap_host=self.dovecot.host,
            imap_port=self.dovecot.port,
            imap_security="plain",
            imap_user=user,
            imap_password=self.passwords[user],
            data_dir=data_dir,
            imap_timeout=120,
        )

    def warm_index(self, user: str) -> int:
        """Let Dovecot build its index now, so neither tool measured pays for it."""
        with self.dovecot.client(user, self.passwords[user]) as imap:
            imap.select_folder("INBOX", readonly=True)
            uids = imap.search("ALL")
            for start in range(0, len(uids), 2000):
                imap.fetch(uids[start : start + 2000], ["RFC822.SIZE", "INTERNALDATE", "FLAGS"])
        return len(uids)


def fill_maildir(maildir: Path, cached_cur: Path, limit: int | None = None) -> int:
    """Hard-link cached Maildir files into a maildir's cur/, owned by the mail user."""
    owner = mail_system_user()
    for directory in (maildir, maildir / "cur", maildir / "new", maildir / "tmp"):
        directory.mkdir(parents=True, exist_ok=True)
        os.chown(directory, owner.pw_uid, owner.pw_gid)
        os.chmod(directory, 0o700)
    names = sorted(os.listdir(cached_cur))[:limit]
    for name in names:
        target = maildir / "cur" / name
        try:
            os.link(cached_cur / name, target)
        except OSError:  # another filesystem: copy, keeping the mtime (= INTERNALDATE)
            shutil.copy2(cached_cur / name, target)
        os.chown(target, owner.pw_uid, owner.pw_gid)
    return len(names)


def collector_env(settings: Settings) -> dict[str, str]:
    return settings.as_environ()  # what cron's environment file would hold, no /etc config


# ----- measured subprocesses -----------------------------------------------------------


@dataclasses.dataclass
class ProcessRun:
    argv: list[str]
    seconds: float
    returncode: int
    cpu_s: float  # user + system time of the process and its reaped children
    max_rss_mb: float  # kernel's ru_maxrss: the largest single process of the tree, from wait4
    peak_tree_pss_mb: float  # sampled sum of PSS over the process tree (forked workers' shared pages counted once)
    stdout: str
    stderr: str
    peak_tree_rss_mb: float = 0.0  # sampled sum of RSS over the tree: shared pages counted once per process
    sys_s: float = 0.0  # the system (kernel) part of cpu_s

    def check(self) -> ProcessRun:
        if self.returncode != 0:
            raise RuntimeError(f"{' '.join(self.argv[:4])} … exited {self.returncode}:\n{self.stderr[-3000:]}")
        return self


def _sample_tree(pid: int, stop: threading.Event, peak: list[float]) -> None:
    """Peaks of the summed PSS (peak[0]) and of the summed RSS (peak[1], shared pages
    counted in every process that maps them) of the launcher's descendants, every 50 ms."""
    try:
        launcher = psutil.Process(pid)
    except psutil.Error:
        return
    while not stop.is_set():
        total = total_rss = 0
        try:
            procs = launcher.children(recursive=True)  # the launcher itself is not the command's
        except psutil.Error:
            break
        for proc in procs:
            try:
                info = proc.memory_full_info()
            except psutil.Error:
                continue
            total += info.pss
            total_rss += info.rss
        peak[0] = max(peak[0], total / 1e6)
        peak[1] = max(peak[1], total_rss / 1e6)
        stop.wait(0.05)


def run_measured(
    argv: list[str], env: dict[str, str] | None = None, cwd: Path | None = None, sample_memory: bool = False,
    flush_disk_first: bool = True,
) -> ProcessRun:
    """Run to completion; wall time, CPU and ru_maxrss (wait4, taken by
    bench/measured_child.py so that the bench's own size is not counted), and with
    sample_memory the sampled tree PSS/RSS. Reading smaps_rollup walks every
    page table of the tree each 50 ms: on 2 cores that slowed a 1,000-mail
    ingest by 7-13% (two A/B pairs), so a timed run samples nothing and the
    memory figures come from a run of their own."""
    out_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-{os.getpid()}-{secrets.token_hex(4)}"
    # Every run starts with nothing waiting to be written back: else the previous
    # run's gigabytes are flushed during this one and charged to it (mbsync took
    # 4.2 s after a quiet spell and 6.6 s right after a collector run).
    if flush_disk_first:
        os.sync()
    report = Path(f"{out_path}.report")
    launched = [sys.executable, "-S", str(MEASURED_CHILD), str(report), *argv]
    with open(f"{out_path}.out", "w+b") as out, open(f"{out_path}.err", "w+b") as err:
        proc = subprocess.Popen(launched, env=env, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        peak = [0.0, 0.0]
        stop = threading.Event()
        sampler = threading.Thread(target=_sample_tree, args=(proc.pid, stop, peak), daemon=True) if sample_memory else None
        if sampler:
            sampler.start()
        proc.wait()
        stop.set()
        if sampler:
            sampler.join()
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    seconds, user_s, sys_s, max_rss_kb = (float(field) for field in report.read_text().split())
    for suffix in (".out", ".err", ".report"):
        Path(f"{out_path}{suffix}").unlink(missing_ok=True)
    return ProcessRun(argv, seconds, proc.returncode, user_s + sys_s, max_rss_kb / 1024, peak[0],
                      stdout, stderr, peak[1], sys_s)


def collector_poll(
    settings: Settings, extra_env: dict[str, str] | None = None, sample_memory: bool = False
) -> ProcessRun:
    env = collector_env(settings) | (extra_env or {})
    return run_measured([str(VENV_PYTHON), "-m", "collector", "poll"], env=env, cwd=REPO, sample_memory=sample_memory)


def seed_poll(settings: Settings) -> ProcessRun:
    """Set-up only: the same poll with fsync off (bench/seed.py)."""
    return run_measured([str(VENV_PYTHON), "-m", "bench.seed"], env=collector_env(settings), cwd=REPO)


# ----- mbsync --------------------------------------------------------------------------


def mbsync_config(workdir: Path, server: BenchServer, user: str) -> Path:
    """An mbsyncrc pulling the account's INBOX into a fresh Maildir."""
    workdir = workdir.resolve()
    maildir = workdir / "maildir"
    maildir.mkdir(parents=True, exist_ok=True)
    password_file = workdir / "password"
    password_file.write_text(server.passwords[user])
    password_file.chmod(0o600)
    rc = workdir / "mbsyncrc"
    rc.write_text(
        f"""IMAPAccount bench
Host {server.dovecot.host}
Port {server.dovecot.port}
User {user}
PassCmd "cat {password_file}"
SSLType None
AuthMechs LOGIN

IMAPStore bench-far
Account bench

MaildirStore bench-near
Path {maildir}/
Inbox {maildir}/INBOX

Channel bench
Far :bench-far:
Near :bench-near:
Patterns INBOX
Create Near
Sync Pull
SyncState *
"""
    )
    rc.chmod(0o600)
    return rc


def mbsync(workdir: Path, server: BenchServer, user: str) -> ProcessRun:
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    rc = mbsync_config(workdir, server, user)
    return run_measured(["mbsync", "-q", "-c", str(rc), "bench"])


def maildir_count(workdir: Path) -> int:
    inbox = workdir / "maildir" / "INBOX"
    return sum(len(os.listdir(inbox / sub)) for sub in ("cur", "new") if (inbox / sub).is_dir())


def python_version() -> str:
    return sys.version.split()[0]
