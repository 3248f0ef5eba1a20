"""The campaign form: a campaign-format dict (docs/campaign-format.md) as the
fields the clerk edits, and the posted fields back as a dict, with what is
wrong said in Chinese next to the field it concerns.

Field names: id, title, notice_date, addresses, subject_hints, units (checked
roster names), quota (推荐名额, as ``镇2名、乡1名、县公安局2名``); per requirement ``r{i}_…`` (id, title, description, due, late_until,
corrections_until, units_all, units, hints, remove) and per part ``r{i}p{j}_…`` (id, title, kind,
formats, words, min_count, links, pattern and embedded (hidden: kept from the file), remove); unsettled / settled; ``notice_text``
(hidden: the notice's text, carried as it came); ``extra`` (JSON of the keys the
form does not show: county, timezone, shared slots…).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

from ..campaign import ID_RE
from ..notice_block import plain_line_ends
from ..roster import EMAIL_RE, KIND_LABELS, UNIT_KINDS

SHOWN_KEYS = ("id", "title", "notice_date", "mailbox", "units", "quota", "requirements", "unsettled", "notice_text")
PART_KINDS = {"document": "文档", "photo": "照片（截图）", "field": "文字信息（如联系电话）"}
SPLIT = re.compile(r"[\s,，、;；]+")
ID_HINT = "只能用英文字母、数字和“-”“_”“.”，不能有空格或汉字"
QUOTA_ITEM = re.compile(r"(?P<who>.+?)\s*[:：]?\s*(?P<n>\d+)\s*[名人个]?")
KINDS_BY_LABEL = {label: (kind,) for kind, label in KIND_LABELS.items()} | {"乡镇": ("town", "township")}


# ---------------------------------------------------------------- dict -> form


def roster_groups(units: list[dict]) -> list[dict]:
    """Roster units by kind, in the roster's kind order: [{kind, label, names}]."""
    return [
        {"kind": k, "label": KIND_LABELS[k], "names": [u["name"] for u in units if u["kind"] == k]}
        for k in UNIT_KINDS
        if any(u["kind"] == k for u in units)
    ]


def _names_of(spec, units: list[dict], pool: list[str] | None = None) -> list[str]:
    """A unit selector (all, {kinds: …}, names, or written-out unit dicts) as roster names."""
    pool = pool if pool is not None else [u["name"] for u in units]
    kinds = {u["name"]: u["kind"] for u in units}
    if spec is None or spec == "all":
        return list(pool)
    if isinstance(spec, dict):
        wanted = spec.get("kinds") or []
        return [n for n in pool if kinds.get(n) in wanted]
    names = []
    for entry in spec if isinstance(spec, list) else [spec]:
        name = entry.get("name") if isinstance(entry, dict) else entry
        if name:
            names.append(str(name).strip())
    return names


def _due_value(value) -> str:
    """A deadline as the value of a datetime-local input (office time)."""
    if not value:
        return ""
    text = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)
    return text.replace(" ", "T")[:16]


def _joined(values) -> str:
    return "、".join(str(v) for v in values or [])


def form_from_data(data: dict, roster_units: list[dict]) -> dict:
    """The form's values for a campaign dict (a draft or a saved file)."""
    requirements = [r for r in data.get("requirements") or [] if isinstance(r, dict)]
    campaign_spec = data.get("units")
    if campaign_spec is None:
        wanted: list[str] = []
        for r in requirements:
            wanted += _names_of(r.get("units", "all"), roster_units)
        campaign_units = list(dict.fromkeys(wanted))
    else:
        campaign_units = _names_of(campaign_spec, roster_units)
    known = {u["name"] for u in roster_units}
    unsettled = [str(u) for u in data.get("unsettled") or []]
    unsettled += [f"单位“{n}”不在名册中，请先在名册中添加，或不选它" for n in campaign_units if n not in known]
    mailbox = data.get("mailbox") or {}
    form = {
        "id": str(data.get("id") or ""),
        "title": str(data.get("title") or ""),
        "notice_date": str(data.get("notice_date") or ""),
        "addresses": _joined(mailbox.get("addresses")),
        "subject_hints": _joined(mailbox.get("subject_hints")),
        "units": [n for n in campaign_units if n in known],
        "quota": _quota_text(data.get("quota")),
        "requirements": [],
        "unsettled": list(dict.fromkeys(unsettled)),
        "notice_text": str(data.get("notice_text") or ""),
        "extra": json.dumps({k: v for k, v in data.items() if k not in SHOWN_KEYS}, ensure_ascii=False, default=str),
    }
    for r in requirements:
        spec = r.get("units", "all")
        form["requirements"].append({
            "id": str(r.get("id") or ""), "title": str(r.get("title") or ""),
            "description": str(r.get("description") or ""), "due": _due_value(r.get("due")),
            **{key: _due_value(r.get(key)) for key, _ in WINDOWS},
            "units_all": spec in (None, "all"),
            "units": [] if spec in (None, "all") else _names_of(spec, roster_units, campaign_units),
            "hints": _joined(r.get("hints")), "assigned": _assigned_text(r.get("assigned")),
            "parts": [_part_form(p) for p in r.get("parts") or [] if isinstance(p, dict)],
        })
    return form


def _quota_text(quota) -> str:
    """``{town: 2, 县公安局: 2}`` as the clerk reads it: 镇2名、县公安局2名."""
    if not isinstance(quota, dict):
        return ""
    return "、".join(f"{KIND_LABELS.get(str(k), k)}{n}名" for k, n in quota.items())


def _part_form(p: dict) -> dict:
    return {
        "id": str(p.get("id") or ""), "title": str(p.get("title") or ""), "kind": str(p.get("kind") or "document"),
        "formats": _joined(p.get("formats")), "words": _joined(p.get("words")),
        "min_count": str(p.get("min_count") or 1), "pattern": str(p.get("pattern") or ""),
        "embedded": "" if p.get("embedded_photos_count") is None else str(bool(p["embedded_photos_count"])).lower(),
        "links": bool(p.get("links")),
    }


def blank_requirement(n: int) -> dict:
    return {"id": f"req{n}", "title": "", "description": "", "due": "", **{key: "" for key, _ in WINDOWS},
            "units_all": True, "units": [], "hints": "", "assigned": "", "parts": []}


def blank_part(n: int) -> dict:
    return {"id": f"part{n}", "title": "", "kind": "document", "formats": "", "words": "", "min_count": "1", "pattern": "", "embedded": "",
            "links": False}


# ---------------------------------------------------------------- posted fields -> form


class Posted:
    """The posted fields, several values per name kept (checkboxes)."""

    def __init__(self, pairs: list[tuple[str, str]]):
        self.values: dict[str, list[str]] = {}
        for key, value in pairs:
            self.values.setdefault(key, []).append(value)

    def get(self, key: str, default: str = "") -> str:
        return (self.values.get(key) or [default])[0].strip()

    def text(self, key: str) -> str:
        """A multi-line value as it was posted (not stripped), its line ends made \\n
        (a browser posts a hidden field's line ends as \\r\\n)."""
        return plain_line_ends((self.values.get(key) or [""])[0])

    def getlist(self, key: str) -> list[str]:
        return [v for v in self.values.get(key, []) if v.strip()]

    def count(self, prefix: str) -> int:
        """How many indexed groups (r0_, r1_ … / r0p0_ …) were posted."""
        n = 0
        while any(k.startswith(f"{prefix}{n}_") for k in self.values):
            n += 1
        return n


def form_from_posted(posted: Posted) -> dict:
    """The form as the clerk left it (before any check), removed rows left out."""
    form = {
        "id": posted.get("id"), "title": posted.get("title"), "notice_date": posted.get("notice_date"),
        "addresses": posted.get("addresses"), "subject_hints": posted.get("subject_hints"),
        "units": posted.getlist("units"), "quota": posted.get("quota"),
        "unsettled": [u for i, u in enumerate(posted.getlist("unsettled")) if str(i) not in posted.getlist("settled")],
        "extra": posted.get("extra", "{}"), "notice_text": posted.text("notice_text"), "requirements": [],
    }
    for i in range(posted.count("r")):
        p = f"r{i}_"
        if posted.get(p + "remove") == "1":
            continue
        req = {
            "id": posted.get(p + "id"), "title": posted.get(p + "title"), "description": posted.get(p + "description"),
            "due": posted.get(p + "due"), **{key: posted.get(p + key) for key, _ in WINDOWS},
            "units_all": posted.get(p + "units_all") == "1",
            "units": posted.getlist(p + "units"), "hints": posted.get(p + "hints"),
            "assigned": posted.get(p + "assigned"), "parts": [],
        }
        for j in range(posted.count(f"r{i}p")):
            q = f"r{i}p{j}_"
            if posted.get(q + "remove") == "1":
                continue
            req["parts"].append({key: posted.get(q + key) for key in ("id", "title", "kind", "formats", "words", "min_count", "pattern", "embedded")}
                                | {"links": bool(posted.get(q + "links"))})
        form["requirements"].append(req)
    return form


# ---------------------------------------------------------------- form -> dict, checked


def _words(text: str) -> list[str]:
    return [w for w in SPLIT.split(text or "") if w]


def _parse_due(value: str, tz: ZoneInfo) -> dt.datetime | None:
    try:
        d = dt.datetime.fromisoformat(value.strip().replace(" ", "T"))
    except ValueError:
        return None
    return d if d.tzinfo else d.replace(tzinfo=tz)


def _campaign_units_spec(names: list[str], roster_units: list[dict]):
    """``{kinds: […]}`` when the checked units are exactly whole kinds (units added to
    those kinds later join too), else the list of names."""
    chosen = set(names)
    kinds = [k for k in UNIT_KINDS if any(u["kind"] == k for u in roster_units)]
    whole = [k for k in kinds if all(u["name"] in chosen for u in roster_units if u["kind"] == k)]
    covered = {u["name"] for u in roster_units if u["kind"] in whole}
    if whole and covered == chosen:
        return {"kinds": whole}
    return [u["name"] for u in roster_units if u["name"] in chosen]


def data_from_form(form: dict, roster_units: list[dict], taken_ids: set[str]) -> tuple[dict, dict[str, str]]:
    """The campaign dict for ``form`` and the errors by field name (empty: it can be saved)."""
    errors: dict[str, str] = {}
    try:
        extra = json.loads(form.get("extra") or "{}")
        extra = extra if isinstance(extra, dict) else {}
    except ValueError:
        extra = {}
    tz = ZoneInfo(str(extra.get("timezone") or "Asia/Shanghai"))
    cid = form["id"]
    if not cid:
        errors["id"] = "请填写活动编号"
    elif not ID_RE.match(cid):
        errors["id"] = "活动编号" + ID_HINT
    elif cid in taken_ids:
        errors["id"] = f"活动编号“{cid}”已被另一个活动使用，请换一个"
    if not form["title"]:
        errors["title"] = "请填写活动名称"
    if form["notice_date"]:
        try:
            dt.date.fromisoformat(form["notice_date"])
        except ValueError:
            errors["notice_date"] = "通知日期格式应为 年-月-日，如 2024-01-05"
    addresses = [a.lower() for a in _words(form["addresses"])]
    bad = [a for a in addresses if not EMAIL_RE.fullmatch(a)]
    if bad:
        errors["addresses"] = f"不是有效的邮箱地址：{'、'.join(bad)}"
    known = {u["name"] for u in roster_units}
    units = [n for n in form["units"] if n in known]
    if not units:
        errors["units"] = "请至少选择一个报送单位"
    quota = _quota_data(form.get("quota") or "", units, errors)
    if not form["requirements"]:
        errors["requirements"] = "请至少保留一项报送要求"
    requirements = []
    seen_ids: set[str] = set()
    for i, r in enumerate(form["requirements"]):
        requirements.append(_requirement_data(i, r, units, tz, seen_ids, errors))
    data = {
        "id": cid, "title": form["title"],
        **({"notice_date": form["notice_date"]} if form["notice_date"] and "notice_date" not in errors else {}),
        "timezone": str(extra.pop("timezone", "Asia/Shanghai")),
        **{k: v for k, v in extra.items() if k in ("county",)},
        "mailbox": {"addresses": addresses, "subject_hints": _words(form["subject_hints"])},
        "units": _campaign_units_spec(units, roster_units),
        **({"quota": quota} if quota else {}),
        "requirements": requirements,
        **{k: v for k, v in extra.items() if k not in ("county", "shared_slots")},
    }
    slots = [s for s in extra.get("shared_slots") or [] if isinstance(s, dict)
             and s.get("requirement") in seen_ids and all(u in units for u in s.get("units") or [])]
    if slots:
        data["shared_slots"] = slots
    if form["unsettled"]:
        data["unsettled"] = form["unsettled"]
    if form.get("notice_text"):
        data["notice_text"] = form["notice_text"]
    return data, errors


def _quota_data(text: str, units: list[str], errors: dict) -> dict[str, int]:
    """镇2名、乡1名、县公安局2名 (a kind as the roster calls it, 乡镇 for both, or a chosen unit's name) as the
    file's ``quota``; what cannot be read is said on the field."""
    quota: dict[str, int] = {}
    for item in (i.strip() for i in re.split(r"[,，、;；\n]+", text) if i.strip()):
        m = QUOTA_ITEM.fullmatch(item)
        who = m.group("who") if m else item
        if not m or int(m.group("n")) < 1:
            errors["quota"] = f"“{item}”看不懂：请写成“镇2名、乡1名、县公安局2名”，名额至少为1"
        elif who in KINDS_BY_LABEL:
            quota.update({kind: int(m.group("n")) for kind in KINDS_BY_LABEL[who]})
        elif who in units:
            quota[who] = int(m.group("n"))
        else:
            errors["quota"] = f"“{who}”既不是单位类别（镇、乡、乡镇），也不是本活动的报送单位"
    return quota


def _checked_id(value: str, label: str, field: str, seen: set[str], errors: dict) -> str:
    """An id within its list: ascii, not seen before (what is wrong goes to ``errors[field]``)."""
    if not ID_RE.match(value):
        errors[field] = label + ID_HINT
    elif value in seen:
        errors[field] = f"{label}“{value}”重复了"
    seen.add(value)
    return value


# a requirement's windows after its due: late mails taken until (补报截止), corrections taken until (更正截止)
WINDOWS = (("late_until", "补报截止"), ("corrections_until", "更正截止"))


def _window_after(value: str | None, label: str, due, tz: ZoneInfo, field: str, errors: dict):
    """The window's end as a datetime, or None when not given; a wrong one is said in ``errors``."""
    until = _parse_due(value, tz) if value else None
    if value and (until is None or (due and until <= due)):
        errors[field] = f"{label}时间格式不对" if until is None else f"{label}应晚于截止时间"
    return until


def _requirement_data(i: int, r: dict, units: list[str], tz: ZoneInfo, seen_ids: set[str], errors: dict) -> dict:
    p = f"r{i}_"
    rid = _checked_id(r["id"] or f"req{i + 1}", "要求编号", p + "id", seen_ids, errors)
    if not r["title"]:
        errors[p + "title"] = "请填写要求名称"
    due = _parse_due(r["due"], tz) if r["due"] else None
    if due is None:
        errors[p + "due"] = "请填写截止时间（年-月-日 时:分）" if not r["due"] else "截止时间格式不对"
    windows = {key: _window_after(r.get(key), label, due, tz, p + key, errors) for key, label in WINDOWS}
    chosen = [n for n in r["units"] if n in units]
    if not r["units_all"] and not chosen:
        errors[p + "units"] = "请选择报送单位，或勾选“活动的全部单位”"
    parts = []
    part_ids: set[str] = set()
    for j, part in enumerate(r["parts"]):
        parts.append(_part_data(f"r{i}p{j}_", j, part, part_ids, errors))
    out = {"id": rid, "title": r["title"]}
    if r["description"]:
        out["description"] = r["description"]
    out["due"] = due.isoformat() if due else r["due"]
    out.update({key: until.isoformat() for key, until in windows.items() if until})
    out["units"] = "all" if r["units_all"] else chosen
    hints = _words(r["hints"])
    if hints:
        out["hints"] = hints
    assigned = _assigned_data(r.get("assigned") or "", chosen if not r["units_all"] else units, p + "assigned", errors)
    if assigned:
        out["assigned"] = assigned
    out["parts"] = parts
    return out


def _assigned_text(assigned) -> str:
    """``{建议第3号: 县教育局, …}`` as the clerk reads it: 建议第3号：县教育局；…"""
    return "；".join(f"{k}：{u}" for k, u in assigned.items()) if isinstance(assigned, dict) else ""


def _assigned_data(text: str, units: list[str], field: str, errors: dict) -> dict[str, str]:
    """建议第3号：县教育局；建议第5号：县交通局 as the requirement's ``assigned``; what cannot be read is said on the
    field."""
    out: dict[str, str] = {}
    for item in (i.strip() for i in re.split(r"[;；\n]+", text) if i.strip()):
        number, _, unit = (x.strip() for x in item.replace("：", ":").partition(":"))
        if not number or not unit:
            errors[field] = f"“{item}”看不懂：请写成“建议第3号：县教育局；提案第4号：县卫健局”"
        elif unit not in units:
            errors[field] = f"“{unit}”不是这项要求的报送单位"
        else:
            out[number] = unit
    return out


def _part_data(q: str, j: int, part: dict, part_ids: set[str], errors: dict) -> dict:
    pid = _checked_id(part["id"] or f"part{j + 1}", "材料编号", q + "id", part_ids, errors)
    kind = part["kind"] if part["kind"] in PART_KINDS else "document"
    out = {"id": pid, "title": part["title"] or pid, "kind": kind}
    if kind == "document":
        formats = [f.lower().lstrip(".") for f in _words(part["formats"])]
        if formats:
            out["formats"] = formats
        if _words(part["words"]):
            out["words"] = _words(part["words"])
    if kind == "photo":
        try:
            out["min_count"] = int(part["min_count"] or 1)
            if out["min_count"] < 1:
                raise ValueError
        except ValueError:
            errors[q + "min_count"] = "张数应为正整数"
    if kind == "photo" and part.get("embedded") in ("true", "false"):  # set in the file: kept as it was
        out["embedded_photos_count"] = part["embedded"] == "true"
    if kind in ("document", "photo") and part.get("links"):  # 文件较大的可通过网盘发送下载链接
        out["links"] = True
    if kind in ("field", "photo") and part["pattern"]:  # a photo part's: words standing for its pictures
        try:
            re.compile(part["pattern"])
            out["pattern"] = part["pattern"]
        except re.error:
            errors[q + "pattern"] = "识别规则写得不对（这是正则表达式，不确定可留空）"
    return out
