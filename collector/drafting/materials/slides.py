"""Slides asked as a file of their own: `将议题汇报材料（Word格式）和汇报PPT一并发送` asks two files, the report in Word and
the deck shown at the meeting. A deck is named by what it presents glued to PPT (汇报PPT, 宣讲PPT) or as a 演示文稿 or a
幻灯片 (`赛项介绍幻灯片（PPT格式）`, beside `赛项实施方案（Word格式）`: two files); it is a
document of a presentation's formats, distinct from a Word document its name shares a word with (汇报材料, 汇报PPT). PPT
in a format's bracket (`授课课件（PPT格式）`) or said as a manner (`以PPT形式`) names no deck."""

from __future__ import annotations

import re

# 汇报PPT, 宣讲PPT, 演示文稿, 介绍幻灯片: glued to the Chinese word before it (not 以 / 用 / 或 / 和 … PPT, nor PPT格式;
# 以幻灯片形式汇报 names no deck)
DECK_NOUN = r"(?<=[\u4e00-\u9fa5])(?<![以用或和及与为成含附、])(?:PPT|ppt)(?![A-Za-z]|\s*(?:格式|形式|版式))|演示文稿|(?<![以用])幻灯片(?!\s*(?:形式|方式|格式|播放|演示))"
SLIDE_FORMATS = ["pptx", "ppt", "dps"]


def a_deck(name: str) -> bool:
    """``name`` names slides (it ends in PPT, 演示文稿 or 幻灯片)."""
    return bool(re.search(r"(?:PPT|ppt|演示文稿|幻灯片)$", name))
