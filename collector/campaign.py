"""Campaigns: the roster of units and what each must send, with deadlines.

A campaign is a YAML file (format: docs/campaign-format.md). The built-in one,
``jianchang-515-2023``, is the 5·15 政务公开日 notice of 2023.
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

CAMPAIGNS_DIR = Path(__file__).parent / "campaigns"
BUILTIN_ID = "jianchang-515-2023"
UNIT_KINDS = ("town", "township", "zone", "department")


class CampaignError(ValueError):
    """A campaign file that cannot be used (message says what and where)."""


@dataclasses.dataclass
class Unit:
    name: str  # roster name as the notice writes it (县发改局, 八家子镇)
    kind: str  # town | township | zone | department
    official_name: str = ""
    aliases: list[str] = dataclasses.field(default_factory=list)
    addresses: list[str] = dataclasses.field(default_factory=list)
    division_code: str = ""

    def all_names(self) -> list[str]:
        """Name, official name and aliases, without duplicates, in that order."""
        seen: list[str] = []
        for n in [self.name, self.official_name, *self.aliases]:
            if n and n not in seen:
                seen.append(n)
        return seen


@dataclasses.dataclass
class Part:
    """One thing a requirement needs: a document, photos, or a fact read from text."""

    id: str
    title: str  # Chinese, shown in missing_parts
    kind: str  # document | photo | field
    words: list[str] = dataclasses.field(default_factory=list)  # naming a matching document
    pattern: str | None = None  # regex for a field, searched in body and document text
    min_count: int = 1


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

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

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
    if unit.kind == "department":
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


def _unit_from_dict(d: dict, county: str, where: str) -> Unit:
    if not isinstance(d, dict) or not d.get("name"):
        raise CampaignError(f"{where}: a unit needs a name")
    kind = str(d.get("kind", "department"))
    if kind not in UNIT_KINDS:
        raise CampaignError(f"{where}: unit {d['name']}: kind must be one of {UNIT_KINDS}")
    unit = Unit(
        name=str(d["name"]).strip(),
        kind=kind,
        official_name=str(d.get("official_name") or "").strip(),
        aliases=_str_list(d.get("aliases"), where),
        addresses=[a.lower() for a in _str_list(d.get("addresses"), where)],
        division_code=str(d.get("division_code") or ""),
    )
    if d.get("derive_aliases", True):
        for a in derived_aliases(unit, county):
            if a not in unit.aliases and a != unit.name:
                unit.aliases.append(a)
    return unit


def _part_from_dict(d: dict, where: str) -> Part:
    if not isinstance(d, dict) or not d.get("id") or d.get("kind") not in ("document", "photo", "field"):
        raise CampaignError(f"{where}: a part needs id and kind document|photo|field")
    pattern = d.get("pattern")
    if pattern:
        try:
            re.compile(pattern)
        except re.error as e:
            raise CampaignError(f"{where}: part {d['id']}: bad pattern: {e}") from e
    return Part(
        id=str(d["id"]),
        title=str(d.get("title") or d["id"]),
        kind=d["kind"],
        words=_str_list(d.get("words"), where),
        pattern=pattern,
        min_count=int(d.get("min_count", 1)),
    )


def campaign_from_dict(data: dict, source: str = "") -> Campaign:
    where = source or "campaign"
    if not isinstance(data, dict):
        raise CampaignError(f"{where}: not a YAML mapping")
    for key in ("id", "units", "requirements"):
        if key not in data:
            raise CampaignError(f"{where}: missing '{key}'")
    tzname = str(data.get("timezone") or "Asia/Shanghai")
    try:
        tz = ZoneInfo(tzname)
    except Exception as e:  # zoneinfo raises several kinds
        raise CampaignError(f"{where}: unknown timezone {tzname!r}") from e
    county = str(data.get("county") or "")
    units = [_unit_from_dict(u, county, where) for u in data["units"] or []]
    names = [u.name for u in units]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise CampaignError(f"{where}: units listed twice: {sorted(dupes)}")
    reqs: list[Requirement] = []
    for r in data["requirements"] or []:
        if not isinstance(r, dict) or not r.get("id") or not r.get("due"):
            raise CampaignError(f"{where}: a requirement needs id and due")
        req_units = r.get("units", "all")
        if req_units == "all":
            req_units = list(names)
        elif isinstance(req_units, dict) and "kinds" in req_units:
            kinds = _str_list(req_units["kinds"], where)
            req_units = [u.name for u in units if u.kind in kinds]
        req_units = _str_list(req_units, where)
        unknown = [u for u in req_units if u not in names]
        if unknown:
            raise CampaignError(f"{where}: requirement {r['id']}: units not in roster: {unknown}")
        reqs.append(
            Requirement(
                id=str(r["id"]),
                title=str(r.get("title") or r["id"]),
                due=_aware(r["due"], tz, f"{where}: requirement {r['id']}"),
                units=req_units,
                parts=[_part_from_dict(p, where) for p in r.get("parts") or []],
                hints=_str_list(r.get("hints"), where),
                description=str(r.get("description") or ""),
            )
        )
    slots = []
    for s in data.get("shared_slots") or []:
        slot = SharedSlot(requirement=str(s.get("requirement")), units=_str_list(s.get("units"), where))
        if slot.requirement not in {r.id for r in reqs} or any(u not in names for u in slot.units):
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
    )


def campaign_path(spec: str | Path | None) -> Path:
    if spec is None or str(spec) in ("", "builtin", BUILTIN_ID):
        return CAMPAIGNS_DIR / f"{BUILTIN_ID}.yaml"
    p = Path(spec)
    if not p.exists() and (CAMPAIGNS_DIR / f"{spec}.yaml").exists():
        return CAMPAIGNS_DIR / f"{spec}.yaml"
    return p


def load_campaign(spec: str | Path | None = None) -> Campaign:
    """None / "builtin" / "jianchang-515-2023" -> the built-in campaign; else a YAML path."""
    path = campaign_path(spec)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise CampaignError(f"cannot read campaign {spec}: {e}") from e
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise CampaignError(f"{path}: not valid YAML: {e}") from e
    return campaign_from_dict(data, source=str(path))


def load_campaigns(specs=None) -> list[Campaign]:
    """Several campaigns may be open at once. ``specs``: a list, a comma-separated
    string, or None (then env COLLECTOR_CAMPAIGN, else the built-in one)."""
    if specs is None:
        specs = os.environ.get("COLLECTOR_CAMPAIGN") or None
    if specs is None:
        return [load_campaign(None)]
    if isinstance(specs, (str, Path)):
        specs = [s.strip() for s in str(specs).split(",") if s.strip()]
    out: list[Campaign] = []
    for s in specs or [None]:
        c = load_campaign(s)
        if any(o.id == c.id for o in out):
            raise CampaignError(f"campaign {c.id} given twice")
        out.append(c)
    return out


# ---------------------------------------------------------------- database


def write_campaign_tables(db, campaigns: list[Campaign]) -> None:
    """Fill the ``units`` and ``requirements`` tables (replacing each campaign's rows)."""
    with db.atomic():
        _write_campaign_tables(db, campaigns)


def _write_campaign_tables(db, campaigns: list[Campaign]) -> None:
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
