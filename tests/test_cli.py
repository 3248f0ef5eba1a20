"""The CLI commands that only wrap a library call: each does what it says and leaves its trace."""

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from collector.campaign import load_campaign
from collector.cli import cli
from collector.dashboard.auth import load_accounts
from collector.demo import generate_demo_mailbox

CAMPAIGNS = Path(__file__).resolve().parents[1] / "collector" / "campaigns"
NOTICE = str(CAMPAIGNS / "2023-05-05-5.15政务公开日通知.txt")
ROSTER = str(CAMPAIGNS / "jianchang-units.csv")


def invoke(*args, input=None):
    result = CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    for i, mail in enumerate(generate_demo_mailbox()[:6]):
        (root / f"{i}.eml").write_bytes(mail.raw)
    data_dir = root / "archive"
    invoke("--data-dir", str(data_dir), "import", str(root))
    return data_dir


def test_export_status_writes_chinese_xlsx_and_bom_csv_and_is_audited(archive, tmp_path):
    invoke("--data-dir", str(archive), "export", "status", str(tmp_path / "s.xlsx"))
    invoke("--data-dir", str(archive), "export", "status", str(tmp_path / "s.csv"))
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx").active
    assert "单位" in [c.value for c in sheet[1]]
    assert (tmp_path / "s.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    events = sqlite3.connect(archive / "collector.db").execute(
        "SELECT detail FROM audit_log WHERE event = 'exported'").fetchall()
    assert [json.loads(d)["what"] for (d,) in events][-2:] == ["status", "status"]


def test_user_add_stores_only_a_hash(tmp_path):
    users = tmp_path / "users.json"
    invoke("user", "add", "wang", "--role", "office", "--users-file", str(users), "--password", "s3cret-pass")
    assert "s3cret-pass" not in users.read_text()
    assert load_accounts(users, environ={})["wang"].role == "office"
    env = invoke("user", "add", "li", "--role", "auditor", "--env", "--password", "other-pass").output
    assert "COLLECTOR_ROLE_li=auditor" in env and "other-pass" not in env


def test_campaign_init_drafts_a_loadable_campaign(tmp_path):
    out = tmp_path / "draft.yaml"
    invoke("campaign", "init", "--from-notice", NOTICE, "--roster", ROSTER, "-o", str(out))
    drafted = load_campaign(out)
    assert {r.id for r in drafted.requirements} >= {"interview", "summary"}
    assert len(drafted.units) == len(load_campaign(None).units)
