"""What held-out notices 2220–2239 showed the drafter missing in the dates and the units (fixed on branch h-fixn111a), on
notice texts written for these tests, each with a near miss that must not change: a later date of a list under one 前
written without its month (`分别于3月13日、20日前`) is in the month of the date before it, and a clause said of one round
(`第二轮报送时一并附…扫描件`) goes with that round's date only; the matter put before the verb by 将 where the verb sends a
《》-titled form (`将两轮排查结果…报送《…情况表》`) is no file of its own (2230); a date by which a body pays or passes something
down to the units (`由县财政局于7月25日前拨付至各乡镇`) is no sending of theirs, and `（二）请于8月7日前报送…` goes on with the senders
of item （一） (2232); a list pushed to the units by another body is no requirement, and `报送上述材料` under an item that sends
by its verb with no 将 sends that item's materials (2235)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县财政局",
          title: str = "关于开展2730年度学前教育普查工作的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县教育局", title, addressee, body, "2730年4月20日",
        opening="为摸清学前教育底数，现将有关事项通知如下：",
        mailbox="jcjyj_xq2730@163.com",
        contact="孙悦  联系电话：0429-7716120"))


def titles(r) -> list[str]:
    return sorted(p["title"] for p in r.parts)


# ---------------------------------------------------------------- 2230: 分别于3月13日、20日前; 第二轮…一并附; 将…报送《…》


def test_a_later_date_of_a_list_without_its_month_is_in_the_month_before(tmp_path):
    first, second = draft(tmp_path, "一、各乡镇分别于5月10日、24日前报送《学前教育普查表》（Excel格式）。").requirements
    assert (first.due.date(), second.due.date()) == (dt.date(2730, 5, 10), dt.date(2730, 5, 24))
    assert first.units == second.units and "建昌镇" in first.units


def test_near_miss_a_bare_day_after_the_sending_is_no_deadline(tmp_path):
    (r,) = draft(tmp_path, "一、各乡镇于5月10日前报送《学前教育普查表》（Excel格式），24日起县教育局开展抽查。").requirements
    assert r.due.date() == dt.date(2730, 5, 10)


def test_a_clause_of_the_second_round_goes_with_the_second_date_only(tmp_path):
    first, second = draft(tmp_path, "一、各乡镇分别于5月10日、5月24日前报送《学前教育普查表》（Excel格式），"
                                    "第二轮报送时一并附幼儿园现状照片。").requirements
    assert not any("照片" in t for t in titles(first))
    assert any("照片" in t for t in titles(second))


def test_near_miss_a_clause_of_no_round_goes_with_each_date(tmp_path):
    first, second = draft(tmp_path, "一、各乡镇分别于5月10日、5月24日前报送《学前教育普查表》（Excel格式），"
                                    "并附幼儿园现状照片。").requirements
    assert any("照片" in t for t in titles(first)) and any("照片" in t for t in titles(second))


def test_the_matter_put_before_a_titled_form_is_no_file(tmp_path):
    (r,) = draft(tmp_path, "一、各乡镇须将普查结果于5月10日前报送《学前教育普查表》（Excel格式）。").requirements
    assert titles(r) == ["学前教育普查表"]


def test_near_miss_the_matter_sent_itself_is_a_file(tmp_path):
    (r,) = draft(tmp_path, "一、各乡镇须将普查结果报告于5月10日前报送至县教育局。").requirements
    assert any("普查结果报告" in t for t in titles(r))


# ---------------------------------------------------------------- 2232: 由县财政局于…前拨付至各乡镇; （二）请于…前报送 after （一）各乡镇…


def test_a_payment_down_to_the_units_by_a_date_is_no_sending(tmp_path):
    (r,) = draft(tmp_path, "一、补助资金由县财政局于5月5日前拨付至各乡镇，县财政局不单独报送材料。\n"
                           "二、各乡镇于5月10日前报送《学前教育普查表》（Excel格式）。").requirements
    assert r.due.date() == dt.date(2730, 5, 10)


def test_near_miss_the_units_own_return_to_the_office_stays_a_sending(tmp_path):
    first, second = draft(tmp_path, "一、各乡镇于5月5日前将资金拨付情况报送至县教育局，县财政局不单独报送材料。\n"
                                    "二、各乡镇于5月10日前报送《学前教育普查表》（Excel格式）。").requirements
    assert first.due.date() == dt.date(2730, 5, 5) and "建昌镇" in first.units


def test_an_item_opening_with_its_date_goes_on_with_the_senders_of_the_item_before(tmp_path):
    r = draft(tmp_path, "三、工作要求\n（一）各乡镇要于5月5日前完成入园登记。\n"
                        "（二）请于5月10日前报送《学前教育普查表》（Excel格式）。\n"
                        "（三）县财政局于5月12日前报送经费明细（Excel格式）。").requirements[0]
    assert r.due.date() == dt.date(2730, 5, 10)
    assert "县财政局" not in r.units and "建昌镇" in r.units


def test_near_miss_an_item_naming_its_own_senders_keeps_them(tmp_path):
    r = draft(tmp_path, "三、工作要求\n（一）各乡镇要于5月5日前完成入园登记。\n"
                        "（二）请县财政局于5月10日前报送经费明细（Excel格式）。").requirements[0]
    assert r.units == ["县财政局"]


# ---------------------------------------------------------------- 2235: …推送至各单位; 报送上述材料 under an item sending by its verb


def test_a_list_pushed_to_the_units_by_another_body_is_no_requirement(tmp_path):
    (r,) = draft(tmp_path, "（一）各乡镇于5月10日前报送《学前教育普查表》（Excel格式）。\n"
                           "（二）县统计局提供最新常住人口数据，于5月3日前推送至各单位。").requirements
    assert r.due.date() == dt.date(2730, 5, 10)


def test_near_miss_the_units_pushing_their_list_to_the_office_is_a_sending(tmp_path):
    first, second = draft(tmp_path, "（一）各乡镇于5月10日前报送《学前教育普查表》（Excel格式）。\n"
                                    "（二）县财政局于5月3日前将经费明细（Excel格式）推送至县教育局邮箱。").requirements
    assert {first.due.date(), second.due.date()} == {dt.date(2730, 5, 10), dt.date(2730, 5, 3)}


def test_the_materials_above_are_what_the_item_above_sends_by_its_verb(tmp_path):
    _, towns = draft(tmp_path, "（一）县财政局于5月3日前报送《学前教育经费统计表》（Excel格式）；已拨付的，同时报送拨付凭证扫描件"
                               "（PDF格式）。\n（二）各乡镇人民政府于5月10日上午9时前报送上述材料。").requirements
    assert titles(towns) == ["学前教育经费统计表", "拨付凭证扫描件（PDF）"]


def test_near_miss_a_material_named_by_the_item_itself_is_its_own(tmp_path):
    _, towns = draft(tmp_path, "（一）县财政局于5月3日前报送《学前教育经费统计表》（Excel格式）；已拨付的，同时报送拨付凭证扫描件"
                               "（PDF格式）。\n（二）各乡镇人民政府于5月10日上午9时前报送《学前教育普查表》（Excel格式）。"
                     ).requirements
    assert titles(towns) == ["学前教育普查表"]
