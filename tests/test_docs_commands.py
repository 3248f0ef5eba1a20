"""Commands the docs tell a person to type, run exactly as written (with the
archive pointed at a temporary folder through COLLECTOR_DATA_DIR)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from collector.demo import generate_demo_mailbox

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def shell_block(doc: Path, after: str) -> list[str]:
    """The command lines of the first ```sh block after the heading ``after``."""
    text = doc.read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", text[text.index(after):], re.S).group(1)
    return [line for line in block.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@pytest.fixture
def archive_env(tmp_path) -> dict[str, str]:
    mail = tmp_path / "one.eml"
    mail.write_bytes(generate_demo_mailbox()[0].raw)
    env = {**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}", "COLLECTOR_DATA_DIR": str(tmp_path / "archive")}
    subprocess.run(["collector", "import", str(mail)], env=env, check=True, capture_output=True)
    return env


def test_roster_commands_in_the_campaign_format_doc(archive_env):
    lines = shell_block(ROOT / "docs" / "campaign-format.md", "## The standing roster")
    assert len(lines) == 8
    for line in lines:
        run = subprocess.run(line, shell=True, env=archive_env, capture_output=True, text=True, cwd=ROOT)
        assert run.returncode == 0, (line, run.stdout, run.stderr)
    listed = subprocess.run(["collector", "roster", "list", "--json"], env=archive_env, capture_output=True,
                            text=True, check=True).stdout
    units = {u["name"]: u for u in json.loads(listed)}
    assert "县财政事务局" in units and "县财政局" not in units
    assert "县大数据中心" not in units and "县大数据中心" in units["县数据局"]["aliases"]
    assert not units["县发改局"]["addresses"]


def test_the_readme_way_to_a_new_campaign(archive_env, tmp_path):
    """README: `collector campaign init --from-notice NOTICE.docx -o draft.yaml`, then
    `collector campaign add draft.yaml`, typed in a folder holding the notice."""
    import docx

    from collector.demo.selfcheck import NOTICE

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"`(collector campaign (?:init|add) [^`]+)`", readme.replace("\n", " "))
    assert commands[:2] == ["collector campaign init --from-notice NOTICE.docx -o draft.yaml",
                            "collector campaign add draft.yaml"]
    notice = docx.Document()
    for line in NOTICE.read_text(encoding="utf-8").splitlines():
        notice.add_paragraph(line)
    notice.save(tmp_path / "NOTICE.docx")
    for line in commands[:2]:
        run = subprocess.run(line, shell=True, env=archive_env, capture_output=True, text=True, cwd=tmp_path)
        assert run.returncode == 0, (line, run.stdout, run.stderr)
    listed = json.loads(subprocess.run(["collector", "campaign", "list", "--json"], env=archive_env,
                                       capture_output=True, text=True, check=True).stdout)
    assert [c["title"] for c in listed] == ["第十七届“5·15政务公开日”活动材料报送", "政务公开工作自查整改"]


def test_make_lint_as_the_readme_says():
    """README: `make lint` (which `make test` runs first) passes on the tree as committed."""
    assert "`make lint`" in (ROOT / "README.md").read_text(encoding="utf-8")
    run = subprocess.run(["make", "lint"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
