"""What held-out notices 1620–1639 showed the drafter missing (the share of branch h-fixn81a), on notice texts written
for these tests, each with a near miss that must not fire: a Word copy and a stamped scan 各一份 (1623), a PDF's
`(Excel 格式)` (1638), a short name defined for a list of bodies (1629)."""

from __future__ import annotations

import datetime as dt

from test_drafting import part_shapes as shapes

from collector.drafting import draft_campaign

from collector.drafting.reading import format_gaps

from collector.drafting.senders import group_aliases
from collector.roster import builtin_roster

ROSTER = builtin_roster()
TOWNS = sorted(ROSTER.names(["town", "township"]))


def draft(body: str, salutation: str = "各乡镇人民政府：", tail: str = ""):
    text = (f"关于开展2451年农家书屋运行情况调查的通知\n{salutation}\n{body}\n联系人：邢丽华  联系电话：0429-7712281\n\n"
            f"建昌县农家书屋服务中心\n2451年9月1日\n{tail}")
    return draft_campaign(text, ROSTER)


def due(r) -> dt.datetime:
    return r.due.replace(tzinfo=None)


# ---------------------------------------------------------------- 1623: Word版和加盖公章的PDF扫描件各一份


def test_a_word_copy_and_a_stamped_scan_each_one_are_two_parts():
    (r,) = draft("县文旅局于9月12日（星期五）前，将书屋图书更新落实情况报送至jcnjsw@163.com，"
                 "Word版和加盖公章的PDF扫描件各一份。", "县文旅局：").requirements
    assert shapes(r) == ["document", "scan"]


def test_a_stamped_scan_alone_stays_one_part():
    """Near miss: 加盖公章的PDF扫描件一份, no Word copy named: the scan only."""
    (r,) = draft("县文旅局于9月12日（星期五）前，将书屋图书更新落实情况报送至jcnjsw@163.com，"
                 "加盖公章的PDF扫描件一份。", "县文旅局：").requirements
    assert shapes(r) == ["scan"]


# ---------------------------------------------------------------- 1638: (Excel 格式) as a PDF's text gives it


def test_a_format_word_parted_from_its_noun_is_closed_up():
    assert format_gaps.closed_up("名录(Excel 格式)和情况(Word 格式)") == "名录(Excel格式)和情况(Word格式)"
    (r,) = draft("县工信局于9月12日（星期五）前，将书屋合作企业名录(Excel 格式)和企业供书情况(Word 格式)报送至"
                 "jcnjsw@163.com。", "县工信局：").requirements
    assert shapes(r) == ["document", "sheet"]


def test_other_spaces_after_a_format_name_stay():
    """Near miss: a version number or a word glued before the name keeps its space."""
    for text in ("请使用Word 2010以上版本", "MSWord 格式", "Excel 表头不得修改"):
        assert format_gaps.closed_up(text) == text


# ---------------------------------------------------------------- 1629: 县文旅局、县科技局、县档案馆（以下简称“三单位”）


def test_a_short_name_for_a_list_of_bodies_stands_for_them_all():
    body = ("一、县文旅局、县科技局、县档案馆（以下简称“三单位”）负责提供书目。\n"
            "二、三单位于9月12日（星期五）前，将推荐书目清单（Excel格式）报送至jcnjsw@163.com。")
    (r,) = draft(body, "县文旅局，县科技局，县档案馆：").requirements
    assert sorted(r.units) == ["县文旅局", "县档案馆", "县科技局"]


def test_a_short_name_for_things_that_are_no_bodies_stays():
    """Near miss: 宫颈癌和乳腺癌（以下简称“两癌”） names no bodies; one body's own short name is layout's."""
    text = "开展宫颈癌和乳腺癌（以下简称“两癌”）筛查，两癌筛查结果"
    assert group_aliases.spelled_out(text) == text
    one = "县公共资源交易中心（以下简称“县交易平台”）"
    assert group_aliases.spelled_out(one) == one


# ---------------------------------------------------------------- 1631: 县市场局：…巡查情况（Word格式），于…前报送


def test_a_thing_named_by_its_format_after_a_units_colon_is_a_document():
    body = ("二、报送材料\n（一）各乡镇：《书屋运行情况表》（Excel格式），于9月10日（星期三）前报送。\n"
            "（二）县市场局：书屋周边市场巡查情况（Word格式），于9月17日（星期三）前报送。\n"
            "三、各乡镇报送的调查表须经乡镇分管领导审核。")
    _towns, bureau = draft(body, "各乡镇人民政府，县市场局：").requirements
    assert shapes(bureau) == ["document"] and bureau.units == ["县市场局"]
    assert "巡查情况" in bureau.title


def test_a_thing_too_long_after_the_colon_names_nothing_by_its_format():
    """Near miss: past the colon the words are still too many to be one thing's name: no document from them."""
    from collector.drafting import requirements as req
    names = req.material_names("县市场局：本辖区内全部农家书屋周边的图书市场价格巡查情况（Word格式），于9月17日前报送")
    assert names == []


# ---------------------------------------------------------------- 1625: names typed in the mail, the next item apart


def test_names_typed_in_the_mail_get_no_document_from_the_next_item():
    body = ("一、召开推进会\n定于9月20日（星期六）上午9时召开推进会。请各乡镇于9月18日（星期四）前将参会人员姓名、职务直接写在"
            "邮件正文中发送至jcnjsw@163.com。\n二、报送材料\n（一）各乡镇于9月15日（星期一）前，将《书屋运行情况表》"
            "（Excel格式）报送至jcnjsw@163.com。")
    names, table = draft(body).requirements
    assert shapes(names) == ["field"] and shapes(table) == ["sheet"]


def test_a_document_the_asking_item_names_stays_beside_the_typed_names():
    """Near miss: the item that says the mail body names a 回执 itself: it stays a document."""
    body = ("一、请各乡镇于9月18日（星期四）前将回执（Word格式）发送至jcnjsw@163.com，并将参会人员姓名直接写在邮件正文中。\n"
            "二、报送材料\n各乡镇于9月25日（星期四）前报送《书屋运行情况表》（Excel格式）。")
    first = draft(body).requirements[0]
    assert "document" in shapes(first)


# ---------------------------------------------------------------- 1620: 前述第（一）（二）项调查材料


LIST_1620 = ("一、调查内容\n（一）书屋藏书数量、借阅人次及更新情况，填写《书屋运行情况统计表》（附件1，Excel格式）；\n"
             "（二）书屋阅读活动现场照片，每个书屋不少于3张（JPG格式）；\n（三）书屋管理员姓名、联系电话。\n"
             "二、报送要求\n")


def test_items_chosen_by_bracketed_numbers_are_sent_as_those_items():
    body = LIST_1620 + "各乡镇于9月26日（星期五）下午4时前，将前述第（一）（二）项调查材料报送至jcnjsw@163.com，照片请勿压缩。"
    (r,) = draft(body).requirements
    assert shapes(r) == ["photo", "sheet"]
    assert due(r) == dt.datetime(2451, 9, 26, 16, 0)


def test_two_bracketed_numbers_apart_are_no_run():
    """Near miss: 第（一）（三）项 are two items apart: no run from the first to the third is read."""
    from collector.drafting.asks.above import CHOSEN_ITEMS, _chosen_items
    items = ["（一）《甲统计表》（Excel格式）", "（二）现场照片", "（三）《丙汇总表》（Excel格式）"]
    blocks = [("调查内容", [0, 1, 2])]
    side_by_side = CHOSEN_ITEMS.search("将前述第（一）（二）项调查材料报送")
    assert len(_chosen_items(items, [[], [], []], blocks, side_by_side)) == 2
    apart = CHOSEN_ITEMS.search("将前述第（一）（三）项调查材料报送")
    assert apart and _chosen_items(items, [[], [], []], blocks, apart) == []


def test_a_packing_forbidden_packs_nothing():
    """照片请勿压缩 makes no archive; 照片打包为一个压缩包 still does."""
    body = "各乡镇于9月26日（星期五）前，将书屋阅读活动照片报送至jcnjsw@163.com，照片请勿压缩。"
    (r,) = draft(body).requirements
    assert shapes(r) == ["photo"]
    body = "各乡镇于9月26日（星期五）前，将书屋阅读活动照片报送至jcnjsw@163.com，照片请打包压缩。"
    (r,) = draft(body).requirements
    assert shapes(r) == ["archive"]


# ---------------------------------------------------------------- 1627: 八家子经济开发区和附件所列乡镇; 附件：…名单：A、B、C


def test_a_list_on_the_attachment_labels_line_and_the_unit_before_it():
    body = ("一、报送材料\n（一）《书屋建设情况表》（Excel格式）；\n（二）书屋内部照片不少于2张；\n（三）书屋管理制度（Word格式）。\n"
            "二、报送要求\n八家子经济开发区和附件所列乡镇于9月12日（星期五）前，将前述三项验收材料报送至jcnjsw@163.com。\n"
            "附件：承担2451年书屋建设任务的乡镇名单：谷杖子乡、巴什罕乡、新开岭乡")
    (r,) = draft(body, "八家子经济开发区，有关乡镇人民政府：").requirements
    assert sorted(r.units) == sorted(["八家子经济开发区", "谷杖子乡", "巴什罕乡", "新开岭乡"])
    assert shapes(r) == ["document", "photo", "sheet"]


def test_an_attachment_label_without_a_list_holds_none():
    """Near miss: a label naming a form, or a list of two names only, is no list written on the line."""
    from collector.drafting.senders.attachment_line import list_on_the_label_line
    assert list_on_the_label_line("书屋建设情况表") == ""
    assert list_on_the_label_line("乡镇名单：谷杖子乡、巴什罕乡") == ""
    assert list_on_the_label_line("乡镇名单：谷杖子乡、巴什罕乡、新开岭乡").split("\n")[1:] == ["谷杖子乡", "巴什罕乡", "新开岭乡"]


# ---------------------------------------------------------------- 1633: 市通知要求县级于8月22日前上报


def test_a_higher_bodys_date_for_the_county_is_no_requirement():
    body = ("一、各乡镇于9月8日（星期一）前，将《书屋监测台账》（Excel格式）报送至jcnjsw@163.com。\n"
            "二、市通知要求县级于9月22日前上报，县中心汇总后统一报送，各单位不得直接向市局报送。")
    (r,) = draft(body).requirements
    assert due(r) == dt.datetime(2451, 9, 8, 23, 59, 59)


def test_a_higher_bodys_date_for_the_units_stays():
    """Near miss: the city's notice asking the towns themselves (市通知要求各乡镇于…) is the towns' date."""
    body = "一、市通知要求各乡镇于9月22日（星期一）前，将《书屋监测台账》（Excel格式）报送至jcnjsw@163.com。"
    (r,) = draft(body).requirements
    assert due(r) == dt.datetime(2451, 9, 22, 23, 59, 59) and sorted(r.units) == TOWNS
