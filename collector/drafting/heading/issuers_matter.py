"""The issuer's own matter, which no hint of one of its campaigns is. A leading group's office, a committee or a
headquarters is named by the matter it is set up for (建昌县未成年人保护工作领导小组办公室 → 未成年人保护, 县食品安全委员会
办公室 → 食品安全, 县防汛抗旱指挥部 → 防汛抗旱): every mail to or from it, and every member's on that matter, carries those
words, whichever of its campaigns the mail is of. A hint or a part's word that is that matter alone is left out where
other words are left (《2114年未成年人保护工作情况统计表》 keeps its whole name, never 未成年人保护 alone), and a title's
piece that is it gives way to the title whole, without its year (未成年人保护 → 未成年人保护工作情况统计表)."""

from __future__ import annotations

import re

# …工作领导小组办公室, …委员会办公室, …指挥部办公室, …联席会议办公室: a body named by its matter, and its office
BODY_OF_A_MATTER = re.compile(r"(?:工作)?(?:领导小组|委员会|指挥部|联席会议)(?:办公室)?$")
COUNTY_OPENING = re.compile(r"^(?:中共)?[\u4e00-\u9fa5]{1,6}?县|^县")


def matter_of_the_issuer(issuer: str) -> str:
    """建昌县未成年人保护工作领导小组办公室 → 未成年人保护; "" for an issuer not named by a matter (县教育局, 县政府办公室)."""
    name = re.sub(r"\s+", "", issuer or "")
    body = BODY_OF_A_MATTER.search(name)
    if not body:
        return ""
    matter = COUNTY_OPENING.sub("", name[: body.start()])
    return matter if len(matter) >= 4 else ""


def less_the_matter(words: list[str], matter: str) -> list[str]:
    """``words`` less the issuer's matter, where another word is left."""
    kept = [w for w in words if w != matter]
    return kept if matter and kept else words


def subject_hints_less_the_matter(hints: list[str], matter: str, title: str) -> list[str]:
    """The campaign's subject hints, the issuer's matter replaced by the title whole, without its year."""
    if not matter or matter not in hints:
        return hints
    whole = re.sub(r"^\d{4}\s*年度?", "", title).strip()
    out = [whole if h == matter else h for h in hints]
    return list(dict.fromkeys(h for h in out if h))


def requirements_less_the_matter(requirements: list, matter: str) -> None:
    """Each requirement's hints and each part's words, less the issuer's matter (in place)."""
    if not matter:
        return
    for r in requirements:
        r.hints = less_the_matter(r.hints, matter)
        for part in r.parts:
            if part.get("words"):
                part["words"] = less_the_matter(part["words"], matter)
