"""Held-out mailbox 53: what it showed the collector missing, on mails and campaigns written for these tests.

A weekly report whose weeks the clerk titled by their dates: a week written only by its dates (3.10-3.16) or by the
calendar's week number (2064年第11周) is the week whose dates hold it, and the report's own table word (巡护情况表,
every week's) names the campaign though it names no week; last week's file sent again under this week's subject is
held for a person. A trainee's own 登记表 names the unit by its 工作单位 cell, and a form's label 从事办公室工作年限 is no
unit 从事办公室. A higher office's notice to the county office (关于…的通知 to 各县（市、区）…：) is ignored: work for the
office, no submission."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from route_helpers import ROSTER, SH, mail, place

from collector.campaign import campaign_from_dict

XH = "2064-03-02-slfhxhzb"
PX = "2064-03-05-bmpx"
# the three weeks of the patrol report (Monday to Sunday) and their dues (the Wednesday after, 17:00)
WEEKS = {"k1": ("第一周", "3月3日—3月9日", "2064-03-11T17:00:00+08:00"),
         "k2": ("第二周", "3月10日—3月16日", "2064-03-18T17:00:00+08:00"),
         "k3": ("第三周", "3月17日—3月23日", "2064-03-25T17:00:00+08:00")}


def at(day: int, hour: int = 10) -> dt.datetime:
    return dt.datetime(2064, 3, day, hour, 0, tzinfo=SH)


@pytest.fixture(scope="module")
def patrols():
    """Towns send the same Excel 巡护情况表 every week for three weeks, each week titled by its dates."""
    return campaign_from_dict({
        "id": XH, "title": "2064年春季森林防火巡护情况周报", "notice_date": "2064-03-02",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["森林防火巡护", "巡护周报"]},
        "units": {"kinds": ["town", "township"]},
        "requirements": [{"id": rid, "title": f"{wk}（{span}）森林防火巡护情况表", "due": due, "hints": [wk, span],
                          "parts": [{"id": "table", "title": "森林防火巡护情况表（Excel）", "kind": "document",
                                     "formats": ["xlsx", "xls", "et"], "words": ["巡护情况表"]}]}
                         for rid, (wk, span, due) in WEEKS.items()],
    }, roster=ROSTER)


@pytest.fixture(scope="module")
def training():
    """The towns and departments send a Word 报名登记表 for each person, by 03-13."""
    return campaign_from_dict({
        "id": PX, "title": "2064年全县信息报送业务培训", "notice_date": "2064-03-05",
        "mailbox": {"addresses": ["jc7710089@163.com"], "subject_hints": ["信息报送业务培训", "培训报名"]},
        "units": {"kinds": ["town", "township", "department"]},
        "requirements": [{"id": "bm", "title": "报名登记表", "due": "2064-03-13T17:00:00+08:00", "hints": ["报名登记表"],
                          "parts": [{"id": "form", "title": "报名登记表（Word，一人一表）", "kind": "document",
                                     "formats": ["docx", "doc", "wps"], "words": ["报名登记表", "登记表"]}]}],
    }, roster=ROSTER)


def patrol_table(week_cell: str, unit_cell: str = "石佛乡人民政府") -> bytes:
    """The week's table: its title, 填报单位 and 周次 cells, a header row (its last column 处置情况), two rows."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "巡护表"
    for row in (["森林防火巡护情况表"], ["填报单位：", unit_cell, "周次：", week_cell],
                ["序号", "巡护路线", "巡护人员", "巡护次数", "发现火情", "处置情况"],
                [1, "石佛山—西沟", "刘海", 6, "无", "—"], [2, "东沟—南梁", "高原", 5, "无", "—"]):
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def form(rows: list[list[str]]) -> bytes:
    """A person's 登记表: its title and a Word table of label and value cells."""
    import docx

    d = docx.Document()
    d.add_paragraph("报名登记表")
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for cells, values in zip(table.rows, rows):
        for cell, value in zip(cells.cells, values):
            cell.text = value
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def owing(*rids: str, unit: str = "石佛乡") -> dict:
    return {(XH, unit): set(rids)}


# ---------------------------------------------------------------- a week told by its dates


def test_a_week_written_by_its_dates_is_the_week_those_dates_are(patrols):
    """周次 3.10-3.16 only, no 第×周 anywhere, sent on 03-20 (in the third week's time): the second week, late; the
    header row's last word (处置情况) makes it no document of another matter."""
    raw = mail("石佛乡森林防火巡护周报", "本周巡护情况见附件。\n石佛乡", {"巡护情况表.xlsx": patrol_table("3.10-3.16")})
    m = place([patrols], raw, at(20), owing("k2", "k3"))
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", XH, "石佛乡", ["k2"]), m.reason
    assert "3.10-3.16" in m.reason


def test_a_week_by_the_calendars_number_is_the_week_its_dates_are(patrols, training):
    """2064年第11周 (Monday 03-10 to Sunday 03-16 by the calendar) is the notice's 第二周, no other period: filed
    there, though another campaign is open for the town and the mail comes in the third week."""
    raw = mail("石佛乡第11周巡护情况", "我乡本周巡护情况见附件。\n石佛乡政府",
               {"石佛乡第11周巡护情况表.xlsx": patrol_table("2064年第11周")})
    m = place([patrols, training], raw, at(19), owing("k2", "k3"))
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", XH, "石佛乡", ["k2"]), m.reason


def test_the_notices_own_week_numbers_are_not_the_calendars(patrols):
    from collector.match.periods import calendar_week_names

    assert calendar_week_names("第11周", patrols) == {"第11周"}
    assert calendar_week_names("第2周 第二周", patrols) == set()  # the notice's own 第二周
    assert calendar_week_names("第30周", patrols) == set()  # July: none of the campaign's weeks
    raw = mail("石佛乡巡护周报（第2周）", "见附件。\n石佛乡", {"石佛乡巡护情况表.xlsx": patrol_table("第2周")})
    m = place([patrols], raw, at(16), owing("k2", "k3"))
    assert (m.state, m.requirements) == ("filed", ["k2"]), m.reason


def test_the_reports_table_word_names_it_but_another_topic_before_it_does_not(patrols):
    """巡护情况表 is every week's word: it names the campaign though no week (the header row's 处置情况 is no title of
    another document); 校园安全巡护情况表 (a school's) is another matter's table."""
    from collector.match.other_matter import _names_its_periods_material
    from collector.parsers import parse_message

    ok = mail("石佛乡巡护情况表", "见附件。\n石佛乡", {"石佛乡巡护情况表.xlsx": patrol_table("3.3-3.9")})
    m = place([patrols], ok, at(10), owing("k1", "k2", "k3"))
    assert (m.state, m.requirements) == ("filed", ["k1"]), m.reason
    school = mail("石佛乡中心小学校园安全巡护情况表", "见附件。", {"校园安全巡护情况表.docx": b""})
    assert _names_its_periods_material(parse_message(ok), patrols)
    assert not _names_its_periods_material(parse_message(school), patrols)


# ---------------------------------------------------------------- last week's file under this week's words


def test_last_weeks_file_sent_again_under_this_weeks_subject_goes_to_a_person(patrols):
    """The first week was filed; the subject and the words say 第二周, the file is the first week's again."""
    raw = mail("石佛乡森林防火巡护周报（第二周）", "我乡第二周巡护情况表见附件。\n石佛乡",
               {"石佛乡巡护情况表（第一周）.xlsx": patrol_table("第一周（3月3日—3月9日）")})
    m = place([patrols], raw, at(16), owing("k2", "k3"))
    assert (m.state, m.unit, m.requirements) == ("needs_review", "石佛乡", []), m.reason
    assert "此前已报送过的第一周" in m.reason and "发错" in m.reason


def test_a_file_of_a_week_still_owed_decides_over_the_words(patrols):
    """The other way round: last week's subject kept over this week's file (still owed): the file's week. Last
    week's file not sent before, under this week's subject and words: last week's (late); no 第二周 file came."""
    kept_subject = mail("石佛乡森林防火巡护周报（第一周）", "见附件。\n石佛乡",
                        {"石佛乡巡护情况表（第二周）.xlsx": patrol_table("第二周（3月10日—3月16日）")})
    m = place([patrols], kept_subject, at(16), owing("k2", "k3"))
    assert (m.state, m.requirements) == ("filed", ["k2"]), m.reason
    late = mail("石佛乡森林防火巡护周报（第二周）", "我乡第二周巡护情况表见附件。\n石佛乡",
                {"石佛乡巡护情况表（第一周）.xlsx": patrol_table("第一周（3月3日—3月9日）")})
    m = place([patrols], late, at(16), owing("k1", "k2", "k3"))
    assert (m.state, m.requirements) == ("filed", ["k1"]), m.reason


def test_two_weeks_on_two_sheets_are_both_weeks(patrols):
    """The second sheet's head names the week the subject names too: a file of it came."""
    from openpyxl import Workbook, load_workbook

    wb = Workbook()
    wb.remove(wb.active)
    for title, cell in (("第二周", "第二周（3月10日—3月16日）"), ("第三周", "第三周（3月17日—3月23日）")):
        ws = wb.create_sheet(title)
        for row in load_workbook(io.BytesIO(patrol_table(cell))).active.iter_rows(values_only=True):
            ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    raw = mail("石佛乡巡护周报（第二周、第三周）", "现将第二周、第三周巡护情况表一并报送。\n石佛乡",
               {"石佛乡巡护情况表（第二、三周）.xlsx": out.getvalue()})
    m = place([patrols], raw, at(24), owing("k2", "k3"))
    assert (m.state, sorted(m.requirements)) == ("filed", ["k2", "k3"]), m.reason


def test_a_correction_of_a_sent_week_is_that_week(patrols):
    raw = mail("石佛乡巡护周报（第一周）更正", "我乡第一周巡护次数有误，更正后的第一周巡护情况表见附件，以此为准。\n石佛乡",
               {"石佛乡巡护情况表（第一周）（更正）.xlsx": patrol_table("第一周（3月3日—3月9日）")})
    m = place([patrols], raw, at(19), owing("k2", "k3"))
    assert (m.state, m.requirements, m.is_correction) == ("filed", ["k1"], True), m.reason


# ---------------------------------------------------------------- a trainee's own form


def test_a_trainees_own_form_names_the_unit_by_its_work_unit_cell(training):
    """From a private mailbox, the body naming no unit: the form's 工作单位 says whose it is; its label
    从事办公室工作年限 is no unit off the roster."""
    rows = [["姓名", "于洋", "性别", "男"], ["工作单位", "建昌县司法局", "职务", "科员"],
            ["手机号码", "13904290000", "从事办公室工作年限", "3年"]]
    raw = mail("报名", "老师您好，附件是我的登记表。", {"于洋.docx": form(rows)}, sender="yuyang1990@126.com", name="于洋")
    m = place([training], raw, at(9))
    assert (m.state, m.campaign, m.unit, m.requirements) == ("filed", PX, "县司法局", ["bm"]), m.reason


def test_a_line_of_work_before_an_office_is_no_unit(training):
    """A form naming no unit at all: for a person (no unit found), but not as an unknown unit 从事办公室."""
    from collector.match.units import DUTY_BEFORE

    for line in ("从事办公室工作年限", "分管办公室工作", "负责办公室日常事务"):
        assert DUTY_BEFORE.sub("", line).startswith("办公室"), line
    rows = [["姓名", "于洋", "性别", "男"], ["手机号码", "13904290000", "从事办公室工作年限", "3年"]]
    raw = mail("报名", "附件是我的登记表。", {"于洋.docx": form(rows)}, sender="yuyang1990@126.com")
    m = place([training], raw, at(9))
    assert m.state == "needs_review" and "从事办公室" not in m.reason, m.reason


def test_a_forms_own_unit_cell_outweighs_the_persons_work_unit(training):
    """A form saying whose it is (报送单位) gives the person's 工作单位 (a town the person is seconded from) no say."""
    rows = [["报送单位", "建昌县农业农村局", "填表日期", "2064年3月"], ["姓名", "于洋", "性别", "男"],
            ["工作单位", "建昌县石佛乡人民政府", "职务", "科员"]]
    raw = mail("农业农村局培训报名", "我局报名登记表见附件。\n建昌县农业农村局办公室", {"农业农村局报名登记表（于洋）.docx": form(rows)})
    m = place([training], raw, at(9))
    assert (m.state, m.unit, m.requirements) == ("filed", "县农业农村局", ["bm"]), m.reason


def test_a_work_unit_off_the_roster_still_goes_to_a_person(training):
    rows = [["姓名", "于洋", "性别", "男"], ["工作单位", "建昌县政协办公室", "职务", "科员"]]
    raw = mail("政协办公室报名参加培训", "我单位想派1人参加，登记表见附件。", {"于洋.docx": form(rows)},
               sender="yuyang1990@126.com")
    m = place([training], raw, at(9))
    assert m.state == "needs_review", m.reason


# ---------------------------------------------------------------- a higher office's notice


CITY_BODY = ("各县（市、区）护林防火指挥部办公室：\n请于每周三12时前报送本县（市、区）森林防火巡护汇总表（模板见附件）。\n"
             "葫芦岛市护林防火指挥部办公室")


def test_a_higher_offices_notice_to_the_office_is_ignored(patrols):
    raw = mail("关于报送森林防火巡护汇总表的通知", CITY_BODY, {"县（市、区）巡护汇总表.xlsx": patrol_table("", unit_cell="")},
               sender="hldhlfh@163.com", name="葫芦岛市护林防火指挥部办公室")
    m = place([patrols], raw, at(6))
    assert (m.state, m.campaign, m.unit) == ("ignored", None, None), m.reason
    assert "通知" in m.reason and "不是名册单位的报送" in m.reason


def test_the_same_notice_forwarded_or_from_a_unit_is_not_ignored(patrols):
    """Forwarded by a person, it is a question for the office (待审核, as a forwarded 通报 is); a unit keeping a
    notice's title as its subject over its table is that unit's mail."""
    fwd = mail("转发：关于报送森林防火巡护汇总表的通知", CITY_BODY, {"县（市、区）巡护汇总表.xlsx": patrol_table("", unit_cell="")},
               sender="hldhlfh@163.com")
    assert place([patrols], fwd, at(6)).state == "needs_review"
    own = mail("关于报送森林防火巡护情况周报的通知", "县政府办公室：\n我乡第一周巡护情况表见附件。\n石佛乡人民政府",
               {"石佛乡巡护情况表（第一周）.xlsx": patrol_table("第一周（3月3日—3月9日）")})
    m = place([patrols], own, at(10), owing("k1", "k2", "k3"))
    assert (m.state, m.unit, m.requirements) == ("filed", "石佛乡", ["k1"]), m.reason
