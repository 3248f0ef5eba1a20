"""A table sent in either of two forms, the unit's choice: its Excel file or its PDF scan (stamped or not) — one part
whose formats are both. Read in the table's own bracket (`《…汇总表》（Excel或盖章PDF扫描件均可）`) or in a sentence
that opens on the table's name or its noun (`汇总表报送Excel电子版或加盖单位公章后的PDF扫描件均可`). Not a choice:
`Excel版和盖章扫描件各一份` (both, two files: `stamped`), `Excel格式` alone, a scan asked without 或 … 均可."""

from __future__ import annotations

import re

from .format_names import EXCEL, PDF
from ..requirements import own_bracket
from ..words import NOUN_AT_END

SCAN = rf"(?:{PDF}\s*(?:扫描件|扫描版|版|格式|文件)?|扫描件|扫描版)"
# Excel …或… PDF scan 均可 (either named first), within one clause
EXCEL_OR_SCAN = re.compile(rf"{EXCEL}[^。；;或()（）]{{0,8}}?或者?[^。；;()（）]{{0,16}}?{SCAN}[^。；;()（）]{{0,6}}?(?:均可|皆可|都可|亦可|也可)"
                           rf"|{SCAN}[^。；;或()（）]{{0,8}}?或者?[^。；;()（）]{{0,16}}?{EXCEL}[^。；;()（）]{{0,6}}?(?:均可|皆可|都可|亦可|也可)")
SENTENCE = re.compile(r"[^。；;\n]+")


def excel_or_a_scan(text: str, table: str) -> bool:
    """The table ``table`` may be sent as its Excel file or as its PDF scan, as the unit likes (its bracket, or a sentence
    opening on its name or its noun, says so)."""
    if EXCEL_OR_SCAN.search(own_bracket(text, table)):
        return True
    noun = NOUN_AT_END.search(table)
    heads = {table, *([noun.group()] if noun and len(noun.group()) >= 3 else [])}
    return any(s.group().lstrip("《").startswith(tuple(heads)) and EXCEL_OR_SCAN.search(s.group())
               for s in SENTENCE.finditer(text))


def scans_taken_too(found: list, sentences: list[str]) -> None:
    """Each requirement's Excel table that the notice lets be sent as its PDF scan instead (`excel_or_a_scan`, read over
    the notice's sentences, a later one too: `…填写《…汇总表》。汇总表报送Excel电子版或…PDF扫描件均可`) takes pdf."""
    text = "\n".join(sentences)
    for r in found:
        for part in r.parts:
            formats = part.get("formats") or []
            if "xlsx" in formats and "pdf" not in formats and excel_or_a_scan(text, part.get("title", "")):
                part["formats"] = [*formats, "pdf"]
