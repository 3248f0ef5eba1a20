"""What held-out notices 2600–2619 showed the drafter missing (fixed on branch h-fixn130a), on notice texts written
for these tests, each with a near miss that must not change: a `注：` line under a table putting one row's date off
(`其报送时间推迟至…下午5时前`) moves that row's date, no requirement of its own (2609)."""

from __future__ import annotations

import datetime as dt

from drafting_helpers import draft_of_a_file, notice_text

TABLE = ("序号\t单位\t报送材料\t报送时间\n"
         "1\t建昌镇\t古民居产权情况摸底表（Excel）\t5月15日（星期五）前\n"
         "2\t县自然资源局\t用地及规划条件说明（Word）\t5月15日（星期五）前\n"
         "3\t县文旅局\t历史建筑情况说明（Word）及现状照片\t5月19日（星期二）前\n")


def draft(tmp_path, note: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县住房和城乡建设局", "关于开展古民居保护摸底的通知", "建昌镇人民政府，县自然资源局、县文旅局",
        "请各单位按下表要求报送材料。\n" + TABLE + note, "2693年5月8日",
        opening="为做好古民居保护工作，现将有关事项通知如下。",
        mailbox="jczjj_minju2693@163.com",
        contact="冯立军  联系电话：0429-7816652"))


# ---------------------------------------------------------------- 2609: 注：…其报送时间推迟至…


def test_a_note_under_the_table_puts_one_rows_date_off(tmp_path):
    d = draft(tmp_path, "注：县自然资源局同期承担其他汇交任务，经商定，其报送时间推迟至5月25日（星期一）下午5时前，"
                        "其余单位按表内时间报送。")
    assert [r.units for r in d.requirements] == [["建昌镇"], ["县自然资源局"], ["县文旅局"]]
    assert [r.due.replace(tzinfo=None) for r in d.requirements] == [
        dt.datetime(2693, 5, 15, 23, 59, 59), dt.datetime(2693, 5, 25, 17), dt.datetime(2693, 5, 19, 23, 59, 59)]


def test_near_miss_a_note_asking_a_paper_more_keeps_the_row(tmp_path):
    d = draft(tmp_path, "注：县自然资源局另需于5月25日（星期一）下午5时前报送古民居分布图（PDF格式）。")
    natural = [r for r in d.requirements if r.units == ["县自然资源局"]]
    assert dt.datetime(2693, 5, 15, 23, 59, 59) in [r.due.replace(tzinfo=None) for r in natural]
