"""One unit's requirement, judged over its mails in arrival order: what each mail brings (files and links),
corrections replacing part by part, and when the requirement was first complete."""

from __future__ import annotations

from collector.campaign import Campaign, Requirement
from collector.status.files import parts_in_files, photos_brought
from collector.status.links import parts_linked
from collector.status.mails import FiledMail


def parts_present(msg: FiledMail, req: Requirement, campaign: Campaign) -> dict[str, int]:
    """How many of each part this one mail brings: its files, and the download links of the parts
    that take them (a link stands for the whole part)."""
    have = parts_in_files(msg, req, campaign)
    for pid in parts_linked(msg, req, campaign, have):
        have[pid] = max(have[pid], req.part(pid).min_count)
    return have


def evaluate(msgs: list[FiledMail], req: Requirement, campaign: Campaign):
    """Walk the mails in arrival order. A correction (更正/以此为准/最终版)
    replaces, part by part, what earlier mails brought: a corrected summary
    supersedes the earlier document, photos sent before stay unless the
    correction brings photos too; a correction bringing fewer files than a part of
    several asks (one village's recording of three) mends one of the set. Returns (complete?, first time complete,
    missing part titles, sha256s still current)."""
    total: dict[str, int] = {p.id: 0 for p in req.parts}
    givers: dict[str, list[str]] = {p.id: [] for p in req.parts}
    completed_at = None
    photos: dict[str, set[str]] = {p.id: set() for p in req.parts if p.kind == "photo"}  # distinct, over the mails
    need = {p.id: p.min_count for p in req.parts}
    for m in msgs:
        brought = {pid: n for pid, n in parts_present(m, req, campaign).items() if n > 0}
        for pid, n in brought.items():
            # 录错了一个村的录音，以此为准: a correction bringing fewer files than a part of several asks mends
            # one of the set already sent, not the whole set
            instead = m.is_correction and not (need[pid] > 1 and n < need[pid] <= total[pid])
            if pid in photos:
                part = req.part(pid)
                mine = photos_brought(m, part, campaign)
                if n > len(mine):  # a download link brought the part: it stands for the whole set asked
                    mine |= {f"link:{m.sha256}/{k}" for k in range(part.min_count)}
                photos[pid] = mine if instead else photos[pid] | mine
                n = len(photos[pid]) - (0 if instead else total[pid])
            if instead:
                total[pid], givers[pid] = n, [m.sha256]
            else:
                total[pid] += n if pid in photos or not m.is_correction else 0  # a mended file is no file more
                givers[pid].append(m.sha256)
        if completed_at is None and all(total[p.id] >= p.min_count for p in req.parts):
            completed_at = m.received_at
    complete = all(total[p.id] >= p.min_count for p in req.parts)
    missing = [p.title for p in req.parts if total[p.id] < p.min_count]
    current = {sha for shas in givers.values() for sha in shas}
    # a mail that brought nothing countable is still "current" unless a later correction came
    last_corr = max((i for i, m in enumerate(msgs) if m.is_correction), default=-1)
    current |= {m.sha256 for i, m in enumerate(msgs) if i >= last_corr and not any(
        m.sha256 in g for g in givers.values()) and m.sha256 not in current}
    return complete, completed_at if complete else None, missing, current
