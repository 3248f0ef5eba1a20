"""Towns a department's files are named by, where its work was done.

A county department answering a sweep of its own sector names its photos by where each hazard is
(`1-玲珑塔镇K12+300临崖路段整改前.jpg`, `2-喇嘛洞镇漫水桥整改后.jpg`): the towns are places, not senders. When the
mail's own words (subject, sign-off, sender's name) name the department and the towns appear only in the files' names,
several of them, a clerk files it under the department. One town alone in the names could be the town's files passed
on, and a town named in the subject or sign-off speaks for itself: both still go to a person.
"""

from __future__ import annotations

from collector.campaign import Campaign

TOWN_KINDS = ("town", "township")
BODY_KINDS = ("department", "institution")
OWN_WORDS = ("subject", "signature", "from_name", "body_self")
WEAK = ("body", "doc_body")


def towns_where_its_files_were_made(hits, rival: str, unit: str, campaigns: list[Campaign]) -> bool:
    """``rival`` (a town) is only a place ``unit`` (a department naming itself) names its files by."""
    kinds = {u.name: u.kind for c in campaigns for u in c.units}
    if kinds.get(unit) not in BODY_KINDS or kinds.get(rival) not in TOWN_KINDS:
        return False
    if not {h.source for h in hits if unit in h.units} & set(OWN_WORDS):
        return False
    if {h.source for h in hits if rival in h.units} - {"filename", *WEAK}:
        return False
    towns_in_names = {u for h in hits if h.source == "filename" for u in h.units if kinds.get(u) in TOWN_KINDS}
    return len(towns_in_names) >= 2
