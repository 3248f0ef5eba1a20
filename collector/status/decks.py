"""A deck asked in PowerPoint's formats (汇报演示文稿（PPT格式）) sent as the PDF PowerPoint or WPS exports
(PPT已转为PDF): the same slides, shown at the meeting as they are, so a clerk counts it as the deck — unless the
notice wants the deck played from the file (会上播放使用, 将PPT拷贝至会场电脑调试): then only the PowerPoint file will do."""

from __future__ import annotations

import re

from collector.campaign import Part, Requirement

PRESENTATION_FORMATS = {"pptx", "ppt", "dps", "pps", "ppsx", "pptm", "odp", "key"}
# 演示文稿.pdf, 汇报PPT.pdf, 幻灯片.pdf: the name says it is the slides
DECK_WORDS = re.compile(r"演示文稿|幻灯片|课件|PPT", re.I)
PLAYED_FROM_THE_FILE = re.compile(r"播放|拷贝至会场|会场电脑|现场调试")


def a_deck_exported_to_pdf(filename: str, ext: str, part: Part, req: Requirement, notice: str) -> bool:
    """A PDF named as the slides, for a part asking a presentation's formats only, where no other document part
    of the requirement takes PDF (then the PDF is that part's) and the notice does not want the deck played."""
    if ext != "pdf" or not part.formats or not set(part.formats) <= PRESENTATION_FORMATS:
        return False
    if PLAYED_FROM_THE_FILE.search(notice or ""):
        return False
    taken_elsewhere = any(p.kind == "document" and p.formats and p.takes_format(ext) for p in req.parts if p is not part)
    return not taken_elsewhere and bool(DECK_WORDS.search(filename or ""))
