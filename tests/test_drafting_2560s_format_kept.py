"""What held-out notices 2560–2579 showed the drafter missing (fixed on branch h-fixn128a), on notice texts written
for these tests, each with a near miss that must not change: `报送格式（Excel格式）不变` after a paper says the form it is
sent in, no second paper called 格式 (2574)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府",
          title: str = "关于民间契约文书征集工作的补充通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县档案馆", title, addressee, body, "2690年3月18日",
        opening="现将有关事项补充通知如下。",
        mailbox="jcdag_qy2690@163.com",
        contact="曹颖  联系电话：0429-7824491"))


def test_the_form_kept_is_no_paper_of_its_own(tmp_path):
    (r,) = draft(tmp_path, "一、原通知中各乡镇报送民间契约文书征集线索登记表的截止时间由4月10日（星期一）调整为3月31日（星期五）"
                           "上午11时前，报送格式（Excel格式）不变。").requirements
    assert [p["title"] for p in r.parts] == ["民间契约文书征集线索登记表"]


def test_near_miss_a_paper_named_by_its_format_beside_stays_two(tmp_path):
    (r,) = draft(tmp_path, "一、原通知中各乡镇报送民间契约文书征集线索登记表的截止时间由4月10日（星期一）调整为3月31日（星期五）"
                           "上午11时前，并附征集工作说明（Word格式）。").requirements
    assert len(r.parts) == 2
