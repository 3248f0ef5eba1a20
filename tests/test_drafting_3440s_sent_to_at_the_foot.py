"""What held-out notice 3454 showed the drafter missing (fixed on branch h-fixn168f), on notice texts written for these
tests, with near misses that must not change: a notice with no addressee line under its title (the body says only
`请各有关单位…`) names its units in the 版记 at its foot, `发送：建昌镇人民政府，…` under the date line beside an `抄送：` line;
the 发送 line is its addressee list, the 抄送 bodies get a copy and send nothing."""

from __future__ import annotations

import docx

from collector.drafting import draft_campaign, read_notice
from collector.roster import builtin_roster
from drafting_helpers import draft_of_a_file

ISSUER = "中共建昌县委信访工作联席会议办公室"
HEAD = [ISSUER, "关于做好群众来信办理情况核查工作的通知", "",
        "为进一步规范群众来信办理，县委信访工作联席会议办公室决定对今年以来转交办的群众来信办理情况进行核查。现将有关事项通知如下。"]
ASK = ["一、请各有关单位于7月2日（星期一）下午4点前将群众来信办理情况台账（Excel格式）发送至jcxfb_lxhc@163.com。",
       "二、请各有关单位于7月23日前将来信办理情况核查报告（Word格式）发送至上述邮箱。",
       "联系人：许志刚，电话：0429-7512021。"]
SIGNED = ["", ISSUER, "3207年6月18日", ""]
PRINTED = f"{ISSUER}　　3207年6月18日印发"
FOUR = ["建昌镇", "魏家岭乡", "县民政局", "县自然资源局"]


def draft(tmp_path, *lines: str):
    return draft_of_a_file(tmp_path, "\n".join(lines) + "\n")


def units_of(d) -> list[list[str]]:
    return [sorted(r.units) for r in d.requirements]


def assert_the_four_on_both(d):
    assert [r.due.strftime("%m-%d %H:%M") for r in d.requirements] == ["07-02 16:00", "07-23 23:59"]
    assert units_of(d) == [sorted(FOUR)] * 2
    assert not any("未找到主送单位" in u for u in d.unsettled)


# ---------------------------------------------------------------- 3454: 发送：… in the 版记, no addressee line


def test_the_send_line_at_the_foot_names_the_units(tmp_path):
    d = draft(tmp_path, *HEAD, *ASK, *SIGNED,
              "发送：建昌镇人民政府，魏家岭乡人民政府，建昌县民政局，建昌县自然资源局。",
              "抄送：县委办公室，县政府办公室，建昌县信访局。", PRINTED)
    assert_the_four_on_both(d)


def test_variant_a_labelled_send_line_spaced_as_word_sets_it_its_names_parted_by_dunhao(tmp_path):
    d = draft(tmp_path, *HEAD, *ASK, *SIGNED,
              "抄送：建昌县信访局。",
              "发  送  单  位：建昌镇、魏家岭乡、县民政局、县自然资源局",
              PRINTED)
    assert_the_four_on_both(d)


def test_variant_the_foot_under_the_attachment_as_the_standard_lays_it(tmp_path):
    asks = [ASK[0].replace("群众来信办理情况台账（Excel格式）", "群众来信办理情况台账（见附件，Excel格式）"), *ASK[1:],
            "附件：群众来信办理情况台账"]
    d = draft(tmp_path, *HEAD, *asks, *SIGNED,
              "附件", "群众来信办理情况台账", "序号\t来信人\t登记日期\t办理结果",
              "", "发送：建昌镇人民政府，魏家岭乡人民政府，建昌县民政局，建昌县自然资源局。",
              "抄送：建昌县信访局。", PRINTED)
    assert_the_four_on_both(d)


def test_variant_the_send_line_names_the_towns_and_the_zone_by_their_group_words(tmp_path):
    d = draft(tmp_path, *HEAD, *ASK, *SIGNED, "发送：各乡镇（开发区），建昌县民政局。", "抄送：建昌县信访局。", PRINTED)
    for units in units_of(d):
        assert "建昌镇" in units and "魏家岭乡" in units and "八家子经济开发区" in units and "县民政局" in units
        assert "县信访局" not in units


def test_variant_a_word_notice_whose_foot_is_a_ruled_table_of_its_own(tmp_path):
    doc = docx.Document()
    for line in [*HEAD, *ASK, *SIGNED[:-1]]:
        doc.add_paragraph(line)
    foot = doc.add_table(rows=3, cols=1)
    foot.style = "Table Grid"
    for row, line in enumerate(["抄送：县委办公室，建昌县信访局。",
                                "发送：建昌镇人民政府，魏家岭乡人民政府，建昌县民政局，建昌县自然资源局。", PRINTED]):
        foot.cell(row, 0).text = line
    doc.save(tmp_path / "notice.docx")
    assert_the_four_on_both(draft_campaign(read_notice(tmp_path / "notice.docx"), builtin_roster()))


# ---------------------------------------------------------------- near misses


def test_near_miss_an_addressee_line_at_the_top_is_still_the_addressees(tmp_path):
    d = draft(tmp_path, *HEAD[:3], "建昌镇人民政府，县民政局：", HEAD[3], *ASK, *SIGNED,
              "发送：建昌镇人民政府，魏家岭乡人民政府，建昌县民政局，建昌县自然资源局。", PRINTED)
    assert units_of(d) == [["县民政局", "建昌镇"]] * 2


def test_near_miss_a_copy_line_alone_at_the_foot_names_no_units(tmp_path):
    d = draft(tmp_path, *HEAD, *ASK, *SIGNED, "抄送：建昌县信访局，建昌县民政局。", PRINTED)
    assert units_of(d) == [[], []]
    assert any("未找到主送单位" in u for u in d.unsettled)


def test_near_miss_a_send_line_under_the_date_tells_how_to_send_not_to_whom(tmp_path):
    d = draft(tmp_path, *HEAD, *ASK, *SIGNED, "发送：以电子邮件形式，不收纸质件。", PRINTED)
    assert units_of(d) == [[], []]
    assert any("未找到主送单位" in u for u in d.unsettled)
