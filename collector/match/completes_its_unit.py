"""A personal address bringing the part a unit's earlier mail lacked, its words saying whose it is.

A unit's 花名册 comes from its address; two days later a 转账回单 comes as `image0.jpeg` from someone's phone, subject
`回单`, the body `医保局一日捐的转账回单，花名册前天发过了。`. No address, subject, file name or sign-off names the unit:
only the body, once. A body mention alone is weak evidence (names.WEIGHTS), and rightly: a mail speaks of many units.
It is enough here because three things hold together:

- the sender's own words name one unit, and no other, as the owner of the material they bring: a clause opening with the
  unit's name (or 这是 / 附件是 / 补发 before it), a few words, maybe 的, then a word of a part the attached files can
  be (`医保局一日捐的转账回单` beside a photo, where the 回单 part takes jpg) — not a unit the material goes to or is
  about (给医保局的…, 关于医保局…, 帮医保局问…), not another part (医保局的花名册 beside the photo), and no question;
- that part is of a requirement the unit still owes in the campaign the mail goes to (a unit the campaign does not
  ask owes nothing there);
- the unit had sent that requirement before, and this mail brings only parts those mails did not (the pipeline's
  OwedWhenReceived says so): it completes the unit's earlier mail. Without an earlier mail, or bringing again a part it
  had sent, the mail stays with a person.

Then the unit gets a hit of its own (``body_owner``, as strong as the bar to file): the mail is then decided as any
other, every later check (late, hollow files, forms refused) still standing.
"""

from __future__ import annotations

import re

from collector.campaign import Campaign
from collector.match.campaigns import requirements_in, route
from collector.match.names import Hit
from collector.match.requirements import QUESTION_RE
from collector.match.text import normalize
from collector.parsers.names import extension_of

# what may open the clause before the unit's name: the material presented, 县 / 建昌县 of the name
PRESENTED = re.compile(r"(?:这是|这个是|此为|附件(?:是|为)?|附上|附|现发|发送|补发|补报|补上|补)?(?:建昌县|县)?$")
CLAUSE = re.compile(r"[，,。；;！!？?\n]")
GAP = 10  # characters between the name and the material's word (一日捐的)


def _parts_it_can_bring(parsed, campaign: Campaign) -> dict[str, set[str]]:
    """A word of a part (回单, 转账) -> the requirements whose part it names, for the parts a file of the mail can be:
    the part takes the file's format, or asks photos and the file is one."""
    out: dict[str, set[str]] = {}
    exts = {extension_of(a.filename) for a in parsed.attachments if a.kind in ("document", "photo")}
    photos = any(a.kind == "photo" for a in parsed.attachments)
    for r in campaign.requirements:
        for p in r.parts:
            if p.kind == "field" or not (any(p.takes_format(e) for e in exts if e) or (p.kind == "photo" and photos)):
                continue
            for w in p.words:
                if len(w) >= 2:
                    out.setdefault(normalize(w), set()).add(r.id)
    return out


def _owned_words(own: str, alias: str, words: dict[str, set[str]]) -> set[str]:
    """The requirement ids whose part ``own`` names as ``alias``'s: a clause opening with the name, its part's word a
    few characters after it."""
    found: set[str] = set()
    for clause in CLAUSE.split(own):
        at = clause.find(alias)
        if at < 0 or not PRESENTED.fullmatch(clause[:at]):
            continue
        after = clause[at + len(alias):at + len(alias) + GAP + 8]
        for w, rids in words.items():
            pos = after.find(w)
            if 0 <= pos <= GAP and not re.search(r"给|向|对|替|帮", after[:pos]):
                found |= rids
    return found


def names_its_unit_completing(parsed, own: str, hits: list[Hit], campaigns: list[Campaign], received_at,
                              open_requirements) -> Hit | None:
    """The ``body_owner`` hit for the one unit the body names as the owner of the parts its earlier mails lacked, or
    None."""
    supplies = getattr(open_requirements, "supplies_only_parts_never_sent", None)
    units = {u for h in hits for u in h.units}
    if supplies is None or len(units) != 1 or not parsed.attachments or QUESTION_RE.search(own):
        return None
    (unit,) = units
    routed = route(parsed, campaigns, unit, received_at, open_requirements)
    campaign = routed.campaign
    if campaign is None:
        return None
    rids, _ = requirements_in(parsed, campaign, unit, received_at, open_requirements)
    owed = open_requirements.get((campaign.id, unit)) or set()
    text, words = normalize(own), _parts_it_can_bring(parsed, campaign)
    for h in hits:
        if h.source != "body" or h.campaign != campaign.id:
            continue
        named = _owned_words(text, h.text, words) & set(rids) & owed
        if named and supplies(parsed, campaign.id, unit, sorted(named)):
            return Hit(campaign.id, (unit,), "body_owner", h.alias, h.text)
    return None
