"""Subject hints that tell this campaign's mails from others'. Two kinds of the title's words do not:
the county's own name (建昌县, 建昌: every mail of the county says it), and a word that stands only in a bracket
inside a quoted name (“五四红旗团委（团支部）” → 团支部: the kind of body the honour is for, said by any such body's
mail). The quoted name itself, brackets and all, stays a hint."""

from __future__ import annotations

import re

QUOTED = re.compile(r"[“\"《]([^”\"》]+)[”\"》]")
BRACKETED = re.compile(r"[（(]([^（()）]+)[）)]")
SCOPE_WORDS = ("全县", "我县", "本县")


def hints_that_tell(hints: list[str], title: str, county: str) -> list[str]:
    """``hints`` less the county's name and the words only a quoted name's bracket holds."""
    untold = set(_county_names(county)) | set(_bracketed_in_a_quote(title))
    return [h for h in hints if h not in untold]


def _county_names(county: str) -> list[str]:
    """建昌县 → 建昌县, 建昌 (and the county said as 全县 / 本县)."""
    if not county:
        return list(SCOPE_WORDS)
    return [county, county.removesuffix("县"), *SCOPE_WORDS] if len(county) > 2 else [county, *SCOPE_WORDS]


def _bracketed_in_a_quote(title: str) -> list[str]:
    """The words inside a bracket of a quoted name (团支部 of “五四红旗团委（团支部）”) that the title does not also
    say outside any bracket."""
    outside = BRACKETED.sub(" ", title)
    return [w.strip() for q in QUOTED.finditer(title) for w in BRACKETED.findall(q.group(1))
            if w.strip() and w.strip() not in outside]
