"""A notice saved as .odt or .rtf (or .wps, which LibreOffice reads but cannot write) is saved as .docx by LibreOffice
and read as one (collector/drafting/read.office_text), so its tables keep their cells: read as LibreOffice's plain
text, each cell stood on a line of its own and no table row was left.

Checked on the latest Word notices that hold a table (LATEST of them, the window moving with each held-out batch):
each, built again as .odt and as .rtf, drafts to its own expected file. Each read starts LibreOffice (~1.5 s), so the
window keeps the run's cost flat as batches are added; the drafter reads every Word notice's .docx in test_drafting."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from collector.drafting import draft_campaign, read_notice
from collector.roster import builtin_roster

NOTICES = Path(__file__).parent / "fixtures" / "notices"
sys.path.insert(0, str(NOTICES))
import build  # noqa: E402

from test_drafting import OPEN, compare  # noqa: E402


def _word_notices_with_tables() -> list[Path]:
    cases = []
    for case in sorted(NOTICES.glob("[0-9]*-*.expected.yaml")):
        exp = yaml.safe_load(case.read_text(encoding="utf-8"))
        number = case.name.split("-")[0]
        if exp.get("as") == "docx" and number not in OPEN \
                and "\t" in (NOTICES / exp["source"]).read_text(encoding="utf-8"):
            cases.append(case)
    return sorted(cases, key=lambda c: int(c.name.split("-")[0]))


LATEST = 24  # notices: 48 LibreOffice reads, 76 s on two cores (all 58 Word notices with tables since 2341: ~170 s)
CASES = _word_notices_with_tables()[-LATEST:]
FORMS = ("odt", "rtf")


@pytest.fixture(scope="module")
def saved(tmp_path_factory) -> dict[tuple[str, str], Path]:
    out = tmp_path_factory.mktemp("office")
    sources = [NOTICES / yaml.safe_load(c.read_text(encoding="utf-8"))["source"] for c in CASES]
    files = {}
    for fmt in FORMS:
        converted = build.build_all_converted(sources, out, fmt)
        files.update({(c.name, fmt): path for c, path in zip(CASES, converted)})
    return files


@pytest.mark.timeout(600)
@pytest.mark.parametrize("fmt", FORMS)
@pytest.mark.parametrize("case", CASES, ids=[c.name.split("-")[0] for c in CASES])
def test_a_word_notice_saved_as_odt_or_rtf_drafts_as_its_expected_file(case, fmt, saved):
    expected = yaml.safe_load(case.read_text(encoding="utf-8"))
    text = read_notice(saved[(case.name, fmt)])
    assert any("\t" in line for line in text.splitlines()), "no table row read"
    draft = draft_campaign(text, builtin_roster())
    wrong = [f for f, ok in compare(draft, expected, builtin_roster()).items() if not ok]
    assert not wrong, f"{case.name} as .{fmt}: wrong {wrong}\n{draft.to_yaml()}"


def test_the_set_holds_enough_notices_to_mean_something():
    assert len(CASES) >= 15
