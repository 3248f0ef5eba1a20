"""各镇 and 各乡 in a requirement's sentence: the 镇 alone (kind town) and the 乡 alone (kind township), as the addressee line
reads them (unit_lists.ADDRESSEE_KINDS): `一、各镇报送…的时间…更正为8月30日前。二、各乡报送时间更正为9月6日前` is two sets of
units. 各乡镇, 各乡（镇）, 各乡、镇 and 每个乡镇 are both kinds."""

from __future__ import annotations

import re

from collector.numerals import COUNT, cn_int

LOCAL = ("town", "township")  # the local kinds; units.py and its readers take them from here
# 各乡（镇）, 各乡、镇, 各镇、乡: the word goes on to the other kind
BOTH_KINDS_AFTER = re.compile(r"\s*[、(（和及与]?\s*[乡镇]")


def kinds_said_by(text: str, m: re.Match) -> tuple[str, ...]:
    """The kinds the local word ``m`` (units.LOCAL_WORDS) of ``text`` speaks to."""
    word = m.group()
    if BOTH_KINDS_AFTER.match(text[m.end():]):
        return LOCAL
    if word in ("各镇", "每个镇", "每镇"):
        return ("town",)
    if word in ("各乡", "每个乡", "每乡"):
        return ("township",)
    return LOCAL


# 全县7个镇, 全县21个乡, 我县共12个镇: the county's towns (townships) by their count (not 乡镇, 乡村, 镇区)
COUNTED_KIND = re.compile(r"(?:全县|我县|本县)(?:共|全部)?(?:有)?(?P<n>" + COUNT + r")个"
                          r"(?P<kind>镇|乡)(?![镇村政区街])")


def counted_kind_spelled_out(text: str, roster) -> str:
    """``text`` with 全县7个镇 written 各镇 (全县21个乡: 各乡) when the roster holds that many units of the kind; a count the
    roster does not agree with stays as written."""
    def spelled(m: re.Match) -> str:
        kind = "town" if m.group("kind") == "镇" else "township"
        n = int(m.group("n")) if m.group("n").isdigit() else cn_int(m.group("n"))
        return f"各{m.group('kind')}" if n and n == len(roster.names([kind])) else m.group()
    return COUNTED_KIND.sub(spelled, text)
