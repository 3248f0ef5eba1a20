"""What held-out notices 3508 and 3515 showed the drafter missing (fixed on branch h-fixn176e), on notice texts written
for these tests, with near misses that must not change:
- 3508: a …文件 with a full letterhead and no addressee line names its units only in the 版记's `分送：` line under the date
  line (the body asks `请分送单位…`): the 分送 line is its addressee list, as a `发送：` line is; the `抄送：` bodies stay
  copies, and an addressee line at the top still decides;
- 3515: a postscript under the 联系人 line (`另外，…喇嘛洞镇、玲珑塔镇参照上述第二项要求，同时报送…汇报`) adds its units to the
  notice's second ask, not to the first; one with a day of its own, or a number past the last ask, adds to none."""

from __future__ import annotations

import docx

from collector.drafting import draft_campaign, read_notice
from collector.roster import builtin_roster
from drafting_helpers import draft_of_a_file


def draft(tmp_path, *lines: str):
    return draft_of_a_file(tmp_path, "\n".join(lines) + "\n")


def units_of(d) -> list[list[str]]:
    return [sorted(r.units) for r in d.requirements]


# ---------------------------------------------------------------- 3508: 分送：… in the 版记, no addressee line

ISSUER = "建昌县统计局"
LETTERHEAD = ["000027", "特急", f"{ISSUER}文件", "建统发〔3210〕9号", "关于开展统计台账规范化检查工作的通知", ""]
OPENING = "为规范基层统计台账，县统计局决定在分送单位开展统计台账规范化检查。现将有关事项通知如下。"
ASKS = ["请分送单位于5月12日（星期三）16时前将统计台账检查表（Excel格式）发送至jctj_tz@163.com，5月26日前将检查报告（Word格式）"
        "发送至上述邮箱。", "联系人：周立新，电话：0429-7512390。"]
SIGNED = ["", ISSUER, "3210年4月28日", ""]
PRINTED = f"{ISSUER}办公室　　3210年4月28日印发"
FOUR = sorted(["建昌镇", "魏家岭乡", "县民政局", "县自然资源局"])


def assert_the_four_on_both(d):
    assert [r.due.strftime("%m-%d %H:%M") for r in d.requirements] == ["05-12 16:00", "05-26 23:59"]
    assert units_of(d) == [FOUR] * 2
    assert not any("未找到主送单位" in u for u in d.unsettled)


def test_the_distribution_line_at_the_foot_names_the_units(tmp_path):
    d = draft(tmp_path, *LETTERHEAD, OPENING, *ASKS, *SIGNED,
              "分送：建昌镇人民政府、魏家岭乡人民政府、建昌县民政局、建昌县自然资源局。",
              "抄送：县人民政府办公室，建昌县财政局。", PRINTED)
    assert_the_four_on_both(d)
    assert not any("县财政局" in units for units in units_of(d))


def test_variant_a_labelled_distribution_line_spaced_no_letterhead_the_copy_line_first(tmp_path):
    d = draft(tmp_path, ISSUER, "关于开展统计台账规范化检查工作的通知", "",
              OPENING.replace("在分送单位", "在有关单位"), ASKS[0].replace("请分送单位", "请各有关单位"), ASKS[1], *SIGNED,
              "抄送：建昌县财政局。", "分  送  单  位：建昌镇，魏家岭乡，县民政局，县自然资源局", PRINTED)
    assert_the_four_on_both(d)


def test_variant_a_word_notice_whose_foot_is_a_ruled_table(tmp_path):
    doc = docx.Document()
    for line in [*LETTERHEAD, OPENING, *ASKS, *SIGNED[:-1]]:
        doc.add_paragraph(line)
    foot = doc.add_table(rows=3, cols=1)
    foot.style = "Table Grid"
    for row, line in enumerate(["分送：建昌镇人民政府，魏家岭乡人民政府，建昌县民政局，建昌县自然资源局。",
                                "抄送：县人民政府办公室，建昌县财政局。", PRINTED]):
        foot.cell(row, 0).text = line
    doc.save(tmp_path / "notice.docx")
    assert_the_four_on_both(draft_campaign(read_notice(tmp_path / "notice.docx"), builtin_roster()))


def test_near_miss_an_addressee_line_at_the_top_still_decides_over_the_distribution_line(tmp_path):
    d = draft(tmp_path, *LETTERHEAD, "建昌镇人民政府，县民政局：", OPENING, *ASKS, *SIGNED,
              "分送：建昌镇人民政府、魏家岭乡人民政府、建昌县民政局、建昌县自然资源局。", PRINTED)
    assert units_of(d) == [["县民政局", "建昌镇"]] * 2


def test_near_miss_a_distribution_line_in_the_body_above_the_date_is_not_read(tmp_path):
    d = draft(tmp_path, *LETTERHEAD, OPENING, *ASKS, "分送：建昌县民政局、建昌县自然资源局。", *SIGNED, PRINTED)
    assert units_of(d) == [[], []]
    assert any("未找到主送单位" in u for u in d.unsettled)


# ---------------------------------------------------------------- 3515: 另外，…参照上述第二项要求 under the 联系人 line

BODY = ["县人大常委会城乡建设环境保护工作委员会", "关于做好农村生活垃圾治理情况专题调研准备工作的通知", "",
        "建昌县民政局，建昌县自然资源局：",
        "县人大常委会将于十月中旬开展专题调研。请建昌县民政局于九月十五日（星期二）下午四时前将基本情况统计表（Excel格式）"
        "发送至jcrd_cj@163.com；请建昌县民政局、建昌县自然资源局于九月二十五日（星期五）前将治理情况汇报（Word格式）发送至上述邮箱。"]
CONTACT = "联系人：吴文涛，电话：0429-7512611。"
SIGNED_3515 = ["", "县人大常委会城乡建设环境保护工作委员会", "3208年9月1日"]
TWO = sorted(["县民政局", "县自然资源局"])


def assert_the_towns_on_the_second_alone(d, towns=("建昌镇", "魏家岭乡")):
    assert [r.due.strftime("%m-%d %H:%M") for r in d.requirements] == ["09-15 16:00", "09-25 23:59"]
    assert units_of(d) == [["县民政局"], sorted([*TWO, *towns])]


def test_a_postscript_under_the_contact_line_adds_towns_to_the_second_ask(tmp_path):
    d = draft(tmp_path, *BODY, CONTACT,
              "另外，建昌县环境卫生服务站的情况由县民政局一并汇报，不单独报送；建昌镇、魏家岭乡参照上述第二项要求，同时报送辖区治理情况汇报。",
              *SIGNED_3515)
    assert_the_towns_on_the_second_alone(d)


def test_variant_numbered_items_and_an_arabic_number_after_the_contact_line(tmp_path):
    d = draft(tmp_path, *BODY[:4], "一、请建昌县民政局于9月15日（星期二）16时前将基本情况统计表（Excel格式）发送至jcrd_cj@163.com。",
              "二、请建昌县民政局、建昌县自然资源局于9月25日（星期五）前将治理情况汇报（Word格式）发送至上述邮箱。", CONTACT,
              "此外，八家子镇按照以上第2项要求报送本镇治理情况汇报。", *SIGNED_3515)
    assert_the_towns_on_the_second_alone(d, ("八家子镇",))


def test_variant_the_number_is_a_sections_when_the_first_section_asks_nothing(tmp_path):
    d = draft(tmp_path, *BODY[:4], "一、调研内容", "农村生活垃圾收运处置体系建设及运行情况。",
              "二、报送统计表", "请建昌县民政局于9月15日（星期二）16时前将基本情况统计表（Excel格式）发送至jcrd_cj@163.com。",
              "三、报送汇报", "请建昌县民政局、建昌县自然资源局于9月25日（星期五）前将治理情况汇报（Word格式）发送至上述邮箱。",
              CONTACT, "另外，建昌镇、魏家岭乡参照上述第三项要求，同时报送辖区治理情况汇报。", *SIGNED_3515)
    assert_the_towns_on_the_second_alone(d)


def test_variant_the_postscript_before_the_contact_line_its_sentence_opened_by_the_towns(tmp_path):
    d = draft(tmp_path, *BODY, "建昌镇、魏家岭乡比照前述第二项要求一并报送。", CONTACT, *SIGNED_3515)
    assert_the_towns_on_the_second_alone(d)


def test_near_miss_a_postscript_with_a_day_of_its_own_adds_to_neither_ask(tmp_path):
    d = draft(tmp_path, *BODY, CONTACT,
              "另外，建昌镇参照上述第二项要求，于9月30日前报送辖区治理情况汇报（Word格式）。", *SIGNED_3515)
    first_two = units_of(d)[:2]
    assert first_two == [["县民政局"], TWO]


def test_near_miss_a_number_past_the_last_ask_adds_to_none(tmp_path):
    d = draft(tmp_path, *BODY, CONTACT, "另外，建昌镇、魏家岭乡参照上述第三项要求，同时报送辖区治理情况汇报。", *SIGNED_3515)
    assert units_of(d) == [["县民政局"], TWO]
