"""A person's decision through the CLI: overrides the matcher, lands in the audit chain with
who and when, links the files into the unit's folder, and `collector verify` still holds."""

import json
import subprocess
import sys

import pytest

from collector.demo import generate_demo_mailbox


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("decide")
    mails = generate_demo_mailbox()
    outsider = next(m for m in mails if m.unit is None and m.expected_state != "ignored")
    eml = root / "outsider.eml"
    eml.write_bytes(outsider.raw)
    data_dir = root / "archive"
    run(data_dir, "import", str(eml))
    return data_dir


def run(data_dir, *args, check=True):
    result = subprocess.run(
        [sys.executable, "-m", "collector", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=300,
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_assign_overrides_review_and_is_audited(archive):
    queue = json.loads(run(archive, "review", "--json").stdout)
    assert len(queue) == 1
    sha = queue[0]["sha256"]
    run(archive, "assign", sha[:10], "县发改局", "-r", "summary", "--by", "王科员", "--note", "电话核实")
    message = next(m for m in json.loads(run(archive, "messages", "--json").stdout) if m["sha256"] == sha)
    assert (message["unit"], message["state"], message["requirements"]) == ("县发改局", "filed", ["summary"])
    assert json.loads(run(archive, "review", "--json").stdout) == []
    import sqlite3

    conn = sqlite3.connect(archive / "collector.db")
    event = conn.execute("SELECT actor, detail FROM audit_log WHERE event = 'reassigned'").fetchone()
    assert event[0] == "王科员" and "电话核实" in event[1]
    assert list((archive / "filed").glob("*/县发改局/summary/*")), "files linked into the unit's folder"
    assert run(archive, "verify").returncode == 0


def test_unknown_unit_or_message_is_a_clear_error(archive):
    bad_unit = run(archive, "assign", "0" * 12, "县发改局", check=False)
    assert bad_unit.returncode == 1 and "Traceback" not in bad_unit.stderr
    queue_sha = json.loads(run(archive, "messages", "--json").stdout)[0]["sha256"]
    bad = run(archive, "assign", queue_sha[:10], "不存在的单位", check=False)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
