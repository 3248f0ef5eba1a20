"""Who sends what a sentence's deadline asks, where the sentence does not name them itself: the units a matrix
table marks, a list or section above it, the heading it sits under, the unit opening it, the tables it points to, and
the units an earlier sentence or the salutation named. Each step adds only while no sender has been found (or, for the
tables, what the table says); `sentence_requirements` reads both for every deadline."""

from __future__ import annotations

import re

from . import table_times
from .above import senders_of_the_list_above
from ..senders.addressed import IN_THE_TABLE, LISTED_BELOW, listed_below, table_units
from .around import (
    marked_unit_columns,
    senders_above_a_closing_label,
    units_heading_the_section,
    who_was_asked_it,
)
from .contents_section import makers_of_the_contents, senders_labelled_in_the_item, units_of_the_senders_section
from ..timing.dates import Deadline
from ..senders.item_subject import (
    names_a_sender,
    subject_of_the_colon_item,
    subject_of_the_item_above,
    subject_of_the_item_before,
)
from ..senders.own_work import subject_of_the_ask_before_its_own_work
from ..senders.captioned_tables import units_of_the_captioned_table
from ..senders.named_tables import the_table_pointed_at, units_of_the_table_named
from ..senders.paper_columns import rows_not_sending_left_out
from ..senders.table_column_named import column_named_as_the_sender, column_of_the_table
from ..senders.table_pointed_after import senders_in_the_table_pointed_to_after
from ..senders.table_towns import towns_of_the_table
from ..senders.unit_refs import units_said_by_reference
from ..senders.units import UnitResolver, named_units, names_no_one, names_no_sender, units_opening_the_sentence


def senders_around_the_sentence(sentences: list[str], dated: list[list[Deadline]], i: int, who: str, segment: str, under_timing: int,
                                earlier: list[str], resolver: UnitResolver) -> str:
    """The sentence's senders, ``who``, with those the text around it names."""
    sentence = sentences[i]
    who = marked_unit_columns(sentences, i, resolver) or who  # a matrix table's ● under each unit that sends
    who += listed_below(sentences, i) if LISTED_BELOW.search(sentence) else ""
    if under_timing and not named_units(who + segment, resolver):
        who += who_was_asked_it(segment, sentences[:under_timing])
    who += senders_above_a_closing_label(sentences, dated, i) if not named_units(who + segment, resolver) else ""
    who += units_heading_the_section(sentences, i, resolver, who + segment) if not named_units(who + segment, resolver) else ""
    # （一）各乡镇需报送以下材料：（1）…（2）… 请于10月9日前报送: the list's lead names who, the sentence after it no one
    who += senders_of_the_list_above(sentences, dated, i, resolver) \
        if names_no_one(re.sub(r"(?:上述|以上)邮箱", "邮箱", who + segment), resolver) else ""
    # 一、报送内容 各乡镇填写《…》… 二、报送时间 请于…前发送: the section says who makes what is sent
    who += makers_of_the_contents(sentences, dated, i, resolver) if names_no_one(who + segment, resolver) else ""
    # 一、报送单位 县民政局、县卫生健康局。 … 三、报送时间 上述三项材料请于…前发送: the section says who sends
    # （二）… / 报送对象：县退役军人局 / 报送内容：… / 报送时间：…: the item's own line labelling who sends
    who += senders_labelled_in_the_item(sentences, dated, i, resolver) if names_no_sender(who + segment, resolver) else ""
    who += units_of_the_senders_section(sentences, i, resolver) if names_no_sender(who + segment, resolver) else ""
    who = (table_times.senders_above_the_tables_times(sentences, i) if names_no_one(who + segment, resolver)
           else "") + who  # 开发区和建昌镇按下表时限报送…: the rows under it
    # 县财政局涉及…较多，请提前于…前报送上述材料: the unit opening the sentence, 上述 pointing at the materials
    who = units_opening_the_sentence(sentence, resolver) + who if names_no_sender(who + segment, resolver) else who
    # 请上述三个单位于…前报送…。县税务局将于4月下旬…核查。请于…前将整改报告…: the three again, not the unit checking
    who = subject_of_the_ask_before_its_own_work(sentences, dated, i, earlier[i], resolver) + who \
        if names_no_sender(who + segment, resolver) else who
    if not names_a_sender(earlier[i] + who + segment, resolver):  # 请于…前将上述材料一并报送, its paragraph naming none
        who = subject_of_the_item_above(sentences, dated, i, resolver) + who  # under （一）各乡镇…需填写…
    if not names_a_sender(earlier[i] + who + segment, resolver):  # 第二阶段，于…前报送… under 一、各乡镇分两个阶段报送材料：
        who = subject_of_the_colon_item(sentences, i, resolver) + who
    if not names_a_sender(earlier[i] + who + segment, resolver):  # （二）请于…前报送… after （一）各乡镇…要…
        who = subject_of_the_item_before(sentences, i, resolver) + who
    return who


def senders_in_the_tables(sentences: list[str], i: int, who: str, segment: str, rows: list[list[str]],
                          resolver: UnitResolver, campaign_units: list[str], addressees: list[str],
                          named_in_salutation: list[str]) -> str:
    """The sentence's senders with the units of the tables it points to, and those it says by reference."""
    sentence = sentences[i]
    # 上表所列乡镇 (a PDF's table too), 联系人表所列单位 (the table the body heads 联系人表)
    # 上表牵头部门: that column of the table alone, not the 配合部门 of the same rows
    # 需要整改的，于…报送整改报告 over 单位 | 自查报告 | 整改报告 with 报送 / —: the rows sending that paper; the cells
    # parted from a subject carried over (请下表所列单位于), so its 于 does not glue to the first unit; 请有关单位于…。
    # 各单位报送要求如下表。 over such a table: the same rows
    # 请表一所列乡镇于A前、表二所列部门于B前: the table each clause names, its cells parted from the clause's words
    # 下表所列乡镇请于A前… over its rows, then 下表所列部门请于B前… over its own: each sentence its table's units
    # (the cells closed by a comma, as below: the last cell, `8`, is not glued to a unit opening the clause, `县农业农村局请于…`)
    if IN_THE_TABLE.search(sentence) or senders_in_the_table_pointed_to_after(sentences, i, who + segment, resolver):
        pointed_at = the_table_pointed_at(sentences, i)
        who += "," + (column_of_the_table(sentence, rows)
                      or table_units(rows_not_sending_left_out(pointed_at, segment), rows, resolver)) + ","
    elif named := units_of_the_table_named(segment, sentences) or units_of_the_table_named(sentence, sentences):
        who += named + ","
    elif captioned := units_of_the_captioned_table(sentences, i, resolver):  # 表一：报送…的乡镇，…前报送 over its rows
        who += captioned + ","
    if column := column_named_as_the_sender(segment, rows):  # 统一由帮扶部门于…发送 beside 结对乡镇 | 帮扶部门
        who = column  # that column's units, not the towns it fills the table with (由各帮扶部门会同所结对乡镇填写)
    who += towns_of_the_table(sentence, rows, resolver)  # 各作业点所在乡镇 above a table of 作业点
    who += units_said_by_reference(who + segment, sentences[:i], rows, resolver, campaign_units,
                                   sentences, addressees, named_in_salutation)
    return who


def units_of_the_table_said(words: str, sentences: list[str], i: int, rows: list[list[str]],
                            resolver: UnitResolver) -> list[str]:
    """请下表所列乡镇对辖区取水口逐一排查，于…前…；请县水利局于…前…: the roster units of the table the words of a clause
    point to (下表所列乡镇, 上表所列单位), read as senders_in_the_tables reads them, so that a clause naming its senders by
    the table counts as one naming its own (clause_subjects.senders_of_each_clause) and the units a later clause names
    are not joined by the table's (held-out 3579); [] where the words point to no table."""
    if not IN_THE_TABLE.search(words):
        return []
    cells = column_of_the_table(words, rows) or table_units(the_table_pointed_at(sentences, i), rows, resolver)
    return named_units(cells, resolver)
