"""What held-out notices 1640–1659 showed the drafter missing (the share of branch h-fixn82a), on notice texts written
for these tests, each with a near miss that must not fire: a let-off naming its item instead of a material (1648,
1652), a clause counting its units again (1653)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))


def draft(body: str, salutation: str = "各乡镇人民政府：", tail: str = ""):
    text = (f"关于开展2452年秸秆综合利用情况调查的通知\n{salutation}\n{body}\n邮箱：jcjgly_ban@163.com\n"
            f"联系人：綦晓东  联系电话：0429-7719034\n\n建昌县秸秆综合利用办公室\n2452年9月1日\n{tail}")
    return draft_campaign(text, ROSTER)


# ---------------------------------------------------------------- 1648: 不报送此项 in the item it lets off


ITEMS = ("（一）各乡镇于9月12日（星期五）前报送秸秆收储点台账（Excel格式）。\n"
         "（二）各乡镇于9月26日（星期五）前报送秸秆离田现场照片。{excusal}\n")


def test_a_let_off_of_this_item_takes_its_units_out_of_it_only():
    ledger, photos = draft(ITEMS.format(excusal="玲珑塔镇、药王庙镇无离田任务，不报送此项。")).requirements
    assert sorted(ledger.units) == TOWNS
    assert sorted(photos.units) == sorted(set(TOWNS) - {"玲珑塔镇", "药王庙镇"})


def test_a_town_doing_this_item_is_not_let_off():
    """Near miss: 玲珑塔镇、药王庙镇 asked to send this item in good time: nobody is let off."""
    ledger, photos = draft(ITEMS.format(excusal="玲珑塔镇、药王庙镇任务较重，请提前报送此项。")).requirements
    assert sorted(photos.units) == TOWNS


# ---------------------------------------------------------------- 1652: 不报送第二部分第（二）项材料, sections later


NAMED = ("二、报送要求\n（一）各乡镇于9月12日（星期五）前报送秸秆收储点台账（Excel格式）。\n"
         "（二）各乡镇于9月26日（星期五）前报送秸秆还田工作总结（Word格式）。\n"
         "三、其他事项\n雷家店乡、巴什罕乡本年度无还田任务，只需报送台账，不报送第二部分第（{item}）项材料。")


def test_a_let_off_naming_an_item_by_its_section_takes_the_units_out_of_that_item():
    ledger, summary = draft(NAMED.format(item="二")).requirements
    assert sorted(ledger.units) == TOWNS
    assert sorted(summary.units) == sorted(set(TOWNS) - {"雷家店乡", "巴什罕乡"})


def test_a_let_off_naming_another_item_leaves_this_one():
    """Near miss: the same words naming item (三), which the section has not: neither item loses a town."""
    ledger, summary = draft(NAMED.format(item="三")).requirements
    assert sorted(ledger.units) == TOWNS and sorted(summary.units) == TOWNS


# ---------------------------------------------------------------- 1653: …，两镇本次不再报送推荐表


COUNTED = ("（一）各乡镇于9月12日（星期五）前报送秸秆利用主体推荐表（Excel格式）。\n"
           "（二）建昌镇、汤神庙镇的利用主体已纳入市级名录，{who}本次不再报送推荐表。")


def test_units_counted_again_in_their_let_off_are_the_units_the_sentence_opens_with():
    (r,) = draft(COUNTED.format(who="两镇")).requirements
    assert sorted(r.units) == sorted(set(TOWNS) - {"建昌镇", "汤神庙镇"})


def test_a_let_off_of_some_other_body_counted_is_no_let_off_of_the_towns():
    """Near miss: 两家企业 is no count of the towns the sentence opens with: no town is let off."""
    (r,) = draft(COUNTED.format(who="两家企业")).requirements
    assert sorted(r.units) == TOWNS


# ---------------------------------------------------------------- 1644: 养马甸子乡★ in the table, 标注★的乡镇


MARKED = ("一、本年度任务如下（标注★的乡镇为新增站点所在乡镇）：\n乡镇\t任务（亩）\n汤神庙镇\t300\n{first}\t200\n"
          "和尚房子乡\t180\n老大杖子乡★\t150\n"
          "二、上表所列乡镇于9月12日（星期五）前报送秸秆收储情况统计表（Excel格式）。其中和尚房子乡已于8月底一并报送，本次不再报送。\n"
          "三、{who}于9月26日（星期五）前报送新增站点现场视频（MP4格式）。")


def test_a_sign_glued_to_a_name_in_a_table_names_the_unit_and_marks_its_row():
    table, video = draft(MARKED.format(first="养马甸子乡★", who="标注★的乡镇"), "各有关乡镇人民政府：").requirements
    assert sorted(table.units) == sorted(["汤神庙镇", "养马甸子乡", "老大杖子乡"])
    assert sorted(video.units) == sorted(["养马甸子乡", "老大杖子乡"])


def test_a_sign_no_sentence_names_the_senders_by_asks_no_one_by_it():
    """Near miss: the video asked of the table's towns (上表所列乡镇), no sign named: every town of the table but the one
    let off the other item; a sign on a cell naming no unit stays as it is."""
    from collector.drafting.senders.marked_names import names_without_marks
    from collector.drafting.senders.units import UnitResolver
    table, video = draft(MARKED.format(first="养马甸子乡★", who="上表所列乡镇"), "各有关乡镇人民政府：").requirements
    assert sorted(video.units) == sorted(["汤神庙镇", "养马甸子乡", "和尚房子乡", "老大杖子乡"])
    assert names_without_marks("重点任务★\t200", UnitResolver(ROSTER)) == "重点任务★\t200"


# ---------------------------------------------------------------- 1641, 1654: 列为第一批的乡镇, 报送方式为“纸质”的乡镇


BATCHES = ("二、附件所列乡镇按附件中确定的批次报送《秸秆离田台账》（Excel格式）和离田现场照片：列为第一批的乡镇于9月12日"
           "（星期五）前报送；列为第二批的乡镇于9月26日（星期五）前报送。")
BATCH_TABLE = "附件\n秸秆离田乡镇及报送批次\n乡镇\t面积（亩）\t报送批次\n喇嘛洞镇\t1260\t第一批\n魏家岭乡\t980\t第二批\n石佛乡\t1530\t第一批"


def test_units_named_by_a_value_of_a_table_column_are_the_rows_saying_it():
    first, second = draft(BATCHES, "附件所列乡镇人民政府：", BATCH_TABLE).requirements
    assert sorted(first.units) == ["喇嘛洞镇", "石佛乡"] and second.units == ["魏家岭乡"]
    assert first.title == second.title == "秸秆离田台账及离田现场照片"


def test_a_value_no_row_says_leaves_the_words():
    """Near miss: 列为第三批的乡镇, which no row says: nothing is spelled out."""
    from collector.drafting.senders.column_values import units_said_by_a_column_value
    rows = [line.split("\t") for line in BATCH_TABLE.split("\n")]
    from collector.drafting.senders.units import UnitResolver
    text = "列为第三批的乡镇于10月10日前报送"
    assert units_said_by_a_column_value(text, rows, UnitResolver(ROSTER), []) == text


def test_clauses_after_a_colon_each_send_the_heads_material_only_when_they_name_none():
    """Near miss: clauses naming materials of their own keep them (the head's material is not added)."""
    from collector.drafting.asks.colon_clauses import clauses_with_the_heads_material
    line = "各乡镇按批次报送《台账》和照片：建昌镇于9月12日前报送汇总表；石佛乡于9月26日前报送情况说明。"
    assert clauses_with_the_heads_material(line) == line
    assert clauses_with_the_heads_material("各乡镇按批次报送《台账》：建昌镇于9月12日前报送；石佛乡于9月26日前报送。") == \
        "建昌镇于9月12日前报送《台账》；石佛乡于9月26日前报送《台账》。"


PAPER = ("二、附件所列乡镇于9月12日（星期五）前报送秸秆管护台账（Excel格式）。附件中报送方式为“纸质”的乡镇，将纸质台账于同日前"
         "送县秸秆综合利用办公室（县农业农村局二楼205室），{how}。")
PAPER_TABLE = "附件\n核查乡镇及报送方式\n乡镇\t数量\t报送方式\n玲珑塔镇\t46\t邮箱\n杨树湾子乡\t28\t纸质\n要路沟乡\t33\t邮箱"


def test_units_sending_an_item_on_paper_not_by_mail_are_let_off_it():
    (r,) = draft(PAPER.format(how="不通过邮箱报送"), "附件所列乡镇人民政府：", PAPER_TABLE).requirements
    assert sorted(r.units) == ["玲珑塔镇", "要路沟乡"]


def test_units_sending_paper_as_well_as_the_mail_stay():
    """Near miss: the paper towns also mail the ledger (同时通过邮箱报送): nobody is let off."""
    (r,) = draft(PAPER.format(how="同时通过邮箱报送电子版"), "附件所列乡镇人民政府：", PAPER_TABLE).requirements
    assert sorted(r.units) == ["杨树湾子乡", "玲珑塔镇", "要路沟乡"]


# ---------------------------------------------------------------- 1650: a glued table's mailbox column


def test_a_glued_rows_mailbox_cell_ends_its_own_row():
    body = ("请各单位按下表要求报送材料:\n报送单位报送材料报送时限接收邮箱各乡镇、开发区秸秆台账(Excel格式)9月12日(星期五)前"
            "jcjg_xz@163.com县农业农村局、县水利局秸秆利用汇总表(Excel格式)9月26日(星期五)下午5时前jcjg_hy@163.com")
    towns, bureaus = draft(body, "各乡镇人民政府，八家子经济开发区管委会，县农业农村局，县水利局：").requirements
    assert sorted(towns.units) == sorted(TOWNS + ["八家子经济开发区"])
    assert sorted(bureaus.units) == ["县农业农村局", "县水利局"]


def test_a_glued_row_opening_with_no_address_is_read_as_before():
    """Near miss: no mailbox column: the text after a date is the next row's opening as it was."""
    from collector.drafting.reading.row_mailboxes import past_a_rows_mailbox
    assert past_a_rows_mailbox("县农业农村局、县生态环境局秸秆利用汇总表") == 0
    assert past_a_rows_mailbox("jcjg_xz@163.com县农业农村局") == len("jcjg_xz@163.com")
