"""What held-out notices 1580–1599 showed the drafter missing about which units owe a requirement, on notice texts
written for these tests: a let-off said of the units a sentence opens with (1590), or of a unit whose system was joined
to a platform before (1584); a group with the units it leaves out in brackets (1584); a photo word as a bracket's format
(1584); a PDF's deadline-table rows glued into one sentence (1591); a sentence opening with the unit it asks (1594);
a later date for some of a requirement's units for the same material (1583, 1594)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))


def drafted(body: str, salutation: str):
    text = (f"关于开展2431年便民服务点运营情况统计的通知\n{salutation}\n{body}\n联系人：周敏  联系电话：0429-7718850\n\n"
            f"建昌县便民服务工作办公室\n2431年3月2日\n")
    return draft_campaign(text, ROSTER).requirements


def units(body: str, salutation: str) -> list[list[str]]:
    return [sorted(r.units) for r in drafted(body, salutation)]


TOWN_ASK = "二、报送要求\n各乡镇请于4月10日前，将《服务点运营情况统计表》（Excel格式）发送至jcbm_fw@163.com。\n三、有关说明\n"


def test_a_let_off_without_a_subject_is_said_of_the_units_the_sentence_opens_with():
    """1590: 汤神庙镇、石佛乡本季度尚未开设…，本次无需报送统计表: the two out of the towns' requirement."""
    body = TOWN_ASK + "汤神庙镇、石佛乡本季度尚未开设服务点，本次无需报送统计表。"
    assert units(body, "各乡镇人民政府：") == [[t for t in TOWNS if t not in ("汤神庙镇", "石佛乡")]]


def test_a_let_off_in_a_sentence_opening_with_no_unit_lets_no_one_off():
    """Near miss: the sentence opens with no roster unit: every town still sends."""
    body = TOWN_ASK + "新设服务点本季度尚未运营，本次无需报送统计表。"
    assert units(body, "各乡镇人民政府：") == [TOWNS]


MEMBERS = "县住建局，县交通局，县公安局，县政务服务中心："
MEMBER_ASK = ("二、报送要求\n（一）各成员单位（县政务服务中心除外）请于3月12日前，将《事项清单》（Excel格式）发送至jcbm_fw@163.com。\n"
              "（二）县政务服务中心请于3月19日前，将接口说明（Word格式）发送至上述邮箱。\n三、有关说明\n")


def test_a_unit_whose_system_joined_a_platform_before_is_let_off():
    """1584: 县公安局…已于2448年底接入平台，本次无需报送事项清单: a platform joined before, not an entry made instead of
    a mail; and （县政务服务中心除外） after the group leaves that unit out of it."""
    body = MEMBER_ASK + "县公安局视频监控点位已于2430年底接入平台，本次无需报送事项清单。"
    assert units(body, MEMBERS) == [["县交通局", "县住建局"], ["县政务服务中心"]]


def test_data_entered_on_the_platform_instead_still_leaves_the_unit_in():
    """Near miss: 在平台完成登记，系统登记无需另行报送: an entry made instead of a mail, the unit still owes the sheet."""
    body = MEMBER_ASK + "县公安局在平台完成点位登记，系统登记无需另行报送。"
    assert "县公安局" in units(body, MEMBERS)[0]


def test_a_bracket_naming_no_exception_leaves_no_one_out():
    """Near miss: （含县政务服务中心） after the group: every member owes the sheet."""
    body = MEMBER_ASK.replace("县政务服务中心除外", "含县政务服务中心")
    assert units(body, MEMBERS)[0] == ["县交通局", "县住建局", "县公安局", "县政务服务中心"]


def test_a_photo_word_before_format_in_the_bracket_is_the_things_format():
    """1584: 界面截图（图片格式，不少于5张）: one photo part, the screenshots."""
    body = "请县政务服务中心于3月19日前将接口说明（Word格式）和系统界面截图（图片格式，不少于5张）发送至jcbm_fw@163.com。"
    (r,) = drafted(body, "县政务服务中心：")
    assert [p["kind"] for p in r.parts] == ["document", "photo"]


def test_a_photo_word_not_before_format_is_a_thing_of_its_own():
    """Near miss: 界面截图（不少于5张）和现场图片: two things, two photo parts."""
    body = "请县政务服务中心于3月19日前将系统界面截图（不少于5张）和现场图片发送至jcbm_fw@163.com。"
    (r,) = drafted(body, "县政务服务中心：")
    assert [p["kind"] for p in r.parts] == ["photo", "photo"]


BUREAUS = "县工信局，县水利局，县交通局，县公安局："
TABLE_ASK = ("一、采集内容及报送时限\n请各单位按下表分工，将管线数据（Excel格式）在规定时限前发送至jcbm_fw@163.com。\n")


def test_a_pdfs_deadline_table_glued_into_one_sentence_gives_each_date_to_its_rows_unit():
    """1591: the rows as a PDF gives them back (cells by spaces, a wrapped cell): each date its row's unit's."""
    body = TABLE_ASK + ("单位 采集内容 报送时限\n县工信局 通信管线（含各运营商管\n线）\n11 月8 日（星期五）前\n"
                        "县水利局 供水、排水主干管线 11 月13 日（星期三）前\n县交通局 道路下穿管线 11 月22 日（星期五）前\n"
                        "二、有关要求\n县公安局负责审核把关，不单独报送。")
    reqs = drafted(body, BUREAUS)
    assert [(r.due.day, r.units) for r in reqs] == [(8, ["县工信局"]), (13, ["县水利局"]), (22, ["县交通局"])]


def test_two_dates_in_a_sentence_of_clauses_are_not_rows():
    """Near miss: 请各单位于11月8日前…，11月13日前…: clauses of a request, not rows; both dates every unit's."""
    body = "请各单位于11月8日前报送管线数据（Excel格式），11月13日前报送数据确认函（PDF扫描件），发送至jcbm_fw@163.com。"
    assert units(body, "县工信局，县水利局：") == [["县工信局", "县水利局"], ["县工信局", "县水利局"]]


FIVE = "喇嘛洞镇、药王庙镇、王宝营子乡、老大杖子乡、要路沟乡人民政府："
FIVE_ASK = "二、报送要求\n各乡镇请于9月29日前，将《测产结果汇总表》（Excel格式）和测产现场照片发送至jcbm_fw@163.com。\n三、特殊情况\n"


def test_a_later_date_for_a_unit_the_sentence_opens_with_takes_it_out_of_the_group():
    """1594: 要路沟乡示范田受灾…，测产结果汇总表和照片请于10月13日前报送: that township's, and the first for the four."""
    body = FIVE_ASK + "要路沟乡示范田受冰雹灾害影响，测产时间另行安排，测产结果汇总表和照片请于10月13日前报送。"
    assert units(body, FIVE) == [sorted(["喇嘛洞镇", "药王庙镇", "王宝营子乡", "老大杖子乡"]), ["要路沟乡"]]


def test_a_later_date_in_a_sentence_opening_with_no_unit_is_everyones():
    """Near miss: the sentence opens with no roster unit: the later date is every unit's, no one taken out."""
    body = FIVE_ASK + "受冰雹灾害影响的示范田测产时间另行安排，测产结果汇总表和照片请于10月13日前报送。"
    assert all(len(u) == 5 for u in units(body, FIVE))


DEPTS = "县直各单位："
DEPT_ASK = ("二、材料报送\n（一）请各单位于11月20日中午12时前，将《认证情况统计表》（Excel格式）和《承诺书》（PDF扫描件）"
            "发送至jcbm_fw@163.com。\n")


def test_named_units_sending_the_same_material_later_are_out_of_the_first():
    """1583: （二）县教育局、县卫健局…不按本条第（一）项时间报送，请于12月4日前将统计表…: out of （一）."""
    body = DEPT_ASK + "（二）县教育局、县卫健局退休人员较多，不按本条第（一）项时间报送，请于12月4日前将统计表（Excel格式）发送至上述邮箱。"
    first, second = units(body, DEPTS)
    assert second == ["县卫健局", "县教育局"] and not {"县教育局", "县卫健局"} & set(first) and len(first) > 30


def test_named_units_sending_one_thing_more_later_stay_in_the_first():
    """Near miss: 还需…报送 a material more (排序说明), and 还需 the same sheet again: both bureaus still owe the first."""
    for more in ("推荐人选排序说明（Word格式）", "统计表（Excel格式）"):
        body = DEPT_ASK + f"（二）县教育局、县卫健局还需于12月4日前将{more}发送至上述邮箱。"
        first = units(body, DEPTS)[0]
        assert {"县教育局", "县卫健局"} <= set(first)
