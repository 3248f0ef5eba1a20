"""Which campaign a mail answers, when one unit owes several at once.

The office runs several notices at a time from one mailbox, and most units are
on several of them. Once the sender is known, each campaign the unit is on is
weighed by what the mail carries and when it came:

- words: the requirement words and campaign words (``subject_hints``) found in
  the subject, file names, document titles and opening lines (match/words.py).
  A word is worth more the longer it is and the fewer campaigns share it: the
  annual report's "年度报告" says more than "政务公开", which the 5·15 campaign
  and the annual report both use;
- time: a mail cannot answer a notice issued after it arrived; among the rest,
  a campaign whose window (notice date to last deadline) holds the receipt
  time is preferred when the words do not decide, and a mail that names
  nothing of any campaign more than a week after the last deadline of its
  unit's only campaign is taken for another matter (a notice the clerk has
  not set up yet), not filed there;
- what is still owed: a bare mail ("照片") in a period where two campaigns are
  open goes to the one where the unit still owes something.

A straggler (a 5·15 summary in June) goes to its campaign by its words. A mail
that fits two campaigns equally, or none, goes to review saying so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from collector.campaign import Campaign
from collector.model import ParsedMail
from collector.match.requirements import detect_requirements, requirement_words
from collector.match.text import normalize
from collector.match.units import _own_text
from collector.match.words import find_words, places

CLEAR_LEAD = 1.5  # the best campaign's words must outweigh the next one's by this factor
# A mail that names nothing of a campaign still counts for it this long after its
# last deadline (a late unit sending bare photos); later it is taken for another matter.
BARE_GRACE = dt.timedelta(days=7)


@dataclasses.dataclass
class Routed:
    campaign: Campaign | None
    why: str  # Chinese: why this campaign, or why none (then campaign is None)
    suggestions: list[str] = dataclasses.field(default_factory=list)


def _vocabulary(campaigns: list[Campaign]) -> dict[str, set[tuple[str, str]]]:
    """word -> {(campaign id, requirement id or "" for a campaign word)}."""
    vocab: dict[str, set[tuple[str, str]]] = {}
    for c in campaigns:
        for word, rids in requirement_words(c).items():
            vocab.setdefault(word, set()).update((c.id, rid) for rid in rids)
        for w in c.subject_hints:
            vocab.setdefault(normalize(w), set()).add((c.id, ""))
    return vocab


@dataclasses.dataclass
class Words:
    owed: dict[str, tuple[float, list[str]]]  # campaign id -> (weight, words) of what the unit owes there
    foreign: list[tuple[str, str, list[str]]]  # (campaign id, requirement id, words) the unit does not owe
    names_owed_requirement: bool  # some word names a requirement the unit owes (not just a campaign's topic)


def word_scores(parsed: ParsedMail, campaigns: list[Campaign], unit: str) -> Words:
    """The requirement and campaign words the mail carries, split by whether
    ``unit`` owes them. A word weighs its length, shared among the campaigns using it."""
    vocab = _vocabulary(campaigns)
    owed = {(c.id, r.id) for c in campaigns for r in c.requirements_for(unit)}
    on = {c.id for c in campaigns if c.unit_by_name(unit)}
    found = find_words(places(parsed, _own_text(parsed, campaigns)), vocab)
    words_of: dict[str, set[str]] = {}
    foreign = []
    names_owed = False
    for (cid, rid), pairs in found.items():
        words = [w for w, _ in pairs]
        if (cid, rid) in owed or (not rid and cid in on):
            words_of.setdefault(cid, set()).update(words)
            names_owed = names_owed or bool(rid)
        elif rid:
            foreign.append((cid, rid, words))
    sharing = {w: len({cid for cid, _ in keys}) for w, keys in vocab.items()}
    scored = {cid: (sum(len(w) / sharing[w] for w in ws), sorted(ws, key=len, reverse=True))
              for cid, ws in words_of.items()}
    return Words(scored, foreign, names_owed)


def _only_names_what_is_not_owed(words: Words, campaigns: list[Campaign], on: list[Campaign], unit: str) -> Routed | None:
    """The mail names only requirements that ``unit`` does not owe, in a campaign
    other than the one it is on (a town sending a self-check report it was not asked for)."""
    if words.names_owed_requirement or not words.foreign:
        return None
    if len(on) == 1 and all(cid == on[0].id for cid, _, _ in words.foreign):
        return None  # one campaign: the decision says so with the unit's evidence
    cid, rid, ws = max(words.foreign, key=lambda f: sum(len(w) for w in f[2]))
    c = next(c for c in campaigns if c.id == cid)
    return Routed(None, f"邮件像是“{c.title}”的{c.requirement(rid).title}（{'、'.join(ws[:3])}），"
                        f"但{unit}无需报送此项，请人工确认", [c.title])


def _in_window(c: Campaign, when: dt.datetime | None) -> bool:
    if when is None:
        return False
    opens, last = c.opens, c.last_due
    return (opens is None or opens <= when) and (last is None or when <= last)


def _issued_after(c: Campaign, when: dt.datetime | None) -> bool:
    return when is not None and c.opens is not None and when < c.opens


def _owes(c: Campaign, unit: str, open_requirements: dict | None) -> bool:
    if open_requirements is None:
        return True
    return bool(open_requirements.get((c.id, unit), {r.id for r in c.requirements_for(unit)}))


def route(
    parsed: ParsedMail,
    campaigns: list[Campaign],
    unit: str,
    received_at: dt.datetime | None,
    open_requirements: dict | None,
) -> Routed:
    """The campaign ``unit``'s mail answers (see the module docstring)."""
    on = [c for c in campaigns if c.unit_by_name(unit)]
    words = word_scores(parsed, campaigns, unit)
    not_owed = _only_names_what_is_not_owed(words, campaigns, on, unit)
    if not_owed:
        return not_owed
    if len(on) == 1:
        return _the_only_campaign(on[0], words, received_at, unit)
    possible = [c for c in on if not _issued_after(c, received_at)]
    if not possible:
        return Routed(None, f"邮件早于{unit}所在各项活动的通知日期，无法判断属于哪项活动",
                      [c.title for c in on])

    def score(c: Campaign) -> float:
        return words.owed.get(c.id, (0.0, []))[0]

    ranked = sorted(possible, key=score, reverse=True)
    best = score(ranked[0])
    if best > 0:
        close = [c for c in ranked if score(c) * CLEAR_LEAD > best]
        if len(close) == 1:
            return Routed(ranked[0], f"{ranked[0].title}（{'、'.join(words.owed[ranked[0].id][1][:3])}）")
        narrowed = [c for c in close if _in_window(c, received_at)]
        if len(narrowed) == 1:
            return Routed(narrowed[0], f"{narrowed[0].title}（用词与多项活动相符，按收件时间）")
        return _tie(close)
    in_window = [c for c in possible if _in_window(c, received_at)]
    if len(in_window) == 1:
        return Routed(in_window[0], f"{in_window[0].title}（按收件时间）")
    if not in_window:
        return Routed(None, f"邮件未写明报送内容，且不在{unit}所在任何活动的报送期内，无法判断属于哪项活动",
                      [c.title for c in possible])
    owing = [c for c in in_window if _owes(c, unit, open_requirements)]
    if len(owing) == 1:
        return Routed(owing[0], f"{owing[0].title}（该单位仅此项活动尚未报齐）")
    return _tie(owing or in_window)


def _the_only_campaign(c: Campaign, words: Words, received_at: dt.datetime | None, unit: str) -> Routed:
    """The unit is on one campaign: its mail answers it, unless it came before the
    notice, or long after the last deadline without a word of the campaign's
    requirements (the next notice's mail, before the clerk has set that campaign up)."""
    if _issued_after(c, received_at):
        return Routed(None, f"邮件早于“{c.title}”的通知日期，不属于该活动，请人工确认", [c.title])
    # a campaign's topic words ("政务公开") are the office's every notice: only a
    # requirement's own words tie a late mail to this campaign
    named = words.names_owed_requirement
    if not named and received_at is not None and c.last_due is not None and received_at > c.last_due + BARE_GRACE:
        return Routed(None, f"邮件未写明报送内容，且已过“{c.title}”的报送期，可能属于尚未设置的新活动，请人工确认",
                      [c.title])
    return Routed(c, "")


def _tie(tied: list[Campaign]) -> Routed:
    titles = [c.title for c in tied]
    return Routed(None, f"邮件同样符合多项活动：{'；'.join(titles)}，请人工确认属于哪项活动", titles)


def requirements_in(
    parsed: ParsedMail, campaign: Campaign, unit: str, received_at, open_requirements: dict | None
) -> tuple[list[str], list[str]]:
    return detect_requirements(
        parsed, campaign, unit, received_at,
        None if open_requirements is None else open_requirements.get((campaign.id, unit)),
    )
