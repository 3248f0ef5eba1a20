"""What held-out notices 2000–2019 showed the drafter missing (2001, 2013; fixed on branch h-fixn100a), on notice texts
written for these tests, each with a near miss that must not change: a table giving each unit its own date in a column
that says when to send, named with what is sent (`整改报告报送时间`) or as an article's hand-in (`交稿时间`), its rows asked
by a sentence with no date of its own (`请上表所列单位按规定时间，将…报送`, `请约稿单位按上表时间报送稿件…`): one requirement per
row, its unit, that sentence's materials; a topic cell naming a holiday is no holiday the row's date falls in; 约稿单位 is
no 稿 sent; `每篇稿件配发相关图片` is the articles and their pictures; `开展电话回访` asks no phone number (2001)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file
from test_drafting import part_shapes as shapes


def draft(tmp_path, body: str, salutation: str = "县住建局、县水利局、县交通局："):
    text = (f"关于2670年汛期隐患整改的通知\n{salutation}\n{body}\n联系人：郑凯  联系电话：0429-7716688\n\n"
            f"建昌县防汛抗旱指挥部办公室\n2670年6月2日\n")
    return draft_of_a_file(tmp_path, text)


def dues(d) -> list[dt.datetime]:
    return [r.due.replace(tzinfo=None) for r in d.requirements]


DAYS = [dt.datetime(2670, 6, 9, 23, 59, 59), dt.datetime(2670, 6, 11, 23, 59, 59), dt.datetime(2670, 6, 16, 23, 59, 59)]


# ---------------------------------------------------------------- 2001: a column named with what is sent

OWN_DAYS = ("一、各单位隐患数量及{column}如下：\n序号\t责任单位\t隐患数（处）\t{column}\n1\t县住建局\t12\t6月9日（星期一）\n"
            "2\t县水利局\t8\t6月11日（星期三）\n3\t县交通局\t5\t6月16日（星期一）\n"
            "请上表所列单位按{when}，将隐患整改报告（Word格式）及盖章扫描件（PDF格式）发送至jcfxb_zg@163.com。")


def test_a_column_naming_what_is_sent_before_its_sending_time_dates_each_row(tmp_path):
    d = draft(tmp_path, OWN_DAYS.format(column="整改报告报送时间", when="上表时间"))
    assert dues(d) == DAYS
    assert [r.units for r in d.requirements] == [["县住建局"], ["县水利局"], ["县交通局"]]


def test_a_column_of_when_the_work_is_done_dates_no_row(tmp_path):
    """Near miss: 整改完成时间 is when the work is finished, not when anything is sent."""
    d = draft(tmp_path, OWN_DAYS.format(column="整改完成时间", when="上表时间"))
    assert dues(d) == []


def test_the_tables_units_asked_by_the_times_set_send_that_sentences_materials_row_by_row(tmp_path):
    """`请上表所列单位按规定时间，将…` under a 报送时间 column: the times set are the table's; each row the report and its scan."""
    d = draft(tmp_path, OWN_DAYS.format(column="报送时间", when="规定时间"))
    assert dues(d) == DAYS
    assert [shapes(r) for r in d.requirements] == [["document", "scan"]] * 3


def test_a_sentence_with_its_own_date_beside_the_times_set_keeps_its_own(tmp_path):
    """Near miss: `按规定时间` with no table pointed at, and a date of its own: one requirement, its date."""
    body = "请各单位按规定时间，于6月20日（星期五）前将隐患整改报告（Word格式）发送至jcfxb_zg@163.com。"
    (r,) = draft(tmp_path, body).requirements
    assert r.due.replace(tzinfo=None) == dt.datetime(2670, 6, 20, 23, 59, 59) and shapes(r) == ["document"]


def test_the_rows_send_the_asking_sentences_materials_not_the_line_above_the_table(tmp_path):
    """The line above the table names a 台账 (what the units keep): the first row sends the report all rows send."""
    body = OWN_DAYS.format(column="报送时间", when="上表时间").replace(
        "一、各单位隐患数量及报送时间如下：", "一、各单位要建立隐患整改台账，隐患数量及报送时间如下：")
    d = draft(tmp_path, body)
    assert [shapes(r) for r in d.requirements] == [["document", "scan"]] * 3


def test_a_row_naming_its_own_material_keeps_it(tmp_path):
    """Near miss: a row with a material cell sends that material, whatever the sentence below names."""
    body = ("序号\t责任单位\t报送材料\t报送时间\n1\t县住建局\t隐患台账（Excel格式）\t6月9日（星期一）\n"
            "请上表所列单位按上表时间，将隐患整改报告（Word格式）发送至jcfxb_zg@163.com。")
    r = draft(tmp_path, body).requirements[0]
    assert r.units == ["县住建局"] and "sheet" in shapes(r)


# ---------------------------------------------------------------- 2013: 约稿, 交稿时间, a holiday in a topic cell

ARTICLES = ("约稿安排如下：\n序号\t约稿单位\t约稿主题\t{column}\n1\t县住建局\t城镇老旧小区改造进展情况\t6月9日（星期一）\n"
            "2\t县水利局\t“端午”假期水库安全运行情况\t6月11日（星期三）\n有关要求：\n"
            "一、请约稿单位按上表时间{ask}，报送至jcfxb_zg@163.com。")
ASK = "报送稿件（Word格式），每篇稿件配发相关图片2至3张（JPG格式）"


def test_articles_handed_in_by_a_tables_times_are_one_requirement_per_row(tmp_path):
    d = draft(tmp_path, ARTICLES.format(column="交稿时间", ask=ASK), "县住建局、县水利局：")
    assert dues(d) == DAYS[:2]
    assert [r.units for r in d.requirements] == [["县住建局"], ["县水利局"]]
    assert [shapes(r) for r in d.requirements] == [["document", "photo"]] * 2


def test_a_column_of_interview_days_is_no_hand_in(tmp_path):
    """Near miss: 采访时间 is when the office comes to interview; the articles' sentence names no date: nothing dated."""
    d = draft(tmp_path, ARTICLES.format(column="采访时间", ask=ASK).replace("按上表时间", ""), "县住建局、县水利局：")
    assert dues(d) == []


def test_a_holiday_in_a_topic_cell_is_no_holiday_the_sending_date_falls_in(tmp_path):
    """A row under 报送时间 whose topic is a 假期's: its date is when the row sends, not the holiday's."""
    body = ("序号\t报送单位\t报送内容\t报送时间\n1\t县水利局\t“端午”假期水库安全运行情况报告（Word格式）\t6月11日（星期三）\n"
            "请上表所列单位按时将报告发送至jcfxb_zg@163.com。")
    (r,) = draft(tmp_path, body).requirements
    assert r.units == ["县水利局"] and r.due.replace(tzinfo=None) == DAYS[1]


def test_a_holiday_said_in_prose_with_a_date_is_still_no_deadline(tmp_path):
    """Near miss: 6月11日 of a holiday's checks, in a sentence: an activity's day, no requirement of it."""
    body = ("县水利局于6月11日（星期三）开展“端午”假期水库安全检查。\n"
            "请县水利局于6月16日（星期一）前将检查报告（Word格式）发送至jcfxb_zg@163.com。")
    d = draft(tmp_path, body)
    assert dues(d) == [DAYS[2]]


def test_the_commissioned_units_send_articles_and_their_pictures(tmp_path):
    """约稿单位 is who writes, no 稿 sent; 每篇稿件配发相关图片 is the articles and their pictures."""
    body = "请约稿单位于6月16日（星期一）前报送稿件（Word格式），每篇稿件配发相关图片2至3张（JPG格式），报送至jcfxb_zg@163.com。"
    (r,) = draft(tmp_path, body, "县住建局、县水利局（以下简称约稿单位）：").requirements
    assert r.title == "稿件及图片" and shapes(r) == ["document", "photo"]


def test_an_article_commissioned_is_a_material_when_it_is_what_is_sent(tmp_path):
    """Near miss: 将约稿…报送 sends the 约稿 (no 单位 after it): named as sent."""
    body = "请县住建局于6月16日（星期一）前将约稿（Word格式）报送至jcfxb_zg@163.com。"
    (r,) = draft(tmp_path, body).requirements
    assert "约稿" in r.title and shapes(r) == ["document"]


def test_a_batch_tables_two_character_materials_are_what_each_row_sends(tmp_path):
    """`上表所列单位按所属批次时限，将方案（Word格式）和照片发送`: 方案, 照片 (two characters each) are the rows' materials."""
    body = ("批次\t单位\t材料报送时限\n第一批\t县住建局\t6月9日（星期一）前\n第二批\t县水利局\t6月11日（星期三）前\n"
            "上表所列单位按所属批次时限，将方案（Word格式）和照片发送至jcfxb_zg@163.com。")
    d = draft(tmp_path, body)
    assert [r.title for r in d.requirements] == ["方案及照片"] * 2
    assert [shapes(r) for r in d.requirements] == [["document", "photo"]] * 2


def test_a_batch_tables_bare_materials_stay_unnamed(tmp_path):
    """Near miss: `将有关材料发送`: 材料 is no name; the rows' material is still to be filled in."""
    body = ("批次\t单位\t材料报送时限\n第一批\t县住建局\t6月9日（星期一）前\n第二批\t县水利局\t6月11日（星期三）前\n"
            "上表所列单位按所属批次时限，将材料发送至jcfxb_zg@163.com。")
    d = draft(tmp_path, body)
    assert all(r.title in ("报送材料", "材料") for r in d.requirements)


# ---------------------------------------------------------------- 2001: 电话回访 is work done by phone

def test_a_follow_up_by_phone_asks_no_phone_number(tmp_path):
    body = ("各单位要对整改户开展电话回访，请于6月20日（星期五）前将《回访台账》（Excel格式）发送至jcfxb_zg@163.com。")
    (r,) = draft(tmp_path, body).requirements
    assert shapes(r) == ["sheet"]


def test_a_contact_phone_asked_for_is_still_a_field(tmp_path):
    """Near miss: `注明联系人及联系电话` asks the number, beside a 电话回访."""
    body = ("各单位要对整改户开展电话回访，请于6月20日（星期五）前将《回访台账》（Excel格式）发送至jcfxb_zg@163.com，"
            "并在邮件中注明联系人及联系电话。")
    (r,) = draft(tmp_path, body).requirements
    assert "field" in shapes(r)
