"""What held-out notices 2240–2259 showed the drafter missing (fixed on branch h-fixn112b), on notice texts written for
these tests, each with a near miss that must not change: a 补充通知's preamble quoting the issuer's earlier notice's ask
(`我局《关于开展…的通知》要求各单位于4月10日前报送…`), the date this notice then moves, is no requirement (2250)."""

from __future__ import annotations

from drafting_helpers import draft_of_a_file, notice_text


def draft(tmp_path, body: str, addressee: str = "各乡镇人民政府，县财政局",
          title: str = "关于调整学前教育普查材料报送时间的补充通知"):
    return draft_of_a_file(tmp_path, notice_text(
        "建昌县教育局", title, addressee, body, "2730年4月2日",
        mailbox="jcjyj_xq2730@163.com",
        contact="孙悦  联系电话：0429-7716120"))


# ---------------------------------------------------------------- 2250: 我局《关于…的通知》要求…于…前报送 (quoted, moved)


MOVED = ("{lead}《关于开展2730年度学前教育普查工作的通知》要求各单位于4月10日前报送普查材料。因普查口径调整，现将报送时间调整如下：\n"
         "一、各乡镇报送《学前教育普查表》（Excel格式）的时间调整为4月17日（星期五）前。\n"
         "二、县财政局于4月14日（星期二）前报送学前教育经费明细（Excel格式）。")


def test_the_issuers_earlier_notice_quoted_as_asking_sets_no_requirement(tmp_path):
    drafted = draft(tmp_path, MOVED.format(lead="我局"))
    assert [r.due.day for r in drafted.requirements] == [17, 14]
    assert drafted.requirements[1].units == ["县财政局"]


def test_near_miss_a_date_asked_as_that_notice_asks_stays(tmp_path):
    drafted = draft(tmp_path, "按照我局《关于开展2730年度学前教育普查工作的通知》要求，请各单位于4月10日前报送普查材料（Word格式）。")
    assert [r.due.day for r in drafted.requirements] == [10]


# ---------------------------------------------------------------- 2243: 网页截图（PDF格式）, a photo part alone


SHOT = "县财政局于4月14日（星期二）前，将学前教育资助政策宣传的{what}（PDF格式）报送。"


def kinds(tmp_path, what: str) -> list[str]:
    requirement, = draft(tmp_path, SHOT.format(what=what), title="关于开展学前教育资助政策宣传的通知").requirements
    return sorted(p["kind"] for p in requirement.parts)


def test_a_screenshot_in_a_pdf_bracket_is_a_photo_part_alone(tmp_path):
    assert kinds(tmp_path, "公众号推文截图") == ["photo"]


def test_near_miss_a_report_in_a_pdf_bracket_stays_a_document(tmp_path):
    assert kinds(tmp_path, "宣传情况汇编") == ["document"]
