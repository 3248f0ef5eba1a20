"""The deployment exactly as README's "Running it for real" and docs/deploy.md say it.

Every command of their ```sh blocks runs as written, with only these changes (CI is a
fresh Debian machine, as root, without systemd):
  - every path under a temporary prefix (COLLECTOR_PREFIX, which scripts/install-service
    and the default config file honour), and the code cloned to <prefix>/opt/collector;
  - the service user is `collectortest` (COLLECTOR_SERVICE_USER) and
    `sudo -u collector` is `runuser -u collectortest --`; `sudo` is dropped (root);
  - `systemctl stop/start` runs or stops the installed units' commands (as their user,
    with their environment), and the dashboard gets a free port instead of 8001;
  - after install-service, config.toml's imap_host/port/security point at the test's
    Dovecot (as one edits them for any server that is not imap.163.com).
Then: a second, overlapping run; a dashboard export; a failing poll (wrong 授权码) that
shows on the dashboard and in the cron log; a backup taken during a poll that verifies;
a restore; an upgrade to the next commit that keeps the archive, settings and users.
"""

from __future__ import annotations

import fcntl
import os
import re
import shlex
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

import httpx
import pytest

from collector.demo import fill_mailbox, generate_demo_mailbox
from collector.demo.dovecot import Dovecot, pick_free_port

REPO = Path(__file__).resolve().parent.parent
USER = "collectortest"
MAILBOX = "jc7710089@163.com"  # as README's install line says
AUTH_CODE = "Deploy-Test-Code-1"
CLERK_PASSWORD = "clerk-deploy-pw"

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("runuser") or not shutil.which("useradd"),
    reason="installs a service user: needs root (CI runs as root)",
)


# ----- the documents' commands ------------------------------------------------------------


def sh_blocks(markdown: str, heading: str) -> list[list[str]]:
    """The ```sh blocks of the section under ``heading`` (up to the next heading of its level)."""
    level = heading.split(" ")[0]
    start = markdown.index("\n" + heading + "\n")
    rest = markdown[start + len(heading) + 2:]
    end = re.search(rf"^#{{1,{len(level)}}} ", rest, re.M)
    section = rest[: end.start()] if end else rest
    blocks = re.findall(r"^```sh\n(.*?)^```", section, re.M | re.S)
    return [[line for line in block.splitlines() if line.strip()] for block in blocks]


def as_in_ci(line: str, prefix: Path) -> str:
    line = line.replace("/opt/collector", f"{prefix}/opt/collector")
    line = re.sub(r"(?<![\w./])/(etc|var)/", f"{prefix}/\\1/", line)
    line = line.replace("sudo -u collector ", f"runuser -u {USER} -- ")
    return re.sub(r"\bsudo ", "", line)


class Deployment:
    def __init__(self, prefix: Path, dovecot: Dovecot) -> None:
        self.prefix = prefix
        self.app = prefix / "opt/collector"
        self.etc = prefix / "etc/collector"
        self.data = prefix / "var/lib/collector/archive"
        self.dovecot = dovecot
        self.cwd = Path("/")
        self.dashboard: subprocess.Popen | None = None
        self.dashboard_port = pick_free_port()
        # a deployed machine has no PYTHONPATH: one left from the test run (a checkout's) would load that checkout's code
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("COLLECTOR_") and k != "PYTHONPATH"}
        self.env.update(COLLECTOR_PREFIX=str(prefix), COLLECTOR_SERVICE_USER=USER)

    def run(self, line: str, stdin: str = "", timeout: float = 600) -> subprocess.CompletedProcess:
        """One line of the documents, as CI runs it."""
        if line.startswith("sudo systemctl "):
            return self.systemctl(line.split()[2], line.split()[3:])
        command = as_in_ci(line, self.prefix)
        if command.startswith("cd ") and "&&" not in command:
            self.cwd = Path(command[3:].strip())
            return subprocess.CompletedProcess(command, 0, "", "")
        return subprocess.run(["bash", "-c", command], cwd=self.cwd, env=self.env, input=stdin,
                              capture_output=True, text=True, timeout=timeout)

    # ----- the installed units, run as systemd would ---------------------------------

    def unit(self, name: str) -> dict[str, list[str]]:
        fields: dict[str, list[str]] = {}
        for line in (self.prefix / "etc/systemd/system" / name).read_text().splitlines():
            if "=" in line and not line.startswith("#"):
                key, _, value = line.partition("=")
                fields.setdefault(key, []).append(value)
        return fields

    def unit_command(self, name: str) -> tuple[list[str], dict[str, str], Path]:
        unit = self.unit(name)
        env = {k: v for k, v in self.env.items() if k not in ("COLLECTOR_PREFIX", "COLLECTOR_SERVICE_USER")}
        env.update(dict(item.split("=", 1) for item in unit.get("Environment", [])))
        command = shlex.split(unit["ExecStart"][0])
        if name == "collector-dashboard.service":
            command[command.index("--port") + 1] = str(self.dashboard_port)
        return ["runuser", "-u", unit["User"][0], "--", *command], env, Path(unit["WorkingDirectory"][0])

    def poll_unit(self, wait: bool = True):
        command, env, cwd = self.unit_command("collector-poll.service")
        if not wait:
            return subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=600)

    def cron_poll(self) -> subprocess.CompletedProcess:
        fields = next(
            line.split(None, 6) for line in (self.prefix / "etc/cron.d/collector").read_text().splitlines()
            if line.strip() and not line.startswith("#")
        )
        user, command = fields[5], fields[6]
        env = {k: v for k, v in self.env.items() if not k.startswith("COLLECTOR_")}
        return subprocess.run(["runuser", "-u", user, "--", "sh", "-c", command], env=env, cwd="/",
                              capture_output=True, text=True, timeout=600)

    def systemctl(self, verb: str, units: list[str]) -> subprocess.CompletedProcess:
        assert verb in ("start", "stop", "restart") and set(units) <= {"collector-poll.timer", "collector-poll.service", "collector-dashboard"}
        if "collector-dashboard" in units:
            if verb in ("stop", "restart"):
                self.stop_dashboard()
            if verb in ("start", "restart"):
                self.start_dashboard()
        return subprocess.CompletedProcess(units, 0, "", "")  # the timer: polls run when the test says

    def start_dashboard(self) -> None:
        command, env, cwd = self.unit_command("collector-dashboard.service")
        self.dashboard_log = tempfile.TemporaryFile()
        self.dashboard = subprocess.Popen(command, env=env, cwd=cwd, stdout=self.dashboard_log,
                                          stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                httpx.get(self.url("/-/login"), timeout=2)
                return
            except httpx.TransportError:
                assert self.dashboard.poll() is None, self.dashboard_output()
                time.sleep(0.2)
        raise AssertionError("the dashboard did not start: " + self.dashboard_output())

    def dashboard_output(self) -> str:
        self.dashboard_log.seek(0)
        return self.dashboard_log.read().decode("utf-8", "replace")

    def stop_dashboard(self) -> None:
        if self.dashboard and self.dashboard.poll() is None:
            os.killpg(self.dashboard.pid, signal.SIGTERM)
            self.dashboard.wait(timeout=30)
        self.dashboard = None

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.dashboard_port}{path}"

    def login(self, user: str, password: str) -> httpx.Client:
        client = httpx.Client(base_url=self.url(""), timeout=30)
        form = client.get("/-/login").text
        token = re.search(r'name="csrftoken" value="([^"]+)"', form).group(1)
        response = client.post("/-/login", data={"username": user, "password": password, "csrftoken": token})
        assert response.status_code == 302, response.text
        return client

    def messages(self, data_dir: Path | None = None) -> int:
        conn = sqlite3.connect(f"file:{(data_dir or self.data) / 'collector.db'}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM messages").fetchone()[0]
        finally:
            conn.close()


def copy_of_the_working_tree(target: Path) -> None:
    """A git repository holding the working tree as it is (tracked and new files)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=REPO, capture_output=True, check=True).stdout.split(b"\0")
    for name in filter(None, listed):
        source = REPO / os.fsdecode(name)
        if source.is_file():
            (target / os.fsdecode(name)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / os.fsdecode(name))
    commit(target, "the previous commit")


def commit(repo: Path, message: str) -> None:
    git = ["git", "-c", "user.email=ci@example.org", "-c", "user.name=ci", "-c", "init.defaultBranch=main"]
    if not (repo / ".git").exists():
        subprocess.run([*git, "init", "-q"], cwd=repo, check=True)
    subprocess.run([*git, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-q", "-m", message], cwd=repo, check=True)


def tree_state(folder: Path) -> dict[str, tuple]:
    return {str(p): (p.stat().st_uid, p.stat().st_mode, p.stat().st_size, p.stat().st_mtime_ns)
            for p in [folder, *folder.rglob("*")]}


def point_at(deployment: Deployment, dovecot: Dovecot) -> None:
    config = deployment.etc / "config.toml"
    text = config.read_text()
    text = text.replace('imap_host = "imap.163.com"', f'imap_host = "{dovecot.host}"\nimap_port = {dovecot.port}\n'
                        'imap_security = "plain"\nimap_timeout = 20')
    config.write_text(text)


# ----- the test ------------------------------------------------------------------------------


@pytest.fixture
def deployment(tmp_path_factory):
    prefix = Path(tempfile.mkdtemp(prefix="collector-deploy-", dir="/tmp"))
    prefix.chmod(0o755)  # the service user must reach the code under it
    dovecot = Dovecot(tmp_path_factory.mktemp("deploy-dovecot"), user=MAILBOX, password=AUTH_CODE)
    dovecot.start()
    origin = tmp_path_factory.mktemp("origin")
    copy_of_the_working_tree(origin)
    (prefix / "opt").mkdir(mode=0o755)
    subprocess.run(["git", "clone", "-q", str(origin), str(prefix / "opt/collector")], check=True)
    deployment = Deployment(prefix, dovecot)
    deployment.origin = origin
    yield deployment
    deployment.stop_dashboard()
    dovecot.stop()
    shutil.rmtree(prefix, ignore_errors=True)


def test_deployment_as_the_documents_say(deployment):
    d = deployment
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    docs = (REPO / "docs/deploy.md").read_text(encoding="utf-8")
    (install,) = sh_blocks(readme, "## Running it for real")
    (backup,) = sh_blocks(docs, "## Backups")
    (restore,) = sh_blocks(docs, "## Restoring a backup")
    (upgrade,) = sh_blocks(docs, "## Upgrading")
    assert len(re.findall(r"^```sh", docs, re.M)) == 3, "a new command block in docs/deploy.md needs its test"
    demo = generate_demo_mailbox()
    fill_mailbox(d.dovecot, demo[:20])

    # install, as the README says
    assert install[0] == "cd /opt/collector" and d.run(install[0]).returncode == 0
    assert install[1].startswith("sudo scripts/install-service")
    run = d.run(install[1], stdin=AUTH_CODE + "\n")
    assert run.returncode == 0, run.stdout + run.stderr
    assert_installed(d)
    point_at(d, d.dovecot)
    run = d.run(install[2])  # the first poll, by hand
    assert run.returncode == 0, run.stderr
    assert d.messages() == 20
    assert_archive_private(d)
    run = d.run(install[3], stdin=f"{CLERK_PASSWORD}\n{CLERK_PASSWORD}\n")  # user add
    assert run.returncode == 0, run.stderr
    assert len(install) == 4
    assert (d.etc / "dashboard/users.json").stat().st_uid == user_id()

    # root on the archive: refused in one line, nothing changed
    before = tree_state(d.data)
    root_run = subprocess.run([str(d.app / ".venv/bin/collector"), "status"], env=d.env, capture_output=True, text=True)
    assert root_run.returncode == 1
    assert f"belongs to user {USER}" in root_run.stderr and len(root_run.stderr.splitlines()) == 1
    assert tree_state(d.data) == before

    # the timer's poll while another run holds the lock: 75 (a success for the unit), one line
    with open(d.data / ".collector.lock") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        overlapped = d.poll_unit()
    assert overlapped.returncode == 75 and "75" in d.unit("collector-poll.service")["SuccessExitStatus"]
    assert "another collector run holds" in overlapped.stderr and len(overlapped.stderr.splitlines()) == 1

    # the dashboard service: login, an export spooled by the dashboard's user, the next poll absorbs it
    d.start_dashboard()
    clerk = d.login("clerk", CLERK_PASSWORD)
    page = clerk.get("/").text
    assert "邮箱最后读取" in page and "收取邮件异常" not in page
    assert clerk.get("/export/status.csv").status_code == 200
    spool = d.data / "audit-spool"  # one file per spooled event (collector/audit.py)
    assert spool.stat().st_uid == user_id() and all(f.stat().st_uid == user_id() for f in spool.glob("*.json"))
    assert list(spool.glob("*.json"))
    assert '"GET /export/status.csv HTTP/1.1" 200' in d.dashboard_output()  # the access log
    assert d.poll_unit().returncode == 0

    # a wrong 授权码: the poll fails in one line, the cron log has it with its time, the dashboard shows it
    password_file = d.etc / "imap-password"
    password_file.write_text("revoked-code\n")
    failed = d.poll_unit()
    assert failed.returncode == 1 and len(failed.stderr.strip().splitlines()) == 1, failed.stderr
    cron = d.cron_poll()
    assert cron.returncode == 1 and cron.stderr.strip()  # cron mails it
    log = (d.prefix / "var/log/collector/poll.log").read_text()
    assert re.search(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4} exit=1 collector: ", log, re.M), log
    page = clerk.get("/").text
    assert "收取邮件异常" in page and "最近一次收取失败" in page
    password_file.write_text(AUTH_CODE + "\n")

    # a backup taken during a poll, as docs/deploy.md says: it verifies
    fill_mailbox(d.dovecot, demo[20:])
    poll = d.poll_unit(wait=False)
    wait_until_locked(d.data / ".collector.lock", poll)
    assert len(backup) == 1
    backed_up = d.run(backup[0])
    assert poll.wait(timeout=600) == 0, poll.stderr.read()
    assert backed_up.returncode == 0, backed_up.stdout + backed_up.stderr
    assert "verify: OK" in backed_up.stdout
    (copy,) = (d.prefix / "var/backups/collector").iterdir()
    assert d.messages(copy) == d.messages() == len(demo)
    assert "收取邮件异常" not in clerk.get("/").text

    # restore it
    for line in restore:
        run = d.run(line)
        assert run.returncode == 0, (line, run.stdout, run.stderr)
        if "verify" in line:
            assert "verify: OK" in run.stdout
    assert d.messages() == len(demo) and d.data.stat().st_uid == user_id()
    assert clerk.get("/").status_code == 200  # the same cookie: the secret outlived the restart

    # upgrade to the next commit: archive, settings and users kept
    init = d.origin / "collector/__init__.py"
    init.write_text(re.sub(r'__version__ = "[^"]+"', '__version__ = "9.9.9-next"', init.read_text()))
    commit(d.origin, "the next commit")
    kept = {p: p.read_bytes() for p in [d.etc / "config.toml", password_file, d.etc / "dashboard/users.json",
                                          d.etc / "dashboard/secret"]}
    assert len(upgrade) == 1
    run = d.run(upgrade[0])
    assert run.returncode == 0, run.stdout + run.stderr
    version = d.run("sudo -u collector /opt/collector/.venv/bin/collector --version")
    assert "9.9.9-next" in version.stdout  # the service user runs the new code
    assert {p: p.read_bytes() for p in kept} == kept
    d.systemctl("restart", ["collector-dashboard"])
    assert "报送情况" in clerk.get("/").text
    assert d.poll_unit().returncode == 0 and d.messages() == len(demo)
    listed = d.run("sudo -u collector /opt/collector/.venv/bin/collector user list")
    assert listed.stdout.split() == ["clerk", "office"]


def assert_installed(d: Deployment) -> None:
    owner = lambda p: (p.stat().st_uid, p.stat().st_gid, oct(p.stat().st_mode & 0o7777))  # noqa: E731
    uid, gid = user_id(), group_id()
    assert owner(d.etc) == (0, gid, "0o750")
    assert owner(d.etc / "config.toml") == (0, gid, "0o640")
    assert owner(d.etc / "imap-password") == (uid, gid, "0o600")
    assert owner(d.data) == (uid, gid, "0o750")
    assert (d.etc / "imap-password").read_text().strip() == AUTH_CODE
    assert f'imap_user = "{MAILBOX}"' in (d.etc / "config.toml").read_text()
    assert (d.app / ".venv/pyvenv.cfg").read_text().count("home = /usr/bin") == 1
    units = [d.prefix / "etc/systemd/system" / n for n in
             ("collector-poll.service", "collector-poll.timer", "collector-dashboard.service")]
    if shutil.which("systemd-analyze"):
        checked = subprocess.run(["systemd-analyze", "verify", *map(str, units)], capture_output=True, text=True)
        assert checked.returncode == 0 and not checked.stderr.strip(), checked.stderr
    assert "OnCalendar=" in units[1].read_text()
    assert (d.prefix / "etc/cron.d/collector").exists() and (d.prefix / "etc/logrotate.d/collector").exists()


def assert_archive_private(d: Deployment) -> None:
    for path in [d.data, *d.data.rglob("*")]:
        mode = path.stat().st_mode & 0o777
        assert path.stat().st_uid == user_id(), path
        assert mode & 0o007 == 0, (path, oct(mode))  # nothing for other users
    assert (d.data / "collector.db").stat().st_mode & 0o777 == 0o640


def wait_until_locked(lock_path: Path, process: subprocess.Popen, timeout: float = 60) -> None:
    """Until the poll holds the run lock (read from /proc/locks: trying the lock could take it)."""
    inode = lock_path.stat().st_ino
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "the poll ended before it was seen holding the lock"
        held = [line.split() for line in Path("/proc/locks").read_text().splitlines()]
        if any(f[1] == "FLOCK" and f[5].split(":")[-1] == str(inode) for f in held if len(f) > 5):
            return
        time.sleep(0.02)
    raise AssertionError("the poll never took the lock")


def user_id() -> int:
    import pwd

    return pwd.getpwnam(USER).pw_uid


def group_id() -> int:
    import grp

    return grp.getgrnam(USER).gr_gid
