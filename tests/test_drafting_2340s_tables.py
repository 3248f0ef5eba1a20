"""What held-out notices 2340–2359 showed the drafter missing in a table row's papers and formats (fixed on branch
h-fixn117a), on notice texts written for these tests, each with a near miss that must not change: two papers joined by
及 / 和 under as many formats (`…开展情况及照片 | Word、JPG`: 2341, 2349, 2353, 2357), a formats cell under a column not
headed 格式 (`报送方式`: 2357), and banks addressed as a group (`各银行业金融机构`: 2353) given a row of their own."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

from test_drafting import part_shapes


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县直有关部门"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县应急管理局", "关于开展2790年防灾减灾宣传周活动的通知", addressee, body, "2790年4月20日",
        opening="为做好防灾减灾宣传周活动，现将报送事项通知如下：",
        mailbox="jcyjj_fzjz2790@163.com",
        contact="刘洋  联系电话：0429-7426610"))


# ---------------------------------------------------------------- 2341, 2349, 2353, 2357: …情况及照片 | Word、JPG


ROWS = ("单位\t报送材料\t格式\t报送时间\n"
        "各乡镇\t{papers}\t{formats}\t5月20日（星期五）前\n"
        "县教育局\t中小学应急疏散演练统计表\tExcel\t5月18日（星期三）前\n")


def test_two_papers_joined_by_ji_take_the_rows_two_formats_in_turn(tmp_path):
    towns, _ = draft(tmp_path, ROWS.format(papers="宣传周活动开展情况及现场照片", formats="Word、JPG")).requirements
    assert part_shapes(towns) == ["document", "photo"]
    towns, _ = draft(tmp_path, ROWS.format(papers="隐患排查整改情况和盖章扫描件", formats="Word、PDF")).requirements
    assert part_shapes(towns) == ["document", "scan"]


def test_a_paper_and_a_letter_named_by_no_material_word_take_theirs_too(tmp_path):
    towns, _ = draft(tmp_path, ROWS.format(papers="避难场所推荐项目及推荐函", formats="Word、PDF")).requirements
    assert part_shapes(towns) == ["document", "scan"]


def test_near_miss_one_paper_whose_name_joins_two_things_keeps_its_one_format(tmp_path):
    towns, _ = draft(tmp_path, ROWS.format(papers="应急物资和救灾装备统计表", formats="Excel")).requirements
    assert part_shapes(towns) == ["sheet"]


def test_near_miss_papers_parted_by_the_comma_still_pair_by_it(tmp_path):
    towns, _ = draft(tmp_path, ROWS.format(papers="应急物资和救灾装备统计表、宣传现场照片", formats="Excel、JPG")).requirements
    assert part_shapes(towns) == ["photo", "sheet"]


# ---------------------------------------------------------------- 2357: 报送方式 | Word、JPG


WAYS = ("单位\t报送材料\t报送方式\t报送时间\n"
        "县直各部门\t本单位应急联络员姓名、手机号码\t直接填写在邮件正文\t5月6日（星期五）前\n"
        "各乡镇\t宣传周活动开展情况及现场照片\t{way}\t5月20日（星期五）前\n")


def test_a_cell_of_formats_only_is_the_rows_formats_under_any_header(tmp_path):
    _, towns = draft(tmp_path, WAYS.format(way="Word、JPG")).requirements
    assert part_shapes(towns) == ["document", "photo"]


def test_near_miss_a_way_of_sending_is_no_format(tmp_path):
    fields, towns = draft(tmp_path, WAYS.format(way="电子版发送至邮箱")).requirements
    assert part_shapes(fields) == ["field"]
    assert part_shapes(towns) == ["photo"]


# ---------------------------------------------------------------- 2353: 各银行业金融机构's own row


BANKS = ("单位\t材料\t格式\t时间\n"
         "各乡镇\t{towns}\tWord\t5月20日（星期五）前\n"
         "县教育局\t中小学应急疏散演练统计表\tExcel\t5月18日（星期三）前\n"
         "各银行业金融机构\t营业网点应急演练情况\tExcel\t5月27日（星期五）前\n"
         "以上材料报送至县应急局邮箱。\n")


def test_the_banks_addressed_as_a_group_are_off_the_roster_and_their_row_theirs(tmp_path):
    d = draft(tmp_path, BANKS.format(towns="宣传周活动开展情况"), addressee="各乡镇人民政府，县直有关部门，各银行业金融机构")
    assert [r.units[:1] for r in d.requirements] == [["建昌镇"], ["县教育局"]]
    assert any("各银行业金融机构" in u and "名册" in u for u in d.unsettled)


def test_near_miss_the_towns_row_on_the_banks_is_still_the_towns(tmp_path):
    d = draft(tmp_path, BANKS.format(towns="辖区银行网点宣传情况"), addressee="各乡镇人民政府，县直有关部门，各银行业金融机构")
    assert len(d.requirements[0].units) > 20 and part_shapes(d.requirements[0]) == ["document"]
