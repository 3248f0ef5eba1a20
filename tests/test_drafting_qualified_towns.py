"""A group of towns named by what they are, opening its ask without 各 (found by hand, 2026-12-05): `请涉农乡镇于…`,
`试点乡镇请于…` were read as every addressee, departments too; they are the towns among the campaign's units, as
`各涉农乡镇` is (`requirement_units.QUALIFIED_TOWNS`, read only where no list or definition names them: a footnote's
`沿河乡镇※` or a list keeps its own towns). The near miss: a bureau guiding such towns is the one who sends."""

from __future__ import annotations

import pytest

from drafting_helpers import draft_of_a_file, notice_text


def only(tmp_path, body: str):
    (r,) = draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于报送2027年高标准农田建设工作总结的通知", "各乡镇人民政府，县政府各部门", body, "2027年3月1日",
        opening="现将有关事项通知如下：", mailbox="jcnyj_gbzt@163.com", contact="王丽  联系电话：0429-7654321")).requirements
    return r


@pytest.mark.parametrize("body", ["请涉农乡镇于3月20日前报送工作总结（Word格式）。",
                                  "试点乡镇请于3月20日前报送工作总结（Word格式）。"])
def test_towns_named_by_what_they_are_are_the_towns(tmp_path, body):
    assert len(only(tmp_path, body).units) == 28


def test_near_miss_a_bureau_guiding_such_towns_sends_alone(tmp_path):
    r = only(tmp_path, "县农业农村局要指导涉农乡镇做好工作，于3月20日前报送工作总结（Word格式）。")
    assert r.units == ["县农业农村局"]
