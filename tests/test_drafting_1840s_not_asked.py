"""What held-out notices 1840–1859 showed the drafter asking that no one is asked (the share of branch h-fixn92c), on
notice texts written for these tests, each with a near miss that must not change: the issuing office's own step up
to the county government, its date opening the item (1842); an off-roster bank's own item, and a return whose
requirements are still to be sent (1852, 1856); a stage of the work in a table of stages (1859)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.drafting.timing.deadlines import find_deadlines
from collector.drafting.asks.details_to_follow import details_to_follow
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcscj_jcg@163.com"
FIRST = "（一）请各乡镇于4月14日（星期二）前将《检查台账》（Excel格式）报送至县市场局邮箱{box}。\n".format(box=BOX)


def draft(body: str, salutation: str = "各乡镇人民政府，县文旅局，县教育局："):
    text = (f"建昌县市场监督管理局\n关于做好2578年春季安全检查工作的通知\n{salutation}\n为做好检查工作，现将有关事项通知如下：\n"
            f"{body}联系人：王宇  电话：0429-7518820\n\n建昌县市场监督管理局\n2578年4月7日\n")
    return draft_campaign(text, ROSTER)


def only_the_towns(requirements) -> None:
    (r,) = requirements
    assert sorted(r.units) == TOWNS


# ---------------------------------------------------------------- 1842: the office's own step, its date first


def test_the_issuers_own_step_up_after_the_items_date_is_no_requirement():
    body = FIRST + "（二）5月10日前，县市场局将汇总检查情况报县政府。\n"
    only_the_towns(draft(body).requirements)


def test_our_office_reporting_to_the_city_after_the_date_is_no_requirement():
    body = FIRST + "三、5月20日前，我局将检查结果报市市场监管局。\n"
    only_the_towns(draft(body).requirements)


def test_a_bureau_sending_to_the_mailbox_after_the_date_stays_a_requirement():
    """Near miss: a unit named after the date, sending to the collecting mailbox, is asked."""
    body = FIRST + "（二）5月10日前，县文旅局将景区检查情况（Word格式）报送至上述邮箱。\n"
    towns, bureau = draft(body).requirements
    assert bureau.units == ["县文旅局"] and (bureau.due.month, bureau.due.day) == (5, 10)


# ---------------------------------------------------------------- 1852: an off-roster bank's own item


def test_a_bank_branch_sending_by_the_same_day_is_no_requirement():
    body = FIRST + ("（二）请县文旅局于4月21日（星期二）下班前报送景区检查情况（Word格式）。\n"
                    "（三）中国人民银行建昌县支行于同日前报送涉传资金监测情况。\n")
    towns, bureau = draft(body, "各乡镇人民政府，县文旅局，中国人民银行建昌县支行：").requirements
    assert bureau.units == ["县文旅局"]


def test_a_company_with_its_own_item_is_no_requirement():
    body = FIRST + "（二）国网建昌县供电分公司于4月24日（星期五）前报送线路巡查情况（Word格式）。\n"
    only_the_towns(draft(body, "各乡镇人民政府，国网建昌县供电分公司：").requirements)


def test_a_roster_bureau_sending_by_the_same_day_stays_a_requirement():
    """Near miss: the same sentence with a unit of the roster is that unit's requirement."""
    body = FIRST + ("（二）请县文旅局于4月21日（星期二）下班前报送景区检查情况（Word格式）。\n"
                    "（三）县教育局于同日前报送校外培训场所检查情况（Word格式）。\n")
    towns, tourism, education = draft(body).requirements
    assert education.units == ["县教育局"] and (education.due.month, education.due.day) == (4, 21)


# ---------------------------------------------------------------- 1852, 1856: details still to be sent


def test_a_summary_whose_requirements_come_later_is_no_requirement():
    body = FIRST + "三、专项行动结束后，请各单位于12月上旬报送工作总结，具体要求另行通知。\n"
    only_the_towns(draft(body).requirements)


def test_a_monthly_return_whose_form_comes_later_is_no_requirement():
    body = FIRST + "三、自5月起，请各乡镇于每月5日前报送上月检查进度，具体表样另行下发。\n"
    only_the_towns(draft(body).requirements)


def test_a_dated_return_before_later_ones_whose_time_comes_later_stays():
    """Near miss: 以后各季度报送时间另行通知 leaves the first quarter's dated return standing."""
    body = ("（一）请各乡镇于4月10日（星期五）前将第一季度《检查台账》（Excel格式）报送至县市场局邮箱"
            f"{BOX}，以后各季度报送时间另行通知。\n")
    (r,) = draft(body).requirements
    assert (r.due.month, r.due.day) == (4, 10) and sorted(r.units) == TOWNS


def test_no_further_notice_announces_nothing():
    """Near miss: 不再另行通知 says the date stands as written."""
    sentence = "请各乡镇于4月10日前报送检查台账，报送要求不再另行通知"
    (deadline,) = find_deadlines(sentence, None)
    assert not details_to_follow(sentence, deadline)
    assert details_to_follow("请各乡镇于4月10日前报送检查台账，具体要求另行通知", deadline)


# ---------------------------------------------------------------- 1859: a stage in a table of stages

STAGES = ("一、普查阶段\n阶段\t时间\t任务\n踏查\t9月1日—9月30日\t对松林进行全面踏查\n"
          "取样检测\t10月1日—10月20日\t对异常松树取样送检\n总结上报\t10月31日前\t{task}\n二、报送要求\n" + FIRST)


def test_a_stage_row_whose_task_sends_nothing_is_no_requirement():
    towns = draft(STAGES.format(task="形成普查报告")).requirements
    only_the_towns(towns)
    assert (towns[0].due.month, towns[0].due.day) == (4, 14)


def test_a_stage_row_whose_task_sends_stays_a_requirement():
    """Near miss: a task cell that sends (报送) is a return, whatever the stage is called."""
    requirements = draft(STAGES.format(task="各乡镇报送普查报告（Word格式）")).requirements
    assert [(r.due.month, r.due.day) for r in requirements] == [(10, 31), (4, 14)]
