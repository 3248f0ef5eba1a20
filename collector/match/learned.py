"""Sender addresses tied to units by earlier mails (and by people)."""

from __future__ import annotations

from collector.audit import now_iso
from collector.match.names import SOURCE_LABELS
from collector.model import Match, ParsedMail

# ---------------------------------------------------------------- learned addresses

LEARN_MIN_CONFIDENCE = 0.5


def load_learned(db) -> dict[str, tuple[str, str]]:
    """address -> (campaign, unit) for addresses that point at one unit."""
    if "learned_addresses" not in db.table_names():
        return {}
    return {
        r["address"]: (r["campaign"], r["unit"])
        for r in db["learned_addresses"].rows
        if r["unit"] and r["how"] in ("matched", "confirmed")
    }


def learn_address(db, parsed: ParsedMail, match: Match, message_sha256: str, how: str = "matched",
                  office: set[str] = frozenset()) -> bool:
    """Remember the sender address of a confidently filed mail (or one a person
    assigned: how="confirmed"). The address's own evidence does not count, a
    forwarded mail teaches nothing about the forwarder, the collecting mailbox
    (``office``, or the address a mail is sent from and first to) is no unit's address whoever sent
    from it, and an address seen for
    two units is marked "conflict" and no longer used (a person's
    confirmation always wins)."""
    addr = (parsed.from_addr or "").lower().strip()
    # sent to itself: the collecting mailbox, whoever typed (a unit copying itself in Cc is not this)
    to_itself = bool(parsed.to) and parsed.to[0].lower().strip() == addr
    if not addr or not match.unit or not match.campaign or addr in office or to_itself:
        return False
    if how == "matched":
        if match.state != "filed" or match.confidence < LEARN_MIN_CONFIDENCE or parsed.forwarded:
            return False
        own = [s for s in match.signals if s.split("：")[0] not in (SOURCE_LABELS["learned"], SOURCE_LABELS["address"])]
        if not own:
            return False
    existing = db["learned_addresses"].get(addr) if _has_row(db, addr) else None
    row = {
        "address": addr, "campaign": match.campaign, "unit": match.unit, "how": how,
        "learned_at": now_iso(), "message_sha256": message_sha256,
    }
    if existing and how == "matched":
        if existing["how"] in ("confirmed", "conflict") or existing["unit"] == match.unit:
            return False
        row.update(unit="", how="conflict")
    db["learned_addresses"].insert(row, replace=True)
    return True


def _has_row(db, addr: str) -> bool:
    return bool(db.execute("SELECT 1 FROM learned_addresses WHERE address = ?", [addr]).fetchone())
