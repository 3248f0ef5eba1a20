"""What the notices left open after rounds 51–52 (1038, 1039, 1051) and held-out notices 1060–1099 showed the drafter
missing, on notice texts written for these tests: a deadline each unit counts back from its own day in the notice's
schedule, a table whose columns are the units with a mark under each that sends the row, the members of a 成员单位
addressee named only at the head of each task, 有关乡镇 as an addressee the body settles, a span of days with the month
written once, a date and its hour in two columns, a merged unit cell, 各试点乡镇, 上述两个部门 after headed items, a
section inside a bureau, the office's own step, a paper sent to the sender's own town, results sent up to the
province, an item a later section withdraws, X等N个部门 out of the salutation, what a bureau works on, and the block of
a merged label column in the 附件."""

from __future__ import annotations

import datetime as dt

from test_drafting_700s import LOCAL_UNITS
from test_drafting_820s import drafted, got
from test_drafting_1020s import day
from test_drafting_dates import dues

from collector.drafting import draft_campaign
from collector.drafting.reading.plain_text import normalize
from collector.roster import builtin_roster


def test_a_deadline_counted_back_from_each_units_own_day_in_the_schedule():
    body = ("一、检查安排\n序号\t乡镇\t检查日期\n1\t喇嘛洞镇、汤神庙镇\t4月9日（星期四）\n2\t素珠营子乡\t4月14日（星期二）\n"
            "检查组每日上午9时出发。\n二、材料报送\n请各乡镇于本乡镇检查日期前2个工作日，将自查报告发送至jcaj@163.com。")
    draft = drafted(body, "有关乡镇人民政府")
    assert got(draft) == [(day(4, 7), ["喇嘛洞镇", "汤神庙镇"]), (day(4, 10), ["素珠营子乡"])]  # 4/14 Tue - 2 working days: Fri
    assert any("按各单位检查日期（4月14日）往前推算" in u for u in draft.unsettled)


def test_no_schedule_gives_no_own_day_deadline():
    body = "请各乡镇于本乡镇验收日前一日17时前，将自评报告发送至jcaj@163.com。"
    assert got(drafted(body)) == []


def test_a_table_whose_columns_are_the_units_marks_who_sends_each_row():
    body = ("二、材料报送\n请各单位按下表分工（√为需报送单位），将材料发送至jcfx@163.com。\n"
            "序号\t报送材料\t报送时限\t各乡镇\t县水利局\t县应急局\n"
            "1\t防汛责任人名单\t5月8日前\t√\t√\t√\n2\t水库安全度汛方案\t5月15日前\t\t√\t\n"
            "3\t应急物资储备清单\t5月15日前\t\t\t√\n")
    draft = drafted(body, "各乡镇人民政府，县水利局，县应急局")
    rows = got(draft)
    assert rows[0][0] == day(5, 8) and {"县水利局", "县应急局", "建昌镇"} <= set(rows[0][1])
    assert rows[1:] == [(day(5, 15), ["县水利局"]), (day(5, 15), ["县应急局"])]


def test_a_table_with_one_unit_column_is_no_matrix():
    body = ("请下列单位报送材料，发送至jcfx@163.com。\n序号\t报送材料\t报送时限\t报送单位\n"
            "1\t防汛责任人名单\t5月8日前\t县水利局\n")
    assert got(drafted(body, "县水利局")) == [(day(5, 8), ["县水利局"])]


def test_the_members_of_a_committee_named_at_the_head_of_each_task():
    body = ("一、工作任务\n（一）县公安局：开展校园周边交通秩序整治；\n（二）县交通局：排查校车安全隐患；\n"
            "（三）县关工委、县科协：组织宣传进校园活动。\n二、报送要求\n请各成员单位于9月10日前将工作总结发送至jcxa@163.com。")
    draft = drafted(body, "县校园安全工作领导小组各成员单位")
    assert got(draft) == [(day(9, 10), ["县交通局", "县公安局"])]
    assert any("已列入正文各项开头所列单位" in u for u in draft.unsettled)


def test_one_headed_item_names_no_members():
    body = ("一、工作任务\n（一）县公安局：开展校园周边交通秩序整治。\n二、报送要求\n"
            "请各成员单位于9月10日前将工作总结发送至jcxa@163.com。")
    draft = drafted(body, "县校园安全工作领导小组各成员单位")
    assert got(draft) == [(day(9, 10), [])]
    assert any("无法确定具体单位，请选择" in u for u in draft.unsettled)


def test_youguan_xiangzhen_is_settled_by_the_bodys_table():
    body = ("一、试点乡镇\n批次\t乡镇\n第一批\t石佛乡、谷杖子乡\n二、请试点乡镇于6月30日前将试点总结发送至jcsd@163.com。")
    draft = drafted(body, "有关乡镇人民政府")
    assert got(draft) == [(day(6, 30), ["石佛乡", "谷杖子乡"])]
    assert any("已列入正文表格所列单位（石佛乡、谷杖子乡）" in u for u in draft.unsettled)


def test_a_span_of_days_with_the_month_written_once():
    assert normalize("请于6月17—21日报送") == "请于6月17日至21日报送"
    assert dues("请各乡镇于2026年9月7-11日（星期一至星期五）将登记表发送至jckj@163.com。") == [day(9, 11)]
    assert normalize("12.5-13日") == "12.5-13日"  # no month: nothing to spell out


def test_a_tables_date_and_hour_in_two_columns_are_one_deadline():
    body = ("请各单位按下表时限报送，发送至jcws@163.com。\n序号\t报送材料\t报送单位\t截止日期\t截止时间\n"
            "1\t整改台账\t各乡镇\t4月3日（星期五）\t11:30\n2\t结算比对表\t县医保局\t4月10日（星期五）\t16:00\n")
    assert got(drafted(body, "各乡镇人民政府，县医保局")) == [
        (day(4, 3, dt.time(11, 30)), LOCAL_UNITS), (day(4, 10, dt.time(16, 0)), ["县医保局"])]


def test_an_empty_unit_cell_under_a_merged_one_is_the_unit_above():
    body = ("各单位按下表报送，发送至jcny@163.com。\n序号\t报送材料\t报送单位\t报送时限\n"
            "1\t基本情况表\t县林草局\t4月8日前\n2\t记载表\t\t5月13日前\n3\t验收申请\t县水利局\t9月9日前\n")
    assert got(drafted(body, "县林草局，县水利局")) == [
        (day(4, 8), ["县林草局"]), (day(5, 13), ["县林草局"]), (day(9, 9), ["县水利局"])]


def test_each_pilot_town_is_the_towns_among_the_addressees():
    body = "请各试点乡镇于4月8日前将试点情况表发送至jcny@163.com。"
    assert got(drafted(body, "石佛乡、谷杖子乡人民政府，县农业农村局")) == [(day(4, 8), ["石佛乡", "谷杖子乡"])]
    body = "请各产粮乡镇于4月8日前将种植面积表发送至jcny@163.com。"  # any two-character qualifier, not a list of them
    assert got(drafted(body, "大屯镇、石佛乡人民政府，县农业农村局")) == [(day(4, 8), ["大屯镇", "石佛乡"])]


def test_the_counted_departments_of_a_run_of_headed_items():
    body = ("一、自查内容\n（一）各乡镇：救助政策落实情况。\n（二）县人社局：养老保险代缴情况。\n（三）县医保局：医疗救助情况。\n"
            "二、报送要求\n（一）请各乡镇于3月25日前报送自查报告。\n（二）请上述两个部门于3月27日前分别报送本部门自查报告。\n"
            "报送邮箱：jcjz@163.com")
    assert got(drafted(body, "各乡镇人民政府；县人社局；县医保局"))[1] == (day(3, 27), ["县人社局", "县医保局"])


def test_a_section_inside_a_bureau_is_the_bureau():
    body = "请县财政局预算股、县审计局法规审理股于5月6日前将意见发送至jcsj@163.com。"
    assert got(drafted(body, "县财政局预算股，县审计局法规审理股")) == [(day(5, 6), ["县审计局", "县财政局"])]


def test_the_office_itself_by_a_date_without_jiang():
    body = ("一、请各乡镇于6月6日前将名单发送至jchd@163.com。\n二、本中心于6月9日前将比对清单推送至各协作部门。\n"
            "三、请县公安局于6月20日前将反馈表发送至上述邮箱。")
    assert got(drafted(body, "各乡镇人民政府，县公安局")) == [(day(6, 6), LOCAL_UNITS), (day(6, 20), ["县公安局"])]


def test_a_paper_sent_to_the_senders_own_town_is_no_requirement():
    body = ("（一）合作社于5月10日前将申报表报送所在乡镇。\n（二）各乡镇审核汇总后，于5月17日前将汇总表发送至jcnj@163.com。")
    draft = drafted(body)
    assert got(draft) == [(day(5, 17), LOCAL_UNITS)]
    assert any("5月10日前”的材料不报送本单位" in u for u in draft.unsettled)


def test_the_results_sent_up_to_the_province_are_no_requirement():
    body = ("请各乡镇于10月31日前将举证汇总表发送至jcdc@163.com。变更调查统一时点为12月31日，"
            "数据成果于2027年1月15日前上报省自然资源厅。")
    assert got(drafted(body)) == [(day(10, 31), LOCAL_UNITS)]


def test_an_item_withdrawn_by_a_later_section():
    body = ("三、报送要求\n（一）请各乡镇于9月11日前报送《名录核查表》。\n（二）请各乡镇于9月25日前报送《资金需求表》。\n"
            "上述材料发送至jcsl@163.com。\n五、特别说明\n接省厅通知，本通知第三部分第（二）项《资金需求表》暂停报送，另行通知。")
    draft = drafted(body)
    assert got(draft) == [(day(9, 11), LOCAL_UNITS)]
    assert any("被通知后文撤回" in u for u in draft.unsettled)


def test_a_paper_copy_no_longer_asked_withdraws_no_item():
    body = ("（一）请各乡镇于9月11日前报送《名录核查表》，发送至jcsl@163.com。\n"
            "（二）《名录核查表》纸质版无需报送。")
    assert got(drafted(body)) == [(day(9, 11), LOCAL_UNITS)]


def test_a_towns_full_name_ends_before_the_words_after_it():
    body = "县统计局、杨树湾子乡人民政府问题较多，须另于6月28日17时前将专项说明发送至jcsj@163.com。"
    assert got(drafted(body, "各有关单位")) == [(day(6, 28, dt.time(17, 0)), ["县统计局", "杨树湾子乡"])]


def test_the_first_of_a_counted_run_of_the_salutation():
    body = "一、请县发改局等三个部门于1月20日前将情况表发送至jcss@163.com。\n二、请县税务局于1月31日前报送反馈表。"
    draft = drafted(body, "县发改局、县住建局、县公安局，县税务局")
    assert got(draft) == [(day(1, 20, year=2027), ["县住建局", "县公安局", "县发改局"]), (day(1, 31, year=2027), ["县税务局"])]


def test_what_a_named_bureau_works_on_is_not_who_sends():
    body = "请县税务局对各部门所提供信息的使用情况进行汇总分析，于1月31日前将反馈表发送至jcss@163.com。"
    assert got(drafted(body, "县发改局、县住建局，县税务局")) == [(day(1, 31, year=2027), ["县税务局"])]


def test_the_block_of_a_merged_label_column_the_body_names():
    text = ("建昌县纪委监委派驻第二纪检监察组\n关于报送自查报告的通知\n\n各综合监督单位：\n"
            "一、报送范围\n附件所列由第二纪检监察组综合监督的单位。\n"
            "二、请各单位于7月8日前将自查报告发送至jcpz@163.com。\n\n附件：综合监督单位一览表\n\n"
            "派驻第二纪检监察组\n2026年6月27日\n\n附件\n\n综合监督单位一览表\n\n"
            "派驻机构\t序号\t综合监督单位\n第一纪检监察组\t1\t县发改局\n\t2\t县营商局\n"
            "第二纪检监察组\t3\t县教育局\n\t4\t县卫健局\n第三纪检监察组\t5\t县财政局\n")
    draft = draft_campaign(text, builtin_roster())
    assert got(draft) == [(day(7, 8), ["县卫健局", "县教育局"])]


def test_dashes_typed_for_an_underscore_in_a_mailbox():
    assert normalize("发送至jcxx——bgs@163.com。") == "发送至jcxx_bgs@163.com。"
    assert normalize("2026——2027学年") == "2026——2027学年"  # no address: left as written


def test_units_an_addressees_except_clause_puts_in_an_attachment_are_left_out():
    text = ("建昌县版权局\n关于开展软件正版化自查的通知\n\n县直各单位（附件2所列单位除外）：\n"
            "请各单位于6月17日前将自查表发送至jcbq@163.com。\n\n附件：1．自查表\n　　　　　2．免于自查单位名单\n\n"
            "建昌县版权局\n2026年6月1日\n\n附件2\n\n免于自查单位名单\n\n县财政局\n县公安局\n")
    (units,) = [r.units for r in draft_campaign(text, builtin_roster()).requirements]
    assert "县教育局" in units and "县财政局" not in units and "县公安局" not in units


def test_the_responsible_column_of_an_attachments_table():
    text = ("建昌县信访局\n关于积案化解的通知\n\n有关乡镇，县直有关单位：\n"
            "请附件1所列责任单位于4月10日前将化解方案发送至jcxf@163.com。\n\n附件：1．积案台账\n\n建昌县信访局\n"
            "2026年3月26日\n\n附件1\n\n积案台账\n\n序号\t信访事项\t责任单位\t配合单位\n1\t征地补偿\t建昌镇\t县自然资源局\n"
            "2\t欠薪\t县人社局\t县住建局\n")
    assert got(draft_campaign(text, builtin_roster())) == [(day(4, 10), ["县人社局", "建昌镇"])]


def test_a_later_deadline_of_a_sentence_keeps_its_subject():
    body = "请县人社局于4月10日前将工作方案，6月12日16时前将情况报告，发送至jcxf@163.com。"
    assert got(drafted(body, "各乡镇人民政府，县人社局")) == [
        (day(4, 10), ["县人社局"]), (day(6, 12, dt.time(16, 0)), ["县人社局"])]


def test_dang_gong_wei_adds_the_zone():
    body = "请各乡镇党（工）委于6月18日前将摸底表发送至jcdq@163.com。"
    (units,) = [r.units for r in drafted(body, "各乡镇党（工）委").requirements]
    assert "八家子经济开发区" in units and "建昌镇" in units


def test_a_forms_salutation_in_an_attachment_names_no_sender():
    text = ("建昌县民族团结进步创建工作领导小组办公室\n关于申报示范乡镇的通知\n\n各乡镇党委：\n"
            "请各乡镇于4月18日前将签字盖章的承诺书（附件2）扫描件发送至jcmz@163.com。\n\n附件：2．创建承诺书\n\n"
            "建昌县民族团结进步创建工作领导小组办公室\n2026年4月1日\n\n附件2\n\n创建承诺书\n\n县民族宗教局：\n"
            "　　我乡（镇）自愿申报，郑重承诺。\n")
    (units,) = [r.units for r in draft_campaign(text, builtin_roster()).requirements]
    assert "县民族宗教局" not in units and "建昌镇" in units


def test_a_party_body_by_its_official_name_is_its_unit():
    from collector.drafting.senders.units import UnitResolver

    resolver = UnitResolver(builtin_roster())
    assert resolver.resolve("中共建昌县谷杖子乡委员会") == "谷杖子乡"
    assert resolver.resolve("中共建昌县卫生健康局党组") == "县卫健局"
    assert resolver.resolve("中共建昌县融媒体中心总支部委员会") == "县融媒体中心"
    assert resolver.resolve("中共建昌县委员会") is None


def test_a_deadline_said_only_in_the_attachment_the_body_defers_to():
    text = ("建昌县直属机关工委\n关于开展警示教育的通知\n\n县直各单位：\n"
            "一、请各单位于3月22日前将方案发送至jcjg@163.com。\n二、请各单位填写参加回执（附件2），按回执要求报送。\n\n"
            "附件：2．参加回执\n\n建昌县直属机关工委\n2026年3月4日\n\n附件2\n\n参加回执\n\n单位名称：\n"
            "注：请于4月8日（星期四）前将回执发送至jcjg@163.com。\n")
    draft = draft_campaign(text, builtin_roster())
    assert [r.due.replace(tzinfo=None) for r in draft.requirements] == [day(3, 22), day(4, 8)]
    assert any("取自附件" in u for u in draft.unsettled)


def test_towns_a_paper_is_handed_on_to_are_not_its_senders():
    body = "县市场局于5月22日前将市场主体名录发送至jcxl@163.com，由县委两新工委分发各乡镇、开发区作为排查底册。"
    assert got(drafted(body, "各乡镇党委，开发区党工委，县市场局")) == [(day(5, 22), ["县市场局"])]


def test_a_closing_label_names_the_deadline():
    body = ("三、报送方式\n各单位将作品报名表发送至jcms@163.com。\n四、征集时间\n截稿日期：2026年7月29日（星期三）。\n"
            "五、评选展览\n8月上旬组织评选。")
    assert [due for due, _ in got(drafted(body, "县直各单位"))] == [day(7, 29)]
    assert dues("征稿截止时间：2026年9月30日。作品发送至jczw@163.com。") == [day(9, 30)]


def test_a_clause_of_the_office_itself_names_no_sender():
    body = ("请各乡镇、县教育局于6月10日前填报需求表（附件1，报送邮箱：jcjx@163.com），我所根据各单位需求统筹编排日程。")
    assert got(drafted(body, "各乡镇人民政府，县教育局，县融媒体中心")) == [(day(6, 10), sorted(LOCAL_UNITS + ["县教育局"]))]


def test_a_forwarded_notice_printed_after_the_date_is_no_attachment():
    text = ("建昌县学校安全办\n关于转发《市教育局关于开展防溺水专项治理的通知》的通知\n\n各乡镇人民政府，县公安局：\n"
            "请各乡镇于4月14日前将联络员信息表（附件1）发送至jcxa@163.com。\n\n附件：1．联络员信息表\n\n建昌县学校安全办\n"
            "2026年4月6日\n\n\n葫芦岛市教育局\n关于开展防溺水专项治理的通知\n\n各县（市、区）教育局、公安局：\n"
            "请于5月12日前报送市教育局。\n")
    assert got(draft_campaign(text, builtin_roster())) == [(day(4, 14), LOCAL_UNITS)]


def test_the_last_name_of_a_list_before_a_verb():
    body = "请玲珑塔镇、药王庙镇、谷杖子乡督促辖区景区开展自评，于8月10日前将自评表发送至jcjp@163.com。"
    assert got(drafted(body)) == [(day(8, 10), ["玲珑塔镇", "药王庙镇", "谷杖子乡"])]


def test_the_part_of_an_attachments_list_a_requirement_names():
    text = ("建昌县乡村旅游协会\n关于推荐申报的通知\n\n有关乡镇人民政府：\n"
            "（一）请附件1第一部分所列乡镇于3月23日前将推荐表发送至jcxc@163.com。\n"
            "（二）请附件1第二部分所列乡镇于4月6日前将民宿推荐表发送至上述邮箱。\n\n附件：1．推荐乡镇名单\n\n"
            "建昌县乡村旅游协会\n2026年3月14日\n\n附件1\n\n推荐乡镇名单\n\n一、重点村推荐乡镇：石佛乡、谷杖子乡\n"
            "二、民宿推荐乡镇：大屯镇、石佛乡\n")
    assert got(draft_campaign(text, builtin_roster())) == [(day(3, 23), ["石佛乡", "谷杖子乡"]),
                                                          (day(4, 6), ["大屯镇", "石佛乡"])]


def test_the_countys_row_of_a_table_of_mailboxes():
    text = ("建昌县体育总会\n关于转发报名通知的通知\n\n县直各单位：\n请各单位于5月19日前将报名表发送至县体育总会报名邮箱"
            "（见附件1中“建昌县”一栏）。\n\n附件：1．各县报名邮箱\n\n建昌县体育总会\n2026年5月10日\n\n附件1\n\n各县报名邮箱\n\n"
            "县（市、区）\t报名邮箱\n兴城市\txcty@163.com\n建昌县\tjcty_bm@163.com\n绥中县\tszty@163.com\n")
    assert draft_campaign(text, builtin_roster()).addresses == ["jcty_bm@163.com"]


def test_the_title_of_a_forward_without_shuminghao():
    from collector.drafting.heading.titles import notice_title

    assert notice_title("关于转发市人社局等两部门关于开展2026年春风行动的通知的通知") == "2026年春风行动"


def test_two_rows_due_the_same_day_have_ids_of_their_own():
    body = ("材料报送如下，发送至jczq@163.com：\n序号\t报送材料\t报送单位\t报送时限\n"
            "1\t医疗保障方案\t县卫健局\t4月28日前\n2\t承办方案\t建昌镇人民政府\t4月28日前\n")
    ids = [r.id for r in drafted(body, "建昌镇人民政府，县卫健局").requirements]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_items_in_dot_leader_lines_and_their_senders_by_number():
    body = ("三、材料报送\n请各单位按以下时限报送（电子版发送至jchs@163.com）：\n"
            "1．联络员信息表（附件1）……………………………………5月6日（星期三）前\n"
            "2．线路推荐表（附件2）……………………………………6月10日（星期三）前\n"
            "以上第1项由各乡镇、县档案馆报送；第2项由各乡镇报送。")
    assert got(drafted(body, "各乡镇人民政府，县档案馆，县教育局")) == [
        (day(5, 6), sorted(LOCAL_UNITS + ["县档案馆"])), (day(6, 10), LOCAL_UNITS)]


def test_the_kinds_of_party_organ_in_brackets_after_an_addressee_name_no_one():
    draft = drafted("请各单位于3月22日前将方案发送至jcjg@163.com。", "县直各机关党组织（党委、党总支、党支部）")
    assert not any("党总支" in line or "党支部" in line for line in draft.unsettled)


def test_a_day_qianhou_is_around_the_day_no_deadline():
    body = "为便于县里于9月26日前后开展实地验收，请各乡镇于9月10日前将自评报告发送至jcys@163.com。"
    assert got(drafted(body)) == [(day(9, 10), LOCAL_UNITS)]


def test_the_title_of_a_joint_notice():
    from collector.drafting.heading.titles import notice_title

    assert notice_title("关于开展电动自行车充电隐患整治的联合通知") == "电动自行车充电隐患整治"


def test_a_system_entry_or_a_disk_carried_in_is_no_mailed_requirement():
    body = ("（一）请各乡镇于7月20日前完成系统登记（系统登记不需另行报送）。\n"
            "（二）请各乡镇于7月24日下午4时30分前将汇总表发送至jcfd@163.com。\n"
            "（三）行驶记录请拷贝至U盘，于7月28日前由管理员送至中心一楼业务室，不通过邮件报送。")
    assert got(drafted(body)) == [(day(7, 24, dt.time(16, 30)), LOCAL_UNITS)]


def test_a_second_subject_between_two_deadlines_of_one_clause():
    body = ("一、范围\n县教育局所属培训机构、县卫健局所属医疗机构。\n二、报送要求\n"
            "请各乡镇于3月5日前、上述两个部门于3月9日下午4时前，将统计表发送至jcxw@163.com。")
    assert got(drafted(body, "各乡镇人民政府，县教育局，县卫健局")) == [
        (day(3, 5), LOCAL_UNITS), (day(3, 9, dt.time(16, 0)), ["县卫健局", "县教育局"])]


def test_a_unit_first_table_of_papers_due_the_same_day_is_one_requirement_a_row():
    body = ("报送要求如下，发送至jczc@163.com：\n序号\t报送单位\t报送材料\t报送时限\n"
            "1\t各乡镇人民政府\t货运源头单位台账\t4月12日前\n2\t县工信局、县市场局\t重点企业名单\t4月12日前\n")
    assert got(drafted(body, "各乡镇人民政府，县工信局，县市场局")) == [
        (day(4, 12), LOCAL_UNITS), (day(4, 12), ["县工信局", "县市场局"])]


def test_a_checklist_of_addressees_ticked_and_not():
    text = ("建昌县公安局\n关于开展重点部位检查的通知\n\n主送：☑县教育局　□县交通局　☑县水利局\n\n"
            "请上述单位于4月3日前将自查表发送至jcza@163.com。\n\n建昌县公安局\n2026年3月20日\n")
    assert got(draft_campaign(text, builtin_roster())) == [(day(4, 3), ["县教育局", "县水利局"])]


def test_an_extension_notice_drops_the_old_deadline_and_the_word_in_its_title():
    text = ("建昌县医疗保障局\n关于延期报送2026年医保基金自查情况的通知\n\n各乡镇人民政府：\n"
            "2026年5月20日，我局印发《关于报送2026年医保基金自查情况的通知》，要求各单位于6月11日前报送自查情况。"
            "经研究，决定将报送截止时间延期至2026年6月25日17时前。报送邮箱仍为jcyb@163.com。\n\n建昌县医疗保障局\n2026年6月8日\n")
    draft = draft_campaign(text, builtin_roster())
    assert draft.title == "2026年医保基金自查情况"
    assert got(draft) == [(day(6, 25, dt.time(17, 0)), LOCAL_UNITS)]


def test_the_corrected_column_of_a_correction_table_is_the_time_to_send_by():
    text = ("建昌县人社局\n关于更正报送时间的通知\n\n各乡镇人民政府：\n现更正如下：\n更正位置\t原文\t更正为\n"
            "三、（二）\t9月12日前\t9月19日17时前\n通知其他内容不变。请各乡镇按更正后的时间，将统计表发送至jcrs@163.com。\n\n"
            "建昌县人社局\n2026年9月1日\n")
    assert got(draft_campaign(text, builtin_roster())) == [(day(9, 19, dt.time(17, 0)), LOCAL_UNITS)]


def test_a_bare_day_under_a_month_heading():
    assert normalize("二、6月份报送事项\n（一）12日前，报送登记表；\n三、其他\n（一）15日前完成") == \
        "二、6月份报送事项\n(一)6月12日前,报送登记表;\n三、其他\n(一)15日前完成"
    body = "二、6月份报送事项\n（一）12日前，报送登记表；\n（二）26日17时前，报送整改报告。\n以上材料请发送至jcbg@163.com。"
    assert got(drafted(body, "县直各单位"))[1][0] == day(6, 26, dt.time(17, 0))
