"""What held-out notices 3283 and 3299 showed the drafter missing (fixed on branch h-fixn164a), on notice texts written
for these tests, with near misses that must not change:

- 3283: a table written down its side, one field a row (`事项 | 内容` over `报送单位 | …`, `报送材料 | …`, `截止时间 | …`),
  two of them one under the other: each table is its own units, paper and day (reading/key_value_tables.py);
- 3299: a two-row header whose first row names stages each over the columns it spans, written once (`自查阶段 | |
  整改阶段 |`), over the same paper and day columns for each (`报送材料 | 报送时间` twice): each row sends each stage's
  paper by that stage's day (reading/two_row_headers.stages_apart)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "有关乡镇人民政府，县直有关单位"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县水利局", "关于做好春季抗旱水源调查工作的通知", addressee, body, "3121年3月9日",
        opening="为应对春季旱情，县水利局决定开展全县抗旱水源调查。", contact="张国强，电话：0429-7512271"))


def by_due(d) -> dict[str, tuple[list[str], list[tuple]]]:
    return {r.due.strftime("%m-%d %H:%M"): (sorted(r.units), sorted((p.get("kind"), tuple(p.get("formats") or ()))
                                                                   for p in r.parts)) for r in d.requirements}


# ---------------------------------------------------------------- 3283: tables written down their side


SIDE_TABLES = ("各单位报送事项见下列两表，材料发送至jcsl_khsy@163.com。\n"
               "表一　水源情况调查\n事项\t内容\n报送单位\t建昌镇人民政府、石佛乡人民政府、建昌县水利工程服务中心\n"
               "报送材料\t抗旱水源情况调查表（Excel格式）\n截止时间\t3月18日（星期五）16时前\n"
               "表二　应急供水预案\n事项\t内容\n报送单位\t建昌县农业农村局、建昌县应急管理局\n"
               "报送材料\t抗旱应急供水预案（Word格式）\n截止时间\t3月30日（星期三）前\n"
               "县水利局将于4月中旬对重点水源进行实地核查。")


def assert_each_table_its_own(d, first=("03-18 16:00", ["建昌镇", "石佛乡"], "xlsx"),
                              second=("03-30 23:59", ["县应急局", "县农业农村局"], "docx")):
    got = by_due(d)
    assert sorted(got) == sorted([first[0], second[0]])
    for due, units, fmt in (first, second):
        assert got[due][0] == sorted(units)
        parts = got[due][1]
        assert len(parts) == 1 and fmt in parts[0][1]  # its own paper alone, no stray Word part


def test_two_side_tables_each_send_their_own_paper(tmp_path):
    assert_each_table_its_own(draft(tmp_path, SIDE_TABLES))


def test_variant_no_header_row_other_keys_and_numbered_captions(tmp_path):
    body = ("请有关单位按下列要求报送材料，邮箱：jcsl_khsy@163.com。\n"
            "表1：调查表\n填报单位\t大屯镇人民政府、喇嘛洞镇人民政府\n材料名称\t水源台账（Excel格式）\n报送时间\t3月22日16时前\n"
            "表2：预案\n报送单位\t建昌县财政局\n材料名称\t资金保障方案（Word格式）\n截止日期\t4月6日前")
    assert_each_table_its_own(draft(tmp_path, body), ("03-22 16:00", ["大屯镇", "喇嘛洞镇"], "xlsx"),
                              ("04-06 23:59", ["县财政局"], "docx"))


def test_variant_a_note_row_and_the_time_first(tmp_path):
    body = ("报送要求见下表，材料发送至jcsl_khsy@163.com。\n"
            "项目\t要求\n截止时间\t3月25日（星期五）前\n报送单位\t县农业农村局、县应急局\n"
            "报送材料\t抗旱情况报告（Word格式）\n备注\t需加盖单位公章")
    d = draft(tmp_path, body, addressee="有关单位")
    got = by_due(d)
    assert list(got) == ["03-25 23:59"]
    assert got["03-25 23:59"][0] == sorted(["县农业农村局", "县应急局"])


def test_near_miss_a_two_column_list_of_units_and_contacts_stays_a_list(tmp_path):
    body = ("请下表所列单位于3月18日（星期五）16时前将抗旱水源情况调查表（Excel格式）发送至jcsl_khsy@163.com。\n"
            "单位\t联系人\n建昌镇人民政府\t王立\n石佛乡人民政府\t李强")
    got = by_due(draft(tmp_path, body))
    assert list(got) == ["03-18 16:00"] and got["03-18 16:00"][0] == ["建昌镇", "石佛乡"]


def test_near_miss_a_side_table_of_a_meeting_asks_nothing_of_its_rows(tmp_path):
    body = ("请各乡镇于3月18日16时前将抗旱水源情况调查表（Excel格式）发送至jcsl_khsy@163.com。\n"
            "事项\t内容\n会议时间\t3月25日9时\n会议地点\t县水利局三楼会议室\n参会人员\t各乡镇分管负责同志")
    got = by_due(draft(tmp_path, body, addressee="各乡镇人民政府"))
    assert list(got) == ["03-18 16:00"]


# ---------------------------------------------------------------- 3299: stages side by side under a two-row header


def draft_stages(tmp_path, table: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县红十字会", "关于开展人道救助资金使用情况自查整改的通知", "有关单位",
        "各单位报送材料和时间见下表，材料发送至jchsh_rdjz@163.com。\n" + table, "3129年9月23日",
        opening="为规范人道救助资金管理使用，县红十字会决定开展人道救助资金使用情况自查整改。",
        contact="周敏，电话：0429-7514120"))


def assert_each_stage_by_its_day(d, first="10-14 16:00", second="11-18 23:59"):
    got = by_due(d)
    assert sorted(got) == [first, second]
    assert got[first][0] == ["县民政局", "石佛乡", "谷杖子乡"]
    assert got[second][0] == ["县民政局", "石佛乡"]  # 谷杖子乡's `—` / 无需整改 lets it off the second alone
    assert [k for k, _ in got[second][1]].count("document") == 1


STAGES = ("序号\t单位\t自查阶段\t\t整改阶段\t\n\t\t报送材料\t报送时间\t报送材料\t报送时间\n"
          "1\t建昌县民政局\t自查报告（Word格式）\t10月14日（星期一）16时前\t整改报告（Word格式，附整改截图）\t11月18日（星期一）前\n"
          "2\t谷杖子乡人民政府\t自查报告（Word格式）\t10月14日（星期一）16时前\t—\t无需整改\n"
          "3\t建昌县中心医院\t自查报告（Word格式）\t10月14日（星期一）16时前\t整改报告（Word格式，附整改截图）\t11月18日（星期一）前\n"
          "4\t石佛乡人民政府\t自查报告（Word格式）\t10月14日（星期一）16时前\t整改报告（Word格式，附整改截图）\t11月18日（星期一）前")


def test_stages_side_by_side_each_send_their_paper_by_their_day(tmp_path):
    d = draft_stages(tmp_path, STAGES)
    assert_each_stage_by_its_day(d)
    assert "photo" in [k for k, _ in by_due(d)["11-18 23:59"][1]]


def test_variant_numbered_stages_no_serial_column(tmp_path):
    table = ("单位\t第一阶段\t\t第二阶段\t\n\t报送材料\t报送时间\t报送材料\t报送时间\n"
             "建昌县民政局\t自查报告（Word格式）\t10月14日16时前\t整改报告（Word格式）\t11月18日前\n"
             "谷杖子乡人民政府\t自查报告（Word格式）\t10月14日16时前\t—\t—\n"
             "石佛乡人民政府\t自查报告（Word格式）\t10月14日16时前\t整改报告（Word格式）\t11月18日前")
    assert_each_stage_by_its_day(draft_stages(tmp_path, table))


def test_variant_three_stages(tmp_path):
    table = ("序号\t单位\t自查\t\t整改\t\t总结\t\n\t\t报送材料\t报送时间\t报送材料\t报送时间\t报送材料\t报送时间\n"
             "1\t建昌县民政局\t自查报告（Word格式）\t10月14日16时前\t整改台账（Excel格式）\t11月18日前\t工作总结（Word格式）\t12月2日前\n"
             "2\t石佛乡人民政府\t自查报告（Word格式）\t10月14日16时前\t整改台账（Excel格式）\t11月18日前\t工作总结（Word格式）\t12月2日前")
    got = by_due(draft_stages(tmp_path, table))
    assert sorted(got) == ["10-14 16:00", "11-18 23:59", "12-02 23:59"]
    assert all(units == ["县民政局", "石佛乡"] for units, _ in got.values())


def test_near_miss_papers_repeated_over_format_and_time_stay_one_joined_header(tmp_path):
    table = ("序号\t单位\t自查报告\t自查报告\t整改报告\t整改报告\n\t\t格式\t报送时间\t格式\t报送时间\n"
             "1\t建昌县民政局\tWord格式\t10月14日16时前\tWord格式并附截图\t11月18日前\n"
             "2\t谷杖子乡人民政府\tWord格式\t10月14日16时前\t—\t—\n"
             "3\t石佛乡人民政府\tWord格式\t10月14日16时前\tWord格式并附截图\t11月18日前")
    assert_each_stage_by_its_day(draft_stages(tmp_path, table))
