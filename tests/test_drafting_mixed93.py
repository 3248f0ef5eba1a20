"""What held-out mixed93 showed the drafter missing (branch h-fixd93), on notice texts written for these tests, each
with a near miss that must not change (书画): a paper titled in 《》 is one name — a verb inside it before a bare noun
(《…作品报送汇总表》) is a word of the title, an event's name quoted inside it (“…”, ‘…’, 「…」, "…") stops the material's
name and is given back to the part's title with its year, and neither 报送 nor 作品 is a short form's or a hint's word of
its own; the count of pictures is read in 幅, 张, 件, 组 in the pictures' own clause (`每单位不少于3幅`)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file

from collector.drafting.requirements import MATERIAL

from collector.drafting.hints_and_ids import hints_for
from collector.drafting.materials.photo_counts import least_count
from collector.drafting.words import part_words, short_name

BOX = "jcnyj_nj@163.com"


def notice(body: str) -> str:
    return ("关于开展2104年“金秋助农”农产品展销活动的通知\n\n建昌镇人民政府，石佛乡人民政府，县商务局：\n"
            "    为促进农产品销售，县农业农村局决定开展2104年“金秋助农”农产品展销活动。现将有关事项通知如下：\n"
            f"{body}\n    三、报送时间。请于2104年9月12日（星期五）16时前将上述材料发送至邮箱{BOX}。\n"
            "联系人：县农业农村局 刘春雨  电话：0429-7718842\n\n建昌县农业农村局\n2104年8月25日\n")


def only_requirement(tmp_path, body: str):
    (r,) = draft_of_a_file(tmp_path, notice(body)).requirements
    return r


def part(r, pid: str) -> dict:
    (p,) = [p for p in r.parts if p["id"] == pid]
    return p


# ---------------------------------------------------------------- 书画: a 《title》 is one name


def test_a_verb_inside_a_title_before_a_bare_noun_is_a_word_of_the_title(tmp_path):
    # was 汇总表: the 上报 inside the 《》 cut the name as the verb that sends it
    r = only_requirement(tmp_path, "    二、报送材料。各单位报送《2104年农产品展销企业上报汇总表》（Excel格式，样式见附件）。")
    table = part(r, "table")
    assert table["title"] == "2104年农产品展销企业上报汇总表"
    assert r.title == "农产品展销企业上报汇总表"
    assert "汇总表" not in r.hints and "汇总表" not in table["words"]


def test_a_sending_word_is_no_short_form_of_its_own():
    # was 报送汇总表 / 上报汇总表: every sheet is sent; the short form reaches to the matter's word
    assert short_name("书画摄影作品报送汇总表") == "作品报送汇总表"
    assert part_words("农产品展销企业上报汇总表") == ["企业上报汇总表", "展销企业"]


def test_near_miss_a_verb_before_a_name_of_the_paper_still_cuts_it(tmp_path):
    # the words after 编制 name the paper on their own: read as before (the mixed82 shape)
    r = only_requirement(tmp_path, "    二、报送材料。填写《机构编制人员信息核对表》（Excel格式，样式见附件）。")
    assert r.title == "人员信息核对表"
    assert part(r, "table")["title"] == "人员信息核对表"


def test_an_event_quoted_in_a_title_is_given_back_to_the_part_title(tmp_path):
    # was 农产品展销报名表: the year and the quoted name before the paper's name were dropped
    r = only_requirement(tmp_path, "    二、报送材料。报送《2104年“金秋助农”农产品展销报名表》（Excel格式）。")
    assert part(r, "table")["title"] == "2104年“金秋助农”农产品展销报名表"
    assert r.title == "农产品展销报名表"
    assert not any("“" in h or "”" in h for h in r.hints)


def test_any_quotation_marks_close_the_material_name(tmp_path):
    # was ‘金秋助农’农产品展销报名表 (and 」 / " likewise) in the requirement's title and hints
    for quoted in ("‘金秋助农’", "「金秋助农」", '"金秋助农"'):
        r = only_requirement(tmp_path, f"    二、报送材料。报送《2104年{quoted}农产品展销报名表》（Excel格式）。")
        assert r.title == "农产品展销报名表", quoted
        assert part(r, "table")["title"] == f"2104年{quoted}农产品展销报名表"
        assert not any(quoted[0] in h for h in [*r.hints, *part(r, "table")["words"]])


def test_near_miss_a_quoted_name_of_the_notice_sentences_is_no_part_title(tmp_path):
    # “金秋助农” stands before 农产品展销 in the preamble, not in the paper's 《》: the part's title keeps the year only
    r = only_requirement(tmp_path, "    二、报送材料。报送2104年农产品展销报名表（Excel格式）。")
    assert part(r, "table")["title"] == "2104年农产品展销报名表"


def test_works_alone_is_no_hint():
    # was 作品 beside 作品图片: the works every 征集 asks
    assert "作品" not in hints_for(["作品图片"])
    assert hints_for(["作品图片"]) == ["作品图片"]


def test_near_miss_the_word_before_pictures_that_says_their_matter_is_a_hint():
    assert "展品" in hints_for(["展品图片"])


# ---------------------------------------------------------------- 书画: the count of pictures, in 幅 and in its clause


def test_pictures_counted_in_fu_in_their_own_bracket(tmp_path):
    # was 1: the count was read in 张 only, within 8 characters of 图片
    r = only_requirement(tmp_path, "    二、报送材料。报送展品图片（jpg格式，每个乡镇不少于5幅，每幅不小于2MB）。")
    assert part(r, "photos")["min_count"] == 5


def test_pictures_counted_in_groups_and_chinese_numerals():
    assert least_count("报送展销现场照片（jpg格式，每村至少三组）。", r"照片|图片", MATERIAL) == 3
    assert least_count("报送展台布置前后对比照片（每村不少于2组）。", r"照片|图片", MATERIAL) == 4  # a pair each
    assert least_count("报送展品照片（4幅以上）。", r"照片|图片", MATERIAL) == 4


def test_near_miss_a_size_or_another_materials_count_is_no_count_of_pictures(tmp_path):
    r = only_requirement(tmp_path, "    二、报送材料。报送展品图片（jpg格式，每幅不小于2MB），并报送典型案例不少于3件（Word格式）。")
    assert part(r, "photos")["min_count"] == 1
