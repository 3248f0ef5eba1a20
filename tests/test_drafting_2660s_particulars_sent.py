"""What held-out notice 2660 showed the drafter missing (fixed on branch h-fixn133a), on notice texts written for these
tests, with a near miss that must not change: an item asking a person's particulars sent to the mailbox
(`于4月9日前将联络员姓名、职务和手机号码发送至…邮箱`), with no material named in its clause, sends those particulars, one
field; the next item's heading (`二、报送基础材料`) names no paper of it (one_requirement._its_own_particulars). A clause
pointing back at materials named before it (`将上述材料及联络员姓名…发送`) still sends them."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县文化旅游和广播电视局", "关于开展民间曲艺传承情况调查的通知", "各乡镇人民政府",
        body, "2690年4月2日", opening="现将有关事项通知如下。",
        contact="刘敏  联系电话：0429-7712356"))


def test_the_particulars_an_item_sends_are_one_field_not_the_next_heading(tmp_path):
    first, second = draft(tmp_path, "一、确定联络员。请各乡镇各确定一名联络员，于4月9日（星期一）上午11时前将联络员姓名、"
                                    "职务和手机号码发送至邮箱jcwlj_quyi2690@163.com，以便及时沟通。\n"
                                    "二、报送基础材料。请各乡镇认真填写《曲艺传承情况调查表》（Excel格式），"
                                    "于4月17日（星期二）下午5时前发送至上述邮箱。").requirements
    assert [part_shape(p) for p in first.parts] == ["field"]
    assert "基础材料" not in first.title
    assert [part_shape(p) for p in second.parts] == ["sheet"]


def test_near_miss_particulars_beside_the_materials_named_above_keep_them(tmp_path):
    r, = draft(tmp_path, "一、请各乡镇认真填写《曲艺传承情况调查表》（Excel格式）。\n"
                         "二、请于4月9日（星期一）上午11时前将上述材料及联络员姓名、手机号码发送至邮箱"
                         "jcwlj_quyi2690@163.com。").requirements
    assert "sheet" in [part_shape(p) for p in r.parts]
