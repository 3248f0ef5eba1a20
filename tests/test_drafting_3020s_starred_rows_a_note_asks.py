"""What held-out notice 3039 showed the drafter missing (fixed on branch h-fixn150b), on notice texts written for these
tests: a note under a table naming its senders by the mark some unit cells carry (`注：标“＊”的单位…须另于…前报送…视频`,
the bare 标 as well as 标注 / 标有 / 带…号) asks the starred rows' units alone, not the last row's."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "有关乡镇人民政府，县文化旅游和广播电视局"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县教育局", "关于做好学校体育场地开放情况统计工作的通知", addressee, body, "2999年10月28日",
        opening="为推动学校体育场地设施向社会开放，现对全县学校体育场地开放情况进行统计。",
        contact="杜鹏，电话：0429-7512937"))


TABLE = ("请有关单位填写学校体育场地开放情况统计表（Excel格式），按下表时间发送至jcjyj_cdkf@163.com。\n"
         "序号\t单位\t报送时间\n"
         "1\t建昌镇人民政府{m}\t11月11日（星期一）16时前\n"
         "2\t八家子镇人民政府\t11月11日（星期一）16时前\n"
         "3\t雷家店乡人民政府{m}\t11月11日（星期一）16时前\n"
         "4\t建昌县文化旅游和广播电视局\t11月18日（星期一）前\n"
         "{note}")


def test_a_note_naming_its_senders_by_the_star_asks_the_starred_rows(tmp_path):
    sheet, later, video = draft(tmp_path, TABLE.format(
        m="＊", note="注：标“＊”的单位为学校体育场地开放试点单位，须另于11月25日（星期一）前报送开放情况宣传视频"
                    "（MP4格式，时长不超过三分钟）。")).requirements
    assert sheet.units == ["建昌镇", "八家子镇", "雷家店乡"] and later.units == ["县文旅局"]
    assert video.units == ["建昌镇", "雷家店乡"] and part_shapes(video) == ["video"]


def test_variant_towns_with_a_reference_mark_said_as_bearing_it(tmp_path):
    """Another mark and another office's words: `带※号的乡镇另需于…报送`."""
    *_, video = draft(tmp_path, TABLE.format(
        m="※", note="带※号的乡镇另需于11月25日前报送开放情况宣传视频（MP4格式）。")).requirements
    assert video.units == ["建昌镇", "雷家店乡"]


def test_variant_a_black_star_before_the_name_and_a_quoted_mark(tmp_path):
    """The mark before the name (`★建昌镇人民政府`), said `表中标“★”的乡镇` in a numbered line of its own."""
    body = TABLE.format(m="", note="三、表中标“★”的乡镇请于11月25日（星期一）前报送开放情况宣传视频（MP4格式）。")
    body = body.replace("\t建昌镇人民政府", "\t★建昌镇人民政府").replace("\t雷家店乡人民政府", "\t★雷家店乡人民政府")
    *_, video = draft(tmp_path, body).requirements
    assert video.units == ["建昌镇", "雷家店乡"]


def test_near_miss_a_star_marking_a_footnote_on_a_paper_cell(tmp_path):
    """Near miss: the star on a paper cell (`开放情况统计表＊`) and a note on that paper (`标“＊”的材料…`), no unit
    cell marked: the draft is the one of the table without the stars, every requirement with the same units."""
    body = ("请有关单位按下表报送，发送至jcjyj_cdkf@163.com。\n"
            "序号\t单位\t报送材料\t报送时间\n"
            "1\t建昌镇人民政府\t开放情况统计表{m}\t11月11日（星期一）16时前\n"
            "2\t雷家店乡人民政府\t开放情况统计表{m}\t11月11日（星期一）16时前\n"
            "3\t建昌县文化旅游和广播电视局\t场馆开放台账\t11月18日（星期一）前\n"
            "注：标“＊”的材料须另于11月25日（星期一）前报送纸质版（加盖公章）。")
    starred = draft(tmp_path, body.format(m="＊")).requirements
    plain = draft(tmp_path, body.format(m="")).requirements
    assert [r.units for r in starred] == [r.units for r in plain]
    assert ["建昌镇", "雷家店乡"] in [r.units for r in starred]
