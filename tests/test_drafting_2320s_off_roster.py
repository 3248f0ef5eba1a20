"""What held-out notices 2320–2339 showed the drafter missing about bodies off the roster (fixed on branch h-fixn116b),
on notice texts written for these tests, each with a near miss that must not change: a company off the roster opening
its item with its role before its ask (`中国联通建昌县分公司作为政务云技术支撑单位，于9月8日前提交…`) is asked alone, no
roster unit (2326); so is an addressee off the roster opening its item with its own work, the ask in the next clause
with no subject of its own (`县救助管理站实行24小时值班，每周五前报送一周救助情况周报`, 2332)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县直各部门",
          title: str = "关于做好2741年应急广播系统升级工作的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县文旅广电局", title, addressee, body, "2741年6月2日",
        opening="为提升应急广播覆盖能力，现将有关事项通知如下：",
        mailbox="jcwlgd_yjgb2741@163.com",
        contact="韩冰  联系电话：0429-7415236"))


# ---------------------------------------------------------------- 2326: 中国联通建昌县分公司作为…单位，于…前提交…


ROLE = ("一、各乡镇于6月16日（星期一）前报送本乡镇应急广播终端统计表（Excel格式）。\n"
        "二、{company}作为应急广播传输保障单位，{who}于6月20日前提交线路改造方案。\n"
        "三、各单位要做好设备维护，确保广播畅通。")


def test_a_company_off_the_roster_with_its_role_before_its_ask_is_asked_alone(tmp_path):
    drafted = draft(tmp_path, ROLE.format(company="中国移动建昌县分公司", who=""))
    (towns,) = drafted.requirements
    assert "建昌镇" in towns.units and towns.due.day == 16
    assert any("中国移动建昌县分公司" in line for line in drafted.unsettled)


def test_near_miss_a_clause_after_the_role_naming_its_own_senders_keeps_them(tmp_path):
    towns, plans = draft(tmp_path, ROLE.format(company="中国移动建昌县分公司", who="各乡镇")).requirements
    assert plans.due.day == 20 and "建昌镇" in plans.units and plans.units == towns.units


# ---------------------------------------------------------------- 2332: 县救助管理站实行24小时值班，每周五前报送…周报


OWN_WORK = ("一、各乡镇于6月16日（星期一）前报送本乡镇应急广播终端统计表（Excel格式）。\n"
            "二、县电视转播台实行汛期24小时值守，{who}每周一前报送一周设备运行情况周报。")
WITH_THE_RELAY = "各乡镇人民政府，县电视转播台"


def test_an_off_roster_addressee_opening_its_item_with_its_own_work_is_asked_alone(tmp_path):
    drafted = draft(tmp_path, OWN_WORK.format(who=""), addressee=WITH_THE_RELAY)
    (towns,) = drafted.requirements
    assert towns.due.day == 16 and "建昌镇" in towns.units
    assert any("县电视转播台" in line and "每周一前" in line for line in drafted.unsettled)


def test_near_miss_the_clause_after_its_own_work_naming_its_own_senders_keeps_them(tmp_path):
    towns, weekly = draft(tmp_path, OWN_WORK.format(who="各乡镇"), addressee=WITH_THE_RELAY).requirements
    assert "建昌镇" in weekly.units and weekly.units == towns.units
