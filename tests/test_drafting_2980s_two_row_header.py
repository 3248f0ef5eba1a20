"""What held-out notice 2991 showed the drafter missing (fixed on branch h-fixn150b, after h-fixn149b), on notice texts written for these
tests, with a near miss that must not change: a table whose header is two rows, the papers in the first (`自查报告 |
自查报告 | 整改报告 | 整改报告`) and what each column says of them in the second (`格式 | 报送时间 | 格式 | 报送时间`), is
read as one header (`自查报告格式 | 自查报告报送时间 | …`): each row a return per paper, in the format its cell says."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shapes


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县民政局", "关于开展低收入人口动态监测信息核查自查整改的通知", "建昌镇、八家子镇、县公安局", body,
        "2975年9月15日", mailbox="jcmzj_dsr@163.com", contact="李梅  联系电话：0429-7421180"))


def dues(d):
    return {(r.due.month, r.due.day): (sorted(r.units), part_shapes(r)) for r in d.requirements}


EXPECTED = {(9, 26): (["八家子镇", "县公安局", "建昌镇"], ["document"]),
            (10, 24): (["八家子镇", "建昌镇"], ["document", "photo"])}
LEAD = "请下列单位先行自查，再针对问题进行整改，自查报告和整改报告的格式及报送时间见下表。\n"


def rows(first: str = "9月26日（星期二）16时前", second: str = "10月24日（星期二）前", formats: bool = True) -> str:
    word, shots = ("Word格式\t", "Word格式并附截图\t") if formats else ("", "")
    dash = "—\t" if formats else ""
    return (f"1\t建昌镇\t{word}{first}\t{shots}{second}\n"
            f"2\t八家子镇\t{word}{first}\t{shots}{second}\n"
            f"3\t县公安局\t{word}{first}\t{dash}—\n")


# ---------------------------------------------------------------- 2991: 自查报告 | 自查报告 over 格式 | 报送时间


def test_a_two_row_header_is_read_as_one(tmp_path):
    d = draft(tmp_path, LEAD + "序号\t单位\t自查报告\t自查报告\t整改报告\t整改报告\n"
                               "\t\t格式\t报送时间\t格式\t报送时间\n" + rows()
              + "注：“—”为无需报送；截图为监测平台中整改前后的页面截图。")
    assert dues(d) == EXPECTED


def test_variant_other_head_words_and_deadlines(tmp_path):
    d = draft(tmp_path, LEAD + "序号\t报送单位\t自查报告\t自查报告\t整改报告\t整改报告\n"
                               "\t\t报送格式\t截止时间\t报送格式\t截止时间\n" + rows())
    assert dues(d) == EXPECTED


def test_variant_the_second_header_row_naming_only_the_times(tmp_path):
    d = draft(tmp_path, "请下列单位先行自查，再针对问题进行整改。自查报告（Word格式）和整改报告（Word格式）须附整改前后页面截图，"
                        "报送时间见下表。\n序号\t单位\t自查报告\t整改报告\n\t\t报送时间\t报送时间\n" + rows(formats=False))
    assert dues(d) == EXPECTED


def test_near_miss_a_one_row_header_with_a_remarks_row_keeps_its_columns(tmp_path):
    d = draft(tmp_path, "请下列单位先行自查，再针对问题进行整改。自查报告（Word格式）和整改报告（Word格式）须附整改前后页面截图，"
                        "报送时间见下表。\n序号\t单位\t自查报告报送时间\t整改报告报送时间\n" + rows(formats=False)
              + "备注\t\t“—”为无需报送\t\n")
    assert dues(d) == EXPECTED
