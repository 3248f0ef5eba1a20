"""What held-out notice 2861 showed the drafter missing (fixed on branch h-fixn141g), on notice texts written for these
tests: papers named in a row before the pictures of their own before and after
(`整改报告（Word格式）连同公务用车台账、公务接待台账整改前后对比截图`) are what the pictures show, no papers of their own
(`shown_in_a_screenshot.BEFORE_AND_AFTER`): the last glued to the picture words, the others joined to it by 、 / 和 / 及
ending on the same material word. A paper joined to pictures of something else (`问题台账和整改前后对比截图`) stays."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str):
    return draft_of_a_file(tmp_path, notice_text(
        "中共建昌县纪律检查委员会", "关于开展落实中央八项规定精神自查整改工作的通知", "县直有关单位", body,
        "2970年9月3日", opening="为持之以恒纠治“四风”，现将有关事项通知如下。",
        mailbox="jcjw_bxgd@163.com", contact="刘思远  联系电话：0429-7418806"))


def shapes(tmp_path, body):
    return [sorted(map(part_shape, r.parts)) for r in draft(tmp_path, body).requirements]


# ---------------------------------------------------------------- 2861: …连同公务用车台账、公务接待台账整改前后对比截图


def test_ledgers_shown_in_before_and_after_screenshots_are_no_papers(tmp_path):
    assert shapes(tmp_path, "针对自查发现的问题，县财政局要立行立改，并于10月15日（星期一）上午10时前将整改报告（Word格式）"
                            "连同公务用车台账、公务接待台账整改前后对比截图发送至上述邮箱。") == [["document", "photo"]]


def test_variant_records_in_before_and_after_photos_joined_by_he(tmp_path):
    assert shapes(tmp_path, "请县财政局于10月15日前将整改情况说明（Word格式）和消毒记录、清洗记录整改前后对比照片"
                            "一并报送至上述邮箱。") == [["document", "photo"]]


def test_variant_two_registers_and_plain_before_after_screenshots(tmp_path):
    assert shapes(tmp_path, "二、各单位于10月15日17时前，将整改报告（Word格式）及入户登记台账和走访台账整改前后截图"
                            "发送至上述邮箱。") == [["document", "photo"]]


def test_near_miss_a_ledger_joined_to_pictures_of_the_work_stays(tmp_path):
    assert shapes(tmp_path, "请县财政局于10月15日前将整改报告（Word格式）、问题台账和整改前后对比截图发送至上述邮箱。") \
        == [["document", "photo", "sheet"]]
