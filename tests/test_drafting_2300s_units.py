"""What held-out notice 2308 showed the drafter missing in the units (fixed on branch h-fixn115), on notice texts
written for these tests, each with a near miss that must not change: `县机关事务中心、县公共资源交易中心按照县直各部门的要求编制…`
names how the two units work, not the departments as senders beside them (`参照…做法` / `按照…要求`)."""

from __future__ import annotations

import pytest

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "县直各部门，县机关事务中心、县公共资源交易中心",
          title: str = "关于报送2790年度公共文化服务工作总结的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县文旅局", title, addressee, body, "2790年12月1日",
        opening="为做好年度公共文化服务考核工作，现将有关事项通知如下：",
        mailbox="jcwlj_gw2790@163.com",
        contact="周洁  联系电话：0429-7912406"))


# ---------------------------------------------------------------- 2308: 按照县直各部门的要求 names how, not who


MANNER = ("一、县直各部门于12月20日（星期五）前报送年度工作总结（Word格式）。\n"
          "二、县机关事务中心、县公共资源交易中心{how}编制{made}，于12月18日（星期三）前将年度工作总结（Word格式）和服务台账（Excel格式）报送我局。")


@pytest.mark.parametrize("how, made", [("按照县直各部门的要求", "服务台账"), ("参照县直各部门做法", "年度工作总结")])
def test_the_units_whose_way_is_followed_send_nothing_by_it(tmp_path, how, made):
    towns, venues = draft(tmp_path, MANNER.format(how=how, made=made)).requirements
    assert "县发改局" in towns.units
    assert venues.units == ["县机关事务中心", "县公共资源交易中心"]


def test_near_miss_a_group_named_beside_the_units_still_sends(tmp_path):
    towns, venues = draft(tmp_path, MANNER.format(how="", made="服务台账").replace("、县公共资源交易中心编制", "、县公共资源交易中心和县直各部门编制")).requirements
    assert "县发改局" in towns.units
    assert "县发改局" in venues.units and "县机关事务中心" in venues.units


# ---------------------------------------------------------------- 2308: 县公安局…不再向我局报送, said in its own item


WITHDRAWN = ("一、县直各部门于12月20日（星期五）前报送年度工作总结（Word格式）。\n"
             "二、县公安局年度工作总结按上级公安机关要求通过内网系统报送，{said}。\n"
             "三、县机关事务中心、县公共资源交易中心于12月18日（星期三）前报送服务台账（Excel格式）。")


def test_a_unit_told_in_its_own_item_it_no_longer_sends_to_the_issuer_leaves_the_group(tmp_path):
    departments, _ = draft(tmp_path, WITHDRAWN.format(said="不再向我局报送")).requirements
    assert "县发改局" in departments.units and "县公安局" not in departments.units


def test_near_miss_a_unit_told_only_its_paper_copy_is_not_sent_still_sends(tmp_path):
    departments, _ = draft(tmp_path, WITHDRAWN.format(said="不再向我局报送纸质版")).requirements
    assert "县发改局" in departments.units and "县公安局" in departments.units
