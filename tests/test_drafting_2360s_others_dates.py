"""What held-out notices 2360–2379 showed the drafter missing in dates said by another's (fixed on branch h-fixn118c),
on notice texts written for these tests, each with a near miss that must not change: `其中A乡、B乡任务重，可延至7月20日前报送`
gives the two townships named after 其中 the later date, taken out of the item's (2362); `于各乡镇报送截止的次日上午10时前` is
the day after the towns' deadline (2374); `报送时间同第二条` is item 二's moment (2378)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县自然资源局、县公共资源交易中心"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县水利局", "关于开展2850年度农田水利设施排查的通知", addressee, body, "2850年6月22日",
        opening="为摸清农田水利设施底数，现将有关事项通知如下：",
        mailbox="jcslj_ntsl2850@163.com",
        contact="周立新  联系电话：0429-7213365"))


def moment(r) -> tuple[int, int, int, int]:
    return r.due.month, r.due.day, r.due.hour, r.due.minute


# ---------------------------------------------------------------- 2362: 其中A乡、B乡任务重，可延至7月20日前报送


LATER = "一、各乡镇于7月9日（星期五）前报送农田水利设施排查表（Excel格式）及现场照片；{clause}。"


def test_the_few_named_after_qizhong_with_their_reason_send_by_the_later_date_alone(tmp_path):
    towns, later = draft(tmp_path, LATER.format(
        clause="其中石佛乡、新开岭乡设施数量多、核查任务重，可延至7月20日（星期二）前报送")).requirements
    assert len(towns.units) == 26 and not {"石佛乡", "新开岭乡"} & set(towns.units) and moment(towns)[:2] == (7, 9)
    assert set(later.units) == {"石佛乡", "新开岭乡"} and moment(later)[:2] == (7, 20)
    assert part_shapes(later) == part_shapes(towns) == ["photo", "sheet"]


def test_near_miss_a_second_date_of_the_item_for_another_paper_stays_the_whole_groups(tmp_path):
    first, second = draft(tmp_path, LATER.format(
        clause="7月20日（星期二）前报送排查工作总结（Word格式）")).requirements
    assert len(first.units) == len(second.units) == 28
    assert part_shapes(first) == ["photo", "sheet"] and part_shapes(second) == ["document"]


# ---------------------------------------------------------------- 2374: 于各乡镇报送截止的次日上午10时前


NEXT_DAY = ("一、各乡镇于8月15日（星期一）前报送水利设施排查表（Excel格式）。\n"
            "二、县自然资源局于{whose}次日上午10时前报送设施用地审批情况（Word格式）。")


def test_the_day_after_the_towns_deadline_is_the_bureaus_own(tmp_path):
    towns, bureau = draft(tmp_path, NEXT_DAY.format(whose="各乡镇报送截止的")).requirements
    assert len(towns.units) == 28
    assert bureau.units == ["县自然资源局"] and moment(bureau) == (8, 16, 10, 0) and part_shapes(bureau) == ["document"]


def test_near_miss_the_day_after_no_earlier_sentence_dates_is_still_not_guessed(tmp_path):
    d = draft(tmp_path, NEXT_DAY.format(whose="县交通局报送截止的"))
    assert len(d.requirements) == 1 and any("未能读出日期" in line for line in d.unsettled)


# ---------------------------------------------------------------- 2378: 报送时间同第二条


ITEMS = ("一、各乡镇于3月12日（星期一）前报送水利设施排查表（Excel格式）。\n"
         "二、县自然资源局于3月16日（星期五）上午11时前报送设施用地审批情况（Excel格式）。\n"
         "三、县公共资源交易中心{when}报送设施项目交易情况表（Excel格式），{said}。")


def test_the_time_of_a_numbered_item_is_its_moment(tmp_path):
    *_, centre = draft(tmp_path, ITEMS.format(when="", said="报送时间同第二条")).requirements
    assert centre.units == ["县公共资源交易中心"] and moment(centre) == (3, 16, 11, 0) and part_shapes(centre) == ["sheet"]


def test_near_miss_the_form_of_a_numbered_item_leaves_the_items_own_date(tmp_path):
    *_, centre = draft(tmp_path, ITEMS.format(when="于3月20日（星期二）前", said="格式要求同第二条")).requirements
    assert centre.units == ["县公共资源交易中心"] and moment(centre)[:2] == (3, 20)


def test_the_time_of_a_bracketed_item_is_its_moment(tmp_path):
    body = ("（一）县自然资源局于3月16日（星期五）下午4时前报送设施用地审批情况（Excel格式）。\n"
            "（二）各乡镇于3月12日（星期一）前报送水利设施排查表（Excel格式）。\n"
            "（三）县公共资源交易中心报送设施项目交易情况表（Excel格式），时限与第（一）项相同。")
    *_, centre = draft(tmp_path, body).requirements
    assert centre.units == ["县公共资源交易中心"] and moment(centre) == (3, 16, 16, 0)
