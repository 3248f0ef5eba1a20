"""A paper sent by its bare noun, named in full before. A sentence that names a paper whole (如实填写《2114年铁路沿线安全
环境隐患排查台账》（见附件）) and then sends it by its bare noun with its forms (将台账Excel电子版和…扫描件一并报送) sends that
paper: the object read from 将…报送 says which 台账 only with its full name, so the requirement is titled with it
(铁路沿线安全环境隐患排查台账Excel电子版和…扫描件, never 台账Excel电子版和…). An object naming its paper whole
(将统计表Excel版…, where no fuller 统计表 is named) or a bare noun with no form after it stays as read."""

from __future__ import annotations

import re

from ..words import BARE_GENERIC, a_kind_of_paper, words_of

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


# 《2115年…统计表》, 《…自查报告》: a paper the sentence before names whole, in title marks
TITLED = re.compile(r"《([^《》]+)》")


def spelt_in_full(names: list[str], before: str) -> list[str]:
    """The names a clause sends, each bare noun or kind of paper alone (统计表, 自查报告: `bare_or_a_kind_alone`) spelt as the
    one paper the sentence before names whole in title marks that ends in it (填写《2115年节水型机关建设情况统计表》…撰写
    《节水型机关建设自查报告》…，统计表和自查报告一并报送 → the two papers whole); a name with no such paper, or two, stays."""
    titled = list(dict.fromkeys(TITLED.findall(before)))
    out = []
    for name in names:
        fuller = [t for t in titled if t.endswith(name) and len(t) > len(name)] if bare_or_a_kind_alone(name) else []
        out.append(fuller[0] if len(fuller) == 1 else name)
    return out


def spelt_so_in_the_text(text: str, spelt_as: dict[str, str]) -> str:
    """``text`` with each name the clause sends bare spelt as the paper it names (``spelt_as``: bare → whole, by
    `spelt_in_full`) wherever the text says it bare, never inside the whole name: the parts are read from the text, and
    the bracket or sentence saying how that paper is sent (将推荐表（加盖单位公章的扫描件）、事迹材料…; 推荐表须经…加盖公章后
    扫描) must still find it by its new name, so the rule changes a paper's name only, never what kind of file it is
    nor which paper a scan is of."""
    for bare, whole in spelt_as.items():
        if whole != bare and whole.endswith(bare):
            text = re.sub(rf"(?<!{re.escape(whole[:-len(bare)])}){re.escape(bare)}", whole, text)
    return text


def bare_or_a_kind_alone(name: str) -> bool:
    """统计表, 台账 (`words.BARE_GENERIC`), 自查报告, 推荐表 (`words.a_kind_of_paper`): a name that says no paper's matter."""
    return name in BARE_GENERIC or a_kind_of_paper(words_of(name))
