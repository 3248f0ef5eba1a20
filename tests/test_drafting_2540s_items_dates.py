"""What held-out notices 2546, 2550 and 2553 showed the drafter missing (fixed on branch h-fixn127b), on notice texts
written for these tests, each with a near miss that must not change: with addressees not named (`各有关单位：`) a unit
sending in another's place (`由县商务局汇总报送…，县公安局不单独报送`) is not added to every item (2546); a later item
restating an earlier item's date for its units (`…第一项所列三个部门的报送时间调整为4月15日上午10时前，以本条为准`)
replaces that date, no requirement of its own (2550); a table row the note under the table cancels (`上表中县公安局一行
取消`) is no requirement, and the date a plan goes to a meeting (`…方案拟于7月15日提交县政府常务会议研究`) no deadline (2553)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县卫生健康局", "关于做好登革热防控工作的通知", addressee, body, "2690年5月12日",
        opening="为做好防控工作，现将有关事项通知如下。", mailbox="jcwj_dgr2690@163.com",
        contact="韩雪  联系电话：0429-7714420"))


# ---------------------------------------------------------------- 2546: 各有关单位, a unit sending in another's place

ITEMS = ("一、县商务局要会同县公安局摸排境外回国人员，建立台账（Excel格式），于5月22日（星期四）前由县商务局汇总报送，"
         "县公安局不单独报送。\n"
         "二、县人社局要形成情况说明（Word格式），于5月29日（星期四）前报送。\n"
         "三、县教育局要形成工作总结（Word格式），于5月29日（星期四）前报送。")


def test_units_not_addressed_by_name_each_item_its_own_units(tmp_path):
    c = draft(tmp_path, ITEMS, "各有关单位")
    assert [sorted(r.units) for r in c.requirements] == [["县商务局"], ["县人社局"], ["县教育局"]]


def test_near_miss_units_addressed_by_name_as_before(tmp_path):
    c = draft(tmp_path, ITEMS, "县商务局、县公安局、县人社局、县教育局")
    assert [sorted(r.units) for r in c.requirements] == [["县商务局"], ["县人社局"], ["县教育局"]]


# ---------------------------------------------------------------- 2550: …的报送时间调整为…，以本条为准

RESTATED = ("一、县自然资源局、县文旅局各报送本部门工作情况汇报（Word格式），请于5月28日（星期三）前报送。\n"
            "二、建昌镇报送辖区病例情况表（Excel格式），请于5月21日（星期三）前报送。\n"
            "三、特别说明：因工作需要，{who}的报送时间调整为5月15日（星期四）上午10时前，以本条为准。")


def test_a_date_restated_later_replaces_the_items_date(tmp_path):
    c = draft(tmp_path, RESTATED.format(who="第一项所列两个部门"), "县自然资源局、县文旅局，建昌镇")
    assert [(r.due.strftime("%m-%d %H"), sorted(r.units)) for r in c.requirements] == [
        ("05-15 10", ["县文旅局", "县自然资源局"]), ("05-21 23", ["建昌镇"])]


def test_near_miss_a_later_date_for_another_unit_stands_beside(tmp_path):
    c = draft(tmp_path, RESTATED.replace("特别说明：因工作需要，{who}的", "县卫健局报送疫情研判报告（Word格式），"),
              "县自然资源局、县文旅局，建昌镇，县卫健局")
    assert [(r.due.strftime("%m-%d"), sorted(r.units)) for r in c.requirements] == [
        ("05-28", ["县文旅局", "县自然资源局"]), ("05-21", ["建昌镇"]), ("05-15", ["县卫健局"])]


# ---------------------------------------------------------------- 2553: 上表中县公安局一行取消; 拟于…提交…会议研究

TABLE = ("请各单位按下表报送材料。\n报送单位\t报送材料\t格式\t截止时间\n"
         "建昌镇\t辖区病例分布情况表\tExcel\t6月15日（星期一）\n"
         "县公安局\t入境人员情况\tWord\t6月29日（星期一）\n"
         "县住建局\t积水点整治情况\tWord\t6月30日（星期二）\n"
         "说明：{note}\n材料请发送至邮箱。{after}")


def test_a_row_cancelled_under_the_table_asks_nothing(tmp_path):
    c = draft(tmp_path, TABLE.format(note="经沟通，上表中县公安局一行取消，入境人员情况由建昌镇一并填报。", after=""),
              "建昌镇人民政府，县公安局、县住建局")
    assert [(r.due.strftime("%m-%d"), r.units) for r in c.requirements] == [("06-15", ["建昌镇"]), ("06-30", ["县住建局"])]


def test_the_day_a_plan_goes_to_a_meeting_is_no_deadline(tmp_path):
    c = draft(tmp_path, TABLE.format(note="各单位材料请加盖公章。", after="防控方案拟于7月15日提交县政府常务会议研究。"),
              "建昌镇人民政府，县公安局、县住建局")
    assert [r.due.strftime("%m-%d") for r in c.requirements] == ["06-15", "06-29", "06-30"]


def test_near_miss_a_row_kept_and_a_units_own_date_for_the_meeting(tmp_path):
    c = draft(tmp_path, TABLE.format(note="上表中县公安局一行的材料请加盖公章。",
                                     after="县住建局于7月15日前提交防控方案（Word格式）。"), "建昌镇人民政府，县公安局、县住建局")
    assert [(r.due.strftime("%m-%d"), r.units) for r in c.requirements] == [
        ("06-15", ["建昌镇"]), ("06-29", ["县公安局"]), ("06-30", ["县住建局"]), ("07-15", ["县住建局"])]
