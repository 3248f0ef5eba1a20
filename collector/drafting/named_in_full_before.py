"""A paper sent by its bare noun, named in full before. A sentence that names a paper whole (如实填写《2114年铁路沿线安全
环境隐患排查台账》（见附件）) and then sends it by its bare noun with its forms (将台账Excel电子版和…扫描件一并报送) sends that
paper: the object read from 将…报送 says which 台账 only with its full name, so the requirement is titled with it
(铁路沿线安全环境隐患排查台账Excel电子版和…扫描件, never 台账Excel电子版和…). An object naming its paper whole
(将统计表Excel版…, where no fuller 统计表 is named) or a bare noun with no form after it stays as read."""

from __future__ import annotations

import re

from .words import BARE_GENERIC

# what follows a paper's noun in an object sent by its forms: a format word, a copy, or a joiner before its scan
FORM_AFTER_THE_NOUN = re.compile(r"(?:Excel|EXCEL|excel|Word|WORD|word|PDF|pdf|WPS|电子版|纸质版|扫描件|盖章|[和及与、])")


def titled_in_full(title: str, names: list[str]) -> str:
    """``title`` with the bare noun opening it (台账, 统计表: `words.BARE_GENERIC`) spelt as the one fuller name of the
    sentence that ends in it, where the forms it is sent in follow the noun; ``title`` itself otherwise."""
    noun = next((n for n in sorted(BARE_GENERIC, key=len, reverse=True)
                 if title.startswith(n) and FORM_AFTER_THE_NOUN.match(title, len(n))), "")
    if not noun:
        return title
    fuller = [n for n in dict.fromkeys(names) if n.endswith(noun) and len(n) > len(noun)]
    return fuller[0] + title[len(noun):] if len(fuller) == 1 else title
