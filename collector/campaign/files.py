"""Where campaigns come from, and where the clerk's are saved.

The files named by ``COLLECTOR_CAMPAIGN`` (default: the built-in one) and every ``*.yaml`` under the archive's
``campaigns/`` folder (what the clerk creates on the dashboard).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import yaml

from collector.notice_block import dump_campaign
from collector.roster import YAML_LOADER, Roster

from .model import ID_RE, Campaign, CampaignError
from .reading import campaign_from_dict

CAMPAIGNS_DIR = Path(__file__).parent.parent / "campaigns"
BUILTIN_ID = "jianchang-515-2023"
ARCHIVE_CAMPAIGNS = "campaigns"  # folder of the archive holding the clerk's campaign files


def campaign_path(spec: str | Path | None) -> Path:
    if spec is None or str(spec) in ("", "builtin", BUILTIN_ID):
        return CAMPAIGNS_DIR / f"{BUILTIN_ID}.yaml"
    p = Path(spec)
    if not p.exists() and (CAMPAIGNS_DIR / f"{spec}.yaml").exists():
        return CAMPAIGNS_DIR / f"{spec}.yaml"
    return p


def parse_yaml(text: str):
    """A campaign file's YAML (libyaml's loader when PyYAML has it)."""
    return yaml.load(text, Loader=YAML_LOADER)


def read_campaign_file(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise CampaignError(f"cannot read campaign {path}: {e.strerror or e}") from e
    try:
        return parse_yaml(text)
    except yaml.YAMLError as e:
        raise CampaignError(f"{path}: not valid YAML: {e}") from e


def load_campaign(spec: str | Path | None = None, roster: Roster | None = None) -> Campaign:
    """None / "builtin" / "jianchang-515-2023" -> the built-in campaign; else a YAML path."""
    path = campaign_path(spec)
    return campaign_from_dict(read_campaign_file(path), source=str(path), roster=roster)


def archive_campaign_files(data_dir: Path | None) -> list[Path]:
    """The clerk's campaigns: ``*.yaml`` in the archive's campaigns folder, by name."""
    if data_dir is None:
        return []
    folder = Path(data_dir) / ARCHIVE_CAMPAIGNS
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def campaign_files(specs=None, data_dir: Path | None = None) -> list[Path]:
    """The files of every campaign in force. ``specs``: a list, a comma-separated
    string, or None (then env COLLECTOR_CAMPAIGN, else the built-in one); plus the
    archive's own campaign files when ``data_dir`` is given."""
    if specs is None:
        specs = os.environ.get("COLLECTOR_CAMPAIGN") or None
    if specs is None:
        specs = [None]
    elif isinstance(specs, (str, Path)):
        specs = [s.strip() for s in str(specs).split(",") if s.strip()]
    paths = [campaign_path(s) for s in specs or [None]]
    return paths + [p for p in archive_campaign_files(data_dir) if p.resolve() not in {q.resolve() for q in paths}]


def campaigns_fingerprint(paths: list[Path]) -> str:
    """Changes when a campaign file is added, removed or edited (a few stat calls:
    the idle poll asks it every time)."""
    parts = []
    for path in paths:
        try:
            st = path.stat()
            parts.append(f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{path}|missing")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def office_addresses(campaigns: list[Campaign]) -> set[str]:
    """The collecting mailboxes of all campaigns (a co-issuing office's too): no unit's address."""
    return {a for c in campaigns for a in c.mailbox_addresses}


def load_campaigns(specs=None, roster: Roster | None = None, data_dir: Path | None = None,
                   read=None) -> list[Campaign]:
    """Every campaign in force (see campaign_files). ``read``: how a file's YAML is read
    (default read_campaign_file; the dashboard passes its cache)."""
    read = read or read_campaign_file
    out: list[Campaign] = []
    for path in campaign_files(specs, data_dir):
        c = campaign_from_dict(read(path), source=str(path), roster=roster)
        if any(o.id == c.id for o in out):
            raise CampaignError(f"campaign {c.id} given twice ({path})")
        out.append(c)
    for c in out:
        c.others_papers = papers_of_the_others(c, out)
    return out


def _paper_words(c: Campaign) -> set[str]:
    return {w for r in c.requirements for w in [*r.hints, *(x for p in r.parts if p.kind == "document" for x in p.words)]}


def papers_of_the_others(c: Campaign, campaigns: list[Campaign]) -> tuple[str, ...]:
    """The words by which the other campaigns name the papers they ask, long enough to be a paper's own name (six
    characters or more: 储备情况统计表, not 工作总结 or 开展情况, which any report says), but those that overlap one of
    ``c``'s own (a word within another, either way)."""
    own = _paper_words(c)
    theirs = {w for o in campaigns if o is not c for w in _paper_words(o) if len(w) >= 6}
    return tuple(sorted(w for w in theirs if not any(w in x or x in w for x in own)))


# ---------------------------------------------------------------- the clerk's campaign files


def campaign_file_path(data_dir: Path, campaign_id: str) -> Path:
    if not ID_RE.match(campaign_id or ""):
        raise CampaignError(f"campaign id {campaign_id!r}: use letters, digits, '-', '_' or '.' (no spaces)")
    return Path(data_dir) / ARCHIVE_CAMPAIGNS / f"{campaign_id}.yaml"


def campaign_yaml(data: dict) -> str:
    """``data`` as the dashboard saves it: the notice's text, if any, last and readable."""
    return dump_campaign(data)


def save_campaign_file(data_dir: Path, data: dict, roster: Roster, *, replace: bool = False) -> Campaign:
    """Check ``data`` as the loader would and write it to the archive's campaigns
    folder, durably; it is live from the next run on. The caller holds the run
    lock (a campaign file is part of the archive) and records the audit event.
    Refuses an id that another campaign in force already uses, unless ``replace``."""
    from collector import store

    path = campaign_file_path(data_dir, str(data.get("id") or ""))
    campaign = campaign_from_dict(data, source=str(path), roster=roster)
    if path.exists() and not replace:
        raise CampaignError(f"活动编号“{campaign.id}”已存在")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = store.temp_path(Path(data_dir), path)
    store.write_temp(tmp, campaign_yaml(data).encode("utf-8"), sync=True)
    os.replace(tmp, path)  # a corrected campaign replaces the file whole, never half
    store.fsync_dir(path.parent)
    return campaign


