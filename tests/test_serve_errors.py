"""`python -m collector.serve DATA_DIR` (how the browser tests start the dashboard) meets
an archive it cannot serve as `collector serve` does: one line naming it, exit 1, no
traceback, nothing created or written."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from collector import index, migrations


def serve(data_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "collector.serve", str(data_dir), "--port", "0"],
                          capture_output=True, text=True, timeout=60)


def assert_one_line(run: subprocess.CompletedProcess, words: str) -> None:
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr and run.stderr.count("\n") == 1, run.stderr
    assert run.stderr.startswith("collector: ") and words in run.stderr, run.stderr


@pytest.fixture
def archive(tmp_path) -> Path:
    data_dir = tmp_path / "archive"
    index.connect(data_dir).close()
    return data_dir


def test_a_missing_archive_is_one_line(tmp_path):
    assert_one_line(serve(tmp_path / "nothing"), f"no archive at {tmp_path / 'nothing'}")
    assert not (tmp_path / "nothing").exists()


def test_a_database_newer_than_the_code_is_one_line(archive):
    conn = sqlite3.connect(archive / index.DB_NAME)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.close()
    assert_one_line(serve(archive), "newer than this collector")


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give the archive to another user")
def test_another_users_archive_is_one_line(archive):
    os.chown(archive, 65534, 65534)
    assert_one_line(serve(archive), "belongs to user nobody")
