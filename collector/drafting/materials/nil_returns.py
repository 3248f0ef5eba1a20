"""A nil return is no material of its own: `每周汇总《…周报表》（Excel格式）…，无缺勤情况的实行零报告` asks the one
weekly sheet, sent with nothing in it where there is nothing to report (零报告 / “零”报告 / 零申报 / 零上报), no second
paper `实行零报告` beside it."""

from __future__ import annotations

import re

NIL_RETURN = re.compile(r"(?:零|[“\"']零[”\"'])(?:报告|申报|上报)(?:制度)?$")


def less_the_nil_returns(names: list[str]) -> list[str]:
    """The material names without a nil return, where another material is named beside it (alone it is what is sent)."""
    return [n for n in names if not NIL_RETURN.search(n)] or names
