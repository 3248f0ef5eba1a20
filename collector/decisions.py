"""A person's decisions about a mail: assign it to a unit, or ignore it.

A decision overrides the matcher and is remembered (``decisions`` table, with
who, when and for which campaign), so re-processing a mail re-applies it (``reapply_decisions``).
Assigning confirms the sender address for the unit (learned_addresses).

``decide`` commits the decision, its audit event and a "to refile" marker
(collector/tree.py) in one transaction. Linking the files into the new folders
and refreshing 报送情况 come after, in ``carry_out_pending`` /
``mark_carried_out``, which every run calls (pipeline.finish_run): a decision
whose process died, or hit a full disk, after its commit is finished by
whatever runs next.
"""

from __future__ import annotations

import datetime as dt
import json

from collector import audit, file, tree
from collector.campaign import Campaign, load_campaigns
from collector.audit import now_iso
from collector.model import Attachment, Match, ParsedMail


class DecisionError(ValueError):
    """Bad input from the person deciding (message or unit not found); message in Chinese."""


def find_message(db, message: str) -> dict:
    """A message by sha256 prefix (at least 6 hex digits) or Message-ID (with or without <>)."""
    key = (message or "").strip()
    if not key:
        raise DecisionError("请给出邮件的 sha256 前缀或 Message-ID")
    rows = []
    if len(key) >= 6 and all(c in "0123456789abcdefABCDEF" for c in key):
        rows = list(db["messages"].rows_where("sha256 LIKE ?", [key.lower() + "%"]))
    if not rows:
        bare = key.strip("<>")
        rows = list(db["messages"].rows_where("message_id IN (?, ?)", [bare, f"<{bare}>"]))
    if not rows:
        raise DecisionError(f"找不到邮件：{key}")
    if len(rows) > 1:
        raise DecisionError(f"“{key}”对应多封邮件，请给出更长的 sha256 前缀")
    return rows[0]


def _campaign_of_unit(db, unit: str, campaigns: list[Campaign] | None, campaign: str | None = None,
                      prefer: str | None = None) -> tuple[str, Campaign | None]:
    """The campaign a unit's mail is filed under: ``campaign`` when the person named one
    (the unit must be on it); else ``prefer`` (the mail's own campaign) when the unit is
    on it; else the first campaign the unit is on."""
    on = [(c.id, c) for c in campaigns or [] if c.unit_by_name(unit)]
    on += [(r[0], None) for r in db.execute("SELECT campaign FROM units WHERE name = ? ORDER BY rowid DESC", [unit])
           if r[0] not in {cid for cid, _ in on}]
    if campaign:
        chosen = [pair for pair in on if pair[0] == campaign]
        if not chosen:
            raise DecisionError(f"{unit}不在活动{campaign}中" if on else f"名册中没有单位：{unit}")
        return chosen[0]
    for pair in on:
        if pair[0] == prefer:
            return pair
    if on:
        return on[0]
    raise DecisionError(f"名册中没有单位：{unit}")


def parsed_from_row(db, msg: dict) -> ParsedMail:
    """Enough of the mail, from the index, to choose requirements again."""
    atts = [
        Attachment(filename=r["filename"] or "", content_type=r["content_type"] or "", kind=r["kind"] or "other",
                   data=None, inline=bool(r["inline"]), parent=r["parent_idx"], text=r["text"], stored_path=r["path"])
        for r in db["attachments"].rows_where("message_sha256 = ?", [msg["sha256"]], order_by="idx")
    ]
    return ParsedMail(
        message_id=msg["message_id"], subject=msg["subject"] or "", from_addr=msg["from_addr"],
        from_name=msg["from_name"], from_raw=msg["from_raw"] or "", to=json.loads(msg["to_addrs"] or "[]"),
        date_header=msg["date_header"], body_text=msg["body_text"] or "", attachments=atts,
    )


def _write_assignment(db, msg: dict, campaign_id: str, unit: str, requirements: list[str], reason: str) -> None:
    sha = msg["sha256"]
    with db.atomic():
        db["messages"].update(sha, {"campaign": campaign_id, "unit": unit, "state": "filed",
                                    "reason": reason, "confidence": 1.0})
        db.execute("DELETE FROM submissions WHERE message_sha256 = ?", [sha])
        for req in requirements:
            db["submissions"].insert({
                "message_sha256": sha, "campaign": campaign_id, "unit": unit, "requirement": req,
                "received_at": msg["received_at"], "is_current": 1,
            }, replace=True)


def _requirements_for(db, msg, campaign_id, campaign, unit, requirements):
    from collector.match import detect_requirements

    if campaign is None:
        campaign = next((c for c in load_campaigns(None) if c.id == campaign_id), None)
    applicable = [r.id for r in campaign.requirements_for(unit)] if campaign else []
    if requirements:
        bad = [r for r in requirements if applicable and r not in applicable]
        if bad:
            raise DecisionError(f"{unit}无需报送：{'、'.join(bad)}（可选：{'、'.join(applicable)}）")
        return list(requirements)
    if campaign is None:
        return []
    received = dt.datetime.fromisoformat(msg["received_at"]) if msg["received_at"] else None
    found, _ = detect_requirements(parsed_from_row(db, msg), campaign, unit, received)
    if not found and len(applicable) == 1:
        found = applicable
    return found


def assign(db, message: str, unit: str, requirements: list[str] | None = None, by: str = "clerk",
           note: str | None = None, campaigns: list[Campaign] | None = None, campaign: str | None = None) -> dict:
    """File a mail under ``unit`` (roster name) of ``campaign`` (default: the mail's own
    campaign if the unit is on it, else the first the unit is on). Requirements default
    to what the mail's words and attachments show. Returns the decision row."""
    msg = find_message(db, message)
    campaign_id, campaign_obj = _campaign_of_unit(db, unit, campaigns, campaign, prefer=msg.get("campaign"))
    reqs = _requirements_for(db, msg, campaign_id, campaign_obj, unit, requirements)
    row = {
        "message_sha256": msg["sha256"], "action": "assign", "unit": unit,
        "requirements": json.dumps(reqs, ensure_ascii=False), "decided_by": by,
        "decided_at": now_iso(), "note": note, "campaign": campaign_id,
    }
    row["id"] = db["decisions"].insert(row).last_pk
    _apply(db, msg, row, campaign_id)
    return row


REOPEN = "reopen"  # ``unit`` value for decide(): back to 待审核 for a person to decide again
AUDIT_EVENTS = {"assign": "reassigned", "ignore": "ignored_by_person", REOPEN: "reopened_by_person"}


def decide(db, message: str, unit: str | None, requirements: list[str] | None = None, by: str = "clerk",
           note: str | None = None, campaigns: list[Campaign] | None = None, campaign: str | None = None) -> dict:
    """Assign (or, with unit None, ignore; with unit REOPEN, put back in 待审核) and record
    it in the audit chain, with the marker that its files still have to be linked: one
    transaction. Returns the decision row."""
    with db.atomic():
        if unit is None:
            row = ignore(db, message, by=by, note=note)
        elif unit == REOPEN:
            row = reopen(db, message, by=by, note=note)
        else:
            row = assign(db, message, unit, requirements, by=by, note=note, campaigns=campaigns, campaign=campaign)
        audit.record(
            db, AUDIT_EVENTS[row["action"]], message_sha256=row["message_sha256"], actor=by,
            unit=row["unit"], requirements=row["requirements"], note=note,
            **({"campaign": row["campaign"]} if row.get("campaign") else {}),
        )
        tree.mark_pending(db, row["message_sha256"], row.get("id"), row["decided_at"])
    return row


def carry_out_pending(db, data_dir) -> list[str]:
    """Link the files of every mail whose decision is not yet carried out into the
    folders it now belongs in (durably, recorded; safe to repeat). Call holding the
    run lock, then ``mark_carried_out`` in the transaction that refreshes the status."""
    pending = tree.pending(db)
    for sha in pending:
        file.refile(data_dir, db, sha)
    return pending


def mark_carried_out(db, refiled: list[str]) -> None:
    if refiled:
        tree.clear_pending(db, refiled)


def ignore(db, message: str, by: str = "clerk", note: str | None = None) -> dict:
    msg = find_message(db, message)
    row = {
        "message_sha256": msg["sha256"], "action": "ignore", "unit": None, "requirements": "[]",
        "decided_by": by, "decided_at": now_iso(), "note": note, "campaign": msg.get("campaign"),
    }
    row["id"] = db["decisions"].insert(row).last_pk
    _apply(db, msg, row, None)
    return row


def reopen(db, message: str, by: str = "clerk", note: str | None = None) -> dict:
    """Undo a decision that had none before it: the mail waits in 待审核 again."""
    msg = find_message(db, message)
    row = {
        "message_sha256": msg["sha256"], "action": REOPEN, "unit": None, "requirements": "[]",
        "decided_by": by, "decided_at": now_iso(), "note": note, "campaign": msg.get("campaign"),
    }
    row["id"] = db["decisions"].insert(row).last_pk
    _apply(db, msg, row, None)
    return row


def _reason(row: dict) -> str:
    who = f"{row['decided_by']}于{row['decided_at']}"
    note = f"（{row['note']}）" if row.get("note") else ""
    if row["action"] == "ignore":
        return f"人工忽略：{who}{note}"
    if row["action"] == REOPEN:
        return f"人工退回待审核：{who}{note}"
    reqs = "、".join(json.loads(row["requirements"] or "[]")) or "未指定事项"
    return f"人工指定为{row['unit']}（{reqs}）：{who}{note}"


def _apply(db, msg: dict, row: dict, campaign_id: str | None) -> None:
    from collector.match import learn_address

    if row["action"] in ("ignore", REOPEN):
        change = {"state": "ignored"} if row["action"] == "ignore" else {"state": "needs_review", "unit": None}
        with db.atomic():
            db["messages"].update(msg["sha256"], {**change, "reason": _reason(row)})
            db.execute("DELETE FROM submissions WHERE message_sha256 = ?", [msg["sha256"]])
        return
    if campaign_id is None:  # re-applied: the campaign the person chose, while the unit is on it
        campaign_id = _campaign_of_unit(db, row["unit"], None, prefer=row.get("campaign") or msg.get("campaign"))[0]
    reqs = json.loads(row["requirements"] or "[]")
    _write_assignment(db, msg, campaign_id, row["unit"], reqs, _reason(row))
    parsed = ParsedMail(msg["message_id"], msg["subject"] or "", msg["from_addr"], msg["from_name"],
                        msg["from_raw"] or "", json.loads(msg.get("to_addrs") or "[]"), None, "")
    learn_address(db, parsed, Match(campaign_id, row["unit"], reqs, "filed", "", 1.0), msg["sha256"],
                  how="confirmed")


def latest_decision(db, message_sha256: str) -> dict | None:
    rows = list(db["decisions"].rows_where("message_sha256 = ?", [message_sha256], order_by="id desc", limit=1))
    return rows[0] if rows else None


def reapply_decisions(db, message_sha256: str | None = None) -> int:
    """Put people's decisions back over the matcher's result (after a mail is
    processed again). The pipeline calls it with the mail's sha256 after
    writing the Match; refresh_status calls it for all. Returns how many applied."""
    if "decisions" not in db.table_names():
        return 0
    where = "WHERE message_sha256 = ?" if message_sha256 else ""
    shas = [r[0] for r in db.execute(f"SELECT DISTINCT message_sha256 FROM decisions {where}",
                                     [message_sha256] if message_sha256 else []).fetchall()]
    applied = 0
    for sha in shas:
        row = latest_decision(db, sha)
        msg_rows = list(db["messages"].rows_where("sha256 = ?", [sha]))
        if not row or not msg_rows:
            continue
        msg = msg_rows[0]
        if msg["reason"] == _reason(row):
            continue  # already in force
        _apply(db, msg, row, None)
        applied += 1
    return applied


def review_queue(db) -> list[dict]:
    """Mails waiting for a person, oldest first, with the matcher's suggestions."""
    return [
        {
            "sha256": r["sha256"], "message_id": r["message_id"], "received_at": r["received_at"],
            "from": r["from_raw"] or r["from_addr"], "subject": r["subject"], "reason": r["reason"],
            "unit": r["unit"], "suggestions": json.loads(r["suggestions"] or "[]"),
        }
        for r in db["messages"].rows_where("state = 'needs_review'", order_by="received_at")
    ]
