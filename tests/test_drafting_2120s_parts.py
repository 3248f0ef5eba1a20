"""What held-out notices 2120–2139 showed the drafter missing in the parts (fixed on branch h-fixn106a), on notice texts
written for these tests, each with a near miss that must not change: `请下列单位按表中时间，将…台账（Excel格式）…报送`
asks no table of its own (按表: the times its table sets) (2125)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file


def shapes(requirement) -> list[str]:
    """Each part's kind, with its first format where it has one (document/xlsx, photo …), sorted."""
    return sorted(f"{p['kind']}/{(p.get('formats') or [''])[0]}".rstrip("/") for p in requirement.parts)


# ---------------------------------------------------------------- 2125: 请下列单位按表中时间，将…报送


def by_the_table(tmp_path, sentence: str):
    text = ("建昌县应急管理局\n关于开展汛前安全隐患排查的通知\n\n各乡镇人民政府，县水利局，县交通局：\n"
            f"为做好安全度汛工作，决定开展汛前安全隐患排查。{sentence}\n\n"
            "序号\t单位\t报送时间\n1\t县水利局\t5月10日前\n2\t县交通局\t5月12日下午4时前\n\n"
            "联系人：韩冰，电话：0429-7433310\n邮箱：jcyjj_xq2720@163.com\n\n建昌县应急管理局\n2720年5月2日\n")
    return draft_of_a_file(tmp_path, text)


def test_a_table_the_times_are_read_by_is_no_table_sent(tmp_path):
    c = by_the_table(tmp_path, "请下列单位按表中时间，将隐患排查台账（Excel格式）及整改现场照片报送县应急局。")
    assert [shapes(r) for r in c.requirements] == [["document/xlsx", "photo"]] * 2


def test_near_miss_the_table_below_named_so_is_read_as_before(tmp_path):
    c = by_the_table(tmp_path, "请下列单位按下表时间，将隐患排查台账（Excel格式）及整改现场照片报送县应急局。")
    assert [shapes(r) for r in c.requirements] == [["document/xlsx", "photo"]] * 2
