"""The clerk's decisions on the dashboard: assign a mail to a unit, ignore it, undo.

The same path as `collector assign` / `collector ignore` (jobs.decide: the run lock,
the audit chain with who and when, refiling, the 报送情况 refreshed at once). Only
office logins may decide (writes.require_office); the forms are POSTs checked by
Datasette's own CSRF protection. Every form carries the mail's version as the page
showed it (``mail_version``); a decision on a mail that changed since (another
clerk, a poll) is refused under the run lock, so it is never applied twice.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from urllib.parse import parse_qs

from datasette.utils.asgi import NotFound, Response

from .. import decisions, jobs, runlock
from ..roster import RosterEditError
from .access import archive_db, data_dir_of
from .labels import format_time
from .roster import posted_roster_edit
from .rows import SHA_PATTERN
from .settings import dashboard_settings
from .writes import BUSY_MESSAGE, LOCK_WAIT_SECONDS, ArchiveBusy, local_path, require_office, write_archive

ACTION_LABELS = {"assign": "归入", "ignore": "忽略", decisions.REOPEN: "退回待审核"}
STALE_MESSAGE = "这封邮件在您打开页面之后已有变化（其他人已处理或刚收取过邮件），本次处理未保存。请查看最新情况后再决定。"


class StaleMail(decisions.DecisionError):
    """The mail changed since the page that posted the form was shown."""


def routes():
    return [(rf"^/mail/{SHA_PATTERN}/decide$", decide_post)]


# ---------------------------------------------------------------- reading


def mail_version(conn, sha: str) -> str:
    """A short fingerprint of what a decision changes: state, unit, campaign, the
    requirements filed, and how many decisions there were (``conn``: sqlite3 or sqlite-utils)."""
    row = conn.execute("SELECT state, unit, campaign FROM messages WHERE sha256 = ?", [sha]).fetchone()
    reqs = sorted(r[0] for r in conn.execute("SELECT requirement FROM submissions WHERE message_sha256 = ?", [sha]))
    count = conn.execute("SELECT count(*) FROM decisions WHERE message_sha256 = ?", [sha]).fetchone()[0]
    text = json.dumps([list(row) if row else None, reqs, count], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _campaign_choices(conn) -> list[dict]:
    """Every campaign with its units and requirements, for the form."""
    units: dict[str, list[str]] = {}
    for campaign, name in conn.execute("SELECT campaign, name FROM units ORDER BY campaign, kind, name"):
        units.setdefault(campaign, []).append(name)
    reqs: dict[str, list[dict]] = {}
    for campaign, rid, title in conn.execute("SELECT campaign, id, title FROM requirements ORDER BY campaign, due_at, id"):
        reqs.setdefault(campaign, []).append({"id": rid, "title": title or rid})
    titles = _campaign_titles(conn)
    return [{"id": c, "title": titles.get(c) or c, "units": units[c], "requirements": reqs.get(c, [])} for c in units]


def _has(conn, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone() is not None


def _history(conn, sha: str) -> list[dict]:
    rows = conn.execute(
        "SELECT id, action, unit, requirements, decided_by, decided_at, note, campaign FROM decisions"
        " WHERE message_sha256 = ? ORDER BY id", [sha]).fetchall()
    titles = _campaign_titles(conn)
    return [
        {"id": r[0], "action": r[1], "action_label": ACTION_LABELS.get(r[1], r[1]), "unit": r[2],
         "requirements": json.loads(r[3] or "[]"), "by": r[4], "at": r[5], "at_label": format_time(r[5]), "note": r[6],
         "campaign": r[7], "campaign_title": titles.get(r[7]) or r[7]}
        for r in rows
    ]


def _campaign_titles(conn) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT id, title FROM campaigns")} if _has(conn, "campaigns") else {}


def decision_view(conn, mail: dict, campaign: str | None) -> dict:
    """What the decision form of one mail needs: version, choices (the matcher's
    candidates first), the mail's current requirements and its decision history."""
    sha = mail["sha256"]
    choices = _campaign_choices(conn)
    roster = {name for c in choices for name in c["units"]}
    suggestions = mail.get("suggestion_list")
    if suggestions is None:
        suggestions = json.loads(mail.get("suggestions") or "[]")
    candidates = [s for s in suggestions if s in roster]
    if mail.get("unit") in roster and mail["unit"] not in candidates:
        candidates.insert(0, mail["unit"])
    others = sorted(roster - set(candidates))
    filed = [r[0] for r in conn.execute("SELECT requirement FROM submissions WHERE message_sha256 = ?", [sha])]
    ids = {c["id"] for c in choices}
    default_campaign = next((c for c in (mail.get("campaign"), campaign) if c in ids), choices[0]["id"] if choices else None)
    return {
        "sha": sha, "version": mail_version(conn, sha), "campaigns": choices, "default_campaign": default_campaign,
        "candidates": candidates, "others": others, "unit": mail.get("unit") or "", "filed": filed,
        "from_addr": mail.get("from_addr") or "", "history": _history(conn, sha),
        "state": mail.get("state"),
    }


# ---------------------------------------------------------------- deciding


def _posted(body: bytes) -> dict[str, list[str]]:
    return {k: [v.strip() for v in vs] for k, vs in parse_qs(body.decode("utf-8"), keep_blank_values=True).items()}


def _one(form: dict, key: str) -> str:
    return (form.get(key) or [""])[-1]


def _undo_target(history: list[dict], sha: str) -> dict:
    """Undo the latest decision: the one before it again, else back to 待审核."""
    if not history:
        raise decisions.DecisionError("这封邮件还没有人工处理，无需撤销")
    latest = history[-1]
    note = f"撤销{latest['by']}于{latest['at_label']}的处理"
    earlier = history[-2] if len(history) > 1 else None
    if earlier is None or earlier["action"] == decisions.REOPEN:
        return {"unit": decisions.REOPEN, "requirements": None, "note": note}
    if earlier["action"] == "ignore":
        return {"unit": None, "requirements": None, "note": note}
    return {"unit": earlier["unit"], "requirements": earlier["requirements"] or None, "note": note}


def _decision_from(form: dict, history: list[dict], sha: str) -> dict:
    """The jobs.decide arguments a posted form asks for (DecisionError if incomplete)."""
    action = _one(form, "action")
    note = _one(form, "note") or None
    if action == "assign":
        unit = _one(form, "unit")
        if not unit:
            raise decisions.DecisionError("请选择单位")
        reqs = [r for r in form.get("requirement", []) if r]
        return {"unit": unit, "requirements": reqs or None, "note": note, "campaign": _one(form, "campaign") or None}
    if action == "ignore":
        if not note:
            raise decisions.DecisionError("请填写忽略的原因")
        return {"unit": None, "requirements": None, "note": note}
    if action == "undo":
        return _undo_target(history, sha)
    raise decisions.DecisionError("未知的操作")


def _refuse_if_changed(sha: str, version: str):
    def check(db):
        if not version or mail_version(db, sha) != version:
            raise StaleMail(STALE_MESSAGE)

    return check


async def _remember_address(datasette, unit: str, address: str, user: str) -> str | None:
    """Add the sender's address to the unit in the roster; the failure, if any, as a message."""
    try:
        await write_archive(data_dir_of(datasette), posted_roster_edit("add-address", {"name": unit, "address": address}, user))
    except (RosterEditError, ArchiveBusy) as e:
        return f"邮箱未登记：{e}"
    return None


def _done_message(decision: dict, row: dict) -> str:
    if row["action"] == "ignore":
        return "已忽略这封邮件"
    if row["action"] == decisions.REOPEN:
        return "已撤销，邮件退回待审核"
    reqs = "、".join(json.loads(row["requirements"] or "[]")) or "未指定事项"
    return f"已归入{row['unit']}（{reqs}）"


async def decide_post(datasette, request):
    """POST of a decision form: jobs.decide under the run lock, then back to the page."""
    user = require_office(request)
    sha = request.url_vars["sha"]
    if request.method != "POST":
        return Response.redirect(f"/mail/{sha}")
    form = _posted(await request.post_body())
    back = local_path(_one(form, "back"), f"/mail/{sha}")
    db = archive_db(datasette)
    if (await db.execute("SELECT 1 FROM messages WHERE sha256 = ?", [sha])).first() is None:
        raise NotFound("没有这封邮件")
    history = await db.execute_fn(lambda conn: _history(conn, sha))
    try:
        decision = _decision_from(form, history, sha)
        row = await asyncio.to_thread(
            jobs.decide, dashboard_settings(datasette), sha, by=user, wait=LOCK_WAIT_SECONDS,
            check=_refuse_if_changed(sha, _one(form, "version")), **decision)
    except decisions.DecisionError as e:
        datasette.add_message(request, f"未处理：{e}", datasette.ERROR)
        return Response.redirect(back)
    except runlock.AlreadyRunning:
        datasette.add_message(request, BUSY_MESSAGE, datasette.ERROR)
        return Response.redirect(back)
    except jobs.StorageFull as e:
        datasette.add_message(request, f"磁盘已满：{e}", datasette.ERROR)
        return Response.redirect(back)
    datasette.add_message(request, _done_message(decision, row), datasette.INFO)
    if row["action"] == "assign" and _one(form, "remember") == "1":
        address = (await db.execute("SELECT from_addr FROM messages WHERE sha256 = ?", [sha])).first()[0] or ""
        failed = await _remember_address(datasette, row["unit"], address, user)
        datasette.add_message(request, failed or f"已将 {address} 登记为{row['unit']}的邮箱",
                              datasette.WARNING if failed else datasette.INFO)
    return Response.redirect(back)
