"""What held-out notice 3231 showed the drafter missing (fixed on branch h-fixn160b), on notice texts written for these
tests, with near misses that must not change: a dated sentence naming no unit (`请有关单位于…；需整改的单位于…`) and a
pointer after it (`各单位报送要求如下表。`) over a table of 报送 / `—（无需整改）` cells, one column per paper: the rows are
the senders, each paper's column saying which of them send it, as `请下表所列单位于…` before the table says it."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text

SENTENCE = ("请有关单位于9月24日（星期二）16时前将自查报告（Word格式）发送至jcwx_gyhl@163.com；需整改的单位于10月22日（星期二）"
            "前将整改报告（Word格式）发送至上述邮箱，并附整改前后系统配置截图")
TABLE = (("序号", "单位", "自查报告", "整改报告（附截图）"), ("1", "建昌县工业和信息化局", "报送", "报送"),
         ("2", "建昌县发展和改革局", "报送", "—（无需整改）"), ("3", "八家子经济开发区管委会", "报送", "报送"),
         ("4", "中国联合网络通信有限公司建昌县分公司", "报送", "报送"))


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县工业和信息化局", "关于开展工业互联网平台网络安全自查整改工作的通知", "有关单位",
        "为防范化解网络安全风险，决定开展工业互联网平台网络安全自查整改。" + body + "\n县工信局将于十月中旬对部分单位进行抽查。",
        "2095年9月10日", contact="于海洋，电话：0429-7511608"))


def rows(table=TABLE) -> str:
    return "\n".join("\t".join(cells) for cells in table)


def units_by_due(d) -> dict[str, list[str]]:
    return {r.due.strftime("%m-%d"): sorted(r.units) for r in d.requirements}


def assert_the_rows_send(d):
    by_due = units_by_due(d)
    assert by_due["09-24"] == sorted(["县工信局", "县发改局", "八家子经济开发区"])
    assert by_due["10-22"] == sorted(["县工信局", "八家子经济开发区"])


# ---------------------------------------------------------------- 3231: …。各单位报送要求如下表。 over 报送 / — cells


def test_the_table_pointed_to_after_the_sentence_gives_its_senders(tmp_path):
    assert_the_rows_send(draft(tmp_path, f"{SENTENCE}。各单位报送要求如下表。\n{rows()}"))


def test_variant_the_pointer_closing_the_sentence_and_other_marks(tmp_path):
    table = [[("需报送" if c == "报送" else "无" if c.startswith("—") else c) for c in row] for row in TABLE]
    assert_the_rows_send(draft(tmp_path, f"{SENTENCE}，具体报送单位及材料详见下表。\n{rows(table)}"))


def test_variant_the_pointer_on_its_own_line_worded_otherwise(tmp_path):
    assert_the_rows_send(draft(tmp_path, f"{SENTENCE}。\n需报送材料的单位见下表：\n{rows()}"))


def test_near_miss_a_sentence_naming_its_unit_keeps_it(tmp_path):
    body = ("请建昌县工业和信息化局于9月24日（星期二）16时前将自查报告（Word格式）发送至jcwx_gyhl@163.com。各单位报送要求如下表。\n"
            + rows())
    assert units_by_due(draft(tmp_path, body))["09-24"] == ["县工信局"]


def test_near_miss_a_table_of_spot_checks_names_no_sender(tmp_path):
    d = draft(tmp_path, f"{SENTENCE}。县工信局将对部分单位进行抽查，抽查安排如下表。\n"
                        + rows((("序号", "单位", "抽查时间"), ("1", "建昌县发展和改革局", "十月中旬"),
                                ("2", "八家子经济开发区管委会", "十月下旬"))))
    assert all(not units for units in units_by_due(d).values())
