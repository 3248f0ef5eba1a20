"""What held-out notice 2931 showed the drafter missing, on notice texts written for these
tests (from h-fixn146d's reverted rule, fixed on h-fixn148a): a note under a dated table moving one row's unit to a later
day (`注：西碱厂乡…，该乡报送时间以本注为准，为五月十日（星期一）前`) left the row in the first day's group and drafted the
later day with no paper. `restated_dates.RESTATES` now reads a note's own 以本注为准 (and 延至 / 顺延至), so
`restated_dates.rows_put_off_by_a_note` moves that unit out of its row's group to the note's day, with its papers and
its review line."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县文化旅游和广播电视局", "关于开展文物保护单位安全巡查的通知",
        "县公安局，喇嘛洞镇人民政府、石佛乡人民政府、西碱厂乡人民政府", body, "2945年4月5日",
        opening="为切实履行文物安全属地责任，现开展文物保护单位安全巡查。",
        mailbox="jcwlj_t2945@163.com", contact="韩冰  电话：0429-7217758"))


def table(note: str, header: str = "序号\t单位\t报送材料\t报送时间") -> str:
    return "\n".join([
        "请各单位按下表要求报送巡查情况。", header,
        "1\t建昌县公安局\t文物安全防范工作情况说明（Word格式）\t4月19日（星期一）15:00前",
        "2\t喇嘛洞镇人民政府\t文物保护单位巡查记录表（Excel格式）\t4月26日（星期一）前",
        "3\t石佛乡人民政府\t文物保护单位巡查记录表（Excel格式）\t4月26日（星期一）前",
        "4\t西碱厂乡人民政府\t文物保护单位巡查记录表（Excel格式）\t4月26日（星期一）前", note])


def dues_and_units(d) -> list[tuple[str, tuple[str, ...], int]]:
    return [(f"{r.due:%m-%d}", tuple(r.units), len(r.parts)) for r in d.requirements]


MOVED = [("04-19", ("县公安局",), 1), ("04-26", ("喇嘛洞镇", "石佛乡"), 1), ("05-10", ("西碱厂乡",), 1)]


# ---------------------------------------------------------------- 2931: 注：…该乡报送时间以本注为准，为五月十日前


def test_a_note_moving_one_rows_unit_to_a_later_day(tmp_path):
    d = draft(tmp_path, table("注：西碱厂乡境内文物点分布分散、巡查路线较长，该乡报送时间以本注为准，为5月10日（星期一）前；"
                              "建昌县博物馆由我局文物股直接检查，不需报送。"))
    assert dues_and_units(d) == MOVED


def test_variant_put_off_by_name_in_a_remark(tmp_path):
    d = draft(tmp_path, table("备注：因巡查路线较长，西碱厂乡的报送时限延至5月10日前。",
                              header="序号\t报送单位\t报送内容\t截止时间"))
    assert dues_and_units(d) == MOVED


def test_variant_the_date_changed_to_with_the_unit_named_in_full(tmp_path):
    d = draft(tmp_path, table("注：西碱厂乡人民政府报送时间调整为5月10日（星期一）下午5时前。"))
    assert [(a, b) for a, b, _ in dues_and_units(d)] == [(a, b) for a, b, _ in MOVED]


def test_variant_the_township_said_as_that_one_with_this_in_force(tmp_path):
    d = draft(tmp_path, table("注：西碱厂乡文物点较多，该乡的报送时间改为5月10日前，以此为准。"))
    assert dues_and_units(d) == MOVED


def test_near_miss_a_note_of_the_units_work_day_moves_no_row(tmp_path):
    d = draft(tmp_path, table("注：西碱厂乡请于5月10日前完成全部文物点的复查。"))
    assert ("04-26", ("喇嘛洞镇", "石佛乡", "西碱厂乡"), 1) in dues_and_units(d)
