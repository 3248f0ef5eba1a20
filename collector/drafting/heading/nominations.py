"""A notice titled 关于推荐X的通知 where X is an honour named in quotes and nothing after it
(关于推荐2093年度建昌县“五四红旗团委（团支部）”的通知): the campaign is the nomination, not the honour, so its title
keeps the verb, after the honour: 2093年度建昌县“五四红旗团委（团支部）”推荐. A matter that goes on past the quotes
(“建昌工匠”人选, “职工书屋”示范点) or quotes nothing (2030年度巾帼创业就业示范基地) names who is put forward, and is
titled without the verb as before."""

from __future__ import annotations

import re

# 推荐 / 申报 / 评选 / 推选 right after 关于, the matter ending on a closing quote before 的通知 (推荐申报: two verbs, left)
NOMINATING = re.compile(r"关于(?P<verb>推荐|申报|评选|推选)(?!推荐|申报)(?P<matter>[^《》]+[”\"])的(?:紧急|补充)?通知")


def title_with_the_nominating_verb(title: str, title_line: str) -> str:
    """2093年度建昌县“五四红旗团委（团支部）” of 关于推荐…”的通知 → 2093年度建昌县“五四红旗团委（团支部）”推荐; any
    other title as it is."""
    m = NOMINATING.search(title_line)
    if not m or not title or not title.endswith(("”", '"')) or title.endswith(m.group("verb")):
        return title
    return title + m.group("verb")
