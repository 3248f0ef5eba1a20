"""What held-out notices 1680–1699 showed the drafter missing (the share of branch h-fixn84b), on notice texts written
for these tests, each with a near miss that must not fire: a cut-off hour named as 截止时刻为当日 (1691), a file provided
in a named format and sent by the closing line (1691), the hour of a late rule in the date's own bracket (1695), the
issuer's own next step to the city (1695), a 同时 clause after a unit table that says what it comes besides (1688), a
PDF's schedule table glued into one run (1683)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))


def draft(body: str, salutation: str = "各乡镇人民政府，县民政局，县卫健局：", title: str = "开展2461年度农村留守老人关爱服务排查"):
    text = (f"关于{title}的通知\n{salutation}\n{body}\n"
            f"联系人：闫秋实  联系电话：0429-7715520\n\n建昌县养老服务指导中心\n2461年4月1日\n")
    return draft_campaign(text, ROSTER)


def at(r) -> tuple:
    return (r.due.month, r.due.day, r.due.hour, r.due.minute)


# ---------------------------------------------------------------- 1691: 截止时刻为当日15时


HOUR = ("一、各乡镇完成排查后填写《留守老人关爱台账》（Excel格式），请于4月14日（星期四）报送，{clause}。\n"
        "以上材料发送至邮箱jcylfw_zd@163.com。")


def test_a_cut_off_hour_of_the_same_day_named_after_the_date_is_its_hour():
    (r,) = draft(HOUR.format(clause="截止时刻为当日16时")).requirements
    assert at(r) == (4, 14, 16, 0)


def test_an_hour_of_that_day_that_is_no_cut_off_leaves_the_day_whole():
    """Near miss: the day's 16时 is a meeting's, not the cut-off: the day closes at its end."""
    (r,) = draft(HOUR.format(clause="视频调度会议时间为当日16时")).requirements
    assert at(r) == (4, 14, 23, 59)


# ---------------------------------------------------------------- 1691: 提供…信息（Excel格式）, 以上材料均发送至…


PROVIDED = ("一、各乡镇于4月14日（星期四）前报送《留守老人关爱台账》（Excel格式）。\n"
            "二、县卫健局于4月21日（星期四）前提供辖区65岁以上老年人签约服务信息{format}。\n"
            "{closing}")


def test_a_file_provided_in_a_named_format_is_sent_by_the_closing_line():
    ledger, info = draft(PROVIDED.format(format="（Excel格式）", closing="以上材料均发送至邮箱jcylfw_zd@163.com。")).requirements
    assert info.units == ["县卫健局"] and at(info) == (4, 21, 23, 59)


def test_information_provided_without_a_format_or_to_another_unit_is_no_submission():
    """Near misses: the same 信息 with no file format, or with one but provided to another unit (向县民政局提供): one
    requirement only. (With its format and only a mailbox line, `邮箱：…`, it is a submission since HELDOUT-2060-2079:
    provided_files.py.)"""
    for body, fmt, closing in ((PROVIDED, "", "以上材料均发送至邮箱jcylfw_zd@163.com。"),
                               (PROVIDED.replace("前提供", "前向县民政局提供"), "（Excel格式）", "邮箱：jcylfw_zd@163.com。")):
        (only,) = draft(body.format(format=fmt, closing=closing)).requirements
        assert sorted(only.units) == TOWNS


# ---------------------------------------------------------------- 1695: （…16:30以后发送的视为逾期）


LATE_RULE = ("请各乡镇于4月14日（星期四）前（以邮件发送时间为准，{rule}）将《留守老人关爱台账》（Excel格式）"
             "发送至邮箱jcylfw_zd@163.com。")


def test_the_hour_of_a_late_rule_in_the_dates_bracket_is_the_deadlines_hour():
    (r,) = draft(LATE_RULE.format(rule="16:30以后发送的视为逾期")).requirements
    assert at(r) == (4, 14, 16, 30)


def test_a_bracket_without_a_late_rule_leaves_the_day_whole():
    """Near misses: a bracket whose hour is no late rule, or whose late rule names no hour: the day's end."""
    for rule in ("16:30以后请电话告知", "逾期视为放弃"):
        (r,) = draft(LATE_RULE.format(rule=rule)).requirements
        assert at(r) == (4, 14, 23, 59)


# ---------------------------------------------------------------- 1695: …中心将会同…，5月10日前将名单报市民政局


OWN_STEP = ("一、请各乡镇于4月14日（星期四）前将《留守老人关爱台账》（Excel格式）发送至邮箱jcylfw_zd@163.com。\n"
            "二、4月下旬，{who}将会同县卫健局对台账进行抽查，5月10日前将关爱对象名单报市民政局。")


def test_the_issuers_own_step_to_the_city_after_its_sentence_subject_is_no_requirement():
    (r,) = draft(OWN_STEP.format(who="县养老服务指导中心")).requirements
    assert at(r) == (4, 14, 23, 59)


def test_the_units_step_to_the_city_is_not_the_issuers():
    """Near miss: the towns are the sentence's subject: their step stays a requirement (the mailbox read as the notice's)."""
    rs = draft(OWN_STEP.format(who="各乡镇")).requirements
    assert [at(r) for r in rs] == [(4, 14, 23, 59), (5, 10, 23, 59)]


# ---------------------------------------------------------------- 1688: 还须在自查表之外，同时报送…截图


TABLE = ("请各单位按下表报送材料：\n"
         "报送单位\t报送材料\t格式\t时限\n"
         "各乡镇人民政府\t关爱服务自查表\tExcel\t4月14日（星期四）前\n"
         "县民政局、县卫健局\t关爱服务台账\tExcel\t4月21日（星期四）前\n"
         "其中，建昌镇、药王庙镇作为试点镇，还须在{besides}之外，同时报送关爱服务平台界面截图（JPG格式）。\n"
         "以上材料请发送至邮箱jcylfw_zd@163.com。")


def test_a_same_time_clause_after_a_table_is_due_with_the_row_of_what_it_comes_besides():
    *_, shots = draft(TABLE.format(besides="自查表")).requirements
    assert sorted(shots.units) == ["建昌镇", "药王庙镇"] and at(shots) == (4, 14, 23, 59)
    assert [p["id"] if isinstance(p, dict) else p.id for p in shots.parts] == ["screenshots"]


def test_a_same_time_clause_naming_no_row_is_due_with_the_last_row():
    """Near miss: what it comes besides is in no row: the row just before it gives the date, as before."""
    *_, shots = draft(TABLE.format(besides="日常工作")).requirements
    assert sorted(shots.units) == ["建昌镇", "药王庙镇"] and at(shots) == (4, 21, 23, 59)


# ---------------------------------------------------------------- 1683: 阶段时间工作内容…, a PDF's schedule glued


SCHEDULE = ("时间安排如下：\n"
            "阶段时间工作内容入户排查4月1日至4月10日各村逐户排查登记乡镇复核4月11日至4月12日乡镇复核并公示"
            "{stage}4月14日(星期四)17时前乡镇报送关爱服务台账(Excel)及入户照片县级抽查4月下旬县民政局组织抽查\n"
            "一、请县卫健局于4月21日（星期四）前将签约服务统计表（Excel格式）发送至邮箱jcylfw_zd@163.com。\n"
            "二、县民政局参加抽查，不报送材料。")


def test_a_glued_schedule_rows_deadline_is_owed_by_its_own_work_cell():
    towns, health = draft(SCHEDULE.format(stage="材料报送")).requirements
    assert sorted(towns.units) == TOWNS and at(towns) == (4, 14, 17, 0)
    assert "公示" not in towns.title and health.units == ["县卫健局"]


def test_a_run_with_no_schedule_header_is_read_whole():
    """Near miss: the same run without its 时间…内容 header is no schedule: its deadline keeps the run's words (公示)."""
    text = SCHEDULE.format(stage="材料报送").replace("阶段时间工作内容", "")
    towns, _ = draft(text).requirements
    assert "公示" in towns.title


# ---------------------------------------------------------------- 1681: 定于4月12日…组织…演练 … 演练结束后3个工作日内


COUNTED = ("全县定于4月12日（星期二）上午9时至11时组织留守老人应急{work}。\n"
           "请各乡镇于演练结束后3个工作日内将《应急演练评估表》（Excel格式）发送至邮箱jcylfw_zd@163.com。")


def test_a_deadline_counted_from_a_one_day_work_set_in_the_opening():
    (r,) = draft(COUNTED.format(work="演练")).requirements
    assert at(r) == (4, 15, 23, 59)  # 13, 14, 15: three working days after 4月12日 (a Tuesday)


def test_a_deadline_counted_from_a_work_the_notice_sets_no_day_for_reads_no_date():
    """Near miss: the day set is a 宣传's, not the 演练's: no date is made up for 演练结束后."""
    assert not draft(COUNTED.format(work="宣传")).requirements


# ---------------------------------------------------------------- 1684: a 补充通知


SUPPLEMENT = ("4月1日，我中心印发了《关于开展2461年度农村留守老人关爱服务排查工作的通知》，现补充通知如下：\n"
              "一、原通知要求报送的入户走访照片（按乡镇打包为一个压缩包），报送时间不变，仍为4月14日（星期四）前。\n"
              "二、{added}。\n"
              "三、报送邮箱不变，仍为jcylfw_zd@163.com。\n"
              "附件：补充报送单位及内容")
ANNEX = ("\n附件\n补充报送单位及内容\n单位\t报送内容\t格式\t时限\n"
         "县民政局\t特困供养老人名册\tExcel\t4月21日（星期四）前\n"
         "县卫健局\t家庭医生签约名册\tExcel\t4月21日（星期四）前\n")


def supplement(added: str):
    text = (f"关于《关于开展2461年度农村留守老人关爱服务排查工作的通知》的补充通知\n各乡镇人民政府，县民政局，县卫健局：\n"
            f"{SUPPLEMENT.format(added=added)}\n联系人：闫秋实  联系电话：0429-7715520\n\n建昌县养老服务指导中心\n"
            f"2461年4月8日\n{ANNEX}")
    return draft_campaign(text, ROSTER)


def test_a_supplements_title_is_the_subject_of_the_notice_it_adds_to():
    assert supplement("增加附件所列单位报送相关名册，具体内容和时限见附件").title == "2461年度农村留守老人关爱服务排查"


def test_a_title_quoting_a_notice_for_another_matter_keeps_its_own():
    """Near miss: 关于报送《…的通知》落实情况的通知 is no supplement: its own subject."""
    from collector.drafting.heading.titles import notice_title
    assert notice_title("关于报送《关于开展留守老人关爱服务排查工作的通知》落实情况的通知") \
        == "《关于开展留守老人关爱服务排查工作的通知》落实情况"


def test_a_date_kept_by_a_supplement_is_its_deadline_and_its_added_units_are_not_asked_it():
    photos, lists = supplement("增加附件所列单位报送相关名册，具体内容和时限见附件").requirements
    assert at(photos) == (4, 14, 23, 59) and sorted(photos.units) == TOWNS
    assert at(lists) == (4, 21, 23, 59) and sorted(lists.units) == ["县卫健局", "县民政局"]


def test_an_annex_not_pointed_to_for_its_times_adds_no_requirement():
    """Near miss: the annex named only as what to read (参照附件填写): its table's dates are not the body's, and nobody
    is taken out of the original item."""
    (photos,) = supplement("各单位可参照附件了解相关名册").requirements
    assert sorted(photos.units) == sorted(TOWNS + ["县民政局", "县卫健局"])


def test_an_annex_table_whose_dates_are_days_to_tick_adds_no_requirement():
    """Near miss: the annex table pointed to holds days to choose (□4月18日), none to send by: no requirement from it."""
    text = (f"关于《关于开展2461年度农村留守老人关爱服务排查工作的通知》的补充通知\n各乡镇人民政府，县民政局，县卫健局：\n"
            f"{SUPPLEMENT.format(added='增加附件所列单位参加培训，具体时间见附件')}\n联系人：闫秋实  联系电话：0429-7715520\n\n"
            "建昌县养老服务指导中心\n2461年4月8日\n\n附件\n补充报送单位及内容\n单位\t参加人数\t拟选日期\n"
            "县民政局\t\t□4月18日　□4月19日\n")
    (photos,) = draft_campaign(text, ROSTER).requirements
    assert at(photos) == (4, 14, 23, 59)


def test_an_original_notices_date_not_said_to_stand_is_no_deadline():
    """Near miss: the earlier notice's date restated without 仍为 (原通知要求于…前报送的…已调整): not a deadline of this one."""
    text = SUPPLEMENT.replace("报送时间不变，仍为4月14日（星期四）前", "原定于4月14日（星期四）前报送，现已取消")
    body = text.format(added="增加附件所列单位报送相关名册，具体内容和时限见附件")
    notice = (f"关于《关于开展2461年度农村留守老人关爱服务排查工作的通知》的补充通知\n各乡镇人民政府，县民政局，县卫健局：\n"
              f"{body}\n联系人：闫秋实  联系电话：0429-7715520\n\n建昌县养老服务指导中心\n2461年4月8日\n{ANNEX}")
    assert [at(r) for r in draft_campaign(notice, ROSTER).requirements] == [(4, 21, 23, 59)]
