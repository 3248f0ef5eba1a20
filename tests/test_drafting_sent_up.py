"""The collecting office's own step up (`collector/drafting/asks/sent_up.py`) read the same way in a sentence and in a table
row, whoever the office is: one named by the ending of its name (县…局 / 办 / 委 / 中心) or a roster unit named otherwise
(县供销社, 县档案馆). Before the three readings were folded into one, a row knew only the first kind and a sentence
knew the second only when it gathered (汇总) first. Each case has a near miss that must stay a requirement: the same unit
sending to the collecting office, not upward."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def archives(tmp_path, last: str):
    body = ("一、各乡镇于12月10日（星期三）前报送本单位档案工作年度统计表（Excel格式）。\n"
            "二、县直各部门于12月11日（星期四）前报送文书档案归档情况说明（Word格式）。\n"
            "三、" + last)
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县档案馆", "关于做好2803年度档案工作统计年报的通知", "各乡镇人民政府，县直各部门", body, "2803年11月23日",
        opening="根据市档案馆统一部署，现将有关事项通知如下：",
        mailbox="jcdag_nb2803@163.com",
        contact="孙立  联系电话：0429-7212568"))


def test_a_roster_unit_named_otherwise_sending_up_by_a_date_is_no_requirement(tmp_path):
    d = archives(tmp_path, "县档案馆于12月18日（星期四）前将全县档案工作统计年报报市档案馆。")
    assert [r.due.day for r in d.requirements] == [10, 11]
    assert any("12月18日" in u and "上报上级" in u for u in d.unsettled)


def test_near_miss_the_same_unit_sending_to_the_collecting_mailbox_is_asked(tmp_path):
    d = archives(tmp_path, "县档案馆于12月18日（星期四）前将馆藏档案数字化进度表（Excel格式）发送至上述邮箱。")
    assert [r.due.day for r in d.requirements] == [10, 11, 18]
    assert d.requirements[2].units == ["县档案馆"]


def networks(tmp_path, last_row: str):
    rows = ["县商务局\t快递企业网点备案情况\tWord\t3月20日（星期二）前",
            "县交通局\t农村客货邮线路统计表\tExcel\t3月22日（星期四）前",
            last_row]
    body = "\n".join(["请有关单位按下表要求报送材料至jcgxs_wd2801@163.com。", "单位\t报送材料\t格式\t报送时间", *rows])
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县供销合作社联合社", "关于开展2801年农村寄递物流网点摸底的通知", "县商务局、县交通局", body, "2801年3月2日",
        opening="为完善农村寄递物流体系，现将有关事项通知如下：",
        contact="钱立  联系电话：0429-7212377"))


def test_a_row_of_a_roster_unit_named_otherwise_summing_up_upward_is_no_ask(tmp_path):
    d = networks(tmp_path, "县供销社\t汇总形成全县网点调度报告报县政府\t—\t3月30日（星期五）前")
    assert [r.units for r in d.requirements] == [["县商务局"], ["县交通局"]]
    assert any("3月30日" in u and "上报上级" in u for u in d.unsettled)


def test_near_miss_a_row_of_that_unit_asking_a_sheet_of_its_own_is_an_ask(tmp_path):
    d = networks(tmp_path, "县供销社\t基层供销社网点汇总表\tExcel\t3月30日（星期五）前")
    assert [r.units for r in d.requirements] == [["县商务局"], ["县交通局"], ["县供销社"]]
