"""What held-out notice 2886 showed the drafter missing (fixed on branch h-fixn144c), on notice texts written for these
tests: the tables a unit checks its work against may be a list (`对照积分事项清单、评议程序、兑换台账逐项自查，形成…自查报告`),
none of them sent; only the report formed is (2886)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县农业农村局", "关于开展积分制管理自查工作的通知", "各乡镇人民政府", body, "2983年3月3日",
        opening="为推动积分制有效运行，现将有关事项通知如下。",
        mailbox="jcnyj_jfz@163.com",
        contact="于春燕，电话：0429-7615408"))


def shapes(requirement) -> list[str]:
    return sorted(map(part_shape, requirement.parts))


def test_a_list_checked_against_is_no_part(tmp_path):
    r, = draft(tmp_path, "各乡镇要组织所辖行政村对照积分事项清单、评议程序、兑换台账逐项自查，形成乡镇自查报告（Word格式），"
                         "于3月18日（星期二）下午5时前发送至jcnyj_jfz@163.com。").requirements
    assert shapes(r) == ["document"]


def test_variant_two_tables_joined_by_he_and_another_verb(tmp_path):
    r, = draft(tmp_path, "各乡镇要比照问题清单和整改台账逐条核查，形成核查情况报告（Word格式），"
                         "于3月18日前报送至jcnyj_jfz@163.com。").requirements
    assert shapes(r) == ["document"]


def test_variant_a_list_before_kaizhan_with_a_sheet_sent(tmp_path):
    r, = draft(tmp_path, "各乡镇组织辖区合作社对照考核细则、积分名单及兑换明细表开展自查，填写《积分制自查统计表》（Excel格式），"
                         "于3月18日前报送至jcnyj_jfz@163.com。").requirements
    assert shapes(r) == ["sheet"]


def test_near_miss_a_list_sent_stays(tmp_path):
    r, = draft(tmp_path, "各乡镇要逐项自查，将积分事项清单（Excel格式）、兑换台账（Excel格式）和自查报告（Word格式）"
                         "于3月18日前报送至jcnyj_jfz@163.com。").requirements
    assert shapes(r) == ["document", "sheet", "sheet"]
