"""A requirement already drafted, said again by a later sentence (`再次提醒：…报告和数据表务必于6月26日前报送`): the same day,
the same units, nothing named that it does not ask already."""

from __future__ import annotations

import datetime as dt

from .requirements import DraftRequirement


def requirement_said_again(due: dt.datetime, units: list[str], names: list[str], found: list[DraftRequirement]):
    """报送截止时间：6月26日, 再次提醒：…报告和数据表务必于6月26日前报送: a requirement already drafted, said
    again: the same day, the same units, and nothing named that it does not already ask for."""
    for r in found:
        papers = [r.title] + [p.get("title", "") for p in r.parts]
        if r.due == due and set(r.units) == set(units) \
                and all(any(n in paper or paper in n for paper in papers if paper) for n in names):
            return r
    return None
