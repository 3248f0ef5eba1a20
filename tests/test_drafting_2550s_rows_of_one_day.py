"""The rows-of-one-day convention (the lead's decision, branch h-fixrows; held-out 2553, 2563, 2569, 2329, and 683), on
notice texts written for these tests: rows of one table due the same day for different units are one requirement when
they ask the same paper (names alike but for the unit's own words, or generic words only: 情况 / 报告 / 表 …), two when
their papers are apart (names differing beyond generic words, even with the same last words and under 报送内容), unless
the body asks the rows as one named thing (`报送相关名册`). The rule is `row_shares.papers_apart`."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "建昌镇人民政府，县直有关部门"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县综合行政执法局", "关于开展城区夜市经营秩序调查的通知", addressee, body, "2933年6月2日",
        opening="为规范城区夜市经营秩序，现将有关事项通知如下。",
        mailbox="jczf_yeshi2933@163.com",
        contact="许亮  联系电话：0429-7224567"))


ROWS = ("请各单位按下表报送材料。\n报送单位\t{column}\t格式\t截止时间\n"
        "建昌镇\t辖区夜市摊位分布表\tExcel\t6月15日（星期一）下午3时前\n"
        "县市场局\t{first}\tWord\t6月22日（星期一）\n"
        "县交通局\t{second}\tWord\t6月22日（星期一）\n")


def test_rows_of_one_day_whose_papers_are_apart_are_two_requirements(tmp_path):
    _, market, transport = draft(tmp_path, ROWS.format(
        column="报送材料", first="夜市食品安全监管情况", second="夜市周边道路通行情况")).requirements
    assert market.units == ["县市场局"] and transport.units == ["县交通局"]


def test_rows_of_one_day_whose_papers_are_apart_are_two_requirements_under_a_contents_column(tmp_path):
    _, market, transport = draft(tmp_path, ROWS.format(
        column="报送内容", first="夜市食品安全监管情况", second="夜市周边道路通行情况")).requirements
    assert market.units == ["县市场局"] and transport.units == ["县交通局"]


def test_near_miss_rows_of_one_paper_but_for_the_units_own_words_stay_one(tmp_path):
    _, both = draft(tmp_path, ROWS.format(
        column="报送材料", first="市场领域夜市安全检查情况", second="交通领域夜市安全检查情况")).requirements
    assert set(both.units) == {"县市场局", "县交通局"}


def test_near_miss_rows_of_generic_words_only_stay_one(tmp_path):
    _, both = draft(tmp_path, ROWS.format(column="报送内容", first="自查情况", second="工作开展情况")).requirements
    assert set(both.units) == {"县市场局", "县交通局"}


def test_near_miss_rows_the_body_asks_as_one_named_thing_stay_one(tmp_path):
    body = ("请下表所列单位报送相关名册。\n报送单位\t报送材料\t格式\t截止时间\n"
            "建昌镇\t辖区夜市摊位分布表\tExcel\t6月15日（星期一）下午3时前\n"
            "县市场局\t夜市食品经营者名册\tExcel\t6月22日（星期一）\n"
            "县交通局\t夜市周边停车场管理人员名册\tExcel\t6月22日（星期一）\n")
    _, both = draft(tmp_path, body).requirements
    assert set(both.units) == {"县市场局", "县交通局"}


def test_near_miss_rows_whose_kind_the_ask_pointing_at_the_table_names_stay_one(tmp_path):
    """Near miss (the shape of 1684): `请下表所列单位报送本系统…安全隐患情况` names what the rows' papers end with."""
    _, both = draft(tmp_path, ROWS.replace("请各单位按下表报送材料", "请下表所列单位报送本系统涉及夜市的安全隐患情况").format(
        column="报送材料", first="食品摊点安全隐患情况", second="临时停车区域安全隐患情况")).requirements
    assert set(both.units) == {"县市场局", "县交通局"}


def test_near_miss_a_row_of_a_body_off_the_roster_is_no_paper_apart(tmp_path):
    """Near miss (the shape of held-out 2591, h-fixrows' second round): `县直机关工委 | 机关代表队报名表` beside `各乡镇 |
    参赛队伍报名表`, one day and hour: the off-roster body's row names no sender of the roster, so tells no paper apart; it
    is no requirement of the towns'."""
    body = ("请各单位按下表时间将材料发送至jczf_yeshi2933@163.com。\n序号\t报送单位\t报送材料\t格式\t截止时间\n"
            "1\t各乡镇\t参赛队伍报名表\tExcel\t6月15日（星期一）上午10时前\n"
            "2\t县人社局\t参赛职工身份审核意见\tWord\t6月15日（星期一）下午3时前\n"
            "3\t县直机关工委\t机关代表队报名表\tExcel\t6月15日（星期一）上午10时前\n")
    rows = draft(tmp_path, body, addressee="各乡镇人民政府，县直有关部门").requirements
    assert [r.due.hour for r in rows] == [10, 15]
