"""What held-out mailbox 78's notices showed the drafter missing, on notice texts written for these tests, each with a
near miss: items counted in words in one sentence (`一是《…报告》（Word格式）…；二是《…统计表》（Excel格式）`) sent by a
sentence opening with them pointed back at (`以上两项材料请一并于…前报送`), and `两项材料一并报送` after the materials it
counts, which is no material of its own."""

from __future__ import annotations

from test_drafting import part_shape
from test_drafting import part_shapes as shapes

from collector.drafting import draft_campaign
from collector.roster import builtin_roster

ROSTER = builtin_roster()


def draft(body: str):
    text = (f"关于报送2451年农村人居环境整治情况的通知\n各乡镇人民政府：\n    现将有关事项通知如下：\n{body}\n"
            "联系人：韩立新  联系电话：0429-7712290\n\n建昌县农村人居环境整治工作领导小组办公室\n2451年9月1日\n")
    return draft_campaign(text, ROSTER)


def test_items_counted_in_words_are_the_materials_pointed_back_at():
    (r,) = draft("    一、报送内容。一是《人居环境整治工作情况报告》（Word格式），内容包括主要做法和存在问题；"
                 "二是《村庄清洁行动情况统计表》（Excel格式，样式见附件）。\n"
                 "    二、报送要求。以上两项材料请一并于2451年9月22日17:00前报送至邮箱jcrj2451@163.com。").requirements
    assert shapes(r) == ["document", "sheet"], r.parts
    assert "两项材料" not in r.title and "情况统计表" in r.title and "情况报告" in r.title, r.title


def test_measures_counted_in_words_are_not_materials():
    """一是…二是… listing work to do, naming no material: the sentence's own material is what is sent."""
    (r,) = draft("    一、工作要求。一是加强组织领导，明确专人负责；二是加大宣传力度，营造良好氛围。\n"
                 "    二、报送要求。请于2451年9月22日17:00前将工作总结报送至邮箱jcrj2451@163.com。").requirements
    assert [part_shape(p) for p in r.parts] == ["document"] and "工作总结" in r.title, (r.title, r.parts)


def test_materials_counted_after_they_are_named_add_no_part():
    (r,) = draft("    请各乡镇填写《村庄清洁行动情况统计表》（Excel格式），并附整治现场照片2至4张（JPG格式），两项材料一并于"
                 "2451年9月29日17:00前报送至邮箱jcrj2451@163.com。").requirements
    assert shapes(r) == ["photo", "sheet"], r.parts
    assert "两项" not in r.title and not any("两项" in h for h in r.hints), (r.title, r.hints)


def test_a_count_alone_is_left_as_written():
    """Nothing named but the count: it stays the material (a clerk sees it and settles it)."""
    (r,) = draft("    请各乡镇将两项材料于2451年9月29日17:00前报送至邮箱jcrj2451@163.com。").requirements
    assert "两项材料" in r.title, r.title
