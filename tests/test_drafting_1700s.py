"""What held-out notices 1700–1719 showed the drafter missing (the share of branch h-fixn85a), on notice texts written
for these tests, each with a near miss that must not fire: towns named as 示范乡镇 under a table of them (1701); a
quarter's end counted from, a table of months sent by the line above it (1715); units taking part in a work its item
names, a let-off of items by a list of their numbers (1700);
materials only in a 材料名称 | 格式 | 要求 table, pointed back at and sent by the list's lead (1709); a glued batch
table's rows opening with their batch, scans packed into the archive, opinions given in Word (1703)."""

from __future__ import annotations

from collector.drafting import draft_campaign
from collector.drafting.asks.above import points_back_at_a_table, rows_of_a_materials_table
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))
BOX = "jcsfgz_ban@163.com"


def draft(body: str, salutation: str = "各乡镇人民政府：", tail: str = ""):
    text = (f"关于开展2461年水稻旱育稀植技术示范的通知\n{salutation}\n{body}\n报送邮箱：{BOX}\n"
            f"联系人：袁立新  联系电话：0429-7718820\n\n建昌县农业技术推广中心\n2461年4月3日\n{tail}")
    return draft_campaign(text, ROSTER)


def kinds(r) -> list[str]:
    return sorted(p["kind"] + ("/" + p["formats"][0] if p.get("formats") else "") for p in r.parts)


# ---------------------------------------------------------------- 1701: 示范乡镇 under a table of the towns


def test_demonstration_towns_under_a_table_of_towns_are_its_towns():
    body = ("今年在以下乡镇建设示范点：\n乡镇\t面积（亩）\t指导员\n石佛乡\t300\t黄立\n大屯镇\t200\t孙强\n"
            "一、县农技中心定于6月8日至6月10日组织验收。示范乡镇于验收结束后3个工作日内报送验收结果表（Excel格式）。\n"
            "二、县气象局于6月20日（星期五）前报送气象服务情况（Word版）。\n")
    summary, weather = draft(body, "有关乡镇人民政府，县气象局：").requirements
    assert sorted(summary.units) == ["大屯镇", "石佛乡"]
    assert weather.units == ["县气象局"]


def test_every_town_beside_a_table_of_demonstration_towns_stays_every_town():
    """Near miss: 各乡镇 is every town, whatever the table lists."""
    body = ("今年在以下乡镇建设示范点：\n乡镇\t面积（亩）\t指导员\n石佛乡\t300\t黄立\n大屯镇\t200\t孙强\n"
            "一、各乡镇于6月13日（星期三）前报送推广情况表（Excel格式）。\n")
    (r,) = draft(body).requirements
    assert sorted(r.units) == TOWNS


# ---------------------------------------------------------------- 1715: 季度结束后15日内, a month table's senders

QUARTER = ("一、各乡镇于7月20日（星期五）前报送{q}季度农机作业情况表（Excel格式）。\n"
           "二、县农业农村局于季度结束后10日内报送{q}季度农机补贴兑付情况（附件2，Excel格式）。\n")


def test_after_the_quarters_end_counts_from_the_quarter_the_notice_names():
    towns, bureau = draft(QUARTER.format(q="三"), "各乡镇人民政府，县农业农村局：").requirements
    assert bureau.units == ["县农业农村局"]
    assert (bureau.due.month, bureau.due.day, bureau.due.hour) == (10, 10, 23)
    assert "补贴兑付情况" in bureau.title and kinds(bureau) == ["document/xlsx"]


def test_after_the_quarters_end_with_no_quarter_named_or_each_quarter_reads_no_date():
    """Near miss: a notice naming no quarter (or two) gives no quarter to count from; 每季度结束后 recurs."""
    plain = QUARTER.replace("{q}季度", "").format()
    assert [r.due.day for r in draft(plain, "各乡镇人民政府，县农业农村局：").requirements] == [20]
    each = QUARTER.format(q="三").replace("于季度", "于每季度")
    assert [r.due.day for r in draft(each, "各乡镇人民政府，县农业农村局：").requirements] == [20]
    two = QUARTER.format(q="三").replace("报送三季度农机作业", "报送二季度农机作业")
    assert [r.due.day for r in draft(two, "各乡镇人民政府，县农业农村局：").requirements] == [20]


MONTHS = ("一、石佛乡、大屯镇按下表时限报送农机作业月报表（附件1，Excel格式）：\n"
          "数据月份\t报送时限\n7月\t8月8日（星期三）前\n8月\t9月10日（星期一）前\n"
          "二、县农业农村局于9月20日（星期四）前报送农机补贴兑付情况（Word版）。\n")


def test_rows_of_a_month_table_are_sent_by_the_units_of_the_line_above_it():
    july, august, bureau = draft(MONTHS, "石佛乡、大屯镇人民政府，县农业农村局、县财政局：").requirements
    assert sorted(july.units) == sorted(august.units) == ["大屯镇", "石佛乡"]
    assert bureau.units == ["县农业农村局"]


def test_rows_naming_their_own_units_keep_them():
    """Near miss: a batch table whose rows name their towns is read by its rows, not the line above."""
    body = ("一、各乡镇按下表时限报送农机作业月报表（附件1，Excel格式）：\n"
            "批次\t乡镇\t报送时限\n第一批\t石佛乡\t8月8日（星期三）前\n第二批\t大屯镇\t9月10日（星期一）前\n")
    first, second = draft(body).requirements
    assert first.units == ["石佛乡"] and second.units == ["大屯镇"]



def test_rows_naming_a_group_keep_it_under_a_line_of_every_unit():
    """Near miss: a row naming 各乡镇人民政府 under `各单位按下表时限报送` is the towns', not every addressee's."""
    body = ("一、各单位按下表时限报送材料：\n序号\t报送材料\t报送单位\t截止日期\n"
            "1\t农机作业台账（Excel格式）\t各乡镇人民政府\t8月8日（星期三）前\n"
            "2\t补贴兑付情况（Word版）\t县农业农村局\t9月10日（星期一）前\n")
    towns, bureau = draft(body, "各乡镇人民政府，县农业农村局：").requirements
    assert sorted(towns.units) == TOWNS and bureau.units == ["县农业农村局"]

# ---------------------------------------------------------------- 1700: 参加专项检查的单位, 无需单独报送第二、三项材料

CHECKS = ("一、工作内容\n（一）集中宣传。各乡镇在集镇设点宣传。\n"
          "（二）联合检查。县应急局牵头，会同县住建局、县交通局，对在建工地开展联合检查。\n"
          "二、材料报送\n（一）工作方案。各乡镇于5月20日（星期二）前报送工作方案（Word版）。\n"
          "（二）检查情况。参加联合检查的单位于6月20日（星期五）前报送检查情况统计表（Excel格式）。\n"
          "（三）工作总结。各乡镇及参加联合检查的单位于7月4日（星期五）前报送工作总结（Word版）。\n"
          "三、有关要求\n{let_off}\n")
SALUTATION = "各乡镇人民政府，县应急局、县住建局、县交通局："


def test_units_taking_part_in_a_work_are_those_its_item_names():
    plan, check, summary = draft(CHECKS.format(let_off=""), SALUTATION).requirements
    assert sorted(plan.units) == TOWNS
    assert sorted(check.units) == sorted(["县应急局", "县住建局", "县交通局"])
    assert sorted(summary.units) == sorted(TOWNS + ["县应急局", "县住建局", "县交通局"])


def test_a_work_no_item_is_headed_by_names_no_units():
    """Near miss: 参加联合执法的单位 where no item is headed 联合执法 stays as written (not the checking bureaus)."""
    body = CHECKS.format(let_off="").replace("参加联合检查的单位于6月20日", "参加联合执法的单位于6月20日")
    check = draft(body, SALUTATION).requirements[1]
    assert sorted(check.units) == sorted(TOWNS + ["县应急局", "县住建局", "县交通局"])  # every addressee, as before


def test_a_let_off_naming_items_by_a_list_of_numbers_takes_the_unit_out_of_each():
    let_off = "县交通局本次仅配合开展检查，无需单独报送第二、三项材料。"
    plan, check, summary = draft(CHECKS.format(let_off=let_off), SALUTATION).requirements
    assert sorted(check.units) == sorted(["县应急局", "县住建局"])
    assert sorted(summary.units) == sorted(TOWNS + ["县应急局", "县住建局"])
    assert sorted(plan.units) == TOWNS


def test_a_let_off_naming_items_under_no_sending_section_lets_off_nothing():
    """Near miss: with no section headed as sending (材料 / 报送), 第二、三项 names no item: nobody is let off."""
    let_off = "县交通局本次仅配合开展检查，无需单独报送第二、三项材料。"
    body = CHECKS.format(let_off=let_off).replace("二、材料报送", "二、具体安排")
    check = draft(body, SALUTATION).requirements[1]
    assert sorted(check.units) == sorted(["县应急局", "县住建局", "县交通局"])


# ---------------------------------------------------------------- 1709: materials only in a 材料名称 | 格式 | 要求 table

APPLY = ("一、申报材料。各乡镇择优推荐1个村，报送以下材料：\n"
         "材料名称\t格式\t要求\n创建申报表\tWord\t加盖公章后另附PDF扫描件\n创建宣传短片\tMP4\t时长不超过2分钟\n"
         "以上申报材料于9月25日（星期五）前报送。\n"
         "二、县融媒体中心于10月9日（星期五）前报送宣传报道清单（Excel格式）。\n")


def test_materials_pointed_back_at_under_a_materials_table_are_its_rows_sent_by_the_lead():
    apply, media = draft(APPLY, "各乡镇人民政府，县融媒体中心：").requirements
    assert sorted(apply.units) == TOWNS
    assert kinds(apply) == ["document/docx", "document/mp4", "document/pdf"]
    assert media.units == ["县融媒体中心"]


def test_a_table_whose_first_column_names_no_materials_gives_no_rows():
    """Near miss: a table of towns (乡镇 | 格式 | 要求) is no list of materials, and a sentence that does not open by
    pointing back (请于…前报送以上材料) is not sent as the table's rows."""
    sentences = ["各乡镇择优推荐1个村,报送以下材料:", "乡镇\t格式\t要求", "石佛乡\tWord\t盖章", "大屯镇\tMP4\t无",
                 "以上申报材料于9月25日前报送"]
    assert rows_of_a_materials_table(sentences, 4) == []
    sentences[1] = "材料名称\t格式\t要求"
    assert [r.text for r in rows_of_a_materials_table(sentences, 4)] == ["石佛乡（Word格式，盖章）", "大屯镇（MP4格式，无）"]
    assert points_back_at_a_table(sentences, 4)
    sentences[4] = "请于9月25日前报送以上材料"
    assert not points_back_at_a_table(sentences, 4)


# ---------------------------------------------------------------- 1703: a batch table's rows, packed scans, 提出意见

BATCHES = ("一、各乡镇按以下批次报送农机作业台账（附件1，Excel格式），同时将作业合同的扫描件（PDF）打包为压缩包一并报送：\n"
           "批次 乡镇 报送时限\n第一批 石佛乡、大屯镇 9月12日（星期三）前\n{second} 9月19日（星期三）前\n"
           "二、县司法局于9月26日（星期三）前对作业合同示范文本提出修订意见（Word版）。\n"
           "上述材料请发送至：jcsfgz_ban@163.com\n")


def glued(body: str) -> str:
    """The table's rows as a PDF gives them back: glued into one run of text."""
    lines = body.split("\n")
    return "\n".join([lines[0], "".join(line.replace(" ", "") for line in lines[1:4]), *lines[4:]])


def test_rows_of_a_glued_batch_table_are_owed_by_the_units_after_the_batch():
    first, second, justice = draft(glued(BATCHES.format(second="第二批 各乡")), "各乡镇人民政府，县司法局：").requirements
    assert sorted(first.units) == ["大屯镇", "石佛乡"]
    assert sorted(second.units) == sorted(ROSTER.names(["township"]))
    assert kinds(first) == kinds(second) == ["document/xlsx", "document/zip"]  # the scans are the archive's, no part
    assert justice.units == ["县司法局"] and kinds(justice) == ["document/docx"]


def test_a_glued_row_opening_with_no_batch_nor_unit_is_no_row():
    """Near miss: a second row whose first cell is no batch (补报) leaves the run unread as rows: the first row is not
    given its own two towns (both dates read with the same units, as before the rule)."""
    first, second, _ = draft(glued(BATCHES.format(second="补报 各乡")), "各乡镇人民政府，县司法局：").requirements
    assert sorted(first.units) == sorted(second.units) != ["大屯镇", "石佛乡"]


def test_opinions_given_in_a_format_are_sent_only_with_a_line_sending_the_materials():
    """Near miss: 提出修订意见（Word版） with no `上述材料…发送至` line below is work, not a submission."""
    body = BATCHES.format(second="第二批 各乡").replace("上述材料请发送至：", "联系邮箱：")
    assert [r.due.day for r in draft(glued(body), "各乡镇人民政府，县司法局：").requirements] == [12, 19]
