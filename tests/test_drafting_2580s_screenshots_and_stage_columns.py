"""What held-out notices 2580–2599 showed the drafter missing (fixed on branch h-fixn129a), on notice texts written
for these tests, each with a near miss that must not change: a screenshot named by what it shows (`整改情况截图`) is one
photo part, no 整改情况 document beside it (2587); a requirements table with a 初稿 and a 定稿 date column asks a return per
dated column, row by row, each stage with what the body says it sends (2597, stage_columns.py)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text
from test_drafting import part_shape


def draft(tmp_path, body: str, addressee: str = "建昌镇、八家子镇人民政府，县文旅局",
          title: str = "关于做好非遗展示场所整改工作的通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县住房和城乡建设局", title, addressee, body, "2700年7月7日",
        opening="为做好有关工作，现将有关事项通知如下。",
        mailbox="jczjj_fy2700@163.com",
        contact="袁博  联系电话：0429-7834421"))


def shapes(requirement) -> list[str]:
    return sorted(part_shape(p) for p in requirement.parts)


# ---------------------------------------------------------------- 2587: 整改报告（Word版）及整改情况截图


def test_a_screenshot_named_by_what_it_shows_is_one_photo_part(tmp_path):
    r, = draft(tmp_path, "一、请建昌镇、八家子镇于7月20日（星期五）下午五时前将整改报告（Word版）及问题整改情况截图"
                         "发送至邮箱。").requirements
    assert shapes(r) == ["document", "photo"]


def test_near_miss_an_account_beside_the_screenshots_is_still_a_document(tmp_path):
    r, = draft(tmp_path, "一、请建昌镇、八家子镇于7月20日（星期五）下午五时前将整改报告（Word版）、整改情况说明及页面截图"
                         "发送至邮箱。").requirements
    assert shapes(r) == ["document", "document", "photo"]


# ---------------------------------------------------------------- 2597: 初稿报送时间 | 定稿报送时间


TABLE = ("序号\t报送单位\t报送材料\t{a}\t{b}\n"
         "1\t建昌镇\t非遗展示场所整改方案\t7月21日（星期一）\t8月11日（星期一）\n"
         "2\t县文旅局\t非遗保护评估意见\t7月28日（星期一）\t8月18日（星期一）\n")


def test_each_stage_date_column_is_a_return_of_its_own(tmp_path):
    body = ("一、方案分初稿、定稿两次报送。初稿报送Word版；定稿报送Word版及加盖单位公章的扫描件（PDF格式）。\n"
            "二、请各单位按下表时间将材料发送至邮箱。\n" + TABLE.format(a="初稿报送时间", b="定稿报送时间"))
    rs = draft(tmp_path, body).requirements
    assert [(str(r.due)[:10], r.units) for r in rs] == [
        ("2700-07-21", ["建昌镇"]), ("2700-08-11", ["建昌镇"]), ("2700-07-28", ["县文旅局"]), ("2700-08-18", ["县文旅局"])]
    assert [shapes(r) for r in rs] == [["document"], ["document", "scan"]] * 2


def test_near_miss_a_window_of_two_dates_is_no_two_returns(tmp_path):
    body = ("一、请各单位按下表时间将整改方案（Word版）发送至邮箱。\n" + TABLE.format(a="开始时间", b="结束时间"))
    rs = draft(tmp_path, body).requirements
    assert len(rs) <= 2
