"""Who may create the archive (issue #17): `collector verify` (or any reading command)
pointed at a mistyped folder used to create an empty archive and say OK. Now only poll,
import and demo create one; every other command on a folder without an archive says
"no archive at PATH" in one line, exits 1 and creates nothing: no folder, no database,
no lock file. Reading commands never write an existing archive either.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import pytest

from collector import index, migrations
from collector.demo import generate_demo_mailbox

from test_durability import collector, env_for

NOT_CREATING = [
    ["status"], ["status", "--json"], ["messages"], ["review"], ["verify"], ["verify", "--export-head", "HEAD"],
    ["export", "status", "OUT.csv"], ["export", "files", "OUT.zip"], ["reindex"], ["upgrade"],
    ["assign", "abcdef123456", "县发改局"], ["ignore", "abcdef123456"], ["serve", "--port", "0"],
]


def env_with(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COLLECTOR_")}
    env["COLLECTOR_DATA_DIR"] = str(data_dir)
    return env


def tree(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
        for p in sorted(root.rglob("*"))
    }


def assert_no_archive_message(run, data_dir: Path) -> None:
    assert run.code == 1, (run.code, run.stdout, run.stderr[-2000:])
    assert "Traceback" not in run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and f"no archive at {data_dir}" in lines[0], run.stderr
    assert not re.search(r"OK", run.stdout), run.stdout


@pytest.mark.parametrize("args", NOT_CREATING, ids=lambda a: " ".join(a))
def test_a_command_on_a_mistyped_folder_says_so_and_creates_nothing(args, tmp_path):
    data_dir = tmp_path / "archiv"  # the mistyped path of a backup check
    args = [str(tmp_path / a) if a in ("HEAD", "OUT.csv", "OUT.zip") else a for a in args]
    run = collector(env_with(data_dir), *args, timeout=60)
    assert_no_archive_message(run, data_dir)
    assert not data_dir.exists()
    assert list(tmp_path.iterdir()) == [], "something was created"


def test_a_folder_without_a_database_or_with_an_empty_one_is_no_archive(tmp_path):
    data_dir = tmp_path / "archive"
    (data_dir / "raw").mkdir(parents=True)
    for prepare in (lambda: None, lambda: (data_dir / index.DB_NAME).write_bytes(b"")):
        prepare()
        before = tree(data_dir)
        for args in (["verify"], ["status"], ["export", "status", str(tmp_path / "s.csv")], ["reindex"]):
            assert_no_archive_message(collector(env_with(data_dir), *args, timeout=60), data_dir)
        assert tree(data_dir) == before


def test_import_and_poll_create_the_archive(tmp_path, fresh_mailbox):
    mail = generate_demo_mailbox()[0]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.eml").write_bytes(mail.raw)
    imported = tmp_path / "imported"
    assert collector(env_with(imported), "import", str(tmp_path / "in")).code == 0
    fresh_mailbox.append(mail.raw, internaldate=mail.received_at)
    polled = tmp_path / "polled" / "deeper"
    assert collector(env_for(fresh_mailbox, polled)).code == 0
    for data_dir in (imported, polled):
        assert migrations.read_version(data_dir) == migrations.latest_version()
        verify = collector(env_with(data_dir), "verify")
        assert verify.code == 0 and "verify: OK: 1 raw mails" in verify.stdout, verify.stdout + verify.stderr


def test_reading_commands_write_nothing(tmp_path):
    mails = tmp_path / "in"
    mails.mkdir()
    for i, mail in enumerate(generate_demo_mailbox()[36:39]):
        (mails / f"{i}.eml").write_bytes(mail.raw)
    data_dir = tmp_path / "archive"
    assert collector(env_with(data_dir), "import", str(mails)).code == 0
    db = index.connect(data_dir)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = {k: v for k, v in tree(data_dir).items() if not k.endswith(("-wal", "-shm"))}
    for args in (["status"], ["status", "--json"], ["messages", "--json"], ["review"], ["verify"]):
        assert collector(env_with(data_dir), *args).code == 0, args
    from collector.serve import build_datasette

    build_datasette(data_dir, users_file=tmp_path / "users.json", secret="x")
    after = {k: v for k, v in tree(data_dir).items() if not k.endswith(("-wal", "-shm"))}
    assert after == before
    wal = data_dir / f"{index.DB_NAME}-wal"
    assert not wal.exists() or wal.stat().st_size == 0, "a reading command wrote to the database"
