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

import dataclasses
import datetime as dt
import json
import os
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from collector.notice_block import dump_campaign
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


# OFD (GB/T 33190) is what a 公文 system exports and seals: it stands for a PDF, and for the Word
# copy it was made from; an .xlsm workbook is an Excel one
# .xlsm (macros), .ods / .odt (OpenDocument, as 信创 desktops save) and templates saved by mistake
# (另存为“Excel模板”: .xltx, .xltm, .dotx, .dotm) hold the same content as the Excel or Word file asked
EXCEL, WORD = {"xlsx", "xls", "et"}, {"docx", "doc", "wps"}
# .mht: Word saved as 单个文件网页; .xml: Word saved as XML (only such an .xml is a document); .uot / .uos: UOF (永中)
STANDS_FOR = {"ofd": {"pdf"} | WORD, **dict.fromkeys(("xlsm", "ods", "xltx", "xltm", "uos"), EXCEL),
              **dict.fromkeys(("odt", "docm", "dotx", "dotm", "mht", "mhtml", "xml", "uot", "uof"), WORD),
              "ovkml": {"kml"}, "kmz": {"kml"},  # 奥维互动地图's own name for its KML; a KMZ is a zipped KML
              "xlsb": EXCEL,  # Excel's binary workbook
              # a sound recording in another common audio format where mp3 / m4a / wav are asked (Windows 录音机's .wma)
              **dict.fromkeys(("wma", "aac", "amr", "ogg", "opus", "flac"), {"mp3", "m4a", "wav"}),
              "geojson": {"kml", "kmz", "dxf", "shp"},  # a vector map of its own (两步路, QGIS) where one is asked
              # a scanner's or a phone's own picture format where pictures are asked (扫描0001.bmp for a JPG)
              **dict.fromkeys(("bmp", "tif", "tiff", "webp", "heic", "heif", "gif"), {"jpg", "jpeg", "png"})}


FIXED_LAYOUT = {"ofd", "pdf"}
EDITABLE = re.compile(r"可编辑|可修改|可以编辑|editable", re.I)


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

    def takes_format(self, ext: str) -> bool:
        """A file of extension ``ext`` is in a format this part asks (any, when it names none). A fixed-layout file
        (OFD, PDF) stands for no Word copy the part's title asks to be editable (可编辑Word版)."""
        if ext in FIXED_LAYOUT and EDITABLE.search(self.title or ""):
            return ext in self.formats
        return not self.formats or ext in self.formats or bool(STANDS_FOR.get(ext, set()) & set(self.formats))


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
    # the papers the other campaigns in force ask, by their words (load_campaigns): a document named so is theirs
    others_papers: tuple[str, ...] = ()
    source: str = ""  # file it was read from
    notice_date: dt.date | None = None  # the date printed on the notice: mails before it cannot answer it
    roster: Roster | None = dataclasses.field(default=None, repr=False, compare=False)  # its units came from
    receipts: bool = False  # reply to each filed mail (collector/outbox/)
    reminders: list[dt.timedelta] = dataclasses.field(default_factory=list)  # before each deadline

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
    elif unit.kind == "zone" and "经济开发区" in name:  # 八家子经开区, 建昌经开区: 经开区 is how a zone says itself
        short = name.replace("经济开发区", "经开区")
        out += [short, f"{short}管委会"] + ([f"{county_stem}经开区"] if county_stem else [])
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


ID_PHOTO = re.compile(r"证件照|免冠|寸照|[一二两12]寸|标准照")


def _embedded_photos_count(d: dict, where: str) -> bool:
    """A part's `embedded_photos_count`: whether photos pasted into a document (照片已插入文档)
    count for a photo part. Default true, but false for an ID photo (2寸免冠证件照): it is wanted as
    a file of its own, and one pasted into the 事迹材料 is no such file."""
    value = d.get("embedded_photos_count", not ID_PHOTO.search(d.get("title") or ""))
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
        roster=roster,
        **outbox_options(data, where),
    )


def outbox_options(data: dict, where: str) -> dict:
    """``receipts: true`` and ``reminders: [{before: 24h}, ...]`` (units h, d, m)."""
    receipts = data.get("receipts", False)
    if not isinstance(receipts, bool):
        raise CampaignError(f"{where}: receipts must be true or false")
    reminders = []
    for item in data.get("reminders") or []:
        m = re.fullmatch(r"\s*(\d+)\s*([mhd])\s*", str(item.get("before", "")) if isinstance(item, dict) else "")
        if not m:
            raise CampaignError(f"{where}: a reminder is {{before: 24h}} (minutes m, hours h or days d), got {item!r}")
        reminders.append(dt.timedelta(**{{"m": "minutes", "h": "hours", "d": "days"}[m.group(2)]: int(m.group(1))}))
    return {"receipts": receipts, "reminders": reminders}


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
