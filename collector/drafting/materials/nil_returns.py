"""A nil return is no material of its own: `每周汇总《…周报表》（Excel格式）…，无缺勤情况的实行零报告` asks the one
weekly sheet, sent with nothing in it where there is nothing to report (零报告 / “零”报告 / 零申报 / 零上报), no second
paper `实行零报告` beside it, nor `无项目的单位报送零报表` (a 零报表 is the same sheet with nothing in it); so is the form
sent blank, `…清单（Excel格式）…，无新开工项目的单位报送空表`: the one 清单
(空表 / 空白表 / 空表格 / 空白表格, the whole name)."""

from __future__ import annotations

import re

NIL_RETURN = re.compile(r"(?:零|[“\"']零[”\"'])(?:报告|申报|上报|报表)(?:制度)?$")
BLANK_FORM = re.compile(r"(?:一份|一张)?空(?:白)?表(?:格)?")


def less_the_nil_returns(names: list[str]) -> list[str]:
    """The material names without a nil return, where another material is named beside it (alone it is what is sent)."""
    return [n for n in names if not (NIL_RETURN.search(n) or BLANK_FORM.fullmatch(n))] or names
