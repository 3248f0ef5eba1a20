"""A campaign from its YAML mapping (format: docs/campaign-format.md): checked, with its units named out of the
standing roster and their common names derived."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from zoneinfo import ZoneInfo

from collector.roster import UNIT_KINDS, Roster, RosterError, Unit, builtin_roster, unit_from_dict

from .model import ID_RE, Campaign, CampaignError, Part, Requirement, SharedSlot


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
        links=_true_or_false(d, "links", False, where),
    )


def _true_or_false(d: dict, key: str, default: bool, where: str) -> bool:
    value = d.get(key, default)
    if not isinstance(value, bool):
        raise CampaignError(f"{where}: part {d['id']}: {key} must be true or false")
    return value


ID_PHOTO = re.compile(r"证件照|免冠|寸照|[一二两12]寸|标准照")


def _embedded_photos_count(d: dict, where: str) -> bool:
    """A part's `embedded_photos_count`: whether photos pasted into a document (照片已插入文档)
    count for a photo part. Default true, but false for an ID photo (2寸免冠证件照): it is wanted as
    a file of its own, and one pasted into the 事迹材料 is no such file."""
    return _true_or_false(d, "embedded_photos_count", not ID_PHOTO.search(d.get("title") or ""), where)


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
    due = _aware(r["due"], tz, rwhere)
    units = _select_units(r.get("units", "all"), pool, rwhere)
    return Requirement(
        id=str(r["id"]),
        title=title,
        due=due,
        units=units,
        parts=parts,
        hints=hints,
        description=str(r.get("description") or ""),
        late_until=_after_due(r, "late_until", due, tz, rwhere),
        corrections_until=_after_due(r, "corrections_until", due, tz, rwhere),
        assigned=_assigned(r.get("assigned"), units, rwhere),
    )


def _assigned(value, units: list[str], where: str) -> dict[str, str]:
    """``assigned: {建议第3号: 县教育局, …}``: each numbered item the notice assigns, and the one unit of the
    requirement that answers it."""
    if not value:
        return {}
    if not isinstance(value, dict):
        raise CampaignError(f"{where}: assigned maps each item number to its unit, e.g. {{建议第3号: 县教育局}}")
    out = {}
    for number, unit in value.items():
        number, unit = str(number).strip(), str(unit or "").strip()
        if unit not in units:
            raise CampaignError(f"{where}: assigned gives {number} to {unit!r}, not one of the requirement's units")
        out[number] = unit
    return out


def _after_due(r: dict, key: str, due: dt.datetime, tz: ZoneInfo, where: str) -> dt.datetime | None:
    if not r.get(key):
        return None
    until = _aware(r[key], tz, where)
    if until <= due:
        raise CampaignError(f"{where}: {key} must come after due")
    return until


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
        quota=_quota(data.get("quota"), units, where),
        **outbox_options(data, where),
    )


def _quota(value, units: list[Unit], where: str) -> dict[str, int]:
    """``quota: {town: 2, township: 1, 县公安局: 2}``: a 名额 by kind or by unit name, each a whole number ≥ 1."""
    if not value:
        return {}
    if not isinstance(value, dict):
        raise CampaignError(f"{where}: quota is a mapping of unit kinds or names to numbers, e.g. {{town: 2, 县公安局: 1}}")
    names = {u.name for u in units}
    out = {}
    for key, number in value.items():
        key = str(key)
        if key not in UNIT_KINDS and key not in names:
            raise CampaignError(f"{where}: quota names {key!r}, neither a unit kind nor one of the campaign's units")
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise CampaignError(f"{where}: quota of {key!r} must be a whole number of at least 1, got {number!r}")
        out[key] = number
    return out


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
