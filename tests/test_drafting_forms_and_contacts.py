"""Readings found by hand probes of ordinary notice sentences (not a blind batch), each with a near miss that must not
change: the issuer's 7-digit local phone (`电话：7654321`) is given, no contact asked (`given_contacts`); a form's columns
said in a clause of their own without 中 (`回执须注明姓名、职务和手机号码`, `值班表须包括带班领导、值班人员姓名及手机号码`,
`list_columns.IN_A_CLAUSE`); how a paper is readied
is no word of its title (`…回执填好后`, `…经单位主要负责同志签字后`, `sent_object.object_sent`); the text of a case in its
own bracket is no second document (`典型案例（文字材料不超过1500字，配图片3-5张）`, `requirements.TEXT_OF_IT`); a range
of pictures with a full-width dash counts its first (`3～5张`, `photo_counts.LEAST`); a table in `Word或Excel格式均可`
takes both programs (`format_names.word_or_excel`); `填报《…统计表》` by a date is the form sent
(`not_a_requirement.a_form_filled_in_for_us`); the facts a clause sends `以Excel表格形式` beside photos are the sheet
(`format_names.only_a_format`, `words.PHOTO_WORDS` in `one_requirement`); 辖区 / 本辖区 open no name; an original carried to a bureau
while its scan is mailed asks the scan alone (`not_mailed.MAILED_TOO`, `stamped.SCAN_ALONE_SENT`); the notes on a paper's
making keep their verb (`部门预算编制说明`, `titled_names.NOTES_ON_ITS_MAKING`) and the instructions a form follows are
not sent (`按照附件1填报说明的要求`, `requirements.INSTRUCTIONS_FOLLOWED`); `（Word和PDF各一份）` is two files and
`（Word或PDF格式均可）` one in either (`format_names.BOTH_COPIES`, `word_or_pdf`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from collector.drafting.materials.parts import SPREADSHEET_FORMATS, WORD_FORMATS


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府："):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于报送有关材料的通知", addressee, body, "2766年5月6日",
        opening="现将有关事项通知如下。", mailbox="jcnyj_zs2766@163.com", contact="王丽  联系电话：0429-7654321"))


def shapes(r) -> list[tuple[str, str]]:
    return [(p["kind"], (p.get("formats") or [""])[0]) for p in r.parts]


def test_the_issuers_seven_digit_phone_is_given_not_asked(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇将防汛物资储备清单于5月16日12时前报送，联系人：李明，电话：7654321。").requirements
    assert [p["kind"] for p in r.parts] == ["document"]


def test_near_miss_a_phone_asked_stays_a_field(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇于5月16日12时前报送防汛物资储备清单，并注明联系人及联系电话。").requirements
    assert "field" in [p["kind"] for p in r.parts]


def test_a_receipts_columns_said_without_zhong_are_no_fields(tmp_path):
    (r,) = draft(tmp_path, "请各部门明确一名联络员，于5月10日前将联络员回执（附件2）填好后发送至邮箱，回执须注明姓名、职务和手机号码。",
                 "县直各部门：").requirements
    assert r.title == "联络员回执" and [p["kind"] for p in r.parts] == ["document"]


def test_a_rota_of_a_short_name_lists_its_columns_in_a_clause_of_its_own(tmp_path):
    (r,) = draft(tmp_path, "请各单位于12月28日前将值班表（附件）报送县政府总值班室。值班表须包括带班领导、值班人员姓名及手机号码。",
                 "县直各部门：").requirements
    assert r.title == "值班表" and [p["kind"] for p in r.parts] == ["document"]


def test_near_miss_a_form_whose_columns_are_said_keeps_the_stamp_said_after_them(tmp_path):
    (r,) = draft(tmp_path, "议题申报表须写明议题名称、主要内容及拟提请时间，经部门主要负责同志签字并加盖公章。请于12月10日上午11时前，"
                 "将议题申报表（盖章扫描件）发送至邮箱。", "县政府各部门：").requirements
    assert [(p["kind"], p.get("formats")) for p in r.parts] == [("document", ["pdf"])]


def test_near_miss_names_asked_of_the_mail_stay_fields(tmp_path):
    (r,) = draft(tmp_path, "请各部门于5月10日前将联络员回执（附件2）发送至邮箱，并在邮件正文中注明联络员姓名和手机号码。",
                 "县直各部门：").requirements
    assert "field" in [p["kind"] for p in r.parts]


def test_the_signing_before_sending_is_no_word_of_the_title(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇于5月28日前将地名标志设置情况排查表经单位主要负责同志签字后发送至邮箱。").requirements
    assert r.title == "地名标志设置情况排查表"


def test_a_cases_own_text_in_its_bracket_is_no_second_document(tmp_path):
    (r,) = draft(tmp_path, "请于5月25日下班前将农村人居环境整治典型案例（文字材料不超过1500字，配图片3～5张）报送至邮箱。").requirements
    assert [p["kind"] for p in r.parts] == ["document", "photo"]
    assert r.parts[1]["title"] == "图片" and r.parts[1]["min_count"] == 3


def test_near_miss_a_text_named_as_a_material_of_its_own_stays(tmp_path):
    (r,) = draft(tmp_path, "请于5月25日前将典型案例汇总表（Excel格式）和文字材料（Word格式）报送至邮箱。").requirements
    assert [p["kind"] for p in r.parts] == ["document", "document"]


def test_a_table_in_word_or_excel_takes_both(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇将防汛物资储备清单（Word或Excel格式均可）于5月16日12时前报送。").requirements
    assert r.parts[0]["formats"] == [*SPREADSHEET_FORMATS, *WORD_FORMATS]


def test_near_miss_a_table_in_excel_takes_spreadsheets_only(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇将防汛物资储备清单（Excel格式）于5月16日12时前报送。").requirements
    assert r.parts[0]["formats"] == SPREADSHEET_FORMATS


def test_a_titled_form_filled_in_by_a_date_is_sent(tmp_path):
    (r,) = draft(tmp_path, "各乡镇要以乡镇为单位，汇总辖区各村情况后，于5月22日（星期五）15:30前填报《村级事务公开情况统计表》。"
                 ).requirements
    assert r.title == "村级事务公开情况统计表" and r.due.hour == 15 and r.due.minute == 30


def test_near_miss_a_form_filled_in_a_system_is_not_mailed(tmp_path):
    c = draft(tmp_path, "各乡镇于5月22日（星期五）前登录全省农经系统填报《村级事务公开情况统计表》。")
    assert c.requirements == []


def test_facts_sent_as_a_sheet_beside_photos_are_the_sheet(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇于5月19日前将本乡镇春季植树造林完成情况（含造林地块坐标、面积、树种）以Excel表格形式报送，"
                 "同时附现场照片。").requirements
    assert shapes(r) == [("document", "xlsx"), ("photo", "")]
    assert r.parts[0]["title"] == "春季植树造林完成情况" and r.title == "春季植树造林完成情况"


def test_the_units_own_area_opens_no_name(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇于5月13日前将辖区内危房排查台账（Excel格式）报送至县住建局邮箱。").requirements
    assert r.parts[0]["title"] == "危房排查台账"


def test_an_original_carried_in_and_its_scan_mailed_asks_the_scan(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇将《耕地保护目标责任书》签字盖章后，于5月28日前将原件报送县自然资源局，扫描件发送至邮箱。"
                 ).requirements
    assert shapes(r) == [("document", "pdf")] and r.title == "耕地保护目标责任书"


def test_near_miss_an_original_carried_in_alone_is_no_mail(tmp_path):
    c = draft(tmp_path, "请各乡镇将《耕地保护目标责任书》签字盖章后，于5月28日前将原件报送县自然资源局。")
    assert c.requirements == [] and any("纸质材料报送" in u for u in c.unsettled)


def test_opinions_on_a_draft_are_what_is_sent_not_the_draft(tmp_path):
    (r,) = draft(tmp_path, "请各部门于5月22日前反馈对《建昌县“十五五”规划纲要（征求意见稿）》的修改意见，无意见的也请反馈。",
                 "县直各部门：").requirements
    assert r.title == "修改意见" and [p["title"] for p in r.parts] == ["修改意见"]


def test_near_miss_a_draft_marked_up_is_sent_back_itself(tmp_path):
    (r,) = draft(tmp_path, "请各部门于5月22日前将《建昌县规划纲要（征求意见稿）》以修订模式修改后反馈至邮箱。",
                 "县直各部门：").requirements
    assert [p["title"] for p in r.parts] == ["征求意见稿"]


def test_the_sending_of_data_as_a_line_of_work_stays_in_the_name(tmp_path):
    (r,) = draft(tmp_path, "请各单位于5月20日前将本单位政务信息报送考核自评表及佐证材料报送至邮箱。").requirements
    assert "政务信息报送考核自评表" in [p["title"] for p in r.parts]
    assert "政务信息" not in [p["title"] for p in r.parts]


def test_near_miss_a_unit_sending_is_no_word_of_the_name(tmp_path):
    (r,) = draft(tmp_path, "请于5月20日前将每个单位报送案例汇总后报送至邮箱。").requirements
    assert [p["title"] for p in r.parts] == ["案例"]


def test_the_stamped_scan_named_before_the_word_copy_asks_both(tmp_path):
    (r,) = draft(tmp_path, "请各单位于5月20日前报送法治政府建设工作报告（加盖公章的PDF版及Word版）。").requirements
    assert shapes(r) == [("document", "docx"), ("document", "pdf")]


def test_near_miss_the_stamped_scan_alone(tmp_path):
    (r,) = draft(tmp_path, "请各单位于5月20日前报送法治政府建设工作报告（加盖公章的PDF版）。").requirements
    assert shapes(r) == [("document", "pdf")]


def test_some_units_sending_more_in_a_sentence_of_their_own(tmp_path):
    group, some = draft(tmp_path, "请各单位于5月20日前报送政府信息公开工作年度报告。县财政局、县发改局另需报送政府预决算公开情况说明。",
                        "各乡镇人民政府，县直各部门：").requirements
    assert set(some.units) == {"县财政局", "县发改局"} and not set(some.units) & set(group.units)
    assert len(some.parts) == 2 and len(group.parts) == 1 and group.title == "政府信息公开工作年度报告"


def test_near_miss_every_unit_sending_more_is_one_requirement(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇于5月20日前报送政府信息公开工作年度报告。各乡镇另需报送政府网站自查表。").requirements
    assert len(r.parts) == 2


def test_the_results_of_a_check_are_a_material(tmp_path):
    (r,) = draft(tmp_path, "请县卫健局于11月23日（星期三）中午12时前报送冬季农村饮用水水质检测结果。", "县卫健局：").requirements
    assert r.title == "冬季农村饮用水水质检测结果" and [p["kind"] for p in r.parts] == ["document"]


def test_near_miss_results_filled_into_a_form_are_its_matter(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇汇总普查结果，填写《松材线虫病秋季普查统计表》（Excel），于11月7日前发送至邮箱。").requirements
    assert [p["title"] for p in r.parts] == ["松材线虫病秋季普查统计表"]


def test_the_issuers_own_step_after_gathering_is_no_requirement(tmp_path):
    c = draft(tmp_path, "请各乡镇于5月18日前将统计表报送我局，我局汇总后于5月20日前报送县政府办。")
    assert [r.title for r in c.requirements] == ["统计表"]


def test_near_miss_the_units_gathering_and_sending_still_send(tmp_path):
    c = draft(tmp_path, "请各乡镇汇总后于5月20日前将统计表报送我局。")
    assert [r.title for r in c.requirements] == ["统计表"] and len(c.requirements[0].units) == 28


def test_id_photos_named_in_full_keep_their_whole_name(tmp_path):
    (r,) = draft(tmp_path, "请各部门于5月19日前报送行政执法人员信息表（Excel）及执法证件照片（JPG格式，白底一寸）。",
                 "县直各部门：").requirements
    assert [p["title"] for p in r.parts] == ["行政执法人员信息表", "执法证件照片"]


def test_near_miss_a_bare_id_photo_stays_a_photo(tmp_path):
    (r,) = draft(tmp_path, "请各部门于5月19日前报送行政执法人员信息表（Excel）及证件照（JPG格式）。", "县直各部门：").requirements
    assert [p["kind"] for p in r.parts] == ["document", "photo"]


def test_the_notes_on_a_papers_making_keep_their_verb(tmp_path):
    (r,) = draft(tmp_path, "请各部门于5月16日前将部门预算编制说明（Word格式）报送至邮箱。", "县直各部门：").requirements
    assert [p["title"] for p in r.parts] == ["部门预算编制说明"]
    assert "编制说明" not in r.hints and "编制" not in r.hints


def test_near_miss_a_verb_before_another_paper_is_still_a_verb(tmp_path):
    (r,) = draft(tmp_path, "请各部门于5月16日前编制部门预算草案，报送部门预算说明（Word格式）至邮箱。", "县直各部门：").requirements
    assert [p["title"] for p in r.parts] == ["部门预算说明"]


def test_the_instructions_a_form_follows_are_not_sent(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇于5月16日前按照附件1填报说明的要求报送《银行账户清理情况表》（Excel格式）。").requirements
    assert [p["title"] for p in r.parts] == ["银行账户清理情况表"]


def test_instructions_sent_with_the_form_are_a_part_by_their_full_name(tmp_path):
    (r,) = draft(tmp_path, "请各乡镇于5月16日前将《银行账户清理情况表》（Excel格式）及填报说明报送至邮箱。").requirements
    assert sorted(p["title"] for p in r.parts) == ["填报说明", "银行账户清理情况表"]


def test_word_and_pdf_each_one_copy_are_two_files(tmp_path):
    (r,) = draft(tmp_path, "请各部门于5月16日前将本部门自查报告（Word和PDF各一份）发送至邮箱。", "县直各部门：").requirements
    assert sorted((p.get("formats") or [""])[0] for p in r.parts) == ["docx", "pdf"]


def test_word_or_pdf_is_one_file_in_either(tmp_path):
    (r,) = draft(tmp_path, "请各部门于5月16日前将本部门自查报告（Word或PDF格式均可）发送至邮箱。", "县直各部门：").requirements
    (part,) = r.parts
    assert set(part["formats"]) == {*WORD_FORMATS, "pdf"} and "盖章" not in part["title"]


def test_near_miss_word_or_a_stamped_scan_stays_the_scan_reading(tmp_path):
    (r,) = draft(tmp_path, "请各部门于5月16日前将本部门自查报告（加盖公章的PDF扫描件）发送至邮箱。", "县直各部门：").requirements
    assert [(p.get("formats") or [""])[0] for p in r.parts] == ["pdf"]


def test_either_format_is_read_the_same_for_both_pairs_of_programs():
    # one builder for Word/Excel and Word/PDF: a copy word after the first name (Word版或…) reads as the choice in both
    from collector.drafting.materials.format_names import word_or_excel, word_or_pdf
    assert word_or_excel("（Word版或Excel表格均可）") and word_or_excel("（Excel/Word）")
    assert word_or_pdf("（Word版或PDF版）") and word_or_pdf("（PDF、Word格式均可）")
    assert not word_or_excel("（Word和Excel各一份）") and not word_or_pdf("（Word版及PDF盖章扫描件）")


def test_a_stamped_table_sent_as_its_sheet_too_keeps_its_name(tmp_path):
    # （加盖公章扫描件及Excel版）: the scan and the sheet, the sheet titled by its name, never the bare 表格
    (r,) = draft(tmp_path, "请各乡镇于5月16日前将《防汛物资储备清单》（加盖公章扫描件及Excel版）发送至邮箱。").requirements
    assert [(p["title"], p["formats"][0]) for p in r.parts] == [("防汛物资储备清单盖章PDF版", "pdf"),
                                                                ("防汛物资储备清单", "xlsx")]


def test_a_stamped_table_sent_as_its_scan_alone_is_the_scan_only(tmp_path):
    # the scan words in the name's own bracket (h-fixn116a, stamped.sent_as_its_scan): no sheet, no second document
    (r,) = draft(tmp_path, "请各乡镇于5月16日前将《防汛物资储备清单》（加盖公章扫描件）发送至邮箱。").requirements
    assert [p["formats"][0] for p in r.parts] == ["pdf"]
