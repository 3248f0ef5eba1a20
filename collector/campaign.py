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
    receipts: bool = False  # reply to each filed mail (collector/outbox/)
    reminders: list[dt.timedelta] = dataclasses.field(default_factory=list)  # before each deadline

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
