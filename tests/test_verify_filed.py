"""`collector verify` covers filed/, the tree people open and copy out as evidence (issue 15.1):
a file there changed in place, replaced by another under the same name, deleted, added, or a
folder renamed is named by its filed/ path and the mail it belongs to; `verify --repair` puts
filed/ back from the content store (never the other way round) and records it in the chain."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from collector.demo import generate_demo_mailbox


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "collector", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=300,
    )


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("verify-filed")
    mails = [m for m in generate_demo_mailbox() if m.unit and m.expected_state == "filed"][:6]
    for n, mail in enumerate(mails):
        (root / f"{n}.eml").write_bytes(mail.raw)
    data_dir = root / "archive"
    result = run(data_dir, "import", *(str(root / f"{n}.eml") for n in range(len(mails))))
    assert result.returncode == 0, result.stderr
    return data_dir


@pytest.fixture
def archive(reference, tmp_path) -> Path:
    """A copy of the reference archive with its hard links kept (cp -a, not copytree)."""
    subprocess.run(["cp", "-a", str(reference), str(tmp_path / "archive")], check=True)
    data_dir = tmp_path / "archive"
    assert run(data_dir, "verify").returncode == 0
    return data_dir


def query(data_dir: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(data_dir / "collector.db")
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def an_attachment_in_filed(data_dir: Path) -> tuple[str, str, str, str]:
    """(filed/ path, its blob, sha256 of the mail, the mail's subject) of a filed attachment."""
    blobs = {path: (sha, subject) for path, sha, subject in query(
        data_dir, "SELECT a.path, m.sha256, m.subject FROM attachments a JOIN messages m ON a.message_sha256 = m.sha256"
        " WHERE a.path IS NOT NULL AND m.state = 'filed'")}
    for entry in sorted((data_dir / "filed").rglob("*")):
        if not entry.is_file() or entry.suffix == ".eml":
            continue
        for blob, (sha, subject) in blobs.items():
            if os.path.samefile(entry, data_dir / blob):
                return entry.relative_to(data_dir).as_posix(), blob, sha, subject
    raise AssertionError("no attachment linked into filed/")


def assert_names(output: str, path: str, sha: str) -> None:
    line = next((line for line in output.splitlines() if path in line), None)
    assert line is not None, f"{path} not named:\n{output}"
    assert sha[:12] in line, f"the mail is not named with {path}: {line}"


def assert_repaired(data_dir: Path, path: str, blob: str) -> None:
    result = run(data_dir, "verify", "--repair")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "repaired:" in result.stdout and path in result.stdout
    assert os.path.samefile(data_dir / path, data_dir / blob), "put back as a hard link of the stored file"
    events = query(data_dir, "SELECT detail FROM audit_log WHERE event = 'filed_tree_repaired'")
    assert any(path in detail for (detail,) in events), events
    after = run(data_dir, "verify")
    assert after.returncode == 0, after.stdout


def test_a_file_changed_in_place_is_named_by_its_filed_path_and_mail(archive):
    path, blob, sha, _ = an_attachment_in_filed(archive)
    with open(archive / path, "r+b") as fh:
        fh.write(b"doctored")
    result = run(archive, "verify")
    assert result.returncode == 1
    assert_names(result.stdout, path, sha)
    assert f"altered file: {blob}" in result.stdout
    blob_bytes = (archive / blob).read_bytes()
    repaired = run(archive, "verify", "--repair")
    assert repaired.returncode == 1 and "not repairable" in repaired.stdout, repaired.stdout
    assert (archive / blob).read_bytes() == blob_bytes, "the content store is never rewritten from filed/"


def test_a_replaced_file_is_found_and_put_back(archive):
    path, blob, sha, _ = an_attachment_in_filed(archive)
    (archive / path).unlink()
    (archive / path).write_bytes(b"%PDF-1.4 a doctored copy under the same name")
    result = run(archive, "verify")
    assert result.returncode == 1, result.stdout
    assert_names(result.stdout, path, sha)
    assert "replaced" in result.stdout
    assert_repaired(archive, path, blob)
    moved = list((archive / "quarantine").rglob(Path(path).name))
    assert [m.read_bytes() for m in moved] == [b"%PDF-1.4 a doctored copy under the same name"], "kept as evidence"


def test_a_deleted_file_is_found_and_put_back(archive):
    path, blob, sha, _ = an_attachment_in_filed(archive)
    (archive / path).unlink()
    result = run(archive, "verify")
    assert result.returncode == 1, result.stdout
    assert_names(result.stdout, path, sha)
    assert "missing from filed/" in result.stdout
    assert_repaired(archive, path, blob)


def test_a_deleted_raw_mail_copy_is_found_too(archive):
    raw_sha, raw_path = query(archive, "SELECT sha256, raw_path FROM messages WHERE state = 'filed' LIMIT 1")[0]
    copy = next(p for p in (archive / "filed").rglob("*.eml") if os.path.samefile(p, archive / raw_path))
    rel = copy.relative_to(archive).as_posix()
    copy.unlink()
    result = run(archive, "verify")
    assert result.returncode == 1
    assert_names(result.stdout, rel, raw_sha)
    assert_repaired(archive, rel, raw_path)


def test_an_extra_file_is_reported_and_moved_aside(archive):
    path, _, _, _ = an_attachment_in_filed(archive)
    extra = (archive / path).parent / "补充说明.docx"
    extra.write_bytes(b"not from any mail")
    rel = extra.relative_to(archive).as_posix()
    result = run(archive, "verify")
    assert result.returncode == 1
    assert f"unexplained entry in filed/: {rel}" in result.stdout
    repaired = run(archive, "verify", "--repair")
    assert repaired.returncode == 0, repaired.stdout
    assert not extra.exists() and len(list((archive / "quarantine").rglob("补充说明.docx"))) == 1
    assert run(archive, "verify").returncode == 0


def test_a_renamed_folder_is_reported_and_put_back(archive):
    path, blob, sha, _ = an_attachment_in_filed(archive)
    unit_dir = archive / Path(path).parents[1]  # filed/<campaign>/<unit>/<requirement>/<file>
    renamed = unit_dir.with_name(unit_dir.name + "（改）")
    unit_dir.rename(renamed)
    result = run(archive, "verify")
    assert result.returncode == 1
    assert_names(result.stdout, path, sha)
    assert "unexplained entry in filed/: " + renamed.relative_to(archive).as_posix() in result.stdout
    assert_repaired(archive, path, blob)
    assert not renamed.exists(), "the renamed folder's files were moved aside, the empty folder removed"


def test_an_archive_filed_before_filed_was_recorded_verifies(archive):
    """Mails filed by an earlier version have no record of their filed/ entries: they are
    recognised as hard links of the mail's own files, and --repair records them."""
    conn = sqlite3.connect(archive / "collector.db")
    with conn:
        conn.execute("DROP TABLE filed_links")
    conn.close()
    result = run(archive, "verify")
    assert result.returncode == 0, result.stdout
    path, _, _, _ = an_attachment_in_filed(archive)
    (archive / path).unlink()
    (archive / path).write_bytes(b"doctored")
    assert "unexplained entry in filed/: " + path in run(archive, "verify").stdout


def test_a_file_replaced_by_a_folder_is_put_back(archive):
    path, blob, sha, _ = an_attachment_in_filed(archive)
    (archive / path).unlink()
    (archive / path).mkdir()
    (archive / path / "inside.txt").write_bytes(b"x")
    result = run(archive, "verify")
    assert result.returncode == 1
    assert_names(result.stdout, path, sha)
    assert f"unexplained entry in filed/: {path}/inside.txt" in result.stdout
    assert_repaired(archive, path, blob)


def test_repair_waits_for_a_running_run_then_gives_up_in_one_line(archive):
    import fcntl

    fd = os.open(archive / ".collector.lock", os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    try:
        (archive / an_attachment_in_filed(archive)[0]).unlink()
        refused = run(archive, "verify", "--repair", "--wait", "1")
    finally:
        os.close(fd)
    assert refused.returncode == 75 and "Traceback" not in refused.stderr, refused.stderr
    assert refused.stderr.count("\n") == 1 and "waited 1 s" in refused.stderr
    assert not (archive / "quarantine").exists()
    assert run(archive, "verify", "--repair").returncode == 0



OTHER_FILESYSTEM = Path("/dev/shm")


@pytest.fixture
def another_filesystem(archive, tmp_path):
    """A folder on another filesystem (a tmpfs) than the archive: a hard link into it fails with EXDEV."""
    if not OTHER_FILESYSTEM.is_dir() or OTHER_FILESYSTEM.stat().st_dev == archive.stat().st_dev:
        pytest.skip("needs /dev/shm on another filesystem than the test's tmp dir")
    elsewhere = OTHER_FILESYSTEM / f"collector-test-{os.getpid()}-{tmp_path.name}"
    elsewhere.mkdir()
    yield elsewhere
    subprocess.run(["rm", "-rf", str(elsewhere)], check=True)


def test_repair_across_filesystems_copies_instead_of_linking(archive, another_filesystem):
    path, blob, _, _ = an_attachment_in_filed(archive)
    subprocess.run(["mv", str(archive / "filed"), str(another_filesystem / "filed")], check=True)
    (archive / "filed").symlink_to(another_filesystem / "filed")
    assert run(archive, "verify").returncode == 0, "copies across filesystems verify by their content"
    (archive / path).unlink()
    extra = (archive / path).parent / "补充说明.docx"
    extra.write_bytes(b"not from any mail")
    repaired = run(archive, "verify", "--repair")
    assert repaired.returncode == 0 and "Traceback" not in repaired.stderr, repaired.stdout + repaired.stderr
    assert f"put {path} back from {blob}" in repaired.stdout
    assert (archive / path).read_bytes() == (archive / blob).read_bytes()
    assert (archive / path).stat().st_dev != (archive / blob).stat().st_dev, "a copy on filed/'s filesystem"
    moved = [m.read_bytes() for m in (archive / "quarantine").rglob("补充说明.docx")]
    assert not extra.exists() and moved == [b"not from any mail"], "moved aside across filesystems too"
    assert run(archive, "verify").returncode == 0
