"""The demo mailbox as DemoMails, each with the answer a careful clerk would give;
appending them to a Dovecot; the clerk's expected 报送情况 table."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import random
from collections.abc import Iterable

from collector.demo.mailbox.scenario import DUE, REQUIRED_PARTS, Plan, build_plans
from collector.demo.mailbox.units import Unit, load_roster
from collector.demo.mailbox.writing import write_mail


@dataclasses.dataclass(frozen=True)
class DemoMail:
    """One demo mail and what a careful clerk would say about it."""

    raw: bytes
    received_at: dt.datetime  # server receipt (INTERNALDATE), Asia/Shanghai
    unit: str | None  # roster `name`; None when the sender is not on the roster
    client: str  # one of CLIENTS
    requirements: tuple[str, ...]  # requirements this mail contributes to
    parts: tuple[str, ...]  # e.g. ("summary.report", "summary.photos")
    late: bool  # received after the due time of a requirement it contributes to
    is_correction: bool = False  # 更正 / 以此为准: supersedes the unit's earlier mail
    expected_state: str = "filed"  # filed | needs_review | ignored
    also_units: tuple[str, ...] = ()  # units the same submission also serves (shared slot)
    subject: str = ""  # decoded, for reading test output
    sender: str = ""  # the From address
    note: str = ""  # what is special about this mail
    campaign: str = "jianchang-515-2023"  # the campaign a clerk would file it under ("" for none)


def _late(plan: Plan) -> bool:
    requirements = {p.split(".")[0] for p in plan.parts}
    return any(plan.received_at > DUE[r] for r in requirements)


@functools.lru_cache(maxsize=4)
def _generate(seed: int) -> tuple[DemoMail, ...]:
    return tuple(build_demo_mailbox(seed))


def build_demo_mailbox(seed: int = 515) -> list[DemoMail]:
    """Uncached generation (generate_demo_mailbox caches per seed)."""
    rng = random.Random(seed)
    roster = load_roster()
    mails = []
    for plan in build_plans(rng, roster):
        raw, subject, address, correction = write_mail(plan, rng)
        requirements = tuple(sorted({p.split(".")[0] for p in plan.parts}))
        if plan.kind == "autoreply":
            state = "ignored"
        elif plan.unit is None:
            state = "needs_review"
        else:
            state = "filed"
        mails.append(DemoMail(
            raw=raw,
            received_at=plan.received_at,
            unit=plan.unit.name if plan.unit else None,
            client=plan.client,
            requirements=requirements,
            # A large-attachment link alone does not count as photos (the notice's rule
            # as the office applies it: the link expires and nobody has seen its content).
            parts=tuple(p for p in plan.parts if not (plan.options.get("large_link") and p == "summary.photos")),
            late=_late(plan),
            is_correction=correction,
            expected_state=state,
            also_units=("县乡村振兴局",) if plan.options.get("joint") else (),
            subject=subject,
            sender=address,
            note=plan.note,
        ))
    return mails


def generate_demo_mailbox(seed: int = 515) -> list[DemoMail]:
    """The demo mailbox (sorted by receipt time). Deterministic for a seed."""
    return list(_generate(seed))


def fill_mailbox(dovecot, mails: Iterable[DemoMail], folder: str = "INBOX", user: str | None = None) -> list[int | None]:
    """APPEND the mails to a collector.demo.dovecot.Dovecot (or Account); INTERNALDATE = received_at."""
    uids = []
    for mail in mails:
        if user is not None:
            uids.append(dovecot.append(mail.raw, internaldate=mail.received_at, folder=folder, user=user))
        else:
            uids.append(dovecot.append(mail.raw, internaldate=mail.received_at, folder=folder))
    return uids


def expected_status(mails: Iterable[DemoMail], roster: list[Unit] | None = None) -> dict[tuple[str, str], dict]:
    """The clerk's table after all deadlines: (unit, requirement) -> state, late, completed_at, missing_parts.

    state is complete | partial | missing; late is True when completed after the
    due time or not completed at all.
    """
    roster = roster or load_roster()
    delivered: dict[tuple[str, str], dict[str, dt.datetime]] = {}
    for mail in sorted(mails, key=lambda m: m.received_at):
        if mail.unit is None or mail.expected_state == "ignored":
            continue
        for unit in (mail.unit, *mail.also_units):
            for part in mail.parts:
                requirement = part.split(".")[0]
                delivered.setdefault((unit, requirement), {}).setdefault(part, mail.received_at)
    table = {}
    for unit in roster:
        for requirement in ("interview", "summary"):
            if requirement == "interview" and not unit.in_interview:
                continue
            got = delivered.get((unit.name, requirement), {})
            needed = REQUIRED_PARTS[requirement]
            missing = [p for p in needed if p not in got]
            completed_at = max(got.values()) if not missing else None
            state = "complete" if not missing else "partial" if got else "missing"
            table[(unit.name, requirement)] = {
                "state": state,
                "late": completed_at is None or completed_at > DUE[requirement],
                "completed_at": completed_at,
                "missing_parts": missing,
            }
    return table


def describe(mails: list[DemoMail]) -> str:
    """A short English summary of the demo mailbox (for the report and `collector demo`)."""
    table = expected_status(mails)
    units = {m.unit for m in mails if m.unit and m.expected_state == "filed"}
    counts: dict[str, int] = {}
    for (_, requirement), row in table.items():
        key = f"{requirement}:{row['state']}{'+late' if row['late'] and row['state'] == 'complete' else ''}"
        counts[key] = counts.get(key, 0) + 1
    clients: dict[str, int] = {}
    for m in mails:
        clients[m.client] = clients.get(m.client, 0) + 1
    size = sum(len(m.raw) for m in mails)
    return (f"{len(mails)} mails, {size / 1e6:.1f} MB, {len(units)} roster units submitting; "
            f"late mails {sum(m.late for m in mails)}, corrections {sum(m.is_correction for m in mails)}; "
            f"status {dict(sorted(counts.items()))}; clients {dict(sorted(clients.items()))}")
