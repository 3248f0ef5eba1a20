"""The notice drafter on notices of the team's own writing (tests/fixtures/notices/), each
checked field by field against an expected file written by hand from reading the notice:
collecting address, title, number of requirements, each deadline, each requirement's units."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import pytest
import yaml

from collector.drafting import draft_campaign, read_notice
from collector.roster import builtin_roster

NOTICES = Path(__file__).parent / "fixtures" / "notices"
CASES = sorted(NOTICES.glob("*.expected.yaml"))
sys.path.insert(0, str(NOTICES))
import build  # noqa: E402  (tests/fixtures/notices/build.py: .src -> .docx / .pdf)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The Word and PDF notices, made from their sources once per run."""
    out = tmp_path_factory.mktemp("notices")
    files = {}
    for case in CASES:
        exp = yaml.safe_load(case.read_text(encoding="utf-8"))
        if "source" in exp:
            src = NOTICES / exp["source"]
            files[case.name] = build.build_pdf(src, out) if exp["as"] == "pdf" else build.build_docx(
                src, out / (src.stem + ".docx"))
    return files


def notice_path(case: Path, built: dict) -> Path:
    exp = yaml.safe_load(case.read_text(encoding="utf-8"))
    return built[case.name] if "source" in exp else (NOTICES / exp["notice"]).resolve()


def unit_set(value, roster) -> set[str]:
    """[names] or {kinds: [...], names: [...]} (the units of those kinds plus those names)."""
    if isinstance(value, dict):
        return set(roster.names(value.get("kinds") or [])) | set(value.get("names") or [])
    return set(value or [])


def _plain(s: str) -> str:
    return re.sub(r"[\s“”\"'《》]", "", s or "")


def compare(draft, expected: dict, roster) -> dict[str, bool]:
    """field -> right? for one notice."""
    result = {
        "address": set(draft.addresses) == set(expected["address"]),
        "title": _plain(draft.title) == _plain(expected["title"]),
        "count": len(draft.requirements) == len(expected["requirements"]),
    }
    for i, want in enumerate(expected["requirements"]):
        got = draft.requirements[i] if i < len(draft.requirements) else None
        due = want["due"] if isinstance(want["due"], dt.datetime) else dt.datetime.fromisoformat(str(want["due"]))
        result[f"due[{i}]"] = bool(got) and got.due.replace(tzinfo=None) == due
        result[f"units[{i}]"] = bool(got) and set(got.units) == unit_set(want["units"], roster)
    return result


def draft_of(case: Path, built: dict):
    return draft_campaign(read_notice(notice_path(case, built)), builtin_roster())


@pytest.mark.parametrize("case", CASES, ids=[c.name.split(".")[0] for c in CASES])
def test_notice_drafts_right_field_by_field(case, built):
    expected = yaml.safe_load(case.read_text(encoding="utf-8"))
    draft = draft_of(case, built)
    result = compare(draft, expected, builtin_roster())
    wrong = [f for f, ok in result.items() if not ok]
    assert not wrong, f"{case.name}: wrong {wrong}\n{draft.to_yaml()}"


def test_per_field_score(built, capsys):
    """Prints the per-field accuracy over the whole notice set (pytest -s to see it)."""
    totals: dict[str, list[int]] = {}
    for case in CASES:
        expected = yaml.safe_load(case.read_text(encoding="utf-8"))
        for field, ok in compare(draft_of(case, built), expected, builtin_roster()).items():
            key = re.sub(r"\[\d+\]", "", field)
            totals.setdefault(key, [0, 0])
            totals[key][0] += ok
            totals[key][1] += 1
    with capsys.disabled():
        print(f"\nnotice drafting, {len(CASES)} notices:")
        for key, (ok, n) in totals.items():
            print(f"  {key:8} {ok}/{n}")
    assert len(CASES) >= 12
    assert all(n > 0 for _, n in totals.values())


# ---------------------------------------------------------------- beyond the field scores

CAMPAIGNS = Path(__file__).parents[1] / "collector" / "campaigns"
NOTICE_515 = CAMPAIGNS / "2023-05-05-5.15政务公开日通知.txt"


def test_the_515_notice_with_the_2023_roster_covers_its_52_units():
    from collector.drafting.rosters import roster_from_csv

    roster = roster_from_csv(CAMPAIGNS / "jianchang-units.csv")
    draft = draft_campaign(read_notice(NOTICE_515), roster)
    assert len(draft.units) == 52
    interview, summary = draft.requirements
    assert (interview.id, summary.id) == ("interview", "summary")
    assert interview.due == dt.datetime(2023, 5, 11, 16, tzinfo=interview.due.tzinfo)
    assert summary.due == dt.datetime(2023, 5, 23, 16, tzinfo=summary.due.tzinfo)
    assert len(interview.units) == 16 and set(summary.units) == set(draft.units)
    assert draft.shared_slots == [{"requirement": "interview", "units": ["县农业农村局", "县乡村振兴局"]}]
    data = yaml.safe_load(draft.to_yaml())
    assert data["requirements"][1]["units"] == "all"
    assert [p["kind"] for p in data["requirements"][1]["parts"]] == ["document", "photo"]


def test_a_rectification_report_hints_never_point_at_the_self_check_report(built):
    draft = draft_of(NOTICES / "02-self-check.expected.yaml", built)
    check, fix = draft.requirements
    assert "自查报告" in check.hints and "整改报告" in fix.hints
    assert not set(check.hints) & set(fix.hints)
    assert not any(h in f for h in check.hints for f in fix.hints)
    assert [p["kind"] for p in fix.parts if p["id"] == "screenshots"] == ["photo"]


def test_parts_follow_the_words_of_the_sentence():
    draft = draft_campaign(read_notice(NOTICES / "01-annual-report.txt"), builtin_roster())
    parts = {p["id"]: p for p in draft.requirements[0].parts}
    assert parts["doc"]["formats"] == ["docx", "doc", "wps"]
    assert parts["stamped"]["formats"] == ["pdf"]
    assert parts["table"]["formats"] == ["xlsx", "xls", "et", "csv"]
    assert any("1月31日前" in u and "不是报送" in u for u in draft.unsettled)  # publishing, not sending
    survey = draft_campaign(read_notice(NOTICES / "03-survey.txt"), builtin_roster()).requirements[0]
    assert {p["id"] for p in survey.parts} == {"table", "names", "contact"}
    assert re.search(next(p["pattern"] for p in survey.parts if p["id"] == "contact"), "手机 13912345678")


def test_what_it_cannot_decide_is_said_line_by_line(built):
    relevant = draft_campaign(read_notice(NOTICES / "11-relevant-units.txt"), builtin_roster())
    assert any("各有关单位" in u and "无法确定" in u for u in relevant.unsettled)
    table = draft_of(NOTICES / "10-docx-unit-table.expected.yaml", built)
    assert any("附件1中的“县城市管理局”不在名册中" in u for u in table.unsettled)
    monthly = draft_campaign(read_notice(NOTICES / "06-info-monthly.txt"), builtin_roster())
    assert any("每月5日前" in u for u in monthly.unsettled)
    contact = draft_campaign(read_notice(NOTICES / "12-contact-line-address.txt"), builtin_roster())
    assert any("zhangwei_jc@qq.com" in u for u in contact.unsettled)
    survey = draft_campaign(read_notice(NOTICES / "03-survey.txt"), builtin_roster())
    assert not any("3月" in u for u in survey.unsettled)  # a deadline with a time needs no note


def test_a_scanned_pdf_is_refused_with_a_clear_error(tmp_path):
    from PIL import Image

    from collector.drafting import NoticeReadError

    scan = tmp_path / "scan.pdf"
    Image.new("RGB", (600, 800), "white").save(scan)
    with pytest.raises(NoticeReadError, match="扫描件"):
        read_notice(scan)


def test_the_command_in_the_doc_runs_as_written(tmp_path):
    """docs/notice-drafting.md's command, run from the repository root."""
    import shlex
    import subprocess

    doc = (Path(__file__).parents[1] / "docs" / "notice-drafting.md").read_text(encoding="utf-8")
    command = re.search(r"```sh\n(collector campaign init[^\n]+)\n```", doc).group(1)
    argv = shlex.split(command)
    argv[-1] = str(tmp_path / argv[-1])  # -o draft.yaml, written into the test's directory
    exe = Path(sys.executable).parent / "collector"
    run = subprocess.run([str(exe), *argv[1:]], cwd=Path(__file__).parents[1], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    data = yaml.safe_load((tmp_path / "draft.yaml").read_text(encoding="utf-8"))
    assert data["mailbox"]["addresses"] == ["jczwgk2024@163.com"]
    assert str(data["requirements"][0]["due"]).startswith("2024-01-20 16:00:00")
    assert "待确认：" in run.stderr


def test_the_command_fails_cleanly_on_a_scan(tmp_path):
    from click.testing import CliRunner
    from PIL import Image

    from collector.cli import cli

    scan = tmp_path / "scan.pdf"
    Image.new("RGB", (600, 800), "white").save(scan)
    result = CliRunner().invoke(cli, ["campaign", "init", "--from-notice", str(scan), "-o", str(tmp_path / "x.yaml")])
    assert result.exit_code == 1 and "扫描件" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.yaml").exists()
