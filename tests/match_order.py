"""Mails through the real parser and matcher in arrival order, addresses learned as the
pipeline learns them: the loop every matcher accuracy test shares."""

from __future__ import annotations

from pathlib import Path

from collector import index
from collector.match import learn_address, load_learned, match_mail
from collector.parsers import parse_message


def match_in_arrival_order(mails, campaigns, data_dir: Path) -> list:
    """(mail, Match) for each mail (anything with .raw and .received_at), oldest first."""
    db = index.connect(data_dir)
    out = []
    for i, mail in enumerate(sorted(mails, key=lambda m: m.received_at)):
        parsed = parse_message(mail.raw)
        m = match_mail(parsed, campaigns, load_learned(db), received_at=mail.received_at)
        learn_address(db, parsed, m, f"{i:064x}")
        out.append((mail, m))
    db.close()
    return out
