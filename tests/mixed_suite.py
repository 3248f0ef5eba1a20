"""Checks every held-out mixed mailbox test makes the same way (tests/test_match_mixed3.py,
tests/test_match_mixed4.py): the drafter still drafts what the clerk kept, the generator
script run as its README writes it, and the hand labels' shape."""

from __future__ import annotations

import fcntl
import functools
import io
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import yaml
from click.testing import CliRunner

from collector.campaign import load_campaigns
from collector.cli import cli

REPO = Path(__file__).resolve().parents[1]


@functools.cache
def built(gen, seed: int | None = None) -> tuple:
    """The mails of ``gen.build()``, drawn once per test run: the bigger sets take 5 to 10 s to draw, and the routing
    and the status tests read the same mails, the status tests often in another xdist worker. The first process to
    need the draw keeps it in the run's draws folder (conftest's mixed_draws, shared by the workers); the others read
    it there. Another draw (``seed``) is read by one test only: drawn in its process. That a draw is the same every
    time is held elsewhere: by assert_written_out_with_labels, which compares every mail with the one another process
    draws, or by drawing again (tests/test_match_mixed.py)."""
    folder = os.environ.get("MIXED_DRAWS")
    if not folder or seed is not None:
        return _draw(gen, seed)
    kept = Path(folder) / f"{gen.__name__}.pickle"
    with open(f"{kept}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one process draws, the others wait for its file; released on close
        if kept.exists():
            return pickle.loads(kept.read_bytes())
        mails = _draw(gen, seed)
        kept.write_bytes(pickle.dumps(mails, protocol=pickle.HIGHEST_PROTOCOL))
        return mails


def _draw(gen, seed: int | None) -> tuple:
    return tuple(gen.build() if seed is None else gen.build(seed=seed))


def assert_drafted_as_kept(notice: Path, kept, tmp_path: Path) -> None:
    """`collector campaign init --from-notice NOTICE -o draft.yaml` gives the draft kept in
    campaigns/drafts/, and the campaign ``kept`` (the clerk's file) has its id, units and
    deadlines, each with its units."""
    out = tmp_path / "draft.yaml"
    result = CliRunner().invoke(cli, ["campaign", "init", "--from-notice", str(notice), "-o", str(out)])
    assert result.exit_code == 0, result.output
    kept_draft = notice.parent / "drafts" / f"{notice.stem}.draft.yaml"
    assert yaml.safe_load(out.read_text(encoding="utf-8")) == yaml.safe_load(kept_draft.read_text(encoding="utf-8"))
    (drafted,) = load_campaigns([str(out)])
    assert drafted.id == kept.id
    assert [u.name for u in drafted.units] == [u.name for u in kept.units]
    # requirement ids are the clerk's (an archive stores them with every filed mail): not compared
    assert [(r.due, [u.name for u in drafted.units if r in drafted.requirements_for(u)])
            for r in drafted.requirements] == [(r.due, [u.name for u in kept.units if r in kept.requirements_for(u)])
                                               for r in kept.requirements]


def kept_draft_as_drafted(notice: Path, where: Path):
    """`collector campaign init --from-notice NOTICE -o draft.yaml` gives the kept draft: that draft, loaded."""
    kept_draft = notice.parent / "drafts" / f"{notice.stem}.draft.yaml"
    (campaign,) = load_campaigns([str(kept_draft)])
    assert_drafted_as_kept(notice, campaign, where)
    return campaign

def run_script(script: str, *args: str, env: dict[str, str] | None = None) -> str:
    """`python SCRIPT ARGS` from the repository root, as the fixture's README writes it (``env``: added to a bare
    PATH and PYTHONPATH)."""
    done = subprocess.run([sys.executable, script, *args], cwd=REPO, check=True,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", **(env or {})},
                          capture_output=True, text=True)
    return done.stdout


def assert_expected_status_unchanged(script: str, path: Path) -> None:
    """The committed expected_status.yaml is what `SCRIPT --expected-status` writes from the labels. The script reads
    the labels from the run's kept draw (built, above) when the caller has drawn the mailbox: make_mixed3.kept_draw."""
    before = path.read_text(encoding="utf-8")
    run_script(script, "--expected-status", env={"MIXED_DRAWS": os.environ.get("MIXED_DRAWS", "")})
    assert path.read_text(encoding="utf-8") == before


def assert_written_out_with_labels(script: str, out: Path, mailbox) -> None:
    """`python SCRIPT OUT_DIR` writes every mail as NNN-case.eml, byte for byte ``mailbox``, and labels.json
    beside them."""
    assert run_script(script, str(out)).strip() == f"{len(mailbox)} mails"
    labels = json.loads((out / "labels.json").read_text(encoding="utf-8"))
    assert [r["file"] for r in labels] == [f"{m.name}.eml" for m in mailbox]
    assert [(out / r["file"]).read_bytes() for r in labels] == [m.raw for m in mailbox]
    assert all(r["parts"] for r in labels if r["campaign"])


def assert_labels_well_formed(mailbox, campaign_ids, cases, size: tuple[int, int] = (110, 140)) -> None:
    """``size`` mails (110 to 140 unless the mailbox says), at least 8 per campaign, every listed case
    present, and each label either one campaign, unit and requirement with its parts, or REVIEW / IGNORED."""
    assert size[0] <= len(mailbox) <= size[1]
    per_campaign = {c: sum(1 for m in mailbox if m.campaign == c) for c in campaign_ids}
    assert min(per_campaign.values()) >= 8, per_campaign
    present = {m.case for m in mailbox}
    for case in cases:
        assert case in present, case
    for lab in mailbox:
        assert (lab.campaign is None) == (lab.unit in ("REVIEW", "IGNORED")), lab.name
        assert lab.unit in ("REVIEW", "IGNORED") or (len(lab.requirements) == 1 and lab.parts), lab.name


def _opens_as_workbook(data: bytes) -> bool:
    import openpyxl

    return openpyxl.load_workbook(io.BytesIO(data)) is not None


def _opens_as_word(data: bytes) -> bool:
    import docx

    return docx.Document(io.BytesIO(data)) is not None


def _opens_as_pdf(data: bytes) -> bool:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages) >= 1


def _opens_as_jpeg(data: bytes) -> bool:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as img:
        img.load()
        return img.format == "JPEG"


def opened_files(mailbox, year: int, files, pdf=_opens_as_pdf) -> dict[str, int]:
    """How many files of each kind the mails of ``year`` carry, every one opened by its own reader (openpyxl,
    python-docx, pypdf or ``pdf``, PIL): a file that does not open, or of a kind without a reader, fails here.
    ``files(mail)`` gives (name, bytes), a zip's members in its place; .jpeg counts as jpg."""
    readers = {"xlsx": _opens_as_workbook, "docx": _opens_as_word, "pdf": pdf, "jpg": _opens_as_jpeg}
    kinds: dict[str, int] = {}
    for m in mailbox:
        if m.received_at.year != year:
            continue
        for name, data in files(m):
            ext = name.rsplit(".", 1)[-1].lower().replace("jpeg", "jpg")
            assert ext in readers and readers[ext](data), f"{m.name}: {name}"
            kinds[ext] = kinds.get(ext, 0) + 1
    return kinds
