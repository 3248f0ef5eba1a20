"""Units named in a list that ends in the role the notice gives them (`确定县教育局、县卫健局和县民政局为重点单位`):
the last name, glued to `为`, is one of the list. A town is read there by its glued-town rule; a county bureau was
lost, so the draft asked two of three units."""

from __future__ import annotations

import pytest

from drafting_helpers import draft_of_a_file, notice_text

BUREAUS = ["县教育局", "县卫健局", "县民政局"]


def asked(tmp_path, body: str) -> list[list[str]]:
    text = notice_text("建昌县人力资源和社会保障局", "关于开展劳动保障自查的通知", "各有关单位", body, "2966年6月1日",
                       mailbox="jcrsj@163.com")
    return [sorted(r.units) for r in draft_of_a_file(tmp_path, text).requirements]


@pytest.mark.parametrize("body", [
    "经研究，确定县教育局、县卫健局和县民政局为重点单位，请于6月20日前将自查报告发送至jcrsj@163.com。",
    # variants: a 、-list to the end, the work named before the role, another role word
    "经研究，确定县教育局、县卫健局、县民政局为本次自查试点单位，请上述单位于6月20日前将自查报告发送至jcrsj@163.com。",
    "现将县教育局、县卫健局及县民政局列为示范单位，请于6月20日前将自查报告发送至jcrsj@163.com。",
])
def test_the_last_unit_of_a_list_given_a_role_is_asked_too(tmp_path, body):
    assert asked(tmp_path, body) == [sorted(BUREAUS)]


def test_a_unit_said_as_what_the_work_is_for_is_no_unit_asked(tmp_path):
    # near miss: 以县民政局为主 gives the bureau no role of a unit that sends; only the one asked sends
    body = "经研究，以县民政局为主，请县教育局于6月20日前将自查报告发送至jcrsj@163.com。"
    assert asked(tmp_path, body) == [["县教育局"]]
