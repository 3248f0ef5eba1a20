"""Evidence-grade archive (issue #6): nothing lost, nothing filed twice, tamper-evident.

Every test runs the real `python -m collector poll` as a subprocess against the
session's Dovecot and compares the archive it ends with against a poll of the
same mails that never failed (its own data dir): the same messages (sha256,
state, unit, requirements, attachment sha256s), the same locations, the same
files under filed/ (no "_2" copies from reruns), the same blobs and raw mails,
nothing left in tmp/, `PRAGMA integrity_check` ok and the audit chain intact.

Faults: a crash at every crash point of collector/faults.py (first and a later
visit), kill -9 at random moments, links cut or stalled by tests/faultproxy.py,
a UIDVALIDITY reset, five overlapping polls, a full disk (a small tmpfs).

Each poll runs in its own session (process group), so that processes it leaves
behind when it dies can be found, counted and killed by their group id.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import dataclasses
import os
import random
import re
import secrets
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from collector import faults, index, verify
from collector.demo import generate_demo_mailbox

from faultproxy import Fault, FaultProxy

CRASH_EXIT = faults.CRASH_EXIT_CODE
EXIT_ALREADY_RUNNING = 75
SMALL_BOX = 8
BIG_BOX = 40
LATER_VISIT = 5  # every crash point is reached at least this often in a poll of SMALL_BOX mails
DISK_FULL = r"disk (is )?full"  # what the one-line error must tell the operator


# ----- running the collector ---------------------------------------------------------


@dataclasses.dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float
    leftovers: int  # processes of the run still alive after its main process ended (killed)

    @property
    def new(self) -> int | None:
        found = re.search(r"(\d+) new \(", self.stdout)
        return int(found.group(1)) if found else None


def env_for(account, data_dir: Path, port: int | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COLLECTOR_")}
    env.update(
        COLLECTOR_IMAP_HOST=account.host,
        COLLECTOR_IMAP_PORT=str(port or account.port),
        COLLECTOR_IMAP_SECURITY="plain",
        COLLECTOR_IMAP_USER=account.user,
        COLLECTOR_IMAP_PASSWORD=account.password,
        COLLECTOR_DATA_DIR=str(data_dir),
        COLLECTOR_IMAP_TIMEOUT="20",
    )
    env.update(extra)
    return env


def _group_members(pgid: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry.name))
    return members


def reap_group(pgid: int, grace: float = 1.0) -> int:
    """Kill what is left of a run's process group (by its id) after a grace period in
    which workers should have died with their parent; how many were left."""
    deadline = time.monotonic() + grace
    while (left := _group_members(pgid)) and time.monotonic() < deadline:
        time.sleep(0.02)
    if left:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while _group_members(pgid) and time.monotonic() < deadline:
            time.sleep(0.05)
    return len(left)


class Poll:
    """One `collector poll` subprocess in its own process group."""

    def __init__(self, env: dict[str, str], *args: str) -> None:
        self.out = tempfile.TemporaryFile()
        self.err = tempfile.TemporaryFile()
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "collector", *(args or ("poll",))],
            env=env, stdout=self.out, stderr=self.err, start_new_session=True,
        )

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.proc.send_signal(signal.SIGKILL)  # the main process only, as kill -9 <pid> would

    def finish(self, timeout: float = 180, reap: bool = True) -> Run:
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            reap_group(self.proc.pid)
            raise AssertionError(f"collector did not finish within {timeout}s") from None
        seconds = time.monotonic() - self.started
        leftovers = reap_group(self.proc.pid) if reap else len(_group_members(self.proc.pid))
        return Run(code, _read(self.out), _read(self.err), seconds, leftovers)


def _read(fh) -> str:
    fh.seek(0)
    text = fh.read().decode("utf-8", "replace")
    fh.close()
    return text


def collector(env: dict[str, str], *args: str, timeout: float = 180) -> Run:
    return Poll(env, *args).finish(timeout)


def assert_clean_failure(run: Run, *patterns: str) -> None:
    """Exit 1 with one line on stderr, no Traceback; the line matches every regex pattern."""
    assert run.code == 1, (run.code, run.stderr[-3000:])
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr[-3000:]
    for pattern in patterns:
        assert re.search(pattern, lines[0]), lines[0]


# ----- comparing archives ----------------------------------------------------------------


def _files_under(root: Path) -> list[str]:
    if not root.is_dir():
        return []
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def archive_state(data_dir: Path) -> dict:
    """What must be equal between a run that failed and recovered and one that never failed."""
    conn = sqlite3.connect(f"file:{data_dir / index.DB_NAME}?mode=ro", uri=True)
    try:
        requirements = collections.defaultdict(list)
        for sha, requirement in conn.execute("SELECT message_sha256, requirement FROM submissions"):
            requirements[sha].append(requirement)
        attachments = collections.defaultdict(list)
        for sha, blob in conn.execute("SELECT message_sha256, sha256 FROM attachments"):
            attachments[sha].append(blob or "")
        messages = {
            sha: (state, unit, tuple(sorted(requirements[sha])), tuple(sorted(attachments[sha])))
            for sha, state, unit in conn.execute("SELECT sha256, state, unit FROM messages")
        }
        locations = conn.execute(
            "SELECT message_sha256, source, folder, uidvalidity, uid, origin FROM locations"
        ).fetchall()
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        status = conn.execute(
            "SELECT campaign, unit, requirement, state, late, completed_at, message_sha256s FROM status"
        ).fetchall()
        filed_events = collections.Counter(
            sha for (sha,) in conn.execute("SELECT message_sha256 FROM audit_log WHERE event = 'filed'")
        )
    finally:
        conn.close()
    return {
        "messages": messages,
        "locations": sorted(locations),
        "locations_unique": len(set(locations)) == len(locations),
        "filed_events": dict(filed_events),
        "status": sorted(status),
        "filed_tree": _files_under(data_dir / "filed"),
        "blobs": _files_under(data_dir / "files"),
        "raw": _files_under(data_dir / "raw"),
        "tmp": _files_under(data_dir / "tmp"),
        "integrity": integrity,
    }


def verify_in_process(data_dir: Path) -> verify.VerifyReport:
    db = index.connect(data_dir)
    try:
        return verify.verify_archive(db, data_dir)
    finally:
        db.close()


def differences(got: dict, want: dict) -> list[str]:
    """Readable differences (empty when the archive is as it should be)."""
    problems = []
    for key in ("messages", "locations", "filed_events", "filed_tree", "blobs", "raw", "status"):
        if got[key] != want[key]:
            if isinstance(got[key], dict):
                extra = sorted(set(got[key].items()) - set(want[key].items()))[:5]
                missing = sorted(set(want[key].items()) - set(got[key].items()))[:5]
            else:
                extra = sorted(set(got[key]) - set(want[key]))[:5] or [f"{len(got[key])} vs {len(want[key])} rows"]
                missing = sorted(set(want[key]) - set(got[key]))[:5]
            problems.append(f"{key}: extra {extra} missing {missing}")
    if not got["locations_unique"]:
        problems.append("duplicate locations rows")
    if got["tmp"]:
        problems.append(f"leftovers in tmp/: {got['tmp'][:5]}")
    if got["integrity"] != ["ok"]:
        problems.append(f"integrity_check: {got['integrity'][:5]}")
    if any(count != 1 for count in got["filed_events"].values()):
        problems.append(f"a mail filed more than once in the audit log: {got['filed_events']}")
    return problems


def assert_same_archive(data_dir: Path, reference: dict, label: str = "") -> None:
    got = archive_state(data_dir)
    problems = differences(got, reference)
    report = verify_in_process(data_dir)
    if not report.ok:
        problems.append(f"verify: {report.problems[:5]} {report.summary()}")
    assert not problems, f"{label}: " + "; ".join(problems)


# ----- mailboxes ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_mails():
    return generate_demo_mailbox()


def new_account(dovecot_server):
    return dovecot_server.account(f"dur{secrets.token_hex(5)}@163.com", secrets.token_urlsafe(12))


def spread(mails: list, count: int) -> list:
    """`count` mails spread over the demo mailbox (different units, clients, attachments)."""
    step = max(len(mails) // count, 1)
    return [mails[i * step] for i in range(count)]


def fill(account, mails) -> None:
    for mail in mails:
        account.append(mail.raw, internaldate=mail.received_at)


def reference_run(account, tmp_path_factory, name: str) -> tuple[Path, dict]:
    data_dir = tmp_path_factory.mktemp(name) / "archive"
    run = collector(env_for(account, data_dir))
    assert run.code == 0, run.stderr[-3000:]
    state = archive_state(data_dir)
    assert not differences(state, state), differences(state, state)
    assert verify_in_process(data_dir).ok
    return data_dir, state


@pytest.fixture(scope="module")
def small_box(dovecot_server, demo_mails):
    account = new_account(dovecot_server)
    fill(account, spread(demo_mails, SMALL_BOX))
    return account


@pytest.fixture(scope="module")
def small_reference(small_box, tmp_path_factory):
    data_dir, state = reference_run(small_box, tmp_path_factory, "small-reference")
    assert len(state["messages"]) == SMALL_BOX
    assert sum(1 for m in state["messages"].values() if m[0] == "filed") >= SMALL_BOX // 2
    assert len(state["filed_tree"]) >= SMALL_BOX
    return state


# ----- 1. a crash at every durable step ---------------------------------------------------------


def crash_then_recover(account, data_dir: Path, point: str, visit: int) -> tuple[Run, list[Run]]:
    crashed = collector(env_for(account, data_dir, COLLECTOR_CRASH_AT=f"{point}#{visit}"))
    reruns = []
    for _ in range(3):
        reruns.append(collector(env_for(account, data_dir)))
        if reruns[-1].code == 0:
            break
    return crashed, reruns


@pytest.mark.slow
def test_a_crash_at_every_durable_step_loses_and_doubles_nothing(small_box, small_reference, tmp_path):
    scenarios = [(point, visit) for point in faults.POINTS for visit in (1, LATER_VISIT)]

    def scenario(point_visit):
        point, visit = point_visit
        data_dir = tmp_path / f"{point}-{visit}" / "archive"
        crashed, reruns = crash_then_recover(small_box, data_dir, point, visit)
        problems = []
        if crashed.code != CRASH_EXIT:
            problems.append(f"crash point never reached or run failed (exit {crashed.code}): {crashed.stderr[-500:]}")
        if reruns[-1].code != 0:
            problems.append(f"rerun failed (exit {reruns[-1].code}): {reruns[-1].stderr[-500:]}")
        else:
            got = archive_state(data_dir)
            problems += differences(got, small_reference)
            report = verify_in_process(data_dir)
            if not report.ok:
                problems.append(f"verify: {report.problems[:3]}")
        return point_visit, 1 + len(reruns), crashed.leftovers, problems

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(scenario, scenarios))

    runs = sum(r[1] for r in results)
    print(f"\ncrash points: {len(faults.POINTS)} x visits (1, {LATER_VISIT}) = {len(scenarios)} crashes, "
          f"{runs} collector runs, {sum(r[2] for r in results)} leftover worker processes killed")
    failures = {f"{p}#{v}": problems for (p, v), _, _, problems in results if problems}
    assert not failures, failures


def test_a_crashed_poll_leaves_no_process_holding_the_lock(small_box, tmp_path):
    """kill -9 / OOM of the main process must free the data dir for the next cron run.

    The lock is an flock on a descriptor; worker processes forked from the main
    process share it, so they must die with it.
    """
    data_dir = tmp_path / "archive"
    crash = Poll(env_for(small_box, data_dir, COLLECTOR_CRASH_AT="ingest.committed#2"))
    crashed = crash.finish(reap=False)
    try:
        assert crashed.code == CRASH_EXIT, crashed.stderr[-2000:]
        time.sleep(0.5)
        survivors = _group_members(crash.proc.pid)
        rerun = collector(env_for(small_box, data_dir), timeout=120)
        assert (rerun.code, survivors) == (0, []), (
            f"{len(survivors)} process(es) of the crashed poll still alive; "
            f"the next poll: exit {rerun.code}: {rerun.stderr.strip()}"
        )
    finally:
        reap_group(crash.proc.pid)


# ----- 2. kill -9 at random moments ---------------------------------------------------------------


@pytest.fixture(scope="module")
def big_box(dovecot_server, demo_mails):
    account = new_account(dovecot_server)
    fill(account, spread(demo_mails, BIG_BOX))
    return account


def _count_messages(data_dir: Path) -> int:
    if not (data_dir / index.DB_NAME).exists():
        return 0
    conn = sqlite3.connect(f"file:{data_dir / index.DB_NAME}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    except sqlite3.OperationalError:  # killed before the tables were made
        return 0
    finally:
        conn.close()


@pytest.mark.slow
def test_kill_9_at_random_moments_loses_and_doubles_nothing(big_box, tmp_path_factory, tmp_path):
    started = time.monotonic()
    reference_dir, reference = reference_run(big_box, tmp_path_factory, "big-reference")
    full_poll = time.monotonic() - started
    assert len(reference["messages"]) == BIG_BOX
    rng = random.Random(6)
    data_dir = tmp_path / "archive"
    kills, leftovers, rounds = 0, 0, 0
    filed_after_kill: list[int] = []
    for rounds in range(1, 9):
        # somewhere in the poll's own work (the first ~0.3 s are interpreter start-up), scaled
        # to what is left: each round resumes where the last was killed, so a fixed share of
        # the full poll could outlast the work left and end the test with too few kills
        left = max(0.35, 1 - _count_messages(data_dir) / BIG_BOX)
        poll = Poll(env_for(big_box, data_dir))
        time.sleep(rng.uniform(0.3, 0.6) * full_poll * left)
        poll.kill()
        run = poll.finish()
        leftovers += run.leftovers
        if run.code == 0:
            break
        assert run.code == -signal.SIGKILL, (run.code, run.stderr[-2000:])
        kills += 1
        filed_after_kill.append(_count_messages(data_dir))
    final = collector(env_for(big_box, data_dir))
    assert final.code == 0, final.stderr[-3000:]
    print(f"\nkill -9: {kills} kills in {rounds} rounds (a full poll takes {full_poll:.1f}s; mails filed "
          f"after each kill: {filed_after_kill}), "
          f"{leftovers} leftover worker processes killed")
    assert kills >= 3
    assert any(0 < n < BIG_BOX for n in filed_after_kill), filed_after_kill  # some kills hit mid-filing
    assert_same_archive(data_dir, reference, "after kill -9")
    assert collector(env_for(big_box, data_dir), "verify").code == 0


def test_a_crash_before_the_status_refresh_is_recovered(dovecot_server, demo_mails, tmp_path_factory, tmp_path):
    """The status table (who has submitted what) is derived at the end of a poll. A poll
    killed after filing a new mail and saving its position, but before the refresh,
    leaves it stale: the next poll, finding nothing new, must still bring it up to date."""
    account = new_account(dovecot_server)
    mails = spread(demo_mails, 5)
    fill(account, mails[:4])
    data_dir = tmp_path / "archive"
    assert collector(env_for(account, data_dir)).code == 0
    fill(account, mails[4:])
    crashed = collector(env_for(account, data_dir, COLLECTOR_CRASH_AT="poll.position_saved#1"))
    assert crashed.code == CRASH_EXIT, crashed.stderr[-2000:]
    rerun = collector(env_for(account, data_dir))
    assert rerun.code == 0, rerun.stderr[-2000:]
    _, reference = reference_run(account, tmp_path_factory, "status-reference")
    got = archive_state(data_dir)
    assert got["messages"] == reference["messages"]
    stale = sorted(set(got["status"]) ^ set(reference["status"]))
    assert not stale, f"status table not refreshed after the crash: {stale[:4]}"


# ----- 3. dropped and stalled connections ------------------------------------------------------------

PROXY_FAULTS = [
    Fault("cut", None, 0),  # before the greeting
    Fault("cut", None, 12),  # in the middle of the greeting
    Fault("cut", b"ready.\r\n", 150),  # in the middle of the LOGIN response
    Fault("stall", b"Logged in", 0),  # after LOGIN: ID / EXAMINE hang
    Fault("cut", b"[UIDVALIDITY ", 3),  # during EXAMINE
    Fault("cut", b"* SEARCH", 2),  # while listing new mail
    Fault("stall", b"* SEARCH", 2),
    Fault("cut", b"RFC822.SIZE ", 1),  # while reading sizes
    Fault("cut", b"BODY[] {", 2000),  # in the middle of the first FETCH
    Fault("cut", b"X-Durability-Big: ", 600_000),  # in the middle of a big message
    Fault("stall", b"X-Durability-Big: ", 1_200_000),
]


def big_mail(demo_mail) -> bytes:
    """A demo mail made big (about 2 MB more, in its own part) with a marker header."""
    filler = os.urandom(1536 * 1024)
    import base64

    body = base64.encodebytes(filler).replace(b"\n", b"\r\n")
    boundary = b"durability-big-" + secrets.token_hex(6).encode()
    head, _, rest = demo_mail.raw.partition(b"\r\n\r\n")
    return (
        b"X-Durability-Big: yes\r\n" + b"\r\n".join(
            line for line in head.split(b"\r\n")
            if not line.lower().startswith((b"content-type", b"mime-version", b"content-transfer-encoding"))
            and not line.startswith((b" ", b"\t"))
        )
        + b"\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"" + boundary + b"\"\r\n\r\n"
        + b"--" + boundary + b"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + "大附件测试\r\n".encode() + b"--" + boundary
        + b"\r\nContent-Type: application/octet-stream; name=\"big.bin\"\r\n"
        + b"Content-Disposition: attachment; filename=\"big.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + body + b"--" + boundary + b"--\r\n"
    )


@pytest.mark.slow
def test_dropped_and_stalled_connections_cost_only_a_retry(dovecot_server, demo_mails, tmp_path_factory, tmp_path):
    account = new_account(dovecot_server)
    mails = spread(demo_mails, 6)
    fill(account, mails)
    account.append(big_mail(demo_mails[-1]), internaldate=demo_mails[-1].received_at)
    _, reference = reference_run(account, tmp_path_factory, "proxy-reference")
    data_dir = tmp_path / "archive"
    outcomes = collections.Counter()
    with FaultProxy(account.host, account.port) as proxy:
        env = env_for(account, data_dir, port=proxy.port, COLLECTOR_IMAP_TIMEOUT="2",
                      COLLECTOR_IMAP_BATCH_BYTES="400000")
        problems = []
        for fault in PROXY_FAULTS:
            fired_before = proxy.faults_fired
            proxy.clear()
            proxy.plan(fault)
            run = collector(env, timeout=60)
            proxy.drop_stalled()
            fired = proxy.faults_fired > fired_before
            label = f"{fault.kind} {fault.after}+{fault.offset}: exit {run.code} fired={fired} conns={proxy.connections}"
            print(f"{label}: {run.stderr.strip()[-300:]}")
            lines = run.stderr.strip().splitlines()
            if "Traceback" in run.stderr:
                problems.append(f"{label}: Traceback ... {lines[-1] if lines else ''}")
            elif run.code not in (0, 1) or (run.code == 1 and len(lines) != 1):
                problems.append(f"{label}: {run.stderr.strip()[-300:]}")
            elif not fired and run.code != 0:
                problems.append(f"{label}: failed without a fault")
            outcomes["failed cleanly" if run.code else "succeeded"] += 1
        proxy.clear()
        final = collector(env, timeout=60)
        assert final.code == 0, final.stderr[-3000:]
    assert not problems, problems
    print(f"\nproxy faults: {len(PROXY_FAULTS)} ({dict(outcomes)}), then a clean poll")
    assert outcomes["failed cleanly"] >= len(PROXY_FAULTS) - 2
    assert_same_archive(data_dir, reference, "after dropped connections")


def test_mails_fetched_before_a_dropped_link_are_filed(dovecot_server, demo_mails, tmp_path):
    """A link that always drops during one big mail must not stop the mails before it.

    Small FETCH batches: the first two batches arrive whole, the link drops in
    the middle of the third (the big mail). Those six mails were fetched and
    stored; they must be filed and the position advanced, so the next poll
    starts at the big mail instead of fetching everything again.
    """
    account = new_account(dovecot_server)
    fill(account, spread(demo_mails, 6))
    account.append(big_mail(demo_mails[-1]), internaldate=demo_mails[-1].received_at)
    data_dir = tmp_path / "archive"
    with FaultProxy(account.host, account.port) as proxy:
        proxy.plan(Fault("cut", b"X-Durability-Big: ", 600_000))
        env = env_for(account, data_dir, port=proxy.port, COLLECTOR_IMAP_TIMEOUT="2",
                      COLLECTOR_IMAP_BATCH_BYTES="400000")
        run = collector(env, timeout=60)
    assert proxy.faults_fired == 1
    assert_clean_failure(run, "lost after")
    archived = archive_state(data_dir)["messages"] if (data_dir / index.DB_NAME).exists() else {}
    assert len(archived) == 6, f"{len(archived)} of the 6 mails fetched before the drop were filed: {run.stderr.strip()}"


# ----- 4. UIDVALIDITY reset, mail deleted on the server ----------------------------------------------


@pytest.mark.slow
def test_uidvalidity_reset_refiles_nothing_and_deleted_mail_stays(dovecot_server, demo_mails, tmp_path_factory, tmp_path):
    account = new_account(dovecot_server)
    first, late = spread(demo_mails, 5)[:4], demo_mails[-2]
    fill(account, first)
    data_dir = tmp_path / "archive"
    assert collector(env_for(account, data_dir)).code == 0
    before = archive_state(data_dir)
    assert len(before["messages"]) == 4

    old = account.uidvalidity()
    new = account.reset_uidvalidity()
    assert new != old
    account.append(late.raw, internaldate=late.received_at)
    run = collector(env_for(account, data_dir))
    assert run.code == 0, run.stderr[-3000:]
    assert "0 already archived" not in run.stdout and run.new == 1, run.stdout

    _, reference = reference_run(account, tmp_path_factory, "uidvalidity-reference")
    after = archive_state(data_dir)
    assert set(after["messages"]) == set(reference["messages"])
    assert len(after["messages"]) == 5
    assert after["messages"] == reference["messages"]
    assert after["filed_tree"] == reference["filed_tree"], "files filed twice after the UIDVALIDITY reset"
    assert after["blobs"] == reference["blobs"] and after["raw"] == reference["raw"]
    assert all(count == 1 for count in after["filed_events"].values())
    assert after["locations_unique"]
    conn = sqlite3.connect(data_dir / index.DB_NAME)
    events = conn.execute("SELECT detail FROM audit_log WHERE event = 'uidvalidity_changed'").fetchall()
    assert len(events) == 1 and str(old) in events[0][0] and str(new) in events[0][0]
    (last_validity,) = conn.execute("SELECT uidvalidity FROM sync_state").fetchone()
    assert last_validity == new
    conn.close()

    # deleted on the server after filing: stays in the archive
    with account.client() as imap:
        imap.select_folder("INBOX", readonly=True)
        uid = imap.search("ALL")[0]
        gone = imap.fetch([uid], [b"BODY.PEEK[]"])[uid][b"BODY[]"]
    account.delete([uid])
    assert collector(env_for(account, data_dir)).code == 0
    kept = archive_state(data_dir)
    import hashlib

    digest = hashlib.sha256(gone).hexdigest()
    assert digest in kept["messages"]
    assert kept["messages"] == after["messages"] and kept["filed_tree"] == after["filed_tree"]
    assert (data_dir / "raw" / digest[:2] / f"{digest}.eml").read_bytes() == gone
    assert collector(env_for(account, data_dir), "verify").code == 0


# ----- 5. overlapping polls ------------------------------------------------------------------------------


def test_overlapping_polls_do_the_work_once(small_box, small_reference, tmp_path):
    data_dir = tmp_path / "archive"
    polls = [Poll(env_for(small_box, data_dir)) for _ in range(5)]
    ended: dict[int, float] = {}
    deadline = time.monotonic() + 180
    while len(ended) < len(polls) and time.monotonic() < deadline:
        for number, poll in enumerate(polls):
            if number not in ended and poll.proc.poll() is not None:
                ended[number] = time.monotonic() - poll.started
        time.sleep(0.02)
    runs = [poll.finish() for poll in polls]
    for number, run in enumerate(runs):
        run.seconds = ended.get(number, run.seconds)
    codes = collections.Counter(run.code for run in runs)
    workers = [run for run in runs if run.code == 0 and run.new]
    idle = [run for run in runs if run.code == 0 and not run.new]
    refused = [run for run in runs if run.code == EXIT_ALREADY_RUNNING]
    print(f"\noverlapping polls: exit codes {dict(codes)}")
    assert len(workers) == 1, [(r.code, r.stdout, r.stderr[-300:]) for r in runs]
    assert len(refused) + len(idle) == 4 and len(refused) >= 3, dict(codes)
    for run in refused:
        assert "another collector run" in run.stderr and "Traceback" not in run.stderr
        assert run.seconds < workers[0].seconds, "a refused poll must exit at once, not wait for the lock"
    conn = sqlite3.connect(data_dir / index.DB_NAME)
    (finished_runs,) = conn.execute("SELECT count(*) FROM runs").fetchone()
    conn.close()
    assert finished_runs == len(workers) + len(idle), "a refused poll wrote to the database"
    assert_same_archive(data_dir, small_reference, "after overlapping polls")


# ----- 6. a full disk ------------------------------------------------------------------------------------------


@contextlib.contextmanager
def small_filesystem(path: Path, size: int):
    path.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        yield None
        return
    try:
        yield lambda new_size: subprocess.run(
            ["mount", "-o", f"remount,size={new_size}", str(path)], check=True, capture_output=True
        )
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def _tree_bytes(root: Path) -> int:
    """Bytes of the files under root, each inode once (filed/ holds hard links)."""
    inodes = {}
    for path in root.rglob("*"):
        if path.is_file():
            stat = path.stat()
            inodes[stat.st_ino] = stat.st_blocks * 512
    return sum(inodes.values())


@pytest.mark.slow
def test_a_full_disk_stops_cleanly_and_the_next_poll_completes(small_box, small_reference, tmp_path, tmp_path_factory):
    reference_dir, _ = reference_run(small_box, tmp_path_factory, "disk-reference")
    needed = _tree_bytes(reference_dir)
    mail_bytes = _tree_bytes(reference_dir / "raw") + _tree_bytes(reference_dir / "files")
    mount_point = tmp_path / "disk"
    data_dir = mount_point / "archive"
    # everything but a quarter of the mails (the database and its WAL need their room while writing)
    with small_filesystem(mount_point, needed - mail_bytes // 4) as grow:
        if grow is None:  # no mount here: inject ENOSPC instead
            full = collector(env_for(small_box, data_dir, COLLECTOR_ENOSPC_AFTER="12"))
        else:
            full = collector(env_for(small_box, data_dir))
        assert_clean_failure(full, DISK_FULL)
        partial = archive_state(data_dir) if (data_dir / index.DB_NAME).exists() else {"messages": {}}
        # (how many get filed first depends on the in-flight window: raw mails are stored ahead of filing)
        assert len(partial["messages"]) < SMALL_BOX, "the disk was never full"
        if grow is not None:
            grow(needed * 4)
        again = collector(env_for(small_box, data_dir))
        assert again.code == 0, again.stderr[-3000:]
        print(f"\nfull disk ({'tmpfs' if grow else 'injected ENOSPC'}): stopped after "
              f"{len(partial['messages'])} of {SMALL_BOX} mails; the next poll filed the rest")
        assert_same_archive(data_dir, small_reference, "after a full disk")
        assert collector(env_for(small_box, data_dir), "verify").code == 0


def test_a_poll_starting_on_a_full_disk_fails_cleanly(small_box, small_reference, tmp_path):
    """The disk filled up between two cron runs (logs, another program): the next poll
    must say so in one line, not end in a Traceback, and resume once there is space."""
    mount_point = tmp_path / "disk"
    data_dir = mount_point / "archive"
    with small_filesystem(mount_point, 64 * 1024 * 1024) as grow:
        if grow is None:
            pytest.skip("cannot mount a tmpfs here")
        first = collector(env_for(small_box, data_dir))
        assert first.code == 0, first.stderr[-3000:]
        filler = mount_point / "filler"
        with filler.open("wb") as fh, contextlib.suppress(OSError):
            while True:
                fh.write(bytes(1024 * 1024))
        full = collector(env_for(small_box, data_dir))
        filler.unlink()
        again = collector(env_for(small_box, data_dir))
        assert_clean_failure(full, DISK_FULL)
        assert again.code == 0, again.stderr[-3000:]
        assert_same_archive(data_dir, small_reference, "after a poll on a full disk")


# ----- 7. tamper evidence ----------------------------------------------------------------------------------


def _sql(data_dir: Path, statement: str) -> None:
    conn = sqlite3.connect(data_dir / index.DB_NAME)
    with conn:
        conn.execute(statement)
    conn.close()


def _first(data_dir: Path, query: str):
    conn = sqlite3.connect(data_dir / index.DB_NAME)
    try:
        return conn.execute(query).fetchone()[0]
    finally:
        conn.close()


def _flip_a_raw_byte(d: Path) -> None:
    path = d / _first(d, "SELECT raw_path FROM messages ORDER BY sha256 LIMIT 1")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


TAMPERING = {
    "raw mail altered": _flip_a_raw_byte,
    "attachment removed": lambda d: (d / _first(d, "SELECT path FROM attachments WHERE path IS NOT NULL LIMIT 1")).unlink(),
    "audit event edited": lambda d: _sql(d, "UPDATE audit_log SET detail = replace(detail, 'filed', 'ignored') WHERE seq = "
                                              "(SELECT min(seq) FROM audit_log WHERE detail LIKE '%filed%')"),
    "audit event deleted": lambda d: _sql(d, "DELETE FROM audit_log WHERE seq = 2"),
    "mail moved to another unit in the database": lambda d: _sql(
        d, "UPDATE messages SET unit = '县公安局' WHERE sha256 = (SELECT sha256 FROM messages WHERE state = 'filed' "
           "ORDER BY sha256 LIMIT 1)"),
    "receipt time moved before the deadline": lambda d: _sql(
        d, "UPDATE messages SET received_at = '2023-05-10T09:00:00+08:00' WHERE sha256 = "
           "(SELECT sha256 FROM messages ORDER BY sha256 LIMIT 1)"),
}


@pytest.fixture(scope="module")
def small_reference_dir(small_box, tmp_path_factory):
    data_dir, _ = reference_run(small_box, tmp_path_factory, "tamper-reference")
    return data_dir


@pytest.mark.parametrize("how", list(TAMPERING))
def test_tampering_with_the_archive_is_detected(small_box, small_reference_dir, tmp_path, how):
    data_dir = tmp_path / "archive"
    shutil.copytree(small_reference_dir, data_dir)
    assert verify_in_process(data_dir).ok
    TAMPERING[how](data_dir)
    report = verify_in_process(data_dir)
    assert not report.ok, f"{how}: verify still says {report.summary()}"
    if how == "raw mail altered":
        run = collector(env_for(small_box, data_dir), "verify")
        assert run.code == 1 and "altered raw mail" in run.stdout, (run.code, run.stdout[-500:])


def test_an_import_on_a_full_disk_fails_cleanly(demo_mails, tmp_path):
    """`collector import` (back-filling from .eml files) on a full disk: one line, no Traceback;
    after space is freed the same import files every mail once."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    mails = spread(demo_mails, 4)
    for number, mail in enumerate(mails):
        (inbox / f"{number}.eml").write_bytes(mail.raw)
    mount_point = tmp_path / "disk"
    data_dir = mount_point / "archive"
    env = {k: v for k, v in os.environ.items() if not k.startswith("COLLECTOR_")}
    env["COLLECTOR_DATA_DIR"] = str(data_dir)
    with small_filesystem(mount_point, 64 * 1024 * 1024) as grow:
        if grow is None:
            pytest.skip("cannot mount a tmpfs here")
        filler = mount_point / "filler"
        with filler.open("wb") as fh, contextlib.suppress(OSError):
            while True:
                fh.write(bytes(1024 * 1024))
        full = collector(env, "import", str(inbox))
        filler.unlink()
        again = collector(env, "import", str(inbox))
        assert_clean_failure(full, DISK_FULL)
        assert again.code == 0, again.stderr[-2000:]
        state = archive_state(data_dir)
        assert len(state["messages"]) == len(mails) and all(n == 1 for n in state["filed_events"].values())
