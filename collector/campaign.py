"""Campaigns: what one notice asks of which units, by when.

A campaign is a YAML file (format: docs/campaign-format.md). Its units are
named out of the standing county roster (collector/roster.py), so one unit
keeps its names and addresses across every campaign; a hand-written file may
still define units inline. The built-in campaign, ``jianchang-515-2023``, is
the 5·15 政务公开日 notice of 2023.

Where campaigns come from: the files named by ``COLLECTOR_CAMPAIGN`` (default:
the built-in one) and every ``*.yaml`` under the archive's ``campaigns/``
folder (what the clerk creates on the dashboard).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import os
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from collector.roster import UNIT_KINDS, Roster, RosterError, Unit, builtin_roster, unit_from_dict

CAMPAIGNS_DIR = Path(__file__).parent / "campaigns"
BUILTIN_ID = "jianchang-515-2023"
ARCHIVE_CAMPAIGNS = "campaigns"  # folder of the archive holding the clerk's campaign files
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")
# A campaign is open until this long after its last deadline (stragglers still
# route to a closed campaign; "closed" only orders the dashboard's list).
OPEN_AFTER_LAST_DUE = dt.timedelta(days=30)
__all__ = ["Unit", "UNIT_KINDS"]  # re-exported: campaign files and older callers name them here


class CampaignError(ValueError):
    """A campaign file that cannot be used (message says what and where)."""


@dataclasses.dataclass
class Part:
    """One thing a requirement needs: a document, photos, or a fact read from text."""

    id: str
    title: str  # Chinese, shown in missing_parts
    kind: str  # document | photo | field
    words: list[str] = dataclasses.field(default_factory=list)  # naming a matching document
    pattern: str | None = None  # regex for a field, searched in body and document text
    min_count: int = 1
    formats: list[str] = dataclasses.field(default_factory=list)  # document file extensions; empty: any
    embedded_photos_count: bool = True  # photo parts: photos found inside a document count


@dataclasses.dataclass
class Requirement:
    id: str
    title: str
    due: dt.datetime  # aware
    units: list[str]
    parts: list[Part] = dataclasses.field(default_factory=list)
    hints: list[str] = dataclasses.field(default_factory=list)  # words that point to it
    description: str = ""

    def part(self, part_id: str) -> Part | None:
        return next((p for p in self.parts if p.id == part_id), None)


@dataclasses.dataclass
class SharedSlot:
    """Units that share one submission of a requirement (one interview for two bureaus)."""

    requirement: str
    units: list[str]


@dataclasses.dataclass
class Campaign:
    id: str
    title: str
    timezone: str
    units: list[Unit]
    requirements: list[Requirement]
    shared_slots: list[SharedSlot] = dataclasses.field(default_factory=list)
    mailbox_addresses: list[str] = dataclasses.field(default_factory=list)  # where mail is sent
    subject_hints: list[str] = dataclasses.field(default_factory=list)  # words of its mails
    county: str = ""  # 建昌县: names of other counties' units are not ours
    office_names: list[str] = dataclasses.field(default_factory=list)  # the receiving office
    notice_text: str = ""  # quoted copies of it are ignored by the matcher
    source: str = ""  # file it was read from
    notice_date: dt.date | None = None  # the date printed on the notice: mails before it cannot answer it

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def opens(self) -> dt.datetime | None:
        """From when mail can answer it: the notice's date, at 00:00 office time."""
        if self.notice_date is None:
            return None
        return dt.datetime.combine(self.notice_date, dt.time(0, 0), tzinfo=self.tz)

    @property
    def last_due(self) -> dt.datetime | None:
        return max((r.due for r in self.requirements), default=None)

    def is_open(self, now: dt.datetime) -> bool:
        last = self.last_due
        return last is None or now <= last + OPEN_AFTER_LAST_DUE

    def unit_by_name(self, name: str) -> Unit | None:
        return next((u for u in self.units if u.name == name), None)

    def requirement(self, req_id: str) -> Requirement | None:
        return next((r for r in self.requirements if r.id == req_id), None)

    def requirements_for(self, unit: str | Unit) -> list[Requirement]:
        name = unit.name if isinstance(unit, Unit) else unit
        return [r for r in self.requirements if name in r.units]

    def slot_units(self, requirement: str, unit: str) -> list[str]:
        """Units whose submissions of ``requirement`` also count for ``unit`` (itself included)."""
        for slot in self.shared_slots:
            if slot.requirement == requirement and unit in slot.units:
                return list(slot.units)
        return [unit]


# ---------------------------------------------------------------- loading


def _aware(value, tz: ZoneInfo, where: str) -> dt.datetime:
    if isinstance(value, dt.datetime):
        d = value
    elif isinstance(value, dt.date):
        d = dt.datetime.combine(value, dt.time(23, 59, 59))
    else:
        try:
            d = dt.datetime.fromisoformat(str(value).strip())
        except ValueError as e:
            raise CampaignError(f"{where}: bad due date {value!r}") from e
    if d.tzinfo is None:
        d = d.replace(tzinfo=tz)
    return d


def _date(value, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError as e:
        raise CampaignError(f"{where}: bad notice_date {value!r} (expected YYYY-MM-DD)") from e


def _str_list(value, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list):
        raise CampaignError(f"{where}: expected a list")
    return [str(v) for v in value if v is not None and str(v).strip()]


def derived_aliases(unit: Unit, county: str) -> list[str]:
    """Names people commonly use for a unit that the file need not spell out."""
    county_stem = county[:-1] if county.endswith("县") else county
    out: list[str] = []
    name = unit.name
    if unit.kind in ("department", "institution"):
        if name.startswith("县"):
            stem = name[1:]
            out += [stem, f"{county}{stem}"] if county else [stem]
        if unit.official_name.startswith(county) and county:
            out.append(unit.official_name[len(county):])
            out.append("县" + unit.official_name[len(county):])
    elif unit.kind in ("town", "township"):
        stem = name[:-1] if name[-1] in "镇乡" else name
        if len(stem) >= 2 and stem not in (county_stem, county):
            out.append(stem)
            out += [f"{stem}{w}" for w in ("镇政府", "乡政府", "镇人民政府", "乡人民政府")
                    if w[0] == name[-1]]
        out += [f"{name}人民政府", f"{name}政府"]
        if county:
            out.append(f"{county}{name}")
    return out


def with_derived_aliases(unit: Unit, county: str) -> Unit:
    """A copy of ``unit`` whose aliases include the derived ones."""
    aliases = list(unit.aliases)
    for a in derived_aliases(unit, county):
        if a not in aliases and a != unit.name:
            aliases.append(a)
    return dataclasses.replace(unit, aliases=aliases, addresses=list(unit.addresses))


def _inline_unit(d: dict, roster: Roster, county: str, where: str) -> Unit:
    """A unit written out in the campaign file (the older format). When the roster
    knows the name, the file's aliases and addresses are added to the roster's."""
    try:
        unit = unit_from_dict(d, where)
    except RosterError as e:
        raise CampaignError(str(e)) from e
    known = roster.get(unit.name)
    if known is not None:
        unit = dataclasses.replace(
            known,
            official_name=unit.official_name or known.official_name,
            aliases=list(dict.fromkeys([*known.aliases, *unit.aliases])),
            addresses=list(dict.fromkeys([*known.addresses, *unit.addresses])),
            division_code=unit.division_code or known.division_code,
        )
    if d.get("derive_aliases", True):
        return with_derived_aliases(unit, county)
    return unit


def _select_units(spec, pool: list[Unit], where: str) -> list[str]:
    """``all``, ``{kinds: [...]}`` or a list of names, out of ``pool`` (names in pool order for selectors)."""
    names = [u.name for u in pool]
    if spec is None or spec == "all":
        return list(names)
    if isinstance(spec, dict):
        if "kinds" not in spec:
            raise CampaignError(f"{where}: a unit selector is `all`, a list of names or {{kinds: [...]}}")
        kinds = _str_list(spec["kinds"], where)
        bad = [k for k in kinds if k not in UNIT_KINDS]
        if bad:
            raise CampaignError(f"{where}: unknown unit kind(s) {bad}; kinds are {', '.join(UNIT_KINDS)}")
        return [u.name for u in pool if u.kind in kinds]
    chosen = _str_list(spec, where)
    unknown = [u for u in chosen if u not in names]
    if unknown:
        raise CampaignError(f"{where}: units not in the roster: {unknown}")
    return list(dict.fromkeys(chosen))


def _campaign_units(data: dict, roster: Roster, county: str, where: str) -> list[Unit]:
    """The campaign's units: named out of the roster, selected by kind, or written out."""
    spec = data.get("units")
    if isinstance(spec, list):
        units: list[Unit] = []
        for entry in spec:
            if isinstance(entry, dict):
                units.append(_inline_unit(entry, roster, county, where))
            else:
                name = str(entry).strip()
                known = roster.get(name)
                if known is None:
                    raise CampaignError(f"{where}: unit {name} is not in the roster (add it first: collector roster add)")
                units.append(with_derived_aliases(known, county))
    elif spec is None:
        wanted: list[str] = []
        for r in data.get("requirements") or []:
            if isinstance(r, dict):
                wanted += _select_units(r.get("units", "all"), roster.units, f"{where}: requirement {r.get('id')}")
        units = [with_derived_aliases(roster.get(n), county) for n in dict.fromkeys(wanted)]
    else:
        units = [with_derived_aliases(roster.get(n), county) for n in _select_units(spec, roster.units, where)]
    names = [u.name for u in units]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise CampaignError(f"{where}: units listed twice: {sorted(dupes)}")
    return units


def _part_from_dict(d: dict, where: str) -> Part:
    if not isinstance(d, dict) or not d.get("id") or d.get("kind") not in ("document", "photo", "field"):
        raise CampaignError(f"{where}: a part needs id and kind document|photo|field")
    pattern = d.get("pattern")
    if pattern:
        try:
            re.compile(pattern)
        except re.error as e:
            raise CampaignError(f"{where}: part {d['id']}: bad pattern: {e}") from e
    try:
        min_count = int(d.get("min_count", 1))
    except (TypeError, ValueError) as e:
        raise CampaignError(f"{where}: part {d['id']}: min_count must be a whole number") from e
    return Part(
        id=str(d["id"]),
        title=str(d.get("title") or d["id"]),
        kind=d["kind"],
        words=_str_list(d.get("words"), where),
        pattern=pattern,
        min_count=min_count,
        formats=[f.lower().lstrip(".") for f in _str_list(d.get("formats"), where)],
        embedded_photos_count=_embedded_photos_count(d, where),
    )


def _embedded_photos_count(d: dict, where: str) -> bool:
    """A part's `embedded_photos_count` (default true): whether photos pasted into a
    document (照片已插入文档) count for a photo part."""
    value = d.get("embedded_photos_count", True)
    if not isinstance(value, bool):
        raise CampaignError(f"{where}: part {d['id']}: embedded_photos_count must be true or false")
    return value


def default_hints(title: str, parts: list[Part]) -> list[str]:
    """Words that point to a requirement whose file gives none: its title's
    core noun phrase and its documents' words (a hand-written file may omit hints)."""
    core = re.sub(r"^[\d一二三四五六七八九十]+[、.．]|[（(].*?[）)]|及.*$", "", title).strip("“”\" ")
    out = [core] if len(core) >= 2 else []
    for p in parts:
        if p.kind == "document":
            out += [w for w in p.words if len(w) >= 2]
    return list(dict.fromkeys(out))


def _requirement_from_dict(r, pool: list[Unit], tz: ZoneInfo, where: str) -> Requirement:
    if not isinstance(r, dict) or not r.get("id") or not r.get("due"):
        raise CampaignError(f"{where}: a requirement needs id and due")
    rwhere = f"{where}: requirement {r['id']}"
    parts = [_part_from_dict(p, rwhere) for p in r.get("parts") or []]
    title = str(r.get("title") or r["id"])
    hints = _str_list(r.get("hints"), rwhere) or default_hints(title, parts)
    return Requirement(
        id=str(r["id"]),
        title=title,
        due=_aware(r["due"], tz, rwhere),
        units=_select_units(r.get("units", "all"), pool, rwhere),
        parts=parts,
        hints=hints,
        description=str(r.get("description") or ""),
    )


def campaign_from_dict(data: dict, source: str = "", roster: Roster | None = None) -> Campaign:
    """A campaign from its YAML mapping; its units come out of ``roster`` (default:
    the shipped roster; the pipeline passes the archive's)."""
    where = source or "campaign"
    if not isinstance(data, dict):
        raise CampaignError(f"{where}: not a YAML mapping")
    for key in ("id", "requirements"):
        if key not in data:
            raise CampaignError(f"{where}: missing '{key}'")
    if not ID_RE.match(str(data["id"])):
        raise CampaignError(f"{where}: id {data['id']!r}: use letters, digits, '-', '_' or '.' (no spaces)")
    tzname = str(data.get("timezone") or "Asia/Shanghai")
    try:
        tz = ZoneInfo(tzname)
    except Exception as e:  # zoneinfo raises several kinds
        raise CampaignError(f"{where}: unknown timezone {tzname!r}") from e
    roster = roster if roster is not None else builtin_roster()
    county = str(data.get("county") or roster.county or "")
    units = _campaign_units(data, roster, county, where)
    names = [u.name for u in units]
    reqs = [_requirement_from_dict(r, units, tz, where) for r in data["requirements"] or []]
    ids = [r.id for r in reqs]
    if len(set(ids)) != len(ids):
        raise CampaignError(f"{where}: requirement ids listed twice: {sorted({i for i in ids if ids.count(i) > 1})}")
    slots = []
    for s in data.get("shared_slots") or []:
        slot = SharedSlot(requirement=str(s.get("requirement")), units=_str_list(s.get("units"), where))
        if slot.requirement not in set(ids) or any(u not in names for u in slot.units):
            raise CampaignError(f"{where}: shared slot {s!r} names an unknown requirement or unit")
        slots.append(slot)
    mailbox = data.get("mailbox") or {}
    notice_text = str(data.get("notice_text") or "")
    notice_file = data.get("notice_file")
    if notice_file and not notice_text and source:
        p = Path(source).parent / notice_file
        if p.exists():
            notice_text = p.read_text(encoding="utf-8")
    return Campaign(
        id=str(data["id"]),
        title=str(data.get("title") or data["id"]),
        timezone=tzname,
        units=units,
        requirements=reqs,
        shared_slots=slots,
        mailbox_addresses=[a.lower() for a in _str_list(mailbox.get("addresses"), where)],
        subject_hints=_str_list(mailbox.get("subject_hints"), where),
        county=county,
        office_names=_str_list(data.get("office_names"), where),
        notice_text=notice_text,
        source=source,
        notice_date=_date(data.get("notice_date"), where),
    )


def campaign_path(spec: str | Path | None) -> Path:
    if spec is None or str(spec) in ("", "builtin", BUILTIN_ID):
        return CAMPAIGNS_DIR / f"{BUILTIN_ID}.yaml"
    p = Path(spec)
    if not p.exists() and (CAMPAIGNS_DIR / f"{spec}.yaml").exists():
        return CAMPAIGNS_DIR / f"{spec}.yaml"
    return p


def read_campaign_file(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise CampaignError(f"cannot read campaign {path}: {e.strerror or e}") from e
    try:
        return yaml.safe_load(text)
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
    import hashlib

    parts = []
    for path in paths:
        try:
            st = path.stat()
            parts.append(f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{path}|missing")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def load_campaigns(specs=None, roster: Roster | None = None, data_dir: Path | None = None) -> list[Campaign]:
    """Every campaign in force (see campaign_files)."""
    out: list[Campaign] = []
    for path in campaign_files(specs, data_dir):
        c = campaign_from_dict(read_campaign_file(path), source=str(path), roster=roster)
        if any(o.id == c.id for o in out):
            raise CampaignError(f"campaign {c.id} given twice ({path})")
        out.append(c)
    return out


# ---------------------------------------------------------------- the clerk's campaign files


def campaign_file_path(data_dir: Path, campaign_id: str) -> Path:
    if not ID_RE.match(campaign_id or ""):
        raise CampaignError(f"campaign id {campaign_id!r}: use letters, digits, '-', '_' or '.' (no spaces)")
    return Path(data_dir) / ARCHIVE_CAMPAIGNS / f"{campaign_id}.yaml"


def campaign_yaml(data: dict) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200)


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


# ---------------------------------------------------------------- database


def write_campaign_tables(db, campaigns: list[Campaign]) -> None:
    """Fill the ``campaigns``, ``units`` and ``requirements`` tables (replacing each campaign's rows)."""
    with db.atomic():
        _write_campaign_tables(db, campaigns)


def campaign_row(c: Campaign, now: dt.datetime | None = None) -> dict:
    now = now or dt.datetime.now(c.tz)
    first = min((r.due for r in c.requirements), default=None)
    return {
        "id": c.id,
        "title": c.title,
        "notice_date": c.notice_date.isoformat() if c.notice_date else None,
        "first_due": first.astimezone(c.tz).isoformat() if first else None,
        "last_due": c.last_due.astimezone(c.tz).isoformat() if c.last_due else None,
        "state": "open" if c.is_open(now) else "closed",
        "units": len(c.units),
        "requirements": len(c.requirements),
        "source": c.source,
    }


def _write_campaign_tables(db, campaigns: list[Campaign]) -> None:
    db["campaigns"].insert_all([campaign_row(c) for c in campaigns], pk="id", replace=True)
    for c in campaigns:
        db.execute("DELETE FROM units WHERE campaign = ?", [c.id])
        db.execute("DELETE FROM requirements WHERE campaign = ?", [c.id])
        db["units"].insert_all(
            [
                {
                    "campaign": c.id,
                    "name": u.name,
                    "kind": u.kind,
                    "official_name": u.official_name or u.name,
                    "aliases": json.dumps(u.aliases, ensure_ascii=False),
                    "addresses": json.dumps(u.addresses, ensure_ascii=False),
                    "division_code": u.division_code or None,
                }
                for u in c.units
            ],
            replace=True,
        )
        db["requirements"].insert_all(
            [
                {
                    "campaign": c.id,
                    "id": r.id,
                    "title": r.title,
                    "due_at": r.due.astimezone(c.tz).isoformat(),
                    "units": json.dumps(r.units, ensure_ascii=False),
                    "description": r.description
                    or "；".join(p.title for p in r.parts),
                }
                for r in c.requirements
            ],
            replace=True,
        )


# ---------------------------------------------------------------- campaign init


def read_roster_csv(text: str) -> list[dict]:
    rows = []
    for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff"))):
        if row.get("name", "").strip():
            rows.append({k: (v or "").strip() for k, v in row.items() if k})
    return rows



DEADLINE_RE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:上午|下午)?(\d{1,2})(?:时|点)(?:(\d{1,2})分)?前")
SENTENCE_END = "。；;\n"
# what is due, by the words of the sentence that states the deadline
REQUIREMENT_KINDS = [
    ("interview", "访谈", "“重要工作部门谈”访谈材料"),
    ("summary", "总结", "活动总结及记录照片"),
]
REQUIREMENT_HINTS = {
    "interview": ["访谈", "访谈稿", "访谈稿件", "访谈材料", "访谈领导", "部门谈"],
    "summary": ["总结", "活动总结", "总结报告", "照片", "图片", "影像"],
}
PART_WORDS = [
    ("访谈稿", {"id": "manuscript", "title": "访谈稿件", "kind": "document", "words": ["访谈", "稿"]}),
    ("访谈领导", {"id": "leader", "title": "访谈领导姓名", "kind": "field"}),
    ("联系", {"id": "contact", "title": "联系人及联系方式", "kind": "field"}),
    ("总结", {"id": "report", "title": "活动总结", "kind": "document", "words": ["总结", "报告", "情况"]}),
    ("照片", {"id": "photos", "title": "活动照片", "kind": "photo", "min_count": 1}),
]


def _sentence_around(text: str, start: int, end: int) -> str:
    a = max(text.rfind(ch, 0, start) for ch in SENTENCE_END) + 1
    bs = [text.find(ch, end) for ch in SENTENCE_END]
    b = min([x for x in bs if x >= 0], default=len(text))
    return text[a:b]


def _attachment_sections(notice: str) -> dict[str, str]:
    """附件N -> its text, found by the titles listed after "附件:"."""
    m = re.search(r"\n附件[:：]\s*\n((?:\s*\d+[.．、].+\n?)+)", notice)
    if not m:
        return {}
    titles = re.findall(r"(\d+)[.．、]\s*(.+)", m.group(1))
    body = notice[m.end():]
    starts = []
    for num, title in titles:
        core = re.sub(r"^[“\"]|[”\"]$", "", title.strip())
        key = core[-8:]  # the title's tail is the most stable (“…”活动参加部门)
        pos = body.find(key)
        if pos < 0:
            continue
        starts.append((pos + len(key), f"附件{num}"))
    starts.sort()
    out = {}
    for i, (pos, name) in enumerate(starts):
        end = starts[i + 1][0] - 8 if i + 1 < len(starts) else len(body)
        out[name] = body[pos:end]
    return out


def _roster_lookup(roster: list[dict]) -> dict[str, str]:
    look = {}
    for r in roster:
        for n in (r.get("name"), r.get("official_name")):
            if n:
                look[re.sub(r"\s+", "", n)] = r["name"]
    return look


def _units_in_section(section: str, look: dict[str, str]) -> tuple[list[list[str]], list[str]]:
    """Groups of roster names (a table cell naming two units is one group) and
    unit-like names that are not on the roster."""
    groups: list[list[str]] = []
    unplaced: list[str] = []
    for cell in re.split(r"[|\n、，,。]", section):
        cell = cell.strip()
        flat = cell.replace(" ", "")
        if not cell or not re.search(r"(局|中心|分局|委|办|所|院|站)$", flat):
            continue
        if not (re.match(r"(县|市|建昌|葫芦岛|国家)", flat) or "局" in flat):
            continue  # a phrase of a theme (以项目建设为中心), not a unit
        whole = look.get(re.sub(r"\s+", "", cell))
        if whole:
            groups.append([whole])
            continue
        parts = [p for p in cell.split() if p]
        names = [look.get(p) for p in parts]
        if len(parts) > 1 and all(names):
            groups.append(names)
        elif not look:  # no roster: the notice's own names, one cell two units when both look whole
            whole_parts = len(parts) > 1 and all(re.match(r"(县|市|建昌|葫芦岛|国家)", p) for p in parts)
            groups.append(parts if whole_parts else [flat])
        elif len(cell) <= 20:
            unplaced.append(f"附件中的单位“{cell}”不在名册中")
    return groups, unplaced


ROSTER_KINDS = {"镇": "town", "乡": "township", "开发区": "zone", "园区": "zone", "部门": "department", "街道": "town"}


def _roster_kind(value: str, name: str) -> str:
    if value in UNIT_KINDS:
        return value
    for word, kind in ROSTER_KINDS.items():
        if word in (value or ""):
            return kind
    if name.endswith("镇"):
        return "town"
    if name.endswith("乡"):
        return "township"
    return "department"


def draft_campaign_from_notice(notice_text: str, roster_csv: str | None = None) -> tuple[str, list[str]]:
    """A campaign YAML drafted from a notice and a roster CSV (columns name,
    kind, official_name, division_code). Returns (yaml_text, unplaced): what
    the draft could not tie to a unit or requirement, for a person to settle."""
    notice = normalize_notice(notice_text)
    roster = read_roster_csv(roster_csv) if roster_csv else []
    for r in roster:
        r["kind"] = _roster_kind(r.get("kind", ""), r["name"])
    look = _roster_lookup(roster)
    unplaced: list[str] = [] if roster else ["未提供名册（--roster）：乡镇名单无法确定，单位名称取自通知附件"]
    sections = _attachment_sections(notice)
    section_units: dict[str, list[list[str]]] = {}
    for name, text in sections.items():
        groups, bad = _units_in_section(text, look)
        section_units[name] = groups
        unplaced += bad
    if not roster:
        # 葫芦岛市生态环境局建昌分局 (附件2) is 生态环境局建昌分局 (附件1): the first spelling wins
        for groups in section_units.values():
            for g in groups:
                for k, u in enumerate(g):
                    same = next((r["name"] for r in roster if r["name"].endswith(u) or u.endswith(r["name"])), None)
                    if same:
                        g[k] = same
                    else:
                        roster.append({"name": u, "kind": "department", "official_name": ""})
    year_m = re.search(r"(\d{4})年\d{1,2}月\d{1,2}日\s*$", notice.split("附件1")[0].strip()) or re.search(
        r"(\d{4})年", notice
    )
    year = int(year_m.group(1)) if year_m else dt.date.today().year
    title_m = re.search(r"关于开展(.+?)的通知", notice)
    named_depts: list[str] = []
    for groups in section_units.values():
        for g in groups:
            named_depts += [u for u in g if u not in named_depts]
    local = [r["name"] for r in roster if r.get("kind") in ("town", "township", "zone")]
    requirements = []
    shared = []
    for m in DEADLINE_RE.finditer(notice):
        sentence = _sentence_around(notice, m.start(), m.end())
        if not re.search(r"报送|报|发送|邮箱", sentence):
            unplaced.append(f"期限“{m.group()}”不是报送事项（{sentence.strip()[:30]}…），未列入")
            continue
        kind = next(((rid, title) for rid, word, title in REQUIREMENT_KINDS if word in sentence), None)
        if not kind:
            unplaced.append(f"期限“{m.group()}”报送的内容未能识别：{sentence.strip()[:40]}")
            continue
        rid, title = kind
        if any(r["id"] == rid for r in requirements):
            continue
        y, mo, d, h, mi = m.groups()
        due = dt.datetime(int(y or year), int(mo), int(d), int(h), int(mi or 0))
        att = re.search(r"附件(\d+)", sentence)
        if att and f"附件{att.group(1)}" in section_units:
            groups = section_units[f"附件{att.group(1)}"]
            units = [u for g in groups for u in g]
            shared += [{"requirement": rid, "units": g} for g in groups if len(g) > 1]
        elif re.search(r"各乡镇|各部门|各单位", sentence):
            units = local + named_depts
        else:
            units = []
            unplaced.append(f"期限“{m.group()}”未说明由哪些单位报送")
        wanted = sentence[sentence.find("将") if "将" in sentence else 0:]
        parts = [dict(p) for w, p in PART_WORDS if w in wanted]
        requirements.append({
            "id": rid, "title": title, "description": wanted.strip()[:60],
            "due": due.strftime("%Y-%m-%dT%H:%M:%S+08:00"), "units": units,
            "hints": REQUIREMENT_HINTS.get(rid, []), "parts": parts,
        })
    for req in requirements:
        for p in req["parts"]:
            if p["id"] == "leader":
                p["pattern"] = r"(?:访谈|出镜)(?:领导|人员|人)(?:姓名)?\s*[:：]?\s*[\u4e00-\u9fa5]{2,4}"
            if p["id"] == "contact":
                p["pattern"] = r"1[3-9]\d{9}|0?429[-－—\s]?\d{7}|(?:联系电话|电话|联系方式|手机)\s*[:：]?\s*\d{7,8}"
    used = set(local) | set(named_depts)
    for r in roster:
        if r["name"] not in used:
            unplaced.append(f"名册单位“{r['name']}”未出现在通知的附件中，未列入")
    units_yaml = []
    for r in roster:
        if r["name"] not in used:
            continue
        u = {"name": r["name"], "kind": r.get("kind") or "department"}
        if r.get("official_name") and r["official_name"] != r["name"]:
            u["official_name"] = r["official_name"]
        if r.get("division_code"):
            u["division_code"] = r["division_code"]
        u["aliases"] = []
        u["addresses"] = []
        units_yaml.append(u)
    email = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", notice)
    county = re.search(r"^(\S{1,6}县)人民政府", notice)
    data = {
        "id": "draft",
        "title": title_m.group(1) if title_m else "",
        "timezone": "Asia/Shanghai",
        "county": county.group(1) if county else "",
        "mailbox": {"addresses": [email.group()] if email else [], "subject_hints": []},
        "requirements": requirements,
        "shared_slots": shared,
        "units": units_yaml,
    }
    header = "# Drafted by `collector campaign init --from-notice`; check names, aliases and deadlines.\n"
    if unplaced:
        header += "".join(f"# 未处理：{u}\n" for u in unplaced)
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200), unplaced


def normalize_notice(text: str) -> str:
    import unicodedata

    t = unicodedata.normalize("NFKC", text.replace("\r\n", "\n"))
    return t
