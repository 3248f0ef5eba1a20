"""名册 on the dashboard: the standing county roster, and the clerk's edits of it.

The pages read the archive's roster tables (collector/roster.py); before the
first run has seeded them they show the shipped roster. Every edit is one of
collector.roster's audited functions, run under the run lock (writes.py).
"""

from __future__ import annotations

import json
import sqlite3
from urllib.parse import urlencode

from datasette.utils.asgi import NotFound, Response

from .. import roster as roster_mod
from ..roster import KIND_LABELS, UNIT_KINDS, Roster, RosterEditError, Unit
from .access import archive_db, data_dir_of, require_role
from .render import render
from .writes import ArchiveBusy, require_office, write_archive


def routes():
    return [
        (r"^/roster$", roster_page),
        (r"^/roster/unit$", roster_unit_page),
        (r"^/roster/(?P<action>add|update|rename|merge|add-address|drop-address)$", roster_edit),
    ]


# ---------------------------------------------------------------- reading


def _has_table(conn, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


def roster_from_conn(conn: sqlite3.Connection) -> Roster:
    """The archive's roster read with plain SQL (no seeding: the page only reads);
    the shipped roster while the archive has none yet."""
    if not _has_table(conn, "roster_units") or not conn.execute("SELECT 1 FROM roster_units LIMIT 1").fetchone():
        return roster_mod.builtin_roster()
    addresses: dict[str, list[str]] = {}
    for address, unit in conn.execute("SELECT address, unit FROM roster_addresses ORDER BY address"):
        addresses.setdefault(unit, []).append(address)
    units = [
        Unit(name=name, kind=kind, official_name=official or "", aliases=json.loads(aliases or "[]"),
             addresses=addresses.get(name, []), division_code=code or "")
        for name, kind, official, aliases, code in conn.execute(
            "SELECT name, kind, official_name, aliases, division_code FROM roster_units ORDER BY rowid"
        )
    ]
    county = conn.execute("SELECT value FROM collector_settings WHERE key = 'county'").fetchone() \
        if _has_table(conn, "collector_settings") else None
    return Roster(county=county[0] if county else "", units=units)


def _address_rows(conn) -> dict[str, list[dict]]:
    """Every address by unit: entered in the roster, or learned from a unit's mail (with where)."""
    out: dict[str, list[dict]] = {}
    if _has_table(conn, "roster_addresses"):
        for address, unit, how, by, at in conn.execute(
            "SELECT address, unit, how, added_by, added_at FROM roster_addresses ORDER BY address"
        ):
            out.setdefault(unit, []).append({"address": address, "source": "登记", "by": by, "at": (at or "").replace("T", " ")[:16],
                                             "campaign": None, "mail": None})
    learned_labels = {"matched": "从来信中识别", "confirmed": "人工确认"}
    for address, campaign, unit, how, at, sha in conn.execute(
        "SELECT address, campaign, unit, how, learned_at, message_sha256 FROM learned_addresses ORDER BY address"
    ):
        if any(a["address"] == address for a in out.get(unit, [])):
            continue
        out.setdefault(unit, []).append({"address": address, "source": learned_labels.get(how, how or "识别"),
                                         "by": None, "at": (at or "").replace("T", " ")[:16],
                                         "campaign": campaign, "mail": sha})
    return out


def _former_names(conn) -> dict[str, list[str]]:
    if not _has_table(conn, "roster_units"):
        return {}
    return {name: json.loads(former or "[]") for name, former in conn.execute("SELECT name, former_names FROM roster_units")}


def roster_view(conn) -> dict:
    roster = roster_from_conn(conn)
    addresses = _address_rows(conn)
    former = _former_names(conn)
    if not _has_table(conn, "roster_units"):  # the shipped roster: its addresses are all entered
        for u in roster.units:
            learned = [a for a in addresses.get(u.name, []) if a["address"] not in u.addresses]
            addresses[u.name] = [{"address": a, "source": "登记", "by": None, "at": "", "campaign": None, "mail": None}
                                 for a in u.addresses] + learned
    groups = []
    for kind in UNIT_KINDS:
        units = [
            {"name": u.name, "official_name": u.official_name, "aliases": u.aliases, "kind": u.kind,
             "addresses": addresses.get(u.name, []), "former": former.get(u.name, [])}
            for u in roster.units if u.kind == kind
        ]
        if units:
            groups.append({"kind": kind, "label": KIND_LABELS[kind], "units": units})
    return {"groups": groups, "names": [u.name for u in roster.units], "count": len(roster.units)}


# ---------------------------------------------------------------- pages


async def roster_page(datasette, request):
    role = require_role(request)
    view = await archive_db(datasette).execute_fn(roster_view)
    return await render(datasette, request, "collector_roster.html",
                         {**view, "can_edit": role == "office", "kinds": KIND_LABELS})


async def roster_unit_page(datasette, request):
    role = require_role(request)
    view = await archive_db(datasette).execute_fn(roster_view)
    name = request.args.get("name", "")
    unit = next((u for g in view["groups"] for u in g["units"] if u["name"] == name), None)
    if unit is None:
        raise NotFound("名册中没有这个单位")
    return await render(
        datasette, request, "collector_roster_unit.html",
        {"unit": unit, "names": [n for n in view["names"] if n != name], "can_edit": role == "office",
         "kinds": KIND_LABELS},
    )


def _split(text: str) -> list[str]:
    return [w for w in text.replace("，", "、").replace(",", "、").replace("\n", "、").split("、") if w.strip()]


def posted_roster_edit(action: str, form: dict, user: str):
    """The roster edit a posted form asks for, as a function of the archive db; as
    jobs.edit_roster does, the next poll then recomputes the 报送情况 even without mail."""
    edit = _roster_edit(action, form, user)

    def apply(db):
        roster_mod.seed_roster(db)
        edit(db)
        roster_mod.forget_campaigns(db)

    return apply


def _roster_edit(action: str, form: dict, user: str):
    name = form.get("name", "").strip()
    if action == "add":
        unit = Unit(name=name, kind=form.get("kind", ""), official_name=form.get("official_name", "").strip(),
                    aliases=_split(form.get("aliases", "")), addresses=[])
        if not name:
            raise RosterEditError("请填写单位名称")
        return lambda db: roster_mod.add_unit(db, unit, user)
    if action == "update":
        return lambda db: roster_mod.update_unit(
            db, name, user, kind=form.get("kind") or None, official_name=form.get("official_name", "").strip(),
            aliases=_split(form.get("aliases", "")))
    if action == "rename":
        return lambda db: roster_mod.rename_unit(db, name, form.get("new_name", ""), user)
    if action == "merge":
        drop = form.get("drop", "").strip()
        if not drop:
            raise RosterEditError("请选择要并入的单位")
        return lambda db: roster_mod.merge_units(db, name, drop, user)
    if action == "add-address":
        return lambda db: roster_mod.add_address(db, name, form.get("address", ""), user)
    return lambda db: roster_mod.drop_address(db, form.get("address", ""), user)


DONE_MESSAGES = {
    "add": "已添加单位“{name}”", "update": "已保存“{name}”的修改", "rename": "已将“{name}”改名为“{new_name}”",
    "merge": "已将“{drop}”并入“{name}”", "add-address": "已为“{name}”添加邮箱 {address}",
    "drop-address": "已删除邮箱 {address}",
}


async def roster_edit(datasette, request):
    """POST of a roster form: the edit under the run lock, then back to the unit (or the 名册)."""
    user = require_office(request)
    if request.method != "POST":
        return Response.redirect("/roster")
    action = request.url_vars["action"]
    form = {k: v.strip() for k, v in (await request.post_vars()).items()}
    name = form.get("new_name") if action == "rename" else form.get("name", "")
    back = "/roster/unit?" + urlencode({"name": name}) if name else "/roster"
    try:
        await write_archive(data_dir_of(datasette), posted_roster_edit(action, form, user))
    except (RosterEditError, ArchiveBusy) as e:
        failed = "/roster/unit?" + urlencode({"name": form.get("name", "")}) if action != "add" else "/roster"
        datasette.add_message(request, f"未修改：{e}", datasette.ERROR)
        return Response.redirect(failed)
    datasette.add_message(request, DONE_MESSAGES[action].format(**{"name": "", "new_name": "", "drop": "", "address": "", **form}),
                          datasette.INFO)
    return Response.redirect(back)
